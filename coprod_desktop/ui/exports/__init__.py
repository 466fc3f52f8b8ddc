"""Exports from the windows: the report, the data and the blank form, built off the UI thread."""
