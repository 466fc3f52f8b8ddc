"""The data the app ships (frameworks, demo, fonts, icons, styles, translations, licences).

In the repository this folder stays at the top level; installed, it is the package
``coprod_desktop.assets`` (setup.py maps it), read through ``importlib.resources``.
"""
