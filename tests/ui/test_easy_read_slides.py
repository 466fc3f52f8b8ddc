"""Easy Read on the projector: its words take the statement's place at full size; the levels
and stages speak Easy Read too; each area and level shows its picture, drawn for the project
and shipped as SVG, in the theme's colours."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtSvg import QSvgRenderer

from coprod_desktop.domain.audience import AudienceState, Slide, area_picture, level_picture
from coprod_desktop.domain.framework import Area
from coprod_desktop.resources import resource
from coprod_desktop.ui.audience.canvas import MIN_CAP
from coprod_desktop.ui.audience.render import Rendered, render
from coprod_desktop.ui.audience.slides.item import STATEMENT_FLOOR
from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import demo_controller  # noqa: F401 (a fixture)

SIZE = QSize(1024, 768)


def pages(state: AudienceState, theme: str = "default") -> list[Rendered]:
    at = (SIZE.width(), SIZE.height())
    first = render(None, state, theme=THEMES[theme], zoom=1.0, size=at, record=True)
    return [first] + [
        render(None, state, theme=THEMES[theme], zoom=1.0, size=at, page=p, record=True)
        for p in range(1, first.pages)
    ]


def pictures_drawn(shown: list[Rendered]) -> set[str]:
    return {str(op.key[op.key.index("svg") + 1]) for r in shown for op in r.ops
            if op.key[0] == "picture" and "svg" in op.key}  # fmt: skip


def test_every_area_and_level_has_a_picture_of_our_own() -> None:
    names = [area_picture(area) for area in Area] + [level_picture(n) for n in range(1, 6)]
    for name in names:
        path = resource("pictures", f"{name}.svg")
        text = path.read_text(encoding="utf-8")
        assert "href" not in text and "<image" not in text  # drawn here, nothing fetched
        assert "<title>" in text  # says what it shows
        assert QSvgRenderer(str(path)).isValid(), name


def test_easy_read_takes_the_statements_place_with_pictures(
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.set_easy_read, False)
    plain = pages(c.audience)
    assert not pictures_drawn(plain)
    c.run(c.live.set_easy_read, True)
    item = c.audience.item
    assert item is not None and item.easy_read
    for theme in THEMES:
        shown = pages(c.audience, theme)
        texts = [d for r in shown for d in r.drawn]
        [statement] = [d for d in texts if d.text == item.easy_read]
        assert statement.cap >= STATEMENT_FLOOR / 100 * SIZE.height() - 0.5
        assert item.text not in [d.text for d in texts]
        assert all(d.cap >= MIN_CAP / 100 * SIZE.height() - 0.5 for d in texts)
        levels = {level_picture(n) for n in range(1, 6)}
        assert {area_picture(Area.KNOWLEDGE), *levels} <= pictures_drawn(shown), theme
    words = {d.text for r in pages(c.audience) for d in r.drawn}
    framework = c.workshop.framework
    for level in framework.levels_for(Area.KNOWLEDGE):  # K1's area has words of its own
        assert level.easy_read in words and level.description not in words


def test_the_stages_speak_easy_read(demo_controller: SessionController) -> None:  # noqa: F811
    c = demo_controller
    c.run(c.live.show_slide, Slide.STAGES)
    c.run(c.live.set_easy_read, True)
    words = {d.text for r in pages(c.audience) for d in r.drawn}
    for stage in c.workshop.framework.stages:
        assert stage.easy_title in words and stage.easy_read in words
        assert stage.summary not in words
