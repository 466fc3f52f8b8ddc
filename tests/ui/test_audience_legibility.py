"""The back of the hall: on every page of every slide, in every theme and both languages, at
1024 × 768, each text's capitals are at least 2.5 % of the screen height and the item
statement's 5 %; zoom and large print never make any text smaller; slides that cannot fit
take more pages, which turn only when the facilitator says so."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import AudienceState, Slide
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.resources import resource
from coprod_desktop.services.demo import DEMO_FILE, build_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import FrameworkRepository, WorkshopRepository
from coprod_desktop.ui.audience.canvas import MIN_CAP
from coprod_desktop.ui.audience.render import Rendered
from coprod_desktop.ui.audience.slides.item import STATEMENT_FLOOR
from coprod_desktop.ui.audience.themes import THEMES, readable
from coprod_desktop.ui.audience.type_layout import FONT_FAMILY, cap_height
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.audience.window import AudienceWindow
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.i18n import install_language
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import audience_settings, drawn_on_every_page  # noqa: F401

SIZE = (1024, 768)
#: Rounding to whole pixels may take a capital a fraction of a pixel either way.
PIXEL = 0.5


@pytest.fixture(params=["en", "cy"])
def demo(request: pytest.FixtureRequest, store: Store, qtbot: QtBot) -> Iterator[SessionController]:
    """The demo workshop on the framework in each language, the app speaking it too."""
    language = request.param
    spec = json.loads(resource(*DEMO_FILE).read_text(encoding="utf-8"))
    key = "readiness-default" if language == "en" else "readiness-default-cy"
    with store.unit_of_work() as session:
        framework = FrameworkRepository(session).get(key)
        workshop = build_demo(framework, spec, dt.date.fromisoformat(spec["held_on"]))
        workshop_id = WorkshopRepository(session).add(workshop)
    install_language(language)
    controller = SessionController(LiveSession(store, workshop_id))
    yield controller
    controller.deleteLater()
    install_language("en")


def every_slide(c: SessionController) -> list[tuple[str, AudienceState]]:
    """Each kind of slide, the item slide with and without Easy Read, asked and revealed, for
    one group and for all."""
    c.run(c.live.set_timer_shown, True)
    c.run(c.live.show_slide, Slide.ITEM)
    states: list[tuple[str, AudienceState]] = []
    c.run(c.live.jump, group_key="g1", item_code="S3")  # a split view with dots and a note
    for easy in (False, True):
        c.run(c.live.set_easy_read, easy)
        c.run(c.live.set_revealed, False)
        states.append((f"item, easy read {easy}", c.audience))
        c.run(c.live.set_revealed, True)
        states.append((f"item revealed, easy read {easy}", c.audience))
    c.run(c.live.set_easy_read, False)
    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    c.run(c.live.jump, group_key="g1", item_code="S4")
    states.append(("item, all groups", c.audience))
    c.run(c.live.set_running_order, RunningOrder.GROUP_BY_GROUP)
    for slide in (Slide.TITLE, Slide.STAGES, Slide.GROUP_SUMMARY, Slide.RESULTS, Slide.STRENGTHS,
                  Slide.CLOSING):  # fmt: skip
        c.run(c.live.show_slide, slide)
        states.append((slide.value, c.audience))
    return states


def every_page(state: AudienceState, theme_name: str, zoom: float = 1.0) -> list[Rendered]:
    theme = readable(theme_name, dyslexia_spacing=False)
    return drawn_on_every_page(state, theme, QSize(*SIZE), zoom)


def statement_texts(state: AudienceState) -> set[str]:
    item = state.item
    return {item.text, item.easy_read or item.text} if item is not None else set()


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_text_on_every_page_can_be_read_from_the_back(
    theme: str, demo: SessionController
) -> None:
    least = MIN_CAP / 100 * SIZE[1] - PIXEL
    least_statement = STATEMENT_FLOOR / 100 * SIZE[1] - PIXEL
    for name, state in every_slide(demo):
        statements = statement_texts(state)
        for page, shown in enumerate(every_page(state, theme)):
            assert not shown.overflow, (name, page)
            assert shown.drawn, (name, page)
            for d in shown.drawn:
                assert d.cap >= least, (name, page, d.text, d.cap)
                if d.text in statements:
                    assert d.cap >= least_statement, (name, page, d.text, d.cap)
                assert d.y + d.height <= SIZE[1] and d.x + d.width <= SIZE[0] + 1, d.text
            if state.item is not None and page == 0:
                assert statements & {d.text for d in shown.drawn}, (name, page)


@pytest.mark.parametrize(("theme", "zoom"), [("default", 1.5), ("default", 2.0),
                                             ("large_print", 1.0), ("large_print", 1.5)])  # fmt: skip
def test_zoom_and_large_print_never_make_text_smaller(
    theme: str, zoom: float, demo: SessionController
) -> None:
    for name, state in every_slide(demo):
        plain = {d.text: d.pixel_size for r in every_page(state, "default") for d in r.drawn}
        bigger = {d.text: d.pixel_size for r in every_page(state, theme, zoom) for d in r.drawn}
        for text, size in bigger.items():
            if text in plain:
                assert size >= plain[text], (name, text, size, plain[text])
        if state.slide is Slide.TITLE:
            assert bigger[state.title] > plain[state.title]  # where there is room, larger


def test_the_cap_height_measured_is_the_cap_height_painted() -> None:
    """The text heights above come from the font's metrics: here they are checked against
    the ink of a capital letter painted at projector sizes."""
    for pixels in (28, 53, 80):
        image = QImage(200, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        font = QFont(FONT_FAMILY)
        font.setPixelSize(pixels)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(20, 150, "H")
        painter.end()
        rows = [
            y
            for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < 128 for x in range(image.width()))
        ]
        assert abs((rows[-1] - rows[0] + 1) - cap_height(pixels)) <= 1.0, pixels


def test_pages_turn_only_by_the_facilitators_key(demo: SessionController, qtbot: QtBot) -> None:
    view = AudienceView(THEMES["default"])
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    demo.run(demo.live.jump, group_key="g1")
    demo.run(demo.live.show_slide, Slide.RESULTS)
    view.show_state(demo.audience)
    view.grab()
    assert view.layout_at(QSize(*SIZE)).pages > 1
    assert not [t for t in view.findChildren(QTimer) if t.isActive()]  # nothing turns them
    assert view.page() == 0
    assert view.next_page() and view.page() == 1
    assert view.previous_page() and view.page() == 0
    assert not view.previous_page() and view.page() == 0  # the first page stays put
    for _ in range(view.page_count() + 2):
        view.next_page()
    assert view.page() == view.layout_at(QSize(*SIZE)).pages - 1  # and the last one
    demo.run(demo.live.jump, group_key="g2")
    view.show_state(demo.audience)
    assert view.page() == 0  # another group starts on its first page


def test_ctrl_page_down_and_up_turn_the_projectors_pages(
    store: Store,
    demo_id: int,
    audience_settings: QSettings,  # noqa: F811
    qtbot: QtBot,
) -> None:
    controller = SessionController(LiveSession(store, demo_id))
    console = ConsoleWindow(controller)
    qtbot.addWidget(console)
    room = AudienceWindow(controller, console=console, settings=audience_settings)
    qtbot.addWidget(room)
    console.attach_room(room)
    console.show()
    qtbot.waitExposed(console)
    console.activateWindow()
    controller.run(controller.live.jump, group_key="g1", item_code="K1")
    controller.run(controller.live.show_slide, Slide.GROUP_SUMMARY)
    room.view.resize(*SIZE)
    room.view.grab()
    assert room.view.page_count() > 1
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)  # the keys are the console's, as in the hall
    qtbot.keyClick(console, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert room.view.page() == 1
    assert controller.cursor.item_code == "K1"  # the item stays: only the page turned
    qtbot.keyClick(console, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert room.view.page() == 0
