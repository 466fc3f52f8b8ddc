"""Distance travelled in needs: closed, persisting, new and not compared, against a hand-worked
example; a group whose size changed is flagged; the baseline's open actions carried over."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.analysis import training_needs
from coprod_desktop.domain.follow_up import compare
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.plan import PlanEntry, PlanStatus
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import Action, Group, Workshop
from tests.strategies import workshops

CODES = ("K1", "K3", "H1", "S1")


def rated(code: str, now: int, needed: int) -> Rating:
    return Rating(item_code=code, current_level=now, required_level=needed)


def group(key: str, *ratings: Rating, size: int | None = None) -> Group:
    return Group(key, key.upper(), size, ratings={r.item_code: r for r in ratings})


def pair(framework: Framework) -> tuple[Workshop, Workshop]:
    """Worked by hand. Baseline needs of the matched groups: A has K1, K3 and S1, B has K3
    and H1 (5 in all; C's K1 has no partner). At the follow-up:

    - A: K1 4 → 4 closed; K3 2 → 3 persisting; H1 2 → 3 new; S1 skipped, not compared.
    - B (6 people, now 8): K3 4 → 4 closed; H1 unrated, not compared; K1 3 → 4 new.
    - D is new: its need is in nothing.

    So 2 of 5 needs closed, 1 persisting, 2 new, 2 not compared.
    """
    baseline = Workshop(
        uid="base", title="Baseline", framework=framework, item_codes=CODES,
        held_on=dt.date(2026, 11, 12),
        groups=(
            group("a", rated("K1", 2, 4), rated("K3", 1, 3), rated("H1", 3, 3),
                  rated("S1", 2, 4)),
            group("b", rated("K1", 4, 4), rated("K3", 2, 4), rated("H1", 2, 3), size=6),
            group("c", rated("K1", 1, 3)),
        ),
        actions=(Action("Book the budget course", done=True), Action("Meet the chair", "Sam")),
        plan=(PlanEntry("Budget course", ("a",), "K1", status=PlanStatus.DONE),
              PlanEntry("Mentoring", ("b",), "K3", status=PlanStatus.UNDER_WAY)),
    )  # fmt: skip
    follow_up = Workshop(
        uid="next", title="Follow-up", framework=framework, item_codes=CODES,
        held_on=dt.date(2027, 5, 12), baseline_uid="base",
        groups=(
            group("a", rated("K1", 4, 4), rated("K3", 2, 3), rated("H1", 2, 3),
                  Rating("S1", RatingStatus.SKIPPED)),
            group("b", rated("K1", 3, 4), rated("K3", 4, 4), size=8),
            group("d", rated("K1", 1, 4)),
        ),
    )  # fmt: skip
    return baseline, follow_up


def test_needs_closed_persisting_and_new_in_a_hand_worked_example(
    default_framework: Framework,
) -> None:
    baseline, follow_up = pair(default_framework)
    distance = compare(baseline, follow_up).needs
    a, b = distance.groups
    assert (a.closed, a.persisting, a.new, a.not_compared) == (("K1",), ("K3",), ("H1",), ("S1",))
    assert (b.closed, b.persisting, b.new, b.not_compared) == (("K3",), (), ("K1",), ("H1",))
    assert (distance.closed, distance.needs_before) == (2, 5)
    assert (distance.persisting, distance.new) == (1, 2)
    assert distance.of("d") is None
    assert distance.baseline_held_on == dt.date(2026, 11, 12)
    assert [g.group_key for g in distance.size_changes] == ["b"]
    assert (b.size_before, b.size_after) == (6, 8) and not a.size_changed
    assert [a.what for a in distance.carried_actions] == ["Meet the chair"]
    assert [e.what for e in distance.carried_plan] == ["Mentoring"]  # not the done one


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.data())
def test_a_workshop_compared_with_itself_closes_nothing_and_opens_nothing(
    default_framework: Framework, data: st.DataObject
) -> None:
    w = data.draw(workshops(default_framework))
    distance = compare(w, w).needs
    assert distance.closed == distance.new == 0
    assert distance.persisting == distance.needs_before == len(training_needs(w))
    assert not distance.size_changes
