"""Qt widgets, windows, Qt models and undo commands: show state, forward intent."""
