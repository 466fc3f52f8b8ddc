"""The console's keyboard map: one place that says which key does what, for the actions
and for the shortcut overlay alike."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import Qt

from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP

# --- digits by physical key -------------------------------------------------------------------
# The capture keys are the digit row's keys, wherever the layout puts the digits: Shift+4
# arrives as "$" on a US keyboard, Shift+3 as "£" on a UK one, and on a French one the digit
# row types "& é \" ' (" unless Shift is held. A shortcut on the character ("Shift+4") never
# fires on a real keyboard, so the console reads which physical key it was, in each window
# system's own code for it.

#: X11 and Wayland: the key code (evdev code + 8), the same for every layout.
XKB_DIGIT_ROW = {10 + index: (index + 1) % 10 for index in range(10)}
#: Windows: the keyboard scan code (set 1) of the digit row.
WINDOWS_DIGIT_ROW = {2 + index: (index + 1) % 10 for index in range(10)}
#: macOS: the virtual key code (kVK_ANSI_1 …), a position on the keyboard, not a character.
MACOS_DIGIT_ROW = {
    0x12: 1, 0x13: 2, 0x14: 3, 0x15: 4, 0x17: 5, 0x16: 6, 0x1A: 7, 0x1C: 8, 0x19: 9, 0x1D: 0,
}  # fmt: skip
#: Where the window system gives no key code (tests, VNC, the offscreen platform): the
#: characters Shift+digit types on US and UK keyboards.
SHIFTED_DIGITS: dict[str, int] = {
    "!": 1, "@": 2, '"': 2, "#": 3, "£": 3, "$": 4, "%": 5, "^": 6, "&": 7, "*": 8, "(": 9,
    ")": 0,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class KeyFacts:
    """What a window system says about one key press (the parts of a QKeyEvent we use)."""

    key: int  # Qt.Key: the character or key as the layout made it
    text: str
    scan_code: int = 0  # QKeyEvent.nativeScanCode()
    virtual_key: int = 0  # QKeyEvent.nativeVirtualKey()
    shift: bool = False
    alt: bool = False
    control: bool = False  # Ctrl or Meta (Windows' AltGr is Ctrl+Alt)
    keypad: bool = False


@dataclass(frozen=True, slots=True)
class DigitPress:
    """A digit key pressed: ``digit`` 0–9 as printed on the key, with Shift or Alt held."""

    digit: int
    shift: bool = False
    alt: bool = False


def physical_digit(facts: KeyFacts, platform: str) -> int | None:
    """The digit printed on the key pressed, from the window system's code for the key;
    None when it was not a digit-row key, or the platform gives no code."""
    if platform in ("xcb", "wayland") and facts.scan_code:
        return XKB_DIGIT_ROW.get(facts.scan_code)
    if platform == "windows" and facts.scan_code:
        return WINDOWS_DIGIT_ROW.get(facts.scan_code & 0xFF)
    if platform == "cocoa" and facts.virtual_key:
        return MACOS_DIGIT_ROW.get(facts.virtual_key)
    return None


def _has_key_codes(facts: KeyFacts, platform: str) -> bool:
    if platform in ("xcb", "wayland", "windows"):
        return bool(facts.scan_code)
    return platform == "cocoa" and bool(facts.virtual_key)


def digit_press(facts: KeyFacts, platform: str) -> DigitPress | None:
    """The digit key behind a key press on ``platform`` (Qt's platform name: "xcb",
    "wayland", "windows", "cocoa", …), or None when it is not a digit key.

    The physical key decides when the window system names it; otherwise the character does
    (a digit, or the symbol Shift+digit types on US and UK keyboards).
    """
    if facts.control:
        return None
    as_digit = facts.key - Qt.Key.Key_0 if Qt.Key.Key_0 <= facts.key <= Qt.Key.Key_9 else None
    if facts.keypad:  # the number pad types digits on every layout (Shift there means Home…)
        return DigitPress(as_digit, alt=facts.alt) if as_digit is not None else None
    digit = physical_digit(facts, platform)
    if digit is None and as_digit is not None:
        digit = as_digit  # a digit from elsewhere (a remapped key, a synthetic event)
    if digit is None and facts.shift and not _has_key_codes(facts, platform):
        typed = facts.text or (chr(facts.key) if facts.key < 0x110000 else "")
        digit = SHIFTED_DIGITS.get(typed)
    if digit is None:
        return None
    return DigitPress(digit, shift=facts.shift, alt=facts.alt)


# --- letters by what is printed on them --------------------------------------------------------
# The letters are mnemonics (N note, S split, K skip, A action …): on AZERTY or QWERTZ the
# facilitator presses the key that says N, wherever it sits, and that is what every window
# system delivers, so Qt's shortcuts take letters by their label. A layout of another script
# (Russian, Ukrainian, Greek …) types "ы" on the key that also says S: there the console
# takes the Latin letter printed beside it, the US letter of that physical key.
_ROWS = (("QWERTYUIOP", 24, 0x10), ("ASDFGHJKL", 38, 0x1E), ("ZXCVBNM", 52, 0x2C))
# X11 and Wayland key codes, and Windows scan codes, of the letter keys.
XKB_LETTERS = {code + i: c for row, code, _ in _ROWS for i, c in enumerate(row)}
WINDOWS_LETTERS = {code + i: c for row, _, code in _ROWS for i, c in enumerate(row)}
# macOS virtual key codes (kVK_ANSI_A …).
MACOS_LETTERS = dict(zip(
    (0x00, 0x0B, 0x08, 0x02, 0x0E, 0x03, 0x05, 0x04, 0x22, 0x26, 0x28, 0x25, 0x2E, 0x2D, 0x1F,
     0x23, 0x0C, 0x0F, 0x01, 0x11, 0x20, 0x09, 0x0D, 0x07, 0x10, 0x06),
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", strict=True,
))  # fmt: skip


def latin_letter(facts: KeyFacts, platform: str) -> str | None:
    """The Latin letter printed on a key whose layout typed a letter of another script ("ы"
    on the S key: "S"); None for a Latin letter (its label counts), or any other key."""
    text = facts.text
    if facts.control or facts.alt or len(text) != 1 or not text.isalpha():
        return None
    if unicodedata.name(text, "LATIN").startswith("LATIN"):
        return None
    if platform in ("xcb", "wayland"):
        return XKB_LETTERS.get(facts.scan_code)
    if platform == "windows":
        return WINDOWS_LETTERS.get(facts.scan_code & 0xFF)
    if platform == "cocoa":
        return MACOS_LETTERS.get(facts.virtual_key)
    return None


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One line of the shortcut overlay: the keys as printed on them, and (translated in context
    "Keys" where shown) what they do."""

    keys: str
    does: str


