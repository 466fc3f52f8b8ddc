"""The slide layouts: one module per kind of slide, plus what they share (``frame``)."""
