"""Which screen the audience view goes on, and remembering the facilitator's choice.

The choice itself is plain logic over screen names, so it is easy to test with any number of
screens; :class:`ScreenMemory` keeps the chosen name in QSettings between sessions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings

ORGANISATION = "CoProd"
APPLICATION = "CoProd Desktop"
SCREEN_KEY = "audience/screen"
THEME_KEY = "audience/theme"
ZOOM_KEY = "audience/zoom"
DYSLEXIA_SPACING_KEY = "audience/dyslexia_spacing"


def choose_screen(names: Sequence[str], *, console: str | None, primary: str | None,
                  remembered: str | None) -> str | None:  # fmt: skip
    """The screen to fill with the audience view, or None for a window (one screen only).

    The remembered screen wins when it is connected; otherwise the first screen that is
    neither the console's nor the primary one, else any screen but the console's.
    """
    if len(names) < 2:
        return None
    if remembered in names:
        return remembered
    others = [n for n in names if n != console] or list(names)
    return next((n for n in others if n != primary), others[0])


def other_screen(names: Sequence[str], current: str | None) -> str | None:
    """The screen after ``current`` (wrapping round): where "swap screens" moves the view."""
    if len(names) < 2:
        return None
    if current is None or current not in names:
        return names[0]
    return names[(list(names).index(current) + 1) % len(names)]


class ScreenMemory:
    """The audience view's remembered screen, theme, spacing and zoom, in the app's
    QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        # The default format, not the native one: in portable mode it is an INI file inside
        # the data folder (application.keep_settings_in), never the venue's registry.
        self.settings = (
            settings
            if settings is not None
            else QSettings(
                QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
        )

    def _text(self, key: str) -> str | None:
        value = self.settings.value(key)
        return value if isinstance(value, str) and value else None

    @property
    def screen(self) -> str | None:
        return self._text(SCREEN_KEY)

    @screen.setter
    def screen(self, name: str | None) -> None:
        self._store(SCREEN_KEY, name)

    @property
    def theme(self) -> str | None:
        return self._text(THEME_KEY)

    @theme.setter
    def theme(self, name: str | None) -> None:
        self._store(THEME_KEY, name)

    @property
    def dyslexia_spacing(self) -> bool:
        """Whether the projected text has dyslexia-friendly spacing (off unless chosen)."""
        return self._text(DYSLEXIA_SPACING_KEY) == "on"

    @dyslexia_spacing.setter
    def dyslexia_spacing(self, on: bool) -> None:
        self._store(DYSLEXIA_SPACING_KEY, "on" if on else None)

    @property
    def zoom(self) -> float:
        try:
            return float(str(self.settings.value(ZOOM_KEY, 1.0)))
        except ValueError:
            return 1.0

    @zoom.setter
    def zoom(self, factor: float) -> None:
        self._store(ZOOM_KEY, f"{factor:g}")

    def _store(self, key: str, value: str | None) -> None:
        if value is None:
            self.settings.remove(key)
        else:
            self.settings.setValue(key, value)
        self.settings.sync()
