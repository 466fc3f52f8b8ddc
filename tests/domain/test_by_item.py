"""Results worked out item by item and kept across changes are the results worked out afresh:
after every change of a random run (ratings set, split, skipped and removed; a group renamed),
the analysis that reused the previous state's equals a fresh one and the plain functions."""

from __future__ import annotations

import dataclasses
import random

from coprod_desktop.domain.analysis import group_differences, shared_needs, training_needs
from coprod_desktop.domain.by_item import by_item, changed_items
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.results import WorkshopResults, analyse
from coprod_desktop.domain.sample import sample_workshop
from coprod_desktop.domain.strengths import strengths_to_share
from coprod_desktop.domain.workshop import Workshop


def changed(w: Workshop, rng: random.Random) -> Workshop:
    """``w`` after one random change, mostly a rating, now and then a group's new name."""
    group = rng.choice(w.groups)
    if rng.random() < 0.05:
        return w.with_group(dataclasses.replace(group, name=f"{group.name}+"))
    code = rng.choice(w.item_codes)
    status = rng.choice([*RatingStatus, None])
    level = rng.randint(1, 5)
    if status is None:
        return w.with_rating(group.key, code, None)
    if status is RatingStatus.SKIPPED:
        return w.with_rating(group.key, code, Rating(code, status))
    needed = rng.choice([None, rng.randint(level, 5), rng.randint(1, level)])
    return w.with_rating(group.key, code, Rating(code, status, level, needed))


def test_kept_results_equal_fresh_ones_after_every_change(default_framework: Framework) -> None:
    rng = random.Random(15)
    w = sample_workshop(default_framework, groups=6, items=30)
    results: WorkshopResults = analyse(w)
    for _ in range(150):
        w = changed(w, rng)
        results = analyse(w, None, results)
        assert results == analyse(w)
        needs = training_needs(w)
        assert results.needs == needs
        assert results.group_differences == group_differences(w)
        assert results.shared_needs == shared_needs(needs, w)
        assert results.strengths == strengths_to_share(w, needs)


def test_a_saved_rating_works_out_its_item_again_and_no_other(
    default_framework: Framework,
) -> None:
    w = sample_workshop(default_framework, groups=6, items=30)
    before = by_item(w)
    group = w.groups[2]
    code = w.item_codes[7]
    after = w.with_rating(group.key, code, Rating(code, RatingStatus.AGREED, 1, 5))
    assert changed_items(after, before) == {code}
    again = by_item(after, before)
    assert [c for c in w.item_codes if again.items[c] is not before.items[c]] == [code]
    renamed = after.with_group(dataclasses.replace(group, name="Renamed"))
    assert changed_items(renamed, before) is None  # a need carries its group's name
