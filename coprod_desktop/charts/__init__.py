"""Chart definitions as data: one definition, drawn by the Qt view on screen and by the PDF.

Nothing here imports Qt or reportlab. A :class:`~coprod_desktop.charts.primitives.Chart` is a
list of primitives in a unit space (x from 0 to 1 across, y from 0 at the top down to
``chart.height``), with colours named by role (see :mod:`~coprod_desktop.charts.palette`).
"""
