"""Running orders, moving through a workshop, and what reaches the projector."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from coprod_desktop.domain.audience import Curtain, Presentation, Slide, audience_state
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.session import (
    Cursor,
    RunningOrder,
    jump,
    next_group,
    start_of,
    step,
    valid_cursor,
)
from coprod_desktop.domain.workshop import StagePlacement, Workshop
from coprod_desktop.resources import resource
from coprod_desktop.services.demo import build_demo


def test_group_by_group_walks_items_and_stops_at_the_ends(small: Workshop) -> None:
    c = start_of(small)
    assert c == Cursor("g1", "K1", RunningOrder.GROUP_BY_GROUP)
    assert step(small, c, -1) == c
    c = step(small, step(small, c, 1), 1)
    assert c.item_code == "K3"
    assert step(small, c, 1) == c


def test_item_by_item_walks_groups_then_items(small: Workshop) -> None:
    c = start_of(small, RunningOrder.ITEM_BY_ITEM)
    c = step(small, c, 1)
    assert (c.group_key, c.item_code) == ("g2", "K1")
    c = step(small, c, 1)
    assert (c.group_key, c.item_code) == ("g1", "K2")
    assert step(small, c, -1) == Cursor("g2", "K1", RunningOrder.ITEM_BY_ITEM)


def test_next_group_wraps_and_lands_on_first_unrated_item(small: Workshop) -> None:
    w = small.with_rating("g2", "K1", Rating(item_code="K1", current_level=3))
    c = next_group(w, start_of(w))
    assert c == Cursor("g2", "K2", RunningOrder.GROUP_BY_GROUP)
    assert next_group(w, c).group_key == "g1"
    item_mode = Cursor("g1", "K3", RunningOrder.ITEM_BY_ITEM)
    assert next_group(w, item_mode) == Cursor("g2", "K3", RunningOrder.ITEM_BY_ITEM)


def test_jump_and_stale_cursors(small: Workshop) -> None:
    c = jump(small, start_of(small), group_key="g2", item_code="K3")
    assert (c.group_key, c.item_code) == ("g2", "K3")
    with pytest.raises(ValidationError):
        jump(small, c, item_code="A9")
    assert valid_cursor(small, Cursor("gone", "K1")) == start_of(small)
    assert valid_cursor(small, None) == start_of(small)


def test_with_rating_and_default_required_level(small: Workshop) -> None:
    w = small.with_rating("g1", "K2", Rating(item_code="K2", current_level=2))
    assert w.group("g1").ratings["K2"].current_level == 2
    assert small.group("g1").ratings == {}  # the original is unchanged
    assert w.with_rating("g1", "K2", None).group("g1").ratings == {}
    expected = small.framework.item("K1").required_level(Stage.CO_DELIVERY)
    assert small.default_required_level("g2", "K1") == expected
    assert small.default_required_level("g1", "K1") is None


def test_item_slide_hides_the_result_until_revealed(small: Workshop) -> None:
    rating = Rating(
        item_code="K1",
        status=RatingStatus.SPLIT,
        current_level=2,
        required_level=4,
        tally=Tally({1: 1, 2: 2, 4: 1}),
        note="One person felt we are further on.",
        private_note="SECRET: ask the manager later",
    )
    w = small.with_rating("g1", "K1", rating)
    hidden = audience_state(w, start_of(small), Presentation(slide=Slide.ITEM))
    assert hidden.item is not None and hidden.item.text == w.framework.item("K1").text
    assert hidden.results == () and len(hidden.scale) == 5
    shown = audience_state(w, start_of(small), Presentation(slide=Slide.ITEM, revealed=True))
    [result] = shown.results
    assert (result.current, result.required, result.median) == (2, 4, 2.0)
    assert result.tally == ((1, 1), (2, 2), (4, 1))
    assert result.note == "One person felt we are further on."


def test_private_notes_never_reach_the_audience(default_framework: Framework) -> None:
    spec = json.loads(resource("demo", "demo-workshop.json").read_text(encoding="utf-8"))
    demo = build_demo(default_framework, spec, dt.date(2026, 11, 12))
    secrets = {r.private_note for g in demo.groups for r in g.ratings.values() if r.private_note}
    assert secrets
    for order in RunningOrder:
        for group in demo.groups:
            for code in demo.item_codes:
                for slide in Slide:
                    state = audience_state(
                        demo,
                        Cursor(group.key, code, order),
                        Presentation(slide=slide, revealed=True, easy_read=True),
                    )
                    text = repr(state)
                    assert not any(secret in text for secret in secrets)


def test_stage_slide_shows_where_groups_place_themselves(small: Workshop) -> None:
    w = small.with_placement("g1", StagePlacement(current=Stage.CO_DESIGN, aim=Stage.CO_DELIVERY))
    state = audience_state(w, start_of(w), Presentation(slide=Slide.STAGES))
    assert [s.title for s in state.stages][1] == "Co-design"
    assert state.stages[1].groups_here == ("Users",)
    assert state.stages[2].groups_aiming == ("Users", "Staff")


def test_curtain_and_easy_read_are_carried(small: Workshop) -> None:
    p = Presentation(slide=Slide.ITEM, curtain=Curtain.BLANK, easy_read=True)
    state = audience_state(small, start_of(small), p)
    assert state.curtain is Curtain.BLANK
    assert state.item is not None and state.item.easy_read == small.framework.item("K1").easy_read
    # Facts, not words: the projector words the date in the workshop's language.
    assert (state.subtitle, state.held_on) == ("Org", dt.date(2026, 11, 12))
    assert state.language == small.framework.language
    plain = audience_state(small, start_of(small), dataclasses.replace(p, easy_read=False))
    assert plain.item is not None and plain.item.easy_read is None
