"""The console's keyboard map: one place that says which key does what, for the actions
and for the shortcut overlay alike."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP

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
    """One line of the shortcut overlay: the keys as printed on them, and (translated in context
    "Keys" where shown) what they do."""

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
                "A",
                QT_TRANSLATE_NOOP("Keys", "Add an action (what — who)"),
            ),
            KeyHelp(
                "L",
                QT_TRANSLATE_NOOP("Keys", "Park a question"),
            ),
            KeyHelp(
                "R",
                QT_TRANSLATE_NOOP("Keys", "Results: profiles, needs, heat map, stages, change"),
            ),
            KeyHelp(
                "Ctrl + Shift + E",
                QT_TRANSLATE_NOOP("Keys", "Export the training-needs report (PDF)"),
            ),
            KeyHelp(
                "F1 or ?",
                QT_TRANSLATE_NOOP("Keys", "This list"),
            ),
            KeyHelp(
                "Ctrl + W",
                QT_TRANSLATE_NOOP("Keys", "Close the workshop, back to the list"),
            ),
        ),
    ),
)
