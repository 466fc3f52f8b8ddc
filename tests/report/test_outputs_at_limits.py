"""Every workshop the file format accepts builds every output, up to the format's limits.

Hypothesis makes workshops that push one or two of the documented limits at a time (the rest
stay small, so each example is big but cheap): 120 items in one area, a 20,000-character
statement, 24 groups with 300-character names, 20,000-character notes in every note field,
300-character titles and level labels, a nine-level scale, 10,000 people voting in one tally,
hundreds of actions, plan entries, barriers, parking-lot entries and cross-ratings, the longest
texts in each of those, a follow-up with its baseline, the Welsh framework. Texts are unbroken
words, markup, right-to-left scripts, emoji, combining marks and line breaks. Every registered
format (:data:`FORMATS`: the report as PDF and HTML, the blank form, the participants' sheet,
CSV, XLSX, JSON) and the workshop file are built from each; the PDFs are read back, and the
workshop file reads back as the same workshop and passes the JSON Schema. The slow fixed case,
500 items x 24 groups, is ``test_layout_limits``'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import zipfile
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.barrier import Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.framework import Area, Framework, GroupRole, Stage
from coprod_desktop.domain.plan import PlanEntry, PlanMethod, PlanStatus
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.scale import Scale, ScaleLevel
from coprod_desktop.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from coprod_desktop.domain.workshop import (
    MAX_GROUPS,
    Action,
    Group,
    ParkingLotEntry,
    StagePlacement,
    Workshop,
)
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.formats.reader import MAX_DOCUMENT_BYTES, DocumentError
from coprod_desktop.formats.workshop_format import workshop_from_bytes
from coprod_desktop.report.formats import FORMATS, Source
from coprod_desktop.report.options import Paper
from coprod_desktop.resources import resource
from coprod_desktop.services.exchange import workshop_file_bytes
from tests.formats.test_schema import VALIDATOR
from tests.report.helpers import reader

#: What one example may push to the limit.
PUSHES = (
    "items", "statement", "groups", "notes", "titles", "scale", "crowd", "actions", "plan",
    "barriers", "parking", "cross", "long_entries", "follow_up", "welsh",
)  # fmt: skip
#: Runs that repeat to a text's length: one unbroken word, markup, other scripts, emoji.
UNITS = (
    "x", "word ", "<b>R&D</b> &amp; <img src='x'> ", "مرحبا שלום ", "ŵŷ Łódź Ελλάδα Москва ",
    "👩‍👩‍👧🏳️‍🌈", "Z̷̢a̴l̶g̸o ", "=cmd|' /C calc'!A0 ", "Llanfairpwllgwyngyll",
)  # fmt: skip
_alphabet = st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\u2028\u2029\x85")
ANY_DATE = st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))


def _text(limit: int, *, full: bool, lines: bool = False) -> st.SearchStrategy[str]:
    """A text up to ``limit`` characters; with ``full``, one at the limit (give or take the
    outer spaces the app trims)."""
    if not full:
        return st.text(_alphabet, min_size=1, max_size=30).map(str.strip).filter(bool)
    units = (*UNITS, "line one\nline two\n\n") if lines else UNITS
    return st.sampled_from(units).map(lambda u: (u * (limit // len(u) + 1))[:limit].strip())


def _framework(base: Framework, push: set[str], draw: st.DrawFn) -> Framework:
    count = 120 if "items" in push else draw(st.integers(1, 8))
    area = Area.KNOWLEDGE if "items" in push else None
    statement = draw(_text(LONG_TEXT_LIMIT, full="statement" in push, lines=True))
    items = tuple(
        dataclasses.replace(
            base.items[n % len(base.items)],
            code=f"Z{n + 1}",
            area=area or list(Area)[n % 4],
            text=statement if n == 0 else f"Statement {n + 1} about working together",
        )
        for n in range(count)
    )
    framework = dataclasses.replace(base, items=items)
    if "scale" in push:  # nine levels, 0-8, with labels at the limit
        label = draw(_text(SHORT_TEXT_LIMIT, full=True))
        levels = tuple(
            ScaleLevel(level=n, label=f"{n} {label}"[:SHORT_TEXT_LIMIT], description=label)
            for n in range(9)
        )
        framework = dataclasses.replace(framework, scale=Scale(levels), level_words={})
    return framework


@st.composite
def at_the_limits(draw: st.DrawFn, english: Framework, welsh: Framework) -> Source:
    """A workshop (and its baseline, for a follow-up) pushing one or two limits."""
    push = draw(st.sets(st.sampled_from(PUSHES), min_size=1, max_size=2))
    event(" + ".join(sorted(push)))
    framework = _framework(welsh if "welsh" in push else english, push, draw)
    codes = [i.code for i in framework.items]
    low, high = framework.scale.lowest, framework.scale.highest
    note = _text(LONG_TEXT_LIMIT, full="notes" in push, lines=True)
    title = _text(SHORT_TEXT_LIMIT, full="titles" in push)
    count = MAX_GROUPS if "groups" in push else draw(st.integers(1, 3))
    name = draw(_text(SHORT_TEXT_LIMIT - 3, full="groups" in push))
    people = 10_000 if "crowd" in push else draw(st.none() | st.integers(1, 12))

    def rating(code: str) -> Rating:
        status = draw(st.sampled_from(RatingStatus))
        if status is RatingStatus.SKIPPED:
            return Rating(code, status, note=draw(note))
        tally = None
        if status is RatingStatus.SPLIT and people is not None:
            first = draw(st.integers(0, people))
            tally = Tally({low: first, high: people - first})
        return Rating(
            code, status, current_level=draw(st.integers(low, high)),
            required_level=draw(st.none() | st.integers(low, high)), tally=tally,
            note=draw(note), private_note=draw(note),
        )  # fmt: skip

    groups = tuple(
        Group(
            key=f"g{n + 1}", name=f"{n + 1} {name}", participant_count=people,
            placement=StagePlacement(draw(st.none() | st.sampled_from(Stage)),
                                     draw(st.none() | st.sampled_from(Stage)), draw(note)),
            ratings={c: rating(c) for c in codes if draw(st.integers(0, 9))},
            role=draw(st.none() | st.sampled_from(GroupRole)),
        )
        for n in range(count)
    )  # fmt: skip
    keys = [g.key for g in groups]
    many = {p: 500 if p in push else draw(st.integers(0, 2)) for p in PUSHES}
    entry = _text(LONG_TEXT_LIMIT, full="long_entries" in push, lines=True)
    one = draw(entry)  # the same long text in every entry: big output, cheap generation
    principles = [p.code for p in framework.principles]
    workshop = Workshop(
        uid="limits", title=draw(title), framework=framework, item_codes=tuple(codes),
        groups=groups, organisation=draw(title), locality=draw(title), venue=draw(title),
        facilitator=draw(title), service=draw(title), held_on=draw(ANY_DATE),
        purpose=draw(st.sampled_from(WorkshopPurpose)),
        actions=tuple(
            Action(f"{n} {one}"[:LONG_TEXT_LIMIT], draw(title), draw(ANY_DATE),
                   keys[n % count] if n % 3 else None, done=n % 2 == 0)
            for n in range(many["actions"])
        ),
        parking_lot=tuple(
            ParkingLotEntry(f"{n} {one}"[:LONG_TEXT_LIMIT], keys[n % count] if n % 2 else None)
            for n in range(many["parking"])
        ),
        plan=tuple(
            PlanEntry(f"{n} {one}"[:LONG_TEXT_LIMIT], (keys[n % count],), codes[n % len(codes)],
                      list(PlanMethod)[n % 5], draw(title), draw(ANY_DATE),
                      list(PlanStatus)[n % 3])
            for n in range(many["plan"])
        ),
        barriers=tuple(
            Barrier(f"{n} {one}"[:LONG_TEXT_LIMIT], list(BarrierTag)[n % 5],
                    stage=list(Stage)[n % 4] if n % 2 else None,
                    principle=None if n % 2 else principles[n % len(principles)],
                    owner=draw(title), next_step=one, group_key=keys[n % count] if n % 3 else None,
                    status=list(BarrierStatus)[n % 2])
            for n in range(many["barriers"])
        ),
        cross_ratings=tuple(
            CrossRating(rater, subject, code, draw(st.integers(low, high)))
            for rater in keys
            for subject in [None, *[k for k in keys if k != rater][:3]]
            for code in codes[: 25 if "cross" in push else 1]
        ),
    )  # fmt: skip
    baseline = None
    if "follow_up" in push:
        baseline = dataclasses.replace(workshop, uid="baseline", title="The baseline")
        workshop = dataclasses.replace(workshop, baseline_uid="baseline")
    return Source(workshop, baseline, draw(st.sampled_from(Paper)))


def _check(suffix: str, data: bytes) -> None:
    """``data`` is a whole file of its kind, as another program would open it."""
    assert data, suffix
    if suffix == ".pdf":
        assert len(reader(data).pages) >= 1
    elif suffix == ".xlsx":
        assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    elif suffix == ".html":
        HTMLParser().feed(data.decode("utf-8"))
    elif suffix == ".json":
        json.loads(data)
    else:
        data.decode("utf-8-sig")


def _welsh() -> Framework:
    path = resource("frameworks", "default.cy.json")
    return framework_from_bytes(path.read_bytes(), str(path))


WELSH = _welsh()


# Big examples: a bounded number, and no shrinking (a failure is reported as drawn; shrinking
# one took ten minutes).
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck),
          phases=(Phase.explicit, Phase.reuse, Phase.generate))  # fmt: skip
@given(data=st.data())
def test_every_output_of_a_workshop_at_the_limits_is_built(
    default_framework: Framework, data: st.DataObject
) -> None:
    source = data.draw(at_the_limits(default_framework, WELSH))
    for f in FORMATS:
        _check(f.suffix, f.write(source))
    document = workshop_file_bytes(source.workshop)
    VALIDATOR.validate(json.loads(document))
    if len(document) > MAX_DOCUMENT_BYTES:
        # The fields' limits allow more text than a file the reader takes (500 entries of
        # 20,000 emoji): the export refuses such a file (test_workshop_file_size.py).
        with pytest.raises(DocumentError, match="too_large"):
            workshop_from_bytes(document, "limits.coprod")
    else:
        assert workshop_from_bytes(document, "limits.coprod") == source.workshop
