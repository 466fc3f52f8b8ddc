"""The audience view: what the projector shows, on which screen, and the console's preview.

Use :class:`~coprod_desktop.ui.audience.window.AudienceWindow` for the projector and its
``preview()`` for the console; :class:`~coprod_desktop.ui.audience.view.AudienceView` is the
passive renderer both are built on.
"""
