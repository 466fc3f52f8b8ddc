"""The audience view as a renderer: every slide, the curtain, private notes, and fitting the
demo workshop on a 1024×768 and a 1920×1080 projector without clipping anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import AudienceState, Curtain, Slide
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.ui.audience.canvas import Drawn
from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.audience.view import MAX_ZOOM, AudienceView
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import (  # noqa: F401 (fixtures)
    demo_controller,
    drawn_on_every_page,
    private_notes,
)

SIZES = (QSize(1024, 768), QSize(1920, 1080))


@pytest.fixture
def view(qtbot: QtBot) -> AudienceView:
    v = AudienceView()
    qtbot.addWidget(v)
    v.resize(1024, 768)
    return v


def painted(view: AudienceView, state: AudienceState) -> list[str]:
    view.show_state(state)
    view.grab()
    return view.drawn_text()


def text_of(drawn: tuple[Drawn, ...]) -> str:
    return "\n".join(d.text for d in drawn)


def every_page(state: AudienceState, size: QSize | None = None) -> list[str]:
    """The strings drawn on every page of ``state``'s slide (the facilitator turns them)."""
    pages = drawn_on_every_page(state, THEMES["default"], size or QSize(1024, 768))
    return [d.text for page in pages for d in page.drawn]


def test_the_item_slide_shows_area_principle_text_easy_read_scale_and_progress(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.set_easy_read, True)
    item = c.audience.item
    assert item is not None and item.easy_read
    texts = painted(view, c.audience)
    assert item.easy_read in texts and item.text not in texts  # Easy Read takes its place
    assert any(item.area in t and item.principle in t for t in texts)
    assert "Item 1 of 40" in texts and "Service users and carers" in texts
    for row in c.audience.scale:
        assert {str(row.level), row.label, row.description} <= set(every_page(c.audience))
    assert "NOW" not in texts  # nothing revealed yet
    c.run(c.live.set_easy_read, False)
    assert item.text in painted(view, c.audience)


def test_revealing_a_split_shows_levels_as_numbers_and_words_the_tally_and_the_note(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.jump, group_key="g1", item_code="S3")  # split 2 → 4, dots {1: 2, 2: 4, 3: 3}
    c.run(c.live.set_revealed, True)
    texts = every_page(c.audience)
    assert "≠ Split view" in painted(view, c.audience)  # on the first page
    assert {"Now", "2", "Starting", "Needed", "4", "Confident"} <= set(texts)
    assert "NOW" in texts and "NEEDED" in texts  # markers are words, not only colour
    assert "NOW is the median of the dots · 9 dots: 4 on 2, 5 elsewhere · range 1–3" in texts
    assert {"2", "4", "3"} <= set(texts)  # the count printed beside each row of dots
    [result] = c.audience.results
    assert f"“{result.note}”" in texts


def test_agreed_and_skipped_are_said_in_words(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.set_revealed, True)
    assert "✓ Agreed" in painted(view, c.audience)
    skipped = next(code for code, r in c.group.ratings.items() if r.status.value == "skipped")
    c.run(c.live.jump, item_code=skipped)
    c.run(c.live.set_revealed, True)
    assert "– Skipped" in painted(view, c.audience)


