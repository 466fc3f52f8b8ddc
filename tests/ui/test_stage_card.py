"""The indicative stage in the results window and on the projector, from a real store: not
enough ratings, the partial credit and what holds a group back, the tolerance."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.i18n import install_language
from coprod_desktop.ui.results.window import ResultsWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.conftest import ROOT
from tests.worded import first_bank


@pytest.fixture
def controller(
    store: Store, default_framework: Framework, qtbot: QtBot
) -> Iterator[SessionController]:
    codes = [i.code for i in first_bank(default_framework.items)]
    groups = (
        dict.fromkeys(codes[:3], 5),
        dict.fromkeys(codes, 3),
        dict.fromkeys(codes, 5) | {"K1": 1},
    )
    w = Workshop(
        uid="stage-card",
        title="Stage card",
        framework=default_framework,
        item_codes=tuple(codes),
        groups=tuple(
            Group(
                key=f"g{n}",
                name=f"Group {n}",
                ratings={c: Rating(item_code=c, current_level=lv) for c, lv in levels.items()},
            )
            for n, levels in enumerate(groups, start=1)
        ),
    )
    controller = SessionController(LiveSession(store, WorkshopService(store).add(w)))
    yield controller
    controller.deleteLater()


def card_text(window: ResultsWindow) -> str:
    card = window.stage_labels
    shown = (card.indicative, card.next_stage, card.tolerated)
    return " | ".join(label.text() for label in shown if label.isVisibleTo(window))


def test_the_results_window_says_why_a_stage_is_or_is_not_shown(
    controller: SessionController, qtbot: QtBot, tmp_path: Path
) -> None:
    window = ResultsWindow(controller)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.select_group("g1")
    assert card_text(window) == (
        "not enough ratings yet | A stage is shown once 30 of the 40 items are assessed (3 so far)."
    )
    window.select_group("g2")
    assert card_text(window) == (
        "Co-design | Meets 33 of the 40 items needed for Co-delivery. "
        "Held back by: K1, K2, K4, H5, S1, A1, A2."
    )
    window.select_group("g3")
    assert card_text(window) == (
        "Full Co-production | The ratings meet every stage's required levels. | "
        "Within the tolerance (one item in 10 may fall short): K1."
    )
    window.grab().save(str(tmp_path / "stage-card.png"))


def test_the_projector_shows_the_credit_and_what_holds_the_group_back(
    controller: SessionController, qtbot: QtBot
) -> None:
    controller.run(controller.live.jump, group_key="g2")
    controller.run(controller.live.show_slide, Slide.RESULTS)
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show_state(controller.audience)
    view.grab()
    view.next_page()  # the profile chart first, then the stage and needs
    view.grab()
    texts = " ".join(view.drawn_text())
    assert "Co-design" in texts
    assert "Meets 33 of the 40 items needed for Co-delivery." in texts
    assert "K1, K2, K4, H5, S1, A1, A2" in texts


def test_how_is_this_worked_out_shows_the_rules_in_the_apps_language(
    controller: SessionController, qtbot: QtBot, tmp_path: Path
) -> None:
    for language in ("en", "cy"):
        install_language(language)
        try:
            window = ResultsWindow(controller)
            qtbot.addWidget(window)
            window.resize(1024, 768)
            window.show()
            qtbot.waitExposed(window)
            assert not window.rules_panel.isVisible()
            window.rules_button.setFocus()
            qtbot.keyClick(window.rules_button, Qt.Key.Key_Space)
            assert window.rules_panel.isVisible()
            for rule in Rule:
                explanation = explain(rule, language)
                assert explanation.title in window.rules_panel.text()
                for paragraph in explanation.paragraphs:
                    assert paragraph in window.rules_panel.text()
            window.grab().save(str(tmp_path / f"rules-{language}.png"))
            window.close()
        finally:
            install_language("en")


def test_the_guide_explains_every_rule_in_the_same_words() -> None:
    guide = " ".join((ROOT / "docs" / "facilitator-guide.md").read_text("utf-8").split())
    for rule in Rule:
        explanation = explain(rule, "en")
        assert f"#### {explanation.title}" in guide
        for paragraph in explanation.paragraphs:
            assert " ".join(paragraph.split()) in guide
