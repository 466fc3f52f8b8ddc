"""Key presses as each window system delivers them, for the layouts facilitators use.

A QTest key click carries no native codes: it shows what Qt's shortcuts make of a key, not
what a real keyboard sends. These presses carry what X11, Wayland, Windows and macOS put in
a QKeyEvent for the digit row, with the text the layout types.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

#: What the digit row types on each layout, without and with Shift (keys 1 to 9, then 0).
LAYOUTS: dict[str, tuple[str, str]] = {
    "us": ("1234567890", "!@#$%^&*()"),
    "gb": ("1234567890", '!"£$%^&*()'),
    "de": ("1234567890", '!"§$%&/()='),
    "fr": ("&é\"'(-è_çà", "1234567890"),  # AZERTY: the digits need Shift
}
PLATFORMS = ("xcb", "wayland", "windows", "cocoa")
#: kVK_ANSI_1 … kVK_ANSI_9, kVK_ANSI_0
_MACOS_KEYS = (0x12, 0x13, 0x14, 0x15, 0x17, 0x16, 0x1A, 0x1C, 0x19, 0x1D)


@dataclass(frozen=True)
class Press:
    """One key press as a window system reports it."""

    key: int
    text: str
    modifiers: Qt.KeyboardModifier
    scan_code: int
    virtual_key: int

    def event(self, kind: QEvent.Type) -> QKeyEvent:
        return QKeyEvent(kind, self.key, self.modifiers, self.scan_code, self.virtual_key, 0,
                         self.text)  # fmt: skip


def qt_key(char: str) -> int:
    """The Qt.Key a layout's character arrives as (letters and accented ones upper case)."""
    return ord(char.upper())


def digit_row_press(platform: str, layout: str, digit: int, *, shift: bool = False,
                    alt: bool = False) -> Press:  # fmt: skip
    """The press of the digit row's key ``digit`` (0–9) on ``platform`` with ``layout``."""
    place = (digit - 1) % 10  # the row runs 1 … 9, then 0
    char = LAYOUTS[layout][1 if shift else 0][place]
    modifiers = Qt.KeyboardModifier.NoModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    if alt:
        modifiers |= Qt.KeyboardModifier.AltModifier
    text = "" if alt else char
    if platform in ("xcb", "wayland"):  # key code = evdev code + 8; the key sym
        return Press(qt_key(char), text, modifiers, 10 + place, ord(char))
    if platform == "windows":  # scan code; the virtual key of the digit row is VK_0 … VK_9
        return Press(qt_key(char), text, modifiers, 2 + place, 0x30 + digit)
    if platform == "cocoa":  # no scan code; the virtual key is a position on the keyboard
        return Press(qt_key(char), text, modifiers, 0, _MACOS_KEYS[place])
    raise ValueError(platform)


def letter_press(platform: str, letter: str, text: str, *, shift: bool = False) -> Press:
    """The press of the key at US letter ``letter``'s place, typing ``text`` (the layout's
    letter there: "ы" on a Russian layout's S key, "a" on AZERTY's Q key)."""
    from coprod_desktop.ui.console.keys import MACOS_LETTERS, WINDOWS_LETTERS, XKB_LETTERS

    def code(table: dict[int, str]) -> int:
        return next(c for c, printed in table.items() if printed == letter)

    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    if platform in ("xcb", "wayland"):
        return Press(qt_key(text), text, modifiers, code(XKB_LETTERS), ord(text))
    if platform == "windows":  # the virtual key of a letter key is its US letter
        return Press(qt_key(text), text, modifiers, code(WINDOWS_LETTERS), ord(letter))
    if platform == "cocoa":
        return Press(qt_key(text), text, modifiers, 0, code(MACOS_LETTERS))
    raise ValueError(platform)


def deliver(window: QWidget, press: Press) -> None:
    """Deliver ``press`` as Qt does a window system's key: ask the focused control whether it
    takes the key (ShortcutOverride), then send the key press to it. (Where no one claims a
    digit, no shortcut matches it either: the console has no character shortcut for digits.)"""
    target = QApplication.focusWidget() or window
    override = press.event(QEvent.Type.ShortcutOverride)
    override.ignore()
    QApplication.sendEvent(target, override)
    QApplication.sendEvent(target, press.event(QEvent.Type.KeyPress))
    QApplication.sendEvent(target, press.event(QEvent.Type.KeyRelease))
