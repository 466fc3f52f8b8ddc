"""A follow-up whose baseline was rated on another scale: no change is worked out (a level 5
of 0–8 is not a level 5 of 1–5), and the report says why instead of "Change +95.2"."""

from __future__ import annotations

import dataclasses

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.results import analyse
from coprod_desktop.domain.scale import Scale, ScaleLevel
from coprod_desktop.report.options import Paper
from coprod_desktop.services.exports import build_report
from tests.report.helpers import pdf_text
from tests.report.limits import custom_items, workshop_of


def on_scale(framework: Framework, lowest: int, highest: int) -> Framework:
    levels = tuple(
        ScaleLevel(level=n, label=f"Level {n}", description="") for n in range(lowest, highest + 1)
    )
    # The default's words per area fit 1-5 only: another scale has its own words, or none.
    return dataclasses.replace(framework, scale=Scale(levels), level_words={})


def test_a_baseline_on_another_scale_is_not_compared(default_framework: Framework) -> None:
    items = custom_items(default_framework, 8, None, "The first statement")
    baseline = dataclasses.replace(
        workshop_of(on_scale(items, 0, 8)), uid="before", title="Spring baseline"
    )
    follow_up = dataclasses.replace(workshop_of(items), uid="after", baseline_uid="before")

    results = analyse(follow_up, baseline)
    assert results.follow_up is None
    assert results.other_scale is not None
    assert results.other_scale.baseline_scale == (0, 8)
    assert all(g.baseline_profile is None for g in results.groups)

    text = pdf_text(build_report(follow_up, baseline, Paper.A4))
    assert (
        "The baseline workshop “Spring baseline” was rated on another scale (0–8; this "
        "workshop 1–5), so its levels cannot be compared with these: no change is shown."
    ) in text
    assert "mean level now changed by group" not in text


def test_a_baseline_on_the_same_scale_is_still_compared(default_framework: Framework) -> None:
    items = custom_items(default_framework, 8, None, "The first statement")
    baseline = dataclasses.replace(workshop_of(items), uid="before", title="Spring baseline")
    follow_up = dataclasses.replace(workshop_of(items), uid="after", baseline_uid="before")
    results = analyse(follow_up, baseline)
    assert results.other_scale is None and results.follow_up is not None
