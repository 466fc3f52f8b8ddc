"""The languages the windows speak: English (the source) and Welsh, through Qt's translators.

One pattern everywhere in ``ui/``, so ``pyside6-lupdate`` finds every string:

- In code that runs when a text is shown, write ``translate("Context", "Text")``; the context
  is a literal naming the window or panel (``"Console"``, ``"WorkshopList"`` …).
- Counts use Qt plurals: ``translate("Context", "%n group(s)", None, count)`` (the count is
  positional: lupdate does not see keyword arguments).
- Values go in with ``str.format`` after translating, never with f-strings, so the translator
  sees the whole sentence: ``translate("Console", "Item {number} of {total}").format(...)``.
- Module-level tables are marked with ``QT_TRANSLATE_NOOP("Context", "Text")`` (which returns
  the English text unchanged) and translated where they are shown with
  ``translate("Context", value)``.
- Text set on a long-lived widget or action that should follow a language switch at once goes
  through :func:`on_language_change`, which sets it now and again after every switch.

The language is stored in the app's settings (:func:`app_settings`, key ``ui/language``);
:func:`install_language` installs a translator reading ``resources/translations/<code>.ts``
(the one catalogue the command line and report read too, :mod:`coprod_desktop.wording`) at
start-up and
:func:`switch_language` changes it while the app runs. Qt then sends every widget a
``LanguageChange`` event; the callbacks registered with :func:`on_language_change` run too.
English is the source text and needs no file: a plural's English forms come from its source,
"%n group(s)" reading "1 group" and "2 groups" (and "%n person(s)" reading "2 people").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTranslator, Signal

from coprod_desktop.resources import resource
from coprod_desktop.wording import catalogue
from coprod_desktop.wording.catalogue import LANGUAGES, SOURCE_LANGUAGE, english_plural

ORGANISATION = "CoProd"
APPLICATION = "CoProd Desktop"
LANGUAGE_KEY = "ui/language"
_ENGLISH_PLURAL = re.compile(r"(\w+)\(s\)")
#: The language the projector speaks while it paints (None: the windows' own).
_audience_language: str | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (``n`` picks the plural form of ``%n``), or in the
    language set by :func:`speaking` while the projector paints."""
    if _audience_language is not None and _audience_language != current_language():
        return catalogue.translate(_audience_language, context, text, n)
    result = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in result:  # English, the source: "1 group", "2 groups"
        result = _ENGLISH_PLURAL.sub(lambda m: english_plural(m.group(1), n), result)
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate knows)
    """Mark ``text`` for translation in ``context`` where it is defined; returns it unchanged.

    PySide6 has one too, typed as returning ``object``; this one keeps tables typed as ``str``.
    """
    del context
    return text


def app_settings() -> QSettings:
    """The app's own settings (language, projector screen …), wherever they are kept."""
    # The default format, not the native one: in portable mode it is an INI file inside the
    # data folder (application.keep_settings_in), never the venue's registry.
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def saved_language(settings: QSettings | None = None) -> str:
    """The language chosen in the settings, else English."""
    value = (settings if settings is not None else app_settings()).value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE_LANGUAGE


def save_language(code: str, settings: QSettings | None = None) -> None:
    _check(code)
    store = settings if settings is not None else app_settings()
    store.setValue(LANGUAGE_KEY, code)
    store.sync()


class _Catalogue(QTranslator):
    """Qt's translator over one of the app's catalogues: Qt asks it for every text it shows,
    so the windows read the same ``.ts`` as the command line, with nothing compiled."""

    def __init__(self, language: str, found: catalogue.Entries, parent: QObject) -> None:
        super().__init__(parent)
        self._language = language
        self._entries = found

    # None means "not mine": Qt then keeps the source text.
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del disambiguation
        forms = self._entries.get((context, source_text))
        return catalogue.pick(self._language, forms, n) if forms else None

    def isEmpty(self) -> bool:  # noqa: N802  (Qt's name)
        return not self._entries

    def language(self) -> str:
        return self._language


class _Language(QObject):
    """The installed translator, and a signal for everything that re-words itself."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.code = SOURCE_LANGUAGE
        self.translators: list[QTranslator] = []


_state: _Language | None = None


def _language() -> _Language:
    global _state  # noqa: PLW0603  (one translator per process, like Qt's own)
    if _state is None:
        _state = _Language()
    return _state


def current_language() -> str:
    """The code of the language the windows speak now ("en" or "cy")."""
    return _language().code


def install_language(code: str) -> None:
    """Make the app speak ``code`` from now on (needs a QCoreApplication)."""
    _check(code)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    state = _language()
    for installed in state.translators:
        app.removeTranslator(installed)
    state.translators = []
    if code != SOURCE_LANGUAGE:
        if not resource("translations", f"{code}.ts").is_file():
            raise FileNotFoundError(f"The {LANGUAGES[code]} translation is missing from this copy")
        # Qt's own dialogs and menus (file dialog, message box buttons, Cut/Copy/Paste) first:
        # Qt ships no Welsh, so the app carries its own (resources/translations/qt/); the app's
        # catalogue is installed last, so Qt asks it first.
        for found in (catalogue.qt_entries(code), catalogue.entries(code)):
            translator = _Catalogue(code, found, state)
            app.installTranslator(translator)
            state.translators.append(translator)
    state.code = code
    QLocale.setDefault(QLocale(code))
    state.changed.emit(code)


def switch_language(code: str, settings: QSettings | None = None) -> None:
    """Store ``code`` as the chosen language and speak it at once."""
    save_language(code, settings)
    if code != current_language():
        install_language(code)


def on_language_change(owner: QObject, apply: Callable[[], None]) -> None:
    """Run ``apply`` now, and again whenever the language changes while ``owner`` lives."""
    apply()
    # Connected with owner as the receiver's context: Qt drops it when owner is deleted.
    relay = _Relay(owner, apply)
    _language().changed.connect(relay.run)


class _Relay(QObject):
    def __init__(self, owner: QObject, apply: Callable[[], None]) -> None:
        super().__init__(owner)
        self._apply = apply

    def run(self, _code: str) -> None:
        self._apply()


def _check(code: str) -> None:
    if code not in LANGUAGES:
        known = ", ".join(sorted(LANGUAGES))
        raise ValueError(f"No translation for language {code!r}; CoProd Desktop speaks {known}")


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """While this lasts, :func:`translate` speaks ``code`` (the workshop's language) instead of
    the windows' language: the projector and what it shares with the console (result words,
    chart words) are painted for the room, not the facilitator. Paint calls run on the UI
    thread one at a time, so one setting suffices."""
    global _audience_language  # noqa: PLW0603  (set only for the length of a paint)
    previous = _audience_language
    base = code.replace("_", "-").split("-")[0]
    _audience_language = base if base in LANGUAGES else SOURCE_LANGUAGE
    try:
        yield
    finally:
        _audience_language = previous


def spoken_language() -> str:
    """The language being painted now: the projector's while it paints, else the windows'."""
    return _audience_language if _audience_language is not None else current_language()
