"""The results window says why a baseline rated on another scale is not compared (in English
and Welsh), where before it silently left the comparison out."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Framework
from coprod_desktop.ui.i18n import install_language
from coprod_desktop.ui.results.parts import SavedResults
from coprod_desktop.ui.results.window import ResultsWindow
from tests.report.limits import custom_items, workshop_of
from tests.report.test_other_scale import on_scale

SAID = {
    "en": "The baseline workshop “Spring baseline” was rated on another scale (0–8; this "
    "workshop 1–5), so its levels cannot be compared with these: no change is shown.",
    "cy": "Cafodd y gweithdy sylfaen “Spring baseline” ei sgorio ar raddfa arall (0–8; y "
    "gweithdy hwn 1–5), felly ni ellir cymharu ei lefelau â’r rhai hyn: ni ddangosir unrhyw "
    "newid.",
}


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(str(request.param))
    yield str(request.param)
    install_language("en")


def test_a_baseline_on_another_scale_is_said_not_silently_left_out(
    default_framework: Framework, language: str, qtbot: QtBot
) -> None:
    items = custom_items(default_framework, 8, None, "The first statement")
    baseline = dataclasses.replace(
        workshop_of(on_scale(items, 0, 8)), uid="before", title="Spring baseline"
    )
    follow_up = dataclasses.replace(workshop_of(items), uid="after", baseline_uid="before")
    window = ResultsWindow(SavedResults(follow_up), baseline)
    qtbot.addWidget(window)
    window.show()
    change = window.change_box
    assert change.isVisibleTo(window)
    assert change.other_scale.isVisibleTo(window)
    assert change.other_scale.text() == SAID[language]
    # Nothing that compares levels is shown.
    assert not change.compared.isVisibleTo(window)
    window.close()


def test_a_baseline_on_the_same_scale_is_compared_without_the_sentence(
    default_framework: Framework, qtbot: QtBot
) -> None:
    items = custom_items(default_framework, 8, None, "The first statement")
    baseline = dataclasses.replace(workshop_of(items), uid="before", title="Spring baseline")
    follow_up = dataclasses.replace(workshop_of(items), uid="after", baseline_uid="before")
    window = ResultsWindow(SavedResults(follow_up), baseline)
    qtbot.addWidget(window)
    window.show()
    change = window.change_box
    assert change.compared.isVisibleTo(window) and change.groups.rowCount() == 3
    assert not change.other_scale.isVisibleTo(window)
    window.close()
