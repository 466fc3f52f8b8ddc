"""The needed-level rule where users meet it: the † legend in the results window and on the
projector is the rule's own line (``report/rules.py``), each in its audience's language, and
the heat map's column of levels apart is headed "Apart" (a gap is a training need's size)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.i18n import install_language
from coprod_desktop.ui.results.window import ResultsWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import demo_controller, drawn_on_every_page  # noqa: F401


def test_the_dagger_is_explained_in_the_rules_words_for_each_audience(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    group = next(g for g in c.workshop.groups if any(r.needed_from for r in g.ratings.values()))
    c.run(c.live.jump, group_key=group.key)
    install_language("cy")  # the facilitator reads Welsh; the demo workshop is in English
    try:
        window = ResultsWindow(c)
        qtbot.addWidget(window)
        window.select_group(group.key)
        assert explain(Rule.NEEDED, "cy").summary in window.needs_note.text()
        assert "Ar wahân" in {
            t.text
            for h in window.heat_maps.values()
            for t in h.chart().shapes
            if hasattr(t, "text")
        }
        c.run(c.live.show_slide, Slide.RESULTS)
        texts = {
            d.text
            for page in drawn_on_every_page(c.audience, THEMES["default"], QSize(1024, 768))
            for d in page.drawn
        }
        assert explain(Rule.NEEDED, "en").summary in texts
        assert explain(Rule.NEEDED, "cy").summary not in texts
        window.close()
    finally:
        install_language("en")


def test_the_heat_map_never_calls_levels_apart_a_gap(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    window = ResultsWindow(demo_controller)
    qtbot.addWidget(window)
    words = {
        t.text for h in window.heat_maps.values() for t in h.chart().shapes if hasattr(t, "text")
    }
    assert "Apart" in words and "Gap" not in words
