"""User text in the windows is shown as plain text: a title or note with markup such as
"<b>R&D</b> <img src=...>" appears as typed, never as rich text (QLabel's default guesses,
and would obey the tags). Every label showing user text, in every window, is checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from coprod_desktop.ui.workshop_overview import WorkshopOverviewWindow
from tests.reliability.odd_text import ODD, Typed, create_odd_workshop
from tests.ui.conftest import page

MARKUP = ODD["markup"]
#: Every user string is the markup text with something after it: this finds them all.
USER = "<b>R&D</b>"


def labels_with_user_text(root: QWidget) -> list[QLabel]:
    found = [w for w in root.findChildren(QLabel) if USER in w.text()]
    if isinstance(root, QLabel) and USER in root.text():
        found.append(root)
    return found


def assert_plain(labels: list[QLabel]) -> None:
    rich = [
        f"{type(w.parent()).__name__}/{w.objectName() or '?'}: {w.text()[:50]!r}"
        for w in labels
        if w.textFormat() != Qt.TextFormat.PlainText
    ]
    assert not rich, "shown as rich text: " + "; ".join(rich)


@pytest.fixture
def odd(store: Store) -> tuple[int, Typed]:
    return create_odd_workshop(store, MARKUP)


def make_console(store: Store, workshop_id: int, qtbot: QtBot) -> ConsoleWindow:
    window = ConsoleWindow(SessionController(LiveSession(store, workshop_id)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def console(store: Store, odd: tuple[int, Typed], qtbot: QtBot) -> Iterator[ConsoleWindow]:
    yield make_console(store, odd[0], qtbot)


def test_the_workshop_list_and_overview_show_user_text_as_typed(
    services: AppServices, odd: tuple[int, Typed], qtbot: QtBot
) -> None:
    window = WorkshopListWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    page(window).select_workshop(odd[0])
    panel = page(window).details.widget()
    assert panel is not None
    details = labels_with_user_text(panel)
    assert {w.text() for w in details} >= {odd[1].short_fields["title"], *odd[1].group_names}
    assert_plain(details)

    window.workshop_actions.ratings.trigger()
    (overview,) = window.findChildren(WorkshopOverviewWindow)
    shown = labels_with_user_text(overview)
    assert any(w.text() == odd[1].short_fields["title"] for w in shown)
    assert_plain(shown)
    window.grab()  # paints without error


def test_the_console_shows_notes_and_names_as_typed(
    console: ConsoleWindow, odd: tuple[int, Typed], qtbot: QtBot
) -> None:
    controller = console.controller
    controller.run(controller.live.jump, group_key="g1", item_code="K1")
    QApplication.processEvents()
    typed = odd[1]
    texts = _editor_texts(console)
    assert typed.notes["rating_note"] in texts
    assert typed.private in texts  # the private note field, on the laptop only
    for editor in console.findChildren(QTextEdit):
        assert not editor.acceptRichText(), type(editor.parent()).__name__
    shown = labels_with_user_text(console)
    assert shown, "the console shows the group's name somewhere"
    assert_plain(shown)
    console.grab()


def test_the_audience_view_draws_the_room_note_and_never_the_private_one(
    console: ConsoleWindow, odd: tuple[int, Typed]
) -> None:
    controller = console.controller
    controller.run(controller.live.jump, group_key="g1", item_code="K1")
    controller.run(controller.live.set_revealed, True)
    view = AudienceView()
    view.resize(1024, 768)
    view.show_state(controller.audience)
    view.grab()
    drawn = "\n".join(view.drawn_text())
    assert odd[1].notes["rating_note"] in drawn  # quoted on the slide, exactly as typed
    assert "#private-never-printed" not in drawn
    shown = labels_with_user_text(view)
    assert_plain(shown)


def _editor_texts(root: QWidget) -> set[str]:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    texts = {w.text() for w in root.findChildren(QLineEdit)}
    texts |= {w.toPlainText() for w in root.findChildren(QPlainTextEdit)}
    texts |= {w.toPlainText() for w in root.findChildren(QTextEdit)}
    return texts


def test_a_right_to_left_override_in_a_group_name_cannot_reverse_the_console_line(
    store: Store, qtbot: QtBot
) -> None:
    """Found here: a group name holding U+202E (right-to-left override) turned the rest of
    the console's "where" line around ("item 1 of 3 · K1 · Knowledge" read backwards). The
    name is now set in a bidi isolate, which ends the override with the name."""
    workshop_id, typed = create_odd_workshop(store, ODD["rtl"])
    window = make_console(store, workshop_id, qtbot)
    window.controller.run(window.controller.live.jump, group_key="g1", item_code="K1")
    QApplication.processEvents()
    where = window.capture.where.text()
    assert f"\u2068{typed.group_names[0]}\u2069  ·  item 1 of 3  ·  K1" in where
