"""Strengths to share: who could help whom, against a hand-worked example and by brute force."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.analysis import assessed_level, training_needs
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.results import analyse
from coprod_desktop.domain.scale import Scale, ScaleLevel
from coprod_desktop.domain.strengths import (
    Helper,
    Learner,
    helpers_for,
    needing_help,
    shared_by,
    strengths_to_share,
    strong_from,
)
from coprod_desktop.domain.workshop import Group, Workshop
from tests.strategies import workshops

CODES = ("K1", "K3", "H1", "S1")


def agreed(code: str, now: int, needed: int | None = None) -> Rating:
    return Rating(item_code=code, current_level=now, required_level=needed)


def group(key: str, *ratings: Rating) -> Group:
    return Group(key=key, name=key.upper(), ratings={r.item_code: r for r in ratings})


def example(framework: Framework) -> Workshop:
    """Worked by hand (strong = 4 or 5 on the 1-5 scale):

    - K1: A at 5, B at 2 needs 4, C at 4 needs 5. A could help B and C; C could help B.
    - K3: A at 1 needs 3, B at 4 (split), C at 2 needs 3. B could help A and C.
    - H1: A at 4 needs 5, B at 4, C at 2 needs 3. A and B could help C; B is not above A.
    - S1: A skipped, B at 5, C at 3 needing 3. Nobody needs it: no strength.
    """
    split = Rating("K3", RatingStatus.SPLIT, None, 4, Tally({4: 5, 3: 3}))
    return Workshop(
        uid="w",
        title="Example",
        framework=framework,
        item_codes=CODES,
        groups=(
            group("a", agreed("K1", 5), agreed("K3", 1, 3), agreed("H1", 4, 5),
                  Rating("S1", RatingStatus.SKIPPED)),
            group("b", agreed("K1", 2, 4), split, agreed("H1", 4, 4), agreed("S1", 5)),
            group("c", agreed("K1", 4, 5), agreed("K3", 2, 3), agreed("H1", 2, 3),
                  agreed("S1", 3, 3)),
        ),
    )  # fmt: skip


def test_who_could_help_whom_in_a_hand_worked_example(default_framework: Framework) -> None:
    w = example(default_framework)
    strengths = strengths_to_share(w, training_needs(w))
    # Two learners each on K1 and K3 (largest gap 2), then H1 with one; K1 and K3 are both
    # knowledge, so the code settles it.
    assert [s.item_code for s in strengths] == ["K1", "K3", "H1"]
    k1, k3, h1 = strengths
    assert k1.helpers == (Helper("a", 5), Helper("c", 4))
    assert k1.learners == (Learner("b", 2, 4), Learner("c", 4, 5))
    assert k1.helpers_for("b") == (Helper("a", 5), Helper("c", 4))
    assert k1.helpers_for("c") == (Helper("a", 5),)  # never itself
    assert k3.helpers == (Helper("b", 4, uncertain=True),)
    assert [n.group_key for n in k3.learners] == ["a", "c"]
    # A needs H1 too, but the only other strong group is at A's own level.
    assert h1.helpers == (Helper("a", 4), Helper("b", 4))
    assert h1.learners == (Learner("c", 2, 3),)
    assert h1.helpers_for("a") == ()
    assert helpers_for(strengths, "c", "H1") == (Helper("a", 4), Helper("b", 4))
    assert helpers_for(strengths, "b", "S1") == ()
    assert [s.item_code for s in shared_by(strengths, "a")] == ["K1", "H1"]
    assert [s.item_code for s in shared_by(strengths, "b")] == ["K3", "H1"]
    assert [s.item_code for s in needing_help(strengths, "c")] == ["K1", "K3", "H1"]
    assert k1.learners_from("c") == (Learner("b", 2, 4),)
    assert analyse(w).strengths == strengths


def test_strong_means_the_top_two_levels_of_any_scale() -> None:
    def scale(low: int, high: int) -> Scale:
        return Scale(tuple(ScaleLevel(n, f"L{n}", "") for n in range(low, high + 1)))

    assert strong_from(scale(1, 5)) == 4
    assert strong_from(scale(0, 3)) == 2
    assert strong_from(scale(1, 2)) == 1


def test_a_workshop_where_nobody_is_strong_has_no_strengths(default_framework: Framework) -> None:
    w = Workshop(
        uid="w", title="Weak", framework=default_framework, item_codes=CODES,
        groups=(group("a", agreed("K1", 3, 5)), group("b", agreed("K1", 1, 2))),
    )  # fmt: skip
    assert strengths_to_share(w, training_needs(w)) == ()


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.data())
def test_every_pair_the_rule_allows_and_no_other(
    default_framework: Framework, data: st.DataObject
) -> None:
    """The strengths pair exactly the (helper, learner) pairs a loop over every pair finds."""
    w = data.draw(workshops(default_framework))
    needs = training_needs(w)
    expected = set()
    for need in needs:
        for g in w.groups:
            level = assessed_level(g.ratings.get(need.item_code))
            strong = level is not None and level >= 4
            if g.key != need.group_key and strong and level > need.current:  # type: ignore[operator]
                expected.add((need.item_code, g.key, need.group_key))
    strengths = strengths_to_share(w, needs)
    found = {
        (s.item_code, h.group_key, n.group_key)
        for s in strengths
        for n in s.learners
        for h in s.helpers_for(n.group_key)
    }
    assert found == expected
    for s in strengths:  # nobody listed who pairs with nobody
        assert all(s.helpers_for(n.group_key) for n in s.learners)
        assert all(s.learners_from(h.group_key) for h in s.helpers)
    shuffled = dataclasses.replace(w, item_codes=tuple(data.draw(st.permutations(w.item_codes))))
    assert strengths_to_share(shuffled, training_needs(shuffled)) == strengths
