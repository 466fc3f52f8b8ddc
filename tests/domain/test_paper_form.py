"""The paper form's order, and ratings typed back in from it."""

from __future__ import annotations

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Area, Framework
from coprod_desktop.domain.paper_form import (
    PaperLine,
    check_level,
    form_items,
    paper_entry,
    rating_from_paper,
)
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Group, Workshop
from tests.worded import raises_worded


def workshop(framework: Framework, codes: tuple[str, ...]) -> Workshop:
    stored = Rating(
        "K1", RatingStatus.SPLIT, 2, 4, Tally({2: 2, 3: 1}), note="kept", private_note="p"
    )
    return Workshop(
        uid="u",
        title="Paper",
        framework=framework,
        item_codes=codes,
        groups=(Group("g1", "Carers", 3, ratings={"K1": stored}),),
    )


def test_the_form_prints_area_by_area_in_the_workshops_order(default_framework: Framework) -> None:
    w = workshop(default_framework, ("A1", "K2", "H1", "K1", "S3"))
    assert [i.code for i in form_items(w)] == ["K2", "K1", "H1", "S3", "A1"]
    assert [i.area for i in form_items(w)] == sorted(
        (i.area for i in form_items(w)), key=list(Area).index
    )


def test_levels_off_the_scale_are_refused_with_the_range(default_framework: Framework) -> None:
    w = workshop(default_framework, ("K1",))
    assert check_level(w, 5, "K1") == 5
    with raises_worded(ValidationError, match="levels run from 1 to 5"):
        check_level(w, 0, "K1")


def test_a_row_keeps_the_stored_notes_and_a_splits_dots() -> None:
    before = Rating("K1", RatingStatus.SPLIT, 2, 4, Tally({2: 2}), note="n", private_note="p")
    split = rating_from_paper(PaperLine("K1", RatingStatus.SPLIT, 2, 5), before)
    assert (split.current_level, split.required_level, split.tally) == (2, 5, Tally({2: 2}))
    # Dots that would put the group elsewhere than the paper's level now are not kept.
    moved = rating_from_paper(PaperLine("K1", RatingStatus.SPLIT, 3, 5), before)
    assert (moved.current_level, moved.tally) == (3, None)
    assert (split.note, split.private_note) == ("n", "p")
    agreed = rating_from_paper(PaperLine("K1", RatingStatus.AGREED, 3, 5), before)
    assert agreed.tally is None and agreed.note == "n"
    skipped = rating_from_paper(PaperLine("K1", RatingStatus.SKIPPED), before)
    assert skipped == Rating("K1", RatingStatus.SKIPPED, note="n", private_note="p")
    with raises_worded(ValidationError, match="needs the level now"):
        rating_from_paper(PaperLine("K1", RatingStatus.AGREED, None, 4), None)


def test_an_entry_leaves_out_blank_and_unchanged_rows_and_knows_what_it_replaces(
    default_framework: Framework,
) -> None:
    w = workshop(default_framework, ("K1", "K2", "K3", "K4"))
    lines = {
        "K1": PaperLine("K1", RatingStatus.SPLIT, 3, 4),
        "K2": PaperLine("K2", RatingStatus.AGREED, 1, 2),
        "K3": PaperLine("K3"),  # blank on the paper
        "K4": PaperLine("K4", RatingStatus.SPLIT),  # split, no levels: still an entry
    }
    entry = paper_entry(w, "g1", lines)
    assert list(entry.after) == ["K1", "K2", "K4"]
    assert entry.replaced == ("K1",)
    assert entry.before["K2"] is None
    kept = entry.without({"K1"})
    assert list(kept.after) == ["K2", "K4"] and kept.replaced == ()
    same = {"K1": PaperLine("K1", RatingStatus.SPLIT, 2, 4)}  # as stored: nothing to do
    assert paper_entry(w, "g1", same).after == {}
    with raises_worded(ValidationError, match="Item S1 is not in this workshop"):
        paper_entry(w, "g1", {"S1": PaperLine("S1", RatingStatus.AGREED, 1, 2)})
