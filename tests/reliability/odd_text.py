"""Odd and hostile text, and a workshop with it in every field the facilitator types into."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.text import SHORT_TEXT_LIMIT
from coprod_desktop.domain.workshop import StagePlacement, Workshop
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store

_TEN_THOUSAND = (
    " ".join(f"w{n}<b>&amp;</b>" if n % 7 == 0 else f"word{n}" for n in range(1, 2000))[:9_990]
    + " end👍 ok"
)

#: name -> text, each typed as is into every field (short fields get it cut to 300 characters).
ODD: dict[str, str] = {
    "markup": '<b>R&D</b> <img src="x"> <para>&amp; &lt;</para> <font color=red>x</font>',
    "formula": "=cmd|' /C calc'!A0",
    "plus": "+44 20 7946 0000",
    "minus": "-2+3 people",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "rtl": "مرحبا بكم \u202eevil.exe שלום לכם",
    "emoji": "Team 👩‍👩‍👧 🏳️‍🌈 👍🏽 done",
    "combining": "Zalgo Z̷̢a̴l̶g̸o café e\u0301 ŵŷ Łódź Ελλάδα Москва",
    "invisible": "a\x7fb\u2028c\u0085d\u00a0e\u200bf\ufffeg",
    "ten_thousand": _TEN_THOUSAND,
}
#: Multi-line only (notes, actions, the parking lot): lines that start like formulas.
MULTILINE = "first line\n=1+2\n@cmd\n\t-tabbed\r\nlast"

PRIVATE_MARK = "#private-never-printed"


def short(text: str) -> str:
    return text[:SHORT_TEXT_LIMIT].strip()


@dataclass(frozen=True)
class Typed:
    """What was typed into each field of one odd workshop."""

    short_fields: dict[str, str]
    group_names: tuple[str, str]
    notes: dict[str, str]  # printable notes: field -> text
    private: str


def typed_for(text: str) -> Typed:
    one = short(text)
    return Typed(
        short_fields={
            "title": one,
            "organisation": one,
            "locality": short(one + " loc"),
            "venue": short(one + " venue"),
            "facilitator": short(one + " fac"),
            "action_who": short(one + " who"),
        },
        group_names=(one[:290].strip() + " 1", one[:290].strip() + " 2"),
        notes={
            "rating_note": text,
            "minority_note": text + " #minority",
            "placement_note": text + " #placement",
            "action_what": text + " #action",
            "parking_lot": text + " #parked",
            "multiline_note": MULTILINE,
        },
        private=text + " " + PRIVATE_MARK,
    )


def create_odd_workshop(store: Store, text: str) -> tuple[int, Typed]:
    """A workshop with ``text`` typed into every user field, through the real services
    (create, then the live session's record, place, set_actions and set_parking_lot)."""
    typed = typed_for(text)
    f = typed.short_fields
    workshop_id = WorkshopService(store).create(
        WorkshopDraft(
            title=f["title"],
            groups=[GroupDraft(typed.group_names[0], 6), GroupDraft(typed.group_names[1])],
            item_codes=["K1", "K2", "H1"],
            organisation=f["organisation"],
            locality=f["locality"],
            venue=f["venue"],
            facilitator=f["facilitator"],
        )
    )
    live = LiveSession(store, workshop_id)
    try:
        n = typed.notes
        live.record("g1", "K1", Rating(
            item_code="K1", status=RatingStatus.AGREED, current_level=2, required_level=4,
            note=n["rating_note"], private_note=typed.private,
        ))  # fmt: skip
        live.record("g1", "K2", Rating(
            item_code="K2", status=RatingStatus.SPLIT, current_level=2, required_level=4,
            tally=Tally({2: 4, 4: 2}), note=n["minority_note"],
        ))  # fmt: skip
        live.record("g2", "H1", Rating(
            item_code="H1", status=RatingStatus.AGREED, current_level=1, required_level=3,
            note=n["multiline_note"],
        ))  # fmt: skip
        live.set_placement("g1", StagePlacement(note=n["placement_note"]))
        live.add_action(n["action_what"], f["action_who"], "g1")
        live.park(n["parking_lot"], "g2")
    finally:
        live.close()
    return workshop_id, typed


def assert_stored_exactly(workshop: Workshop, typed: Typed) -> None:
    """Every field reads back exactly as typed (CR LF became LF: the one normalisation)."""
    f, n = typed.short_fields, typed.notes
    assert (workshop.title, workshop.organisation, workshop.locality) == (
        f["title"], f["organisation"], f["locality"],
    )  # fmt: skip
    assert (workshop.venue, workshop.facilitator) == (f["venue"], f["facilitator"])
    assert tuple(g.name for g in workshop.groups) == typed.group_names
    g1, g2 = workshop.groups
    assert g1.ratings["K1"].note == n["rating_note"]
    assert g1.ratings["K1"].private_note == typed.private
    assert g1.ratings["K2"].note == n["minority_note"]
    assert g2.ratings["H1"].note == n["multiline_note"].replace("\r\n", "\n")
    assert g1.placement.note == n["placement_note"]
    assert [(a.what, a.who) for a in workshop.actions] == [(n["action_what"], f["action_who"])]
    assert [e.text for e in workshop.parking_lot] == [n["parking_lot"]]
