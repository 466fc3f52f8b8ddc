"""The console's keyboard map: one place that says which key does what, for the actions
and for the shortcut overlay alike."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

# Shift+digit arrives as the digit's symbol on real keyboards; which symbol depends on the
# layout (US: ! @ # $ %, UK: ! " £ $ %), so each required level answers to all of them.
SHIFTED_DIGITS: dict[int, tuple[str, ...]] = {
    1: ("!",),
    2: ("@", '"'),
    3: ("#", "£"),
    4: ("$",),
    5: ("%",),
    6: ("^",),
    7: ("&",),
    8: ("*",),
    9: ("(",),
}


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One line of the shortcut overlay."""

    keys: str
    does: str


def current_level_keys(level: int) -> list[QKeySequence]:
    keypad = QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key(Qt.Key.Key_0 + level))
    return [QKeySequence(str(level)), QKeySequence(keypad)]


def required_level_keys(level: int) -> list[QKeySequence]:
    sequences = [QKeySequence(f"Shift+{level}")]
    for symbol in SHIFTED_DIGITS.get(level, ()):
        # Platforms differ in whether the symbol still carries Shift when matched.
        sequences += [QKeySequence(symbol), QKeySequence(f"Shift+{symbol}")]
    return sequences


HELP: tuple[tuple[str, tuple[KeyHelp, ...]], ...] = (
    (
        "Capture",
        (
            KeyHelp("1 … 5", "Where the group is now (agreed)"),
            KeyHelp("Shift + 1 … 5", "Where it needs to be"),
            KeyHelp("S", "Split: no consensus yet (then type the tally)"),
            KeyHelp("Y", "Agreed after all"),
            KeyHelp("K", "Skip this item"),
            KeyHelp("Delete", "Clear this item's rating"),
            KeyHelp("T", "Type the tally (dots at each level)"),
            KeyHelp("N / P", "Note for the room / private note"),
            KeyHelp("Ctrl + Z, Ctrl + Shift + Z", "Undo, redo"),
        ),
    ),
    (
        "Moving",
        (
            KeyHelp("Enter, →, Page Down", "Next item (Enter in a note saves it first)"),
            KeyHelp("←, Page Up", "Previous item"),
            KeyHelp("G / Shift + G", "Next / previous group"),
            KeyHelp("O", "Switch running order: group by group ⇄ item by item"),
        ),
    ),
    (
        "Projector",
        (
            KeyHelp("Space", "Reveal / hide the agreed result"),
            KeyHelp("B", "Curtain: blank the projector, or open it again"),
            KeyHelp("F", "Freeze the projector while you type, or unfreeze"),
            KeyHelp("Alt + 1 … 5", "Title, stages, item, group summary, closing slide"),
            KeyHelp("E", "Easy Read wording on / off"),
            KeyHelp("Ctrl + Shift + P", "Swap screens"),
        ),
    ),
    (
        "At any moment",
        (
            KeyHelp("A", "Add an action (what — who)"),
            KeyHelp("L", "Park a question"),
            KeyHelp("Ctrl + Shift + E", "Export the training-needs report (PDF)"),
            KeyHelp("F1 or ?", "This list"),
            KeyHelp("Ctrl + W", "Close the workshop, back to the list"),
        ),
    ),
)
