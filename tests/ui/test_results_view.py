"""The results view in the console and on the projector: opened by key, live with each
rating, the follow-up change for a workshop with a baseline, and no private note on the wall."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.analysis import LARGEST_DIFFERENCES
from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.room_results import TOP_NEEDS
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.themes import MIN_TEXT_CONTRAST, THEMES, contrast_ratio
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.console import keys
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.results.window import ResultsWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import demo_controller, private_notes  # noqa: F401

SIZES = (QSize(1024, 768), QSize(1920, 1080))


def console_for(store: Store, workshop_id: int, qtbot: QtBot) -> ConsoleWindow:
    window = ConsoleWindow(SessionController(LiveSession(store, workshop_id)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    return window


@pytest.fixture
def console(store: Store, demo_id: int, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    window = console_for(store, demo_id, qtbot)
    yield window
    window.close()


def cells(window: ResultsWindow) -> list[list[str]]:
    t = window.needs_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]  # type: ignore[union-attr]


def test_r_opens_the_results_of_the_group_being_captured(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    c = console.controller
    c.run(c.live.jump, group_key="g3")
    qtbot.keyClick(console, Qt.Key.Key_R)
    results = console.results_window
    assert results is not None and results.isVisible()
    assert results.group_key() == "g3"
    group = results.results.of("g3") if results.results else None
    assert group is not None
    rows = cells(results)
    assert len(rows) == len(group.needs) > 0
    first = group.needs[0]
    assert (
        rows[0][0].startswith(first.item_code)
        and rows[0][1] == f"{first.current} → {first.required}{'†' if first.filled_in else ''}"
    )
    assert rows[0][2] == f"+{first.gap}"
    split = [r for r, n in zip(rows, group.needs, strict=True) if n.uncertain]
    assert all(r[4] == "≠ split: less certain" for r in split)
    # Profile charts and one heat map per area, the largest differences marked.
    assert results.radar_area.chart().title == "By area"
    assert "now" in results.radar_area.chart().description
    assert len(results.heat_maps) == 4
    marked = [
        code
        for h in results.heat_maps.values()
        if "differences between groups on" in (d := h.chart().description)
        for code in d.split("differences between groups on ")[1].rstrip(".").split(", ")
    ]
    every = results.results.group_differences if results.results else ()
    assert len(every) > LARGEST_DIFFERENCES  # the demo has many: only the widest are marked
    assert sorted(marked) == sorted(d.item_code for d in every[:LARGEST_DIFFERENCES])
    assert results.gaps_label.text().startswith(
        f"Largest differences between groups ({LARGEST_DIFFERENCES} of {len(every)}): "
    )
    assert results.stage_labels.placed.text()
    assert not results.change_box.isVisibleTo(results)  # the demo is not a follow-up
    qtbot.keyClick(console, Qt.Key.Key_R)
    assert console.results_window is results  # one window, raised again


def test_alt_6_and_the_results_window_put_the_results_on_the_projector(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    c = console.controller
    qtbot.keyClick(console, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert c.presentation.slide is Slide.RESULTS
    assert c.audience.group_results is not None
    assert not any(b.isChecked() for b in console.bar.slide_buttons.values())
    c.run(c.live.show_slide, Slide.ITEM)
    console.show_results()
    assert console.results_window is not None
    console.results_window.select_group("g2")
    console.results_window.project_button.click()
    assert c.presentation.slide is Slide.RESULTS
    assert c.cursor.group_key == "g2"
    assert c.audience.group_results is not None
    assert c.audience.group_results.group_name == c.workshop.group("g2").name


def test_the_keys_list_names_the_results(qtbot: QtBot) -> None:
    listed = {k.keys: k.does for _section, rows in keys.HELP for k in rows}
    assert "R" in listed and "Results" in listed["R"]
    assert "results" in listed["Alt + 1 … 6"]


def test_the_view_follows_a_new_rating(console: ConsoleWindow, qtbot: QtBot) -> None:
    c = console.controller
    console.show_results()
    results = console.results_window
    assert results is not None
    results.select_group("g1")
    code = next(
        code for code in c.workshop.item_codes
        if not any(n.item_code == code for n in results.results.of("g1").needs)  # type: ignore[union-attr]
    )  # fmt: skip
    before_radar = results.radar_area.chart()
    c.run(c.live.jump, group_key="g1", item_code=code)
    c.run(c.live.set_current_level, 1)
    c.run(c.live.set_required_level, 5)
    qtbot.waitUntil(lambda: cells(results)[0][0].startswith(code))
    assert cells(results)[0][1:3] == ["1 → 5", "+4"]
    assert results.radar_area.chart() != before_radar
    c.undo_stack.undo()
    c.undo_stack.undo()
    qtbot.waitUntil(lambda: not any(r[0].startswith(f"{code} ") for r in cells(results)))


def test_a_follow_up_shows_the_change_since_its_baseline(
    store: Store, demo_id: int, qtbot: QtBot
) -> None:
    follow_up = WorkshopService(store).duplicate(demo_id, as_follow_up=True)
    console = console_for(store, follow_up, qtbot)
    c = console.controller
    assert c.baseline is not None and c.baseline.title == WorkshopService(store).get(demo_id).title
    base = c.baseline.group("g1").ratings["K1"]
    assert base.current_level is not None and base.current_level < 5
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.set_current_level, base.current_level + 1)
    console.show_results()
    results = console.results_window
    assert results is not None
    assert results.change_box.isVisibleTo(results)
    table = results.change_groups
    row = [table.item(0, col).text() for col in range(table.columnCount())]  # type: ignore[union-attr]
    assert row[0] == c.workshop.group("g1").name and row[1] == "1" and row[4] == "+1.0"
    assert row[5].startswith("▲ 1 up")
    # On the projector: a third page, since the baseline.
    c.run(c.live.show_slide, Slide.RESULTS)
    state = c.audience
    assert state.group_results is not None and state.group_results.change is not None
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show_state(state)
    pages = view.layout_at(QSize(1024, 768)).pages
    view.grab()
    while view.next_page():  # the last page: since the baseline
        view.grab()
    assert view.page() == pages - 1
    text = "\n".join(view.drawn_text())
    assert "Since the baseline: " + c.workshop.group("g1").name in text
    assert "+1.0" in text and "▲ 1 up · = 0 same · ▼ 0 down" in text
    console.close()


def test_the_results_slide_never_shows_a_private_note(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.set_private_note, "PRIVATE: speak to the chair before the report.")
    notes = private_notes(c)
    assert notes
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    c.run(c.live.show_slide, Slide.RESULTS)
    shown: list[str] = []
    for group in c.workshop.groups:
        c.run(c.live.jump, group_key=group.key)
        state = c.audience
        assert state.group_results is not None
        text = repr(state)
        assert not any(note in text for note in notes)
        view.show_state(state)  # a new group starts on the first page
        view.grab()
        for _page in range(view.page_count()):
            shown += view.drawn_text()
            view.next_page()
            view.grab()
    everything = "\n".join(shown)
    assert "Top training needs" in everything and "Knowledge" in everything
    for note in notes:
        assert note not in everything and note[:24] not in everything


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("theme", list(THEMES))
def test_the_results_slide_fits_and_is_legible_in_every_theme(
    size: QSize,
    theme: str,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    colours = THEMES[theme]
    view = AudienceView(colours)
    qtbot.addWidget(view)
    c.run(c.live.show_slide, Slide.RESULTS)
    c.run(c.live.set_timer_shown, True)
    for group in c.workshop.groups:
        c.run(c.live.jump, group_key=group.key)
        view.show_state(c.audience)
        report = view.layout_at(size)
        assert not report.overflow, (group.name, theme)
        assert report.pages >= 2
        seen: list[str] = []
        while True:
            drawn = view.layout_at(size).drawn
            assert not view.layout_at(size).overflow, (group.name, theme, view.page())
            seen += [d.text for d in drawn]
            assert all(d.y + d.height <= size.height() for d in drawn)
            assert all(d.x >= 0 and d.x + d.width <= size.width() + 1 for d in drawn)
            for d in drawn:
                ratio = contrast_ratio(colours.colour(d.foreground), colours.colour(d.background))
                assert ratio >= MIN_TEXT_CONTRAST, (d.text, d.foreground, ratio)
            if view.page() == report.pages - 1:
                break
            view.next_page()
            view.grab()
        assert view.page() == report.pages - 1
        assert "Largest differences between groups" in seen


def test_the_results_slide_prints_values_as_numbers_and_words(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    c.run(c.live.jump, group_key="g1")
    c.run(c.live.show_slide, Slide.RESULTS)
    state = c.audience
    results = state.group_results
    assert results is not None
    assert len(results.needs) == min(TOP_NEEDS, results.needs_total)
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show_state(state)
    view.grab()
    texts = view.drawn_text()
    while view.next_page():  # every page, as the facilitator turns them
        view.grab()
        texts += view.drawn_text()
    need = results.needs[0]
    assert f"{need.current} → {need.required}" in texts and need.text in texts
    assert any(t.startswith("now ") for t in texts)  # the radar's values, printed
    assert "Placed itself at" in texts and "Ratings indicate" in texts
    if any(n.uncertain for n in results.needs):
        assert "≠ split: less certain" in texts
