"""Keyboard operation of the console.

The console answers single keys (1–5, S, Space, …) wherever the focus is, so that capture
never waits for a click. The digit keys are read by physical key on every layout
(:class:`DigitKeys`). Tab visits every control in reading order (:func:`order_tabs`), a
button or box that Tab has reached answers Space and Enter itself rather than revealing the
result or moving on, and Esc hands the keyboard back to the capture keys
(:class:`KeyboardAccess`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coprod_desktop.ui.console.keys import DigitPress, KeyFacts, digit_press, latin_letter

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
Slot = Callable[[], object]
_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


def key_facts(event: QKeyEvent) -> KeyFacts:
    """What the window system said about ``event``."""
    held = event.modifiers()
    mod = Qt.KeyboardModifier
    return KeyFacts(
        key=event.key(),
        text=event.text(),
        scan_code=event.nativeScanCode(),
        virtual_key=event.nativeVirtualKey(),
        shift=bool(held & Qt.KeyboardModifier.ShiftModifier),
        alt=bool(held & Qt.KeyboardModifier.AltModifier),
        control=bool(held & (mod.ControlModifier | mod.MetaModifier)),
        keypad=bool(held & Qt.KeyboardModifier.KeypadModifier),
    )


def takes_typing(widget: QWidget) -> bool:
    """Whether ``widget`` is where text is typed (a note, a count, a date): keys type there."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit)


class DigitKeys(QObject):
    """The digit keys of ``window``, by the physical key pressed (see :func:`digit_press`).

    ``slot_for`` says what a digit press does there (None: nothing). The filter sits on the
    application, ahead of the focused control: it claims the key while Qt asks who wants it
    (so no character shortcut fires, and none is ambiguous), then runs the slot on the key
    press itself (so a focused list or stage box never sees the digit). Where text is typed,
    digits and their symbols type; Alt+digit still works there. A letter key of another
    script ("ы") does what the Latin letter printed on it does (see :func:`latin_letter`).
    """

    def __init__(self, window: QWidget, slot_for: Callable[[DigitPress], Slot | None],
                 platform: str | None = None) -> None:  # fmt: skip
        super().__init__(window)
        self._window = window
        self._slot_for = slot_for
        #: Qt's name for the window system ("xcb", "wayland", "windows", "cocoa", …).
        self.platform = platform or QGuiApplication.platformName()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed by Qt when this object is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in _KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self._window:
            return False
        if watched is not focused and watched is not self._window:
            return False  # on its way up from a control that had it already
        press = digit_press(key_facts(event), self.platform)
        if press is None:
            return self._latin_letter(event, focused)
        if takes_typing(focused) and not press.alt:
            return False
        slot = self._slot_for(press)
        if slot is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: Qt delivers it as a key press, to this filter first
            return True
        if not event.isAutoRepeat():
            slot()
        return True

    def _latin_letter(self, event: QKeyEvent, focused: QWidget) -> bool:
        """A letter key on a layout of another script: the window's action for the Latin
        letter printed on it (see :func:`latin_letter`), as if that letter were typed."""
        facts = key_facts(event)
        letter = latin_letter(facts, self.platform)
        if letter is None or takes_typing(focused):
            return False
        wanted = QKeySequence(("Shift+" if facts.shift else "") + letter)
        action = next(
            (a for a in self._window.actions() if a.isEnabled() and wanted in a.shortcuts()),
            None,
        )
        if action is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
        elif not event.isAutoRepeat():
            action.trigger()
        return True


