"""The console without a mouse or without sight of colour: Tab reaches every control in
reading order and back round, a focused control answers Space and Enter itself, every stop
has a name a screen reader can say, and a rating's status is a symbol and a word."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Curtain
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.window import AudienceWindow
from coprod_desktop.ui.console.grid import CaptureGridModel
from coprod_desktop.ui.console.item_list import ItemStatusModel
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.a11y import focused, spoken, tab_round
from tests.ui.audience_fixtures import audience_settings  # noqa: F401 (a fixture)

COLOUR_ROLES = (
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.DecorationRole,
)


@pytest.fixture
def console(
    store: Store,
    demo_id: int,
    audience_settings: QSettings,  # noqa: F811
    qtbot: QtBot,
) -> Iterator[ConsoleWindow]:
    """The demo workshop's console with its projector view, as the app opens it."""
    controller = SessionController(LiveSession(store, demo_id))
    window = ConsoleWindow(controller)
    qtbot.addWidget(window)
    room = AudienceWindow(controller, console=window, settings=audience_settings)
    qtbot.addWidget(room)
    window.attach_room(room)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    controller.run(
        controller.live.jump, group_key="g1", item_code="S3"
    )  # a split: the tally is on show too
    yield window


def test_tab_reaches_every_main_control_in_reading_order_and_comes_back(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    stops = tab_round(qtbot, console.bar.order_button)
    names = [spoken(w) for w in stops]
    for widget in stops:
        assert spoken(widget), f"a {type(widget).__name__} with no name a screen reader can say"
        assert widget.window() is console
    capture = console.capture
    wanted: list[QWidget] = [
        console.bar.order_button,
        console.bar.reveal_button,
        console.bar.blank_button,
        console.bar.freeze_button,
        console.bar.easy_read,
        console.items,
        capture.tally.first_box(),
        capture.note,
        capture.private_note,
        console.side_tabs.tabBar(),
        console.placement.current,
        console.placement.aim,
    ]
    for widget in wanted:
        assert widget in stops, f"Tab never reaches {spoken(widget)!r}"
    for prefix in ("Current level", "Required level"):
        assert any(n.startswith(prefix) for n in names), prefix
    for name in ("Mark agreed", "Next item", "Choose the projector screen", "Projector theme",
                 "Projector zoom", "Dyslexia-friendly spacing", "Keys (F1)"):  # fmt: skip
        assert name in names, name
    # reading order: tool bar, list, capture, moving on, projector controls, tabs, status bar
    order = [
        stops.index(console.bar.order_button),
        stops.index(console.items),
        names.index("Mark agreed"),
        stops.index(capture.note),
        names.index("Next item"),
        names.index("Projector theme"),
        stops.index(console.side_tabs.tabBar()),
        names.index("Keys (F1)"),
    ]
    assert order == sorted(order), names
    # and Shift+Tab walks the same round backwards
    back = tab_round(qtbot, console.bar.order_button, back=True)
    assert back[1:] == list(reversed(stops[1:]))


def test_every_control_in_the_console_has_a_name(console: ConsoleWindow) -> None:
    """Also the ones Tab does not reach just now (other tabs, the grid)."""
    for widget in console.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QComboBox | QSpinBox | QLineEdit | QCheckBox):
            if widget.parent() is not None and isinstance(widget.parent(), QSpinBox | QComboBox):
                continue  # the text box inside a spin box speaks for it
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own scroll arrows and the like
            assert spoken(widget), f"{type(widget).__name__} {widget.objectName()!r} has no name"


def test_level_buttons_say_which_level_and_what_it_means(console: ConsoleWindow) -> None:
    buttons = console.capture.current.findChildren(QPushButton)
    names = [b.accessibleName() for b in buttons]
    assert "Current level 3: Getting there" in names
    required = [b.accessibleName() for b in console.capture.required.findChildren(QPushButton)]
    assert "Required level 4: Confident" in required
    assert all(b.accessibleDescription() for b in buttons)
    chosen = [b for b in buttons if b.isChecked()]
    assert len(chosen) == 1 and chosen[0].text().startswith("●")  # chosen in words, not hue


