"""Foresight: every level key's outcome worked out ahead, and used only while it still holds."""

from __future__ import annotations

import dataclasses

from coprod_desktop.domain import capture as rules
from coprod_desktop.domain.audience import Curtain, Presentation, Slide, audience_state
from coprod_desktop.domain.foresight import foresee
from coprod_desktop.domain.session import start_of
from coprod_desktop.domain.workshop import Workshop


def test_each_outcome_is_what_recording_its_rating_would_give(small: Workshop) -> None:
    cursor = start_of(small)
    shown = Presentation(slide=Slide.ITEM, revealed=True)
    foresight = foresee(small, cursor, shown)
    levels = len(small.framework.scale.levels)
    assert len(foresight.outcomes) == 2 * levels
    for rating, workshop, state in foresight.outcomes:
        assert workshop == small.with_rating(cursor.group_key, cursor.item_code, rating)
        assert state == audience_state(workshop, cursor, shown)
    now = audience_state(small, cursor, shown)
    states = foresight.states(now)
    assert now not in states and len(set(states)) == len(states) == 2 * levels


def test_nothing_is_foreseen_on_another_slide_or_behind_the_curtain(small: Workshop) -> None:
    cursor = start_of(small)
    for shown in (
        Presentation(slide=Slide.STAGES),
        Presentation(slide=Slide.ITEM, curtain=Curtain.BLANK),
        Presentation(slide=Slide.ITEM, curtain=Curtain.FROZEN),
    ):
        assert foresee(small, cursor, shown).outcomes == ()


def test_an_outcome_holds_only_for_the_very_workshop_and_moment_it_was_worked_out_for(
    small: Workshop,
) -> None:
    cursor = start_of(small)
    shown = Presentation(slide=Slide.ITEM, revealed=True)
    foresight = foresee(small, cursor, shown)
    rating = rules.with_current_level(small, cursor.group_key, cursor.item_code, None, 3)
    assert foresight.outcome(small, cursor, shown, None, rating) is not None
    equal_copy = dataclasses.replace(small)  # equal, but another workshop: not trusted
    assert foresight.outcome(equal_copy, cursor, shown, None, rating) is None
    moved = dataclasses.replace(cursor, item_code="K2")
    assert foresight.outcome(small, moved, shown, None, rating) is None
    hidden = dataclasses.replace(shown, revealed=False)
    assert foresight.outcome(small, cursor, hidden, None, rating) is None
    assert foresight.outcome(small, cursor, shown, small, rating) is None  # a baseline now
    unforeseen = dataclasses.replace(rating, note="a minority view")
    assert foresight.outcome(small, cursor, shown, None, unforeseen) is None