class KeyboardAccess(QObject):
    """Lets the focused control of ``window`` have Space (and Enter, for a button); Esc
    gives the keyboard back to the capture keys.

    Without it Space would reveal the result and Enter move to the next item even while Tab
    rests on, say, "Swap screens", and a keyboard user could not press the button.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self._window:
            return False
        key = event.key()
        if kind == QEvent.Type.KeyPress and key == Qt.Key.Key_Escape and focused is not watched:
            self._window.setFocus(Qt.FocusReason.OtherFocusReason)  # back to the capture keys
            return True
        if kind == QEvent.Type.ShortcutOverride:
            if key == Qt.Key.Key_Space and isinstance(focused, QAbstractButton | QComboBox):
                event.accept()  # the control takes Space: no shortcut fires
                return True
            return False
        # A key press no one took on its way up: Enter on a focused button presses it.
        if key in _ENTER and isinstance(focused, QAbstractButton) and focused.isEnabled():
            focused.animateClick()
            return True
        return False


class ListKeys(QObject):
    """Enter (or F2) on ``view`` runs ``open_entry`` instead of the console's Enter (next
    item), and Space runs ``space`` (if given) instead of revealing: the view claims those
    keys while it has the focus."""

    def __init__(self, view: QWidget, open_entry: Slot, space: Slot | None = None) -> None:
        super().__init__(view)
        self._slots: dict[int, Slot] = {key: open_entry for key in (*_ENTER, Qt.Key.Key_F2)}
        if space is not None:
            self._slots[Qt.Key.Key_Space] = space
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in _KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        slot = self._slots.get(event.key())
        if slot is None or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: it comes back as a key press, to this filter
        elif not event.isAutoRepeat():
            slot()
        return True


class ClicksEndTyping(QObject):
    """A click on anything that does not take the keyboard (a level, a stage box, the list)
    ends typing in a note or a count (it is saved as on leaving it) and gives the keys back to
    capture: after any click, the keys do what the key sheet says."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed by Qt when this object is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(watched, QWidget):
            return False
        focused = QApplication.focusWidget()
        if (
            focused is not None
            and watched.window() is self._window
            and focused.window() is self._window
            and takes_typing(focused)
            and watched is not focused
            and not focused.isAncestorOf(watched)
            and not watched.focusPolicy() & Qt.FocusPolicy.ClickFocus
        ):
            self._window.setFocus(Qt.FocusReason.MouseFocusReason)
        return False  # the click itself goes on as usual


class WheelScrolls(QObject):
    """The mouse wheel over a count, a stage box or the zoom scrolls the panel under it and
    never changes the value: a value changes only by a deliberate click or key."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def guard(self) -> None:
        """Cover every spin box and combo box of the window (again after adding controls)."""
        wheel_only = Qt.FocusPolicy.WheelFocus.value & ~Qt.FocusPolicy.StrongFocus.value
        for kind in (QAbstractSpinBox, QComboBox):
            for box in self._window.findChildren(kind):
                box.removeEventFilter(self)
                box.installEventFilter(self)
                # Nor does the wheel give it the keyboard (Qt's default for these boxes).
                box.setFocusPolicy(Qt.FocusPolicy(box.focusPolicy().value & ~wheel_only))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel:
            return False
        event.ignore()  # not handled here: Qt hands it on to the scroll area around
        return True


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found += _layout_widgets(inner)
    return found


def _focus_chain(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` in Qt's present focus chain order."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _tabbable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _unwrap(widget: QWidget) -> None:
    """A container that hands its focus to a child (a tab widget to its tab bar) would keep
    its old place in the chain and pull Tab back there: let the child stand for itself."""
    proxy = widget.focusProxy()
    if proxy is not None and widget.isAncestorOf(proxy):
        widget.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes nullptr: no proxy
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def order_tabs(window: QWidget, parts: Sequence[QWidget | QLayout]) -> list[QWidget]:
    """Chain Tab through ``parts`` in turn: for each, the controls inside it (a widget's
    descendants, or a layout's widgets and theirs) in the order Qt already had them.
    Returns the controls in their new order."""
    for widget in _focus_chain(window):
        _unwrap(widget)
    chain = _focus_chain(window)
    ordered: list[QWidget] = []
    for part in parts:
        roots: Iterable[QWidget] = _layout_widgets(part) if isinstance(part, QLayout) else [part]
        for root in roots:
            ordered += [
                w
                for w in chain
                if (w is root or root.isAncestorOf(w)) and _tabbable(w) and w not in ordered
            ]
    for first, second in itertools.pairwise(ordered):
        QWidget.setTabOrder(first, second)
    return ordered
