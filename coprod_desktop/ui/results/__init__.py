"""The results view: a workshop's profiles, training needs, heat map, stages and follow-up.

The window lives in :mod:`coprod_desktop.ui.results.window`; :mod:`~.words` is shared with the
projector's results slide, which must not load the window.
"""