def test_item_by_item_shows_every_groups_result(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    c.run(c.live.jump, group_key="g1", item_code="S4")
    c.run(c.live.set_revealed, True)
    texts = every_page(c.audience)
    for group in c.workshop.groups:
        assert group.name in texts
    assert texts.count("≠ Split view") == 2
    assert "11 dots: 5 on 2, 6 elsewhere" in texts
    assert "For a split view, Now is the median of the dots." in texts


def test_stages_summary_title_and_closing_slides(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.show_slide, Slide.STAGES)
    texts = every_page(c.audience)
    for stage in c.audience.stages:
        assert stage.title in texts and stage.summary in texts
    assert "Service users and carers, Managers and commissioners" in texts
    c.run(c.live.show_slide, Slide.TITLE)
    texts = painted(view, c.audience)
    assert c.workshop.title in texts and "Welcome" in texts
    c.run(c.live.show_slide, Slide.CLOSING)
    texts = painted(view, c.audience)
    assert "Thank you" in texts and c.workshop.title in texts


def test_stage_points_are_left_out_rather_than_shrunk(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.show_slide, Slide.STAGES)
    stage = c.audience.stages[0]
    texts = every_page(c.audience, QSize(1920, 1080))
    assert stage.summary in texts and stage.points[0] not in texts  # less, and bigger


def test_the_group_summary_pages_through_every_item(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    c.run(c.live.show_slide, Slide.GROUP_SUMMARY)
    view.show_state(c.audience)
    view.grab()
    pages = view.page_count()
    assert 1 < pages <= 4
    seen: set[str] = set()
    for _ in range(pages):
        texts = view.drawn_text()
        assert f"Page {view.page() + 1} of {pages}" in texts
        seen.update(texts)
        view.next_page()
        view.grab()
    assert {row.code for row in c.audience.summary} <= seen  # each item, by its code
    assert {"✓ agreed", "≠ split", "– skipped"} <= seen
    assert view.page() == pages - 1  # the last page stays up


def test_blank_curtain_draws_only_the_background(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.set_revealed, True)
    item = c.audience.item
    assert item is not None and item.text in painted(view, c.audience)
    c.run(c.live.set_curtain, Curtain.BLANK)
    assert painted(view, c.audience) == []
    image = view.grab().toImage()
    background = QColor(THEMES["default"].background).rgb()
    for x in range(0, image.width(), 37):
        for y in range(0, image.height(), 29):
            assert image.pixel(x, y) == background
    c.run(c.live.set_curtain, Curtain.OPEN)
    assert item.text in painted(view, c.audience)


def test_frozen_curtain_keeps_the_last_slide_with_nothing_added(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.jump, group_key="g1", item_code="K1")
    before = painted(view, c.audience)
    c.run(c.live.set_curtain, Curtain.FROZEN)
    c.run(c.live.next_item)
    assert painted(view, c.audience) == before


def test_private_notes_never_reach_the_view(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.set_private_note, "PRIVATE: speak to the chair before the report.")
    notes = private_notes(c)
    assert len(notes) >= 5
    shown: list[str] = []
    for order in RunningOrder:
        c.run(c.live.set_running_order, order)
        for group in c.workshop.groups:
            for code, rating in group.ratings.items():
                if rating.private_note:
                    c.run(c.live.jump, group_key=group.key, item_code=code)
                    c.run(c.live.set_revealed, True)
                    shown += painted(view, c.audience)
    for slide in (Slide.GROUP_SUMMARY, Slide.STAGES, Slide.TITLE, Slide.STRENGTHS, Slide.CLOSING):
        c.run(c.live.show_slide, slide)
        shown += painted(view, c.audience)
    everything = "\n".join(shown)
    assert "Two members felt arguments" in everything  # the public note is shown
    for note in notes:
        assert note not in everything
        assert note[:24] not in everything


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_demo_item_fits_revealed_with_easy_read(
    size: QSize,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    view = AudienceView()
    qtbot.addWidget(view)
    c = demo_controller
    c.run(c.live.set_easy_read, True)
    c.run(c.live.set_timer_shown, True)
    for group in c.workshop.groups:
        for code in c.workshop.item_codes:
            c.run(c.live.jump, group_key=group.key, item_code=code)
            c.run(c.live.set_revealed, True)
            view.show_state(c.audience)
            report = view.layout_at(size)
            assert not report.overflow, (group.name, code)
            item = c.audience.item
            assert item is not None
            [drawn] = [d for d in report.drawn if d.text == (item.easy_read or item.text)]
            assert drawn.cap >= 0.05 * size.height() - 0.5, (code, drawn.cap)
            assert all(d.y + d.height <= size.height() for d in report.drawn)
            assert all(d.x >= 0 and d.x + d.width <= size.width() + 1 for d in report.drawn)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("theme", list(THEMES))
def test_every_slide_fits_in_every_theme(
    size: QSize,
    theme: str,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    view = AudienceView(THEMES[theme])
    qtbot.addWidget(view)
    c = demo_controller
    c.run(c.live.set_easy_read, True)
    c.run(c.live.jump, group_key="g1", item_code="S3")
    states = []
    c.run(c.live.set_revealed, True)
    states.append(c.audience)
    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    c.run(c.live.jump, group_key="g1", item_code="H1")
    c.run(c.live.set_revealed, True)
    states.append(c.audience)
    for slide in (Slide.TITLE, Slide.STAGES, Slide.GROUP_SUMMARY, Slide.STRENGTHS, Slide.CLOSING):
        c.run(c.live.show_slide, slide)
        states.append(c.audience)
    for state in states:
        view.show_state(state)
        report = view.layout_at(size)
        assert not report.overflow, state.slide
        assert report.drawn


def test_zoom_makes_type_larger_until_it_would_not_fit(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.show_slide, Slide.TITLE)
    view.show_state(c.audience)
    size = QSize(1920, 1080)

    def title_px() -> float:
        return next(d.pixel_size for d in view.layout_at(size).drawn if d.text == c.workshop.title)

    normal = title_px()
    view.set_zoom(1.5)
    assert title_px() > normal
    view.set_zoom(99)
    assert view.zoom() == MAX_ZOOM
    assert not view.layout_at(size).overflow
    c.run(c.live.jump, group_key="g1", item_code="S3")
    c.run(c.live.show_slide, Slide.ITEM)
    c.run(c.live.set_revealed, True)
    view.show_state(c.audience)
    assert not view.layout_at(QSize(1024, 768)).overflow  # zoomed, but shrunk to fit


def test_the_timer_is_shown_when_chosen(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    assert not any(t.startswith("Time ") for t in painted(view, c.audience))
    c.run(c.live.set_timer_shown, True)
    assert any(t.startswith("Time 0:") for t in painted(view, c.audience))


def test_the_view_only_repaints_for_a_new_state(
    view: AudienceView,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    view.show_state(c.audience)
    with qtbot.assertNotEmitted(view.content_changed):
        view.show_state(c.audience)
    with qtbot.waitSignal(view.content_changed):
        c.run(c.live.set_current_level, 3)
        c.run(c.live.set_revealed, True)
        view.show_state(c.audience)


def test_an_empty_view_paints_the_background(view: AudienceView) -> None:
    image: QImage = view.grab().toImage()
    assert image.pixel(10, 10) == QColor(THEMES["default"].background).rgb()
    assert view.drawn_text() == []
