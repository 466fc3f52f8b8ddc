"""Words above the facts: one catalogue per language, read without Qt.

The domain, formats, storage and services state facts (an error's code and values, a date); the
windows, the command line and the report put them into words through the catalogues in
``resources/translations/<code>.ts`` — the same files Qt's translators compile for the windows.
"""
