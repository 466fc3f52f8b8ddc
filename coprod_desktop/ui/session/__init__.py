"""The live session: one controller owns its state; console and audience view listen."""
