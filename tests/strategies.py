"""Hypothesis strategies for valid workshops built on a given framework."""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import strategies as st

from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.plan import PlanEntry, PlanMethod, PlanStatus
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Action, Group, ParkingLotEntry, StagePlacement, Workshop

# Any printable text, markup and right-to-left scripts included; no control characters.
_alphabet = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"
)
one_line = st.text(_alphabet, max_size=40).map(str.strip)
name = one_line.filter(bool)
notes = st.text(st.one_of(_alphabet, st.just("\n")), max_size=120).map(str.strip)
uids = st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=36)


@st.composite
def ratings(draw: st.DrawFn, code: str, participants: int | None, low: int, high: int) -> Rating:
    level = st.integers(low, high)
    status = draw(st.sampled_from(RatingStatus))
    if status is RatingStatus.SKIPPED:
        return Rating(item_code=code, status=status, note=draw(notes))
    tally = None
    if status is RatingStatus.SPLIT and participants is not None and draw(st.booleans()):
        counts: dict[int, int] = {}
        for _ in range(participants):
            chosen = draw(level)
            counts[chosen] = counts.get(chosen, 0) + 1
        tally = Tally(counts)
    return Rating(
        item_code=code,
        status=status,
        current_level=draw(level) if status is RatingStatus.AGREED else draw(st.none() | level),
        required_level=draw(st.none() | level),
        tally=tally,
        note=draw(notes),
        private_note=draw(notes),
        needed_from=draw(st.none() | st.sampled_from(NeededFrom)),
        needed_for=draw(st.none() | st.sampled_from(Stage)),
    )


@st.composite
def workshops(draw: st.DrawFn, framework: Framework) -> Workshop:
    all_codes = [i.code for i in framework.items]
    codes = draw(st.lists(st.sampled_from(all_codes), min_size=1, max_size=8, unique=True))
    names = draw(st.lists(name, min_size=1, max_size=4, unique_by=str.casefold))
    low, high = framework.scale.lowest, framework.scale.highest
    groups = []
    for index, group_name in enumerate(names):
        participants = draw(st.none() | st.integers(1, 12))
        rated = draw(st.lists(st.sampled_from(codes), unique=True))
        groups.append(
            Group(
                key=f"g{index + 1}",
                name=group_name,
                participant_count=participants,
                placement=StagePlacement(
                    current=draw(st.none() | st.sampled_from(Stage)),
                    aim=draw(st.none() | st.sampled_from(Stage)),
                    note=draw(notes),
                ),
                ratings={c: draw(ratings(c, participants, low, high)) for c in rated},
                role=draw(st.none() | st.sampled_from(GroupRole)),
            )
        )
    keys = st.none() | st.sampled_from([g.key for g in groups])
    return Workshop(
        uid=draw(uids),
        title=draw(name),
        framework=framework,
        item_codes=tuple(codes),
        groups=tuple(groups),
        organisation=draw(one_line),
        locality=draw(one_line),
        venue=draw(one_line),
        held_on=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        facilitator=draw(one_line),
        service=draw(one_line),
        purpose=draw(st.sampled_from(WorkshopPurpose)),
        actions=tuple(
            draw(
                st.lists(
                    st.builds(
                        Action,
                        what=name,
                        who=one_line,
                        due=st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
                        group_key=keys,
                        done=st.booleans(),
                    ),
                    max_size=3,
                )
            )
        ),
        parking_lot=tuple(
            draw(st.lists(st.builds(ParkingLotEntry, text=name, group_key=keys), max_size=3))
        ),
        baseline_uid=draw(st.none() | uids),
        plan=tuple(draw(st.lists(plan_entries([g.key for g in groups], codes), max_size=3))),
    )


@st.composite
def plan_entries(draw: st.DrawFn, group_keys: list[str], codes: list[str]) -> PlanEntry:
    """A plan entry for some of ``group_keys`` (or all), perhaps meeting a need on ``codes``."""
    chosen = draw(st.lists(st.sampled_from(group_keys), unique=True))
    others = [k for k in group_keys if k not in chosen]
    return PlanEntry(
        what=draw(name),
        group_keys=tuple(chosen),
        item_code=draw(st.none() | st.sampled_from(codes)),
        method=draw(st.sampled_from(PlanMethod)),
        lead=draw(one_line),
        due=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        status=draw(st.sampled_from(PlanStatus)),
        learn_from=draw(st.none() | st.sampled_from(others)) if others else None,
    )
