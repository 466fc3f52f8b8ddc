"""The barrier log's rules: what a barrier may say, how the log reads under what it holds
back, and its headline, on hand-worked examples."""

from __future__ import annotations

import dataclasses

import pytest

from coprod_desktop.domain.barrier import (
    Barrier,
    BarrierHeading,
    BarrierStatus,
    BarrierTag,
    barrier_headline,
    barrier_lines,
    barriers_without_group,
    by_heading,
    check_barriers,
    open_holding_back,
)
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Framework, Stage

PRINCIPLES = ("P1", "P2", "P3", "P4")

MONEY = Barrier("No budget line", BarrierTag.RESOURCES, stage=Stage.CO_DELIVERY, owner="Ann")
RULES = Barrier("Risk rules", BarrierTag.POLICY, stage=Stage.CO_DELIVERY)
CULTURE = Barrier("Us and them", BarrierTag.CULTURE, principle="P1", owner="Bo", group_key="g2")
DONE = Barrier("No room", BarrierTag.ORGANISATION, stage=Stage.CO_DESIGN, owner="Cy",
               status=BarrierStatus.DEALT_WITH)  # fmt: skip
LOOSE = Barrier("Nobody has time", BarrierTag.PEOPLE)
LOG = (LOOSE, RULES, CULTURE, DONE, MONEY)


def test_a_barrier_needs_words_and_one_link_at_most() -> None:
    with pytest.raises(ValidationError) as empty:
        Barrier("  ", BarrierTag.CULTURE)
    assert empty.value.code == "text.empty" and empty.value.field == "barrier"
    with pytest.raises(ValidationError) as both:
        Barrier("x", BarrierTag.CULTURE, stage=Stage.CO_DESIGN, principle="P1")
    assert both.value.code == "barrier.two_links"
    assert Barrier(" Words \n", BarrierTag.CULTURE, owner=" Ann ").what == "Words"


def test_the_log_names_only_the_workshops_groups_and_principles() -> None:
    check_barriers(LOG, ["g1", "g2"], PRINCIPLES)
    with pytest.raises(ValidationError) as group:
        check_barriers(LOG, ["g1"], PRINCIPLES)
    assert group.value.code == "barrier.unknown_group"
    with pytest.raises(ValidationError) as principle:
        check_barriers(LOG, ["g1", "g2"], ["P2"])
    assert principle.value.code == "barrier.unknown_principle"


def test_by_heading_stages_in_order_then_principles_then_neither() -> None:
    found = by_heading(LOG, PRINCIPLES)
    assert [h for h, _ in found] == [
        BarrierHeading(stage=Stage.CO_DESIGN),
        BarrierHeading(stage=Stage.CO_DELIVERY),
        BarrierHeading(principle="P1"),
        BarrierHeading(),
    ]
    # Under co-delivery: resources before policy (the tags' order), whatever the log's order;
    # each keeps its place in the log (RULES is the 2nd logged, MONEY the 5th).
    assert found[1][1] == [(4, MONEY), (1, RULES)]
    reopened = dataclasses.replace(DONE, stage=Stage.CO_DELIVERY)
    assert by_heading((reopened, RULES), PRINCIPLES)[0][1] == [(1, RULES), (0, reopened)]


def test_the_headline_counts_open_ones_and_their_commonest_kind() -> None:
    headline = barrier_headline((*LOG, dataclasses.replace(RULES, what="Data rules")))
    assert headline.barriers == 6 and headline.open == 5
    assert headline.top_tag is BarrierTag.POLICY and headline.top_tag_count == 2
    assert headline.without_owner == 3  # LOOSE and the two policy barriers
    assert headline.stages_held_back == 1  # co-design's barrier is dealt with
    empty = barrier_headline(())
    assert empty.top_tag is None and empty.open == 0
    tie = barrier_headline(LOG)  # one open barrier of each kind but organisation's
    assert tie.top_tag is None and tie.top_tag_count == 0
    assert open_holding_back(LOG, Stage.CO_DELIVERY) == 2
    assert open_holding_back(LOG, Stage.CO_DESIGN) == 0  # dealt with


def test_the_slide_shows_open_barriers_with_names(default_framework: Framework) -> None:
    lines = barrier_lines(LOG, {"g1": "Staff", "g2": "Carers"}, default_framework)
    assert [line.number for line in lines] == [5, 2, 3, 1]  # DONE is off the wall
    assert lines[2].group == "Carers" and lines[0].group is None
    principle = default_framework.principle("P1")
    assert lines[0].holds_back == default_framework.stage_text(Stage.CO_DELIVERY).title
    assert lines[2].holds_back == f"P1 {principle.title}" and lines[3].holds_back is None


def test_a_group_leaving_leaves_its_barriers_to_the_partnership() -> None:
    after = barriers_without_group(LOG, "g2")
    assert after[2] == dataclasses.replace(CULTURE, group_key=None)
    assert after[:2] == LOG[:2] and after[3:] == LOG[3:]
