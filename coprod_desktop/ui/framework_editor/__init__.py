"""The framework library and editor: tailor a framework (and its Welsh version) for a place."""
