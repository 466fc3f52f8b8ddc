"""Versioned JSON documents (frameworks, workshop files): read strictly, written plainly."""
