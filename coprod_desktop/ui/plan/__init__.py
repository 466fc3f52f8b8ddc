"""The Plan step: the training plan made from the needs, in the console and from the list."""