def test_a_focused_button_takes_space_and_enter_instead_of_the_capture_keys(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    c = console.controller
    revealed = c.presentation.revealed
    console.bar.blank_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert c.presentation.curtain is Curtain.BLANK  # the curtain button was pressed
    assert c.presentation.revealed == revealed  # and Space did not reveal
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert c.presentation.curtain is Curtain.OPEN  # type: ignore[comparison-overlap]  # Space

    [next_button] = [b for b in console.findChildren(QPushButton) if spoken(b) == "Next item"]
    before = c.workshop.item_codes.index(c.cursor.item_code)
    next_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.workshop.item_codes.index(c.cursor.item_code) != before)
    assert c.workshop.item_codes.index(c.cursor.item_code) == before + 1  # once, not twice

    console.setFocus()
    qtbot.keyClick(console, Qt.Key.Key_Space)  # with no button focused, Space reveals
    assert c.presentation.revealed != revealed


def test_the_keys_still_capture_while_tab_rests_on_a_button(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    c = console.controller
    console.bar.reveal_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    rating = c.rating()
    assert rating is not None and rating.current_level == 3


def test_arrows_in_the_focused_item_list_and_grid_go_to_the_item(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    c = console.controller
    codes = c.workshop.item_codes
    start = codes.index(c.cursor.item_code)
    console.items.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(console.items, Qt.Key.Key_Down)
    assert c.cursor.item_code == codes[start + 1]
    qtbot.keyClick(console.items, Qt.Key.Key_Up)
    assert c.cursor.item_code == codes[start]

    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    assert console.left.currentWidget() is console.grid
    console.grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(console.grid, Qt.Key.Key_Down)
    assert c.cursor.item_code == codes[start + 1]
    assert not console.grid.tabKeyNavigation()  # Tab leaves the grid: no trap in its cells


def test_item_list_status_is_a_symbol_and_a_word_never_a_colour(
    console: ConsoleWindow,
) -> None:
    c = console.controller
    model = console.items.model()
    assert isinstance(model, ItemStatusModel)
    seen: dict[RatingStatus | None, tuple[str, str]] = {}
    for row, code in enumerate(c.workshop.item_codes):
        index = model.index(row, 0)
        rating = c.rating(item_code=code)
        status = rating.status if rating else None
        shown = str(index.data(Qt.ItemDataRole.DisplayRole))
        said = str(index.data(Qt.ItemDataRole.AccessibleTextRole))
        seen[status] = (shown.split(maxsplit=1)[0], said.rsplit(", ", maxsplit=1)[-1])
        for role in COLOUR_ROLES:
            assert index.data(role) is None, (code, role)
    c.run(c.live.clear_rating)  # one still to do
    index = model.index(c.workshop.item_codes.index(c.cursor.item_code), 0)
    seen[None] = (
        str(index.data(Qt.ItemDataRole.DisplayRole)).split()[0],
        str(index.data(Qt.ItemDataRole.AccessibleTextRole)).split(", ")[-1],
    )
    assert set(seen) == {*RatingStatus, None}, "the demo should show every status"
    symbols = [symbol for symbol, _ in seen.values()]
    words = [word for _, word in seen.values()]
    assert len(set(symbols)) == len(symbols), seen  # each status its own symbol
    assert len(set(words)) == len(words) and all(w.isalpha() or " " in w for w in words), seen


def test_grid_cells_carry_symbol_levels_and_a_spoken_status(console: ConsoleWindow) -> None:
    c = console.controller
    model = CaptureGridModel(c)
    for row, code in enumerate(c.workshop.item_codes):
        for column, group in enumerate(c.workshop.groups):
            index = model.index(row, column)
            rating = group.ratings.get(code)
            shown = str(index.data(Qt.ItemDataRole.DisplayRole))
            said = str(index.data(Qt.ItemDataRole.AccessibleTextRole))
            assert shown and shown[0] in "✓≈–○", shown
            assert said.startswith(f"{group.name}, {code}: "), said
            if rating is not None and rating.current_level is not None:
                assert str(rating.current_level) in shown
            for role in COLOUR_ROLES:
                assert index.data(role) is None
        header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
        assert header == c.workshop.groups[0].name