HELP: tuple[tuple[str, tuple[KeyHelp, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Keys", "Capture"),
        (
            KeyHelp(
                "1 … 5",
                QT_TRANSLATE_NOOP("Keys", "Where the group is now (agreed)"),
            ),
            KeyHelp(
                "Shift + 1 … 5",
                QT_TRANSLATE_NOOP("Keys", "Where it needs to be"),
            ),
            KeyHelp(
                "S",
                QT_TRANSLATE_NOOP("Keys", "Split: no consensus yet (then type the tally)"),
            ),
            KeyHelp(
                "Y",
                QT_TRANSLATE_NOOP("Keys", "Agreed after all"),
            ),
            KeyHelp(
                "K",
                QT_TRANSLATE_NOOP("Keys", "Skip this item"),
            ),
            KeyHelp(
                "Delete",
                QT_TRANSLATE_NOOP("Keys", "Clear this item's rating"),
            ),
            KeyHelp(
                "T",
                QT_TRANSLATE_NOOP("Keys", "Type the tally (dots at each level)"),
            ),
            KeyHelp(
                "N / P",
                QT_TRANSLATE_NOOP("Keys", "Note for the room / private note"),
            ),
            KeyHelp(
                "Ctrl + Z, Ctrl + Shift + Z",
                QT_TRANSLATE_NOOP("Keys", "Undo, redo"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Moving"),
        (
            KeyHelp(
                "Enter, →, Page Down",
                QT_TRANSLATE_NOOP(
                    "Keys", "Next item (Enter in a note or the tally saves it first)"
                ),
            ),
            KeyHelp(
                "←, Page Up",
                QT_TRANSLATE_NOOP("Keys", "Previous item"),
            ),
            KeyHelp(
                "G / Shift + G",
                QT_TRANSLATE_NOOP("Keys", "Next / previous group"),
            ),
            KeyHelp(
                "O",
                QT_TRANSLATE_NOOP("Keys", "Switch running order: group by group ⇄ item by item"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Projector"),
        (
            KeyHelp(
                "Space",
                QT_TRANSLATE_NOOP("Keys", "Reveal / hide the agreed result"),
            ),
            KeyHelp(
                "B",
                QT_TRANSLATE_NOOP("Keys", "Curtain: blank the projector, or open it again"),
            ),
            KeyHelp(
                "F",
                QT_TRANSLATE_NOOP("Keys", "Freeze the projector while you type, or unfreeze"),
            ),
            KeyHelp(
                "Alt + 1 … 6",
                QT_TRANSLATE_NOOP(
                    "Keys", "Title, stages, item, group summary, closing, results slide"
                ),
            ),
            KeyHelp(
                "Alt + 7",
                QT_TRANSLATE_NOOP("Keys", "The training plan, for the close of the day"),
            ),
            KeyHelp(
                "Alt + 8",
                QT_TRANSLATE_NOOP("Keys", "The barriers still open"),
            ),
            KeyHelp(
                "Alt + 9",
                QT_TRANSLATE_NOOP("Keys", "Strengths to share: who could help whom"),
            ),
            KeyHelp(
                "Alt + 0",
                QT_TRANSLATE_NOOP("Keys", "How others see the group"),
            ),
            KeyHelp(
                "Ctrl + Page Down / Ctrl + Page Up",
                QT_TRANSLATE_NOOP(
                    "Keys", "Next / previous page of a slide set over pages (never by itself)"
                ),
            ),
            KeyHelp(
                "E",
                QT_TRANSLATE_NOOP("Keys", "Easy Read wording on / off"),
            ),
            KeyHelp(
                "Ctrl + Shift + P",
                QT_TRANSLATE_NOOP("Keys", "Swap screens"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "At any moment"),
        (
            KeyHelp(
                "C",
                QT_TRANSLATE_NOOP(
                    "Keys", "Stage placement: ↑ ↓ choose the stage, Tab the aim, Enter back"
                ),
            ),
            KeyHelp(
                "A",
                QT_TRANSLATE_NOOP("Keys", "Add an action (what — who)"),
            ),
            KeyHelp(
                "Ctrl + G",
                QT_TRANSLATE_NOOP(
                    "Keys", "Rename the group or change its size; add a group or remove it"
                ),
            ),
            KeyHelp(
                "V",
                QT_TRANSLATE_NOOP(
                    "Keys", "How ready this group thinks the others and the partnership are"
                ),
            ),
            KeyHelp(
                "L",
                QT_TRANSLATE_NOOP("Keys", "Park a question"),
            ),
            KeyHelp(
                "Ctrl + Shift + T",
                QT_TRANSLATE_NOOP("Keys", "When the day must end (the status bar: on track?)"),
            ),
            KeyHelp(
                "R",
                QT_TRANSLATE_NOOP("Keys", "Results: profiles, needs, heat map, stages, change"),
            ),
            KeyHelp(
                "M",
                QT_TRANSLATE_NOOP("Keys", "Training plan: make an entry from each need"),
            ),
            KeyHelp(
                "W",
                QT_TRANSLATE_NOOP("Keys", "Barrier log: what stands in the way"),
            ),
            KeyHelp(
                "Ctrl + Shift + E",
                QT_TRANSLATE_NOOP("Keys", "Export the training-needs report (PDF)"),
            ),
            KeyHelp(
                "Esc",
                QT_TRANSLATE_NOOP("Keys", "Back to the capture keys from a note, box or button"),
            ),
            KeyHelp(
                "F1 / ?",
                QT_TRANSLATE_NOOP("Keys", "This list"),
            ),
            KeyHelp(
                "Ctrl + W",
                QT_TRANSLATE_NOOP("Keys", "Close the workshop, back to the list"),
            ),
        ),
    ),
)
