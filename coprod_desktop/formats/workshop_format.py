"""The workshop file (``.coprod``, ``format: coprod-workshop``): dict <-> Workshop.

Documented in docs/workshop-file.md, with a JSON Schema in docs/workshop-file.schema.json.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from coprod_desktop import APP_NAME, __version__
from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import (
    MAX_GROUPS,
    Action,
    Group,
    ParkingLotEntry,
    StagePlacement,
    Workshop,
)
from coprod_desktop.formats.barrier_format import barriers_from_node, barriers_to_list
from coprod_desktop.formats.framework_format import FORMAT_NAME as FRAMEWORK_FORMAT_NAME
from coprod_desktop.formats.framework_format import (
    MAX_ITEMS,
    framework_from_node,
    framework_to_dict,
)
from coprod_desktop.formats.plan_format import plan_from_node, plan_to_list
from coprod_desktop.formats.reader import Node, parse_json

FORMAT_NAME = "coprod-workshop"
FORMAT_VERSION = 8
#: Versions this app reads: 2 added the workshop's ``service`` and each group's ``role``;
#: 3 each rating's ``needed_from`` and ``needed_for`` (older files read as not recorded);
#: 4 the workshop's ``cross_ratings`` (groups' views of each other; older files have none);
#: 5 the training ``plan`` (older files have none);
#: 6 each rating's ``needed_role`` and a version 2 framework (needed levels per role);
#: 7 the ``barriers`` log (older files have none);
#: 8 each action's ``item`` or ``plan_entry`` (what it is about; older files: nothing).
READABLE_VERSIONS = (1, 2, 3, 4, 5, 6, 7, 8)
FILE_SUFFIX = ".coprod"

_WORKSHOP_FIELDS = {
    "uid", "title", "organisation", "locality", "venue", "held_on", "facilitator", "purpose",
    "baseline_uid", "framework", "items", "groups", "actions", "parking_lot", "service",
    "cross_ratings",
    "plan", "barriers",
}  # fmt: skip
_RATING_FIELDS = {
    "item", "status", "current_level", "required_level", "tally", "note", "private_note",
    "needed_from", "needed_for", "needed_role",
}  # fmt: skip


def workshop_to_dict(workshop: Workshop, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The whole workshop as a document, ready for ``json.dumps``."""
    stamp = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_by": f"{APP_NAME} {__version__}",
        "exported_at": stamp.isoformat(),
        "workshop": {
            "uid": workshop.uid,
            "title": workshop.title,
            "organisation": workshop.organisation,
            "locality": workshop.locality,
            "venue": workshop.venue,
            "held_on": workshop.held_on.isoformat() if workshop.held_on else None,
            "facilitator": workshop.facilitator,
            "purpose": workshop.purpose.value,
            "service": workshop.service,
            "baseline_uid": workshop.baseline_uid,
            "framework": framework_to_dict(workshop.framework),
            "items": list(workshop.item_codes),
            "groups": [_group_to_dict(g, workshop.item_codes) for g in workshop.groups],
            "actions": [
                {
                    "what": a.what,
                    "who": a.who,
                    "due": a.due.isoformat() if a.due else None,
                    "group": a.group_key,
                    "done": a.done,
                    "item": a.item_code,
                    "plan_entry": a.plan_entry + 1 if a.plan_entry is not None else None,
                }
                for a in workshop.actions
            ],
            "parking_lot": [{"text": e.text, "group": e.group_key} for e in workshop.parking_lot],
            "cross_ratings": [
                {
                    "rater": r.rater_key,
                    "subject": r.subject_key,
                    "item": r.item_code,
                    "level": r.level,
                }
                for r in workshop.cross_ratings
            ],
            "plan": plan_to_list(workshop.plan),
            "barriers": barriers_to_list(workshop.barriers),
        },
    }


def _group_to_dict(group: Group, item_order: tuple[str, ...]) -> dict[str, Any]:
    placement = group.placement
    return {
        "key": group.key,
        "name": group.name,
        "role": group.role.value if group.role else None,
        "participant_count": group.participant_count,
        "placement": {
            "current": placement.current.value if placement.current else None,
            "aim": placement.aim.value if placement.aim else None,
            "note": placement.note,
        },
        "ratings": [_rating_to_dict(group.ratings[c]) for c in item_order if c in group.ratings],
    }


def _rating_to_dict(rating: Rating) -> dict[str, Any]:
    return {
        "item": rating.item_code,
        "status": rating.status.value,
        "current_level": rating.current_level,
        "required_level": rating.required_level,
        "tally": {str(k): v for k, v in rating.tally.counts.items()} if rating.tally else None,
        "note": rating.note,
        "private_note": rating.private_note,
        "needed_from": rating.needed_from.value if rating.needed_from else None,
        "needed_for": rating.needed_for.value if rating.needed_for else None,
        "needed_role": rating.needed_role.value if rating.needed_role else None,
    }


def workshop_from_bytes(data: bytes, source: str) -> Workshop:
    """Parse and validate a workshop file; raises DocumentError naming file, field and reason."""
    root = Node(parse_json(data, source), source)
    # The format first: a framework file (or any other JSON) is named as such.
    kind = root.get("format").text()
    if kind != FORMAT_NAME:
        if kind == FRAMEWORK_FORMAT_NAME:
            raise root.get("format").error("document.framework_not_workshop", expected=FORMAT_NAME)
        raise root.get("format").error("document.not_workshop", expected=FORMAT_NAME)
    root.as_object({"format", "format_version", "exported_by", "exported_at", "workshop"})
    for label in ("exported_by", "exported_at"):  # not used, but text as the schema says
        if (said := root.opt(label)) is not None:
            said.text()
    version = root.get("format_version").integer()
    if version not in READABLE_VERSIONS:
        raise root.get("format_version").error(
            "document.workshop_version", version=version, supported=FORMAT_VERSION
        )
    return workshop_from_node(root.get("workshop"))


def workshop_from_node(node: Node) -> Workshop:
    """Read the ``workshop`` object of a workshop file."""
    node.as_object(_WORKSHOP_FIELDS)
    framework = framework_from_node(node.get("framework"))
    item_codes = tuple(n.text(max_len=20) for n in node.get("items").items(max_len=MAX_ITEMS))
    groups = tuple(_group(n, framework) for n in node.get("groups").items(max_len=MAX_GROUPS))
    actions_node = node.opt("actions")
    lot_node = node.opt("parking_lot")
    views_node = node.opt("cross_ratings")
    held = node.opt("held_on", nullable=True)
    baseline = node.opt("baseline_uid", nullable=True)
    plan = plan_from_node(node.opt("plan"), _uid)
    barriers = barriers_from_node(node.opt("barriers"), _uid)

    def text(name: str) -> str:
        field = node.opt(name)
        return field.text() if field else ""

    return node.build(
        lambda: Workshop(
            uid=_uid(node.get("uid")),
            title=node.get("title").text(),
            framework=framework,
            item_codes=item_codes,
            groups=groups,
            organisation=text("organisation"),
            locality=text("locality"),
            venue=text("venue"),
            held_on=held.date() if held else None,
            facilitator=text("facilitator"),
            purpose=node.get("purpose").choice(WorkshopPurpose, "purpose"),
            actions=tuple(_action(n) for n in (actions_node.items(5000) if actions_node else ())),
            parking_lot=tuple(_entry(n) for n in (lot_node.items(5000) if lot_node else ())),
            baseline_uid=_uid(baseline) if baseline else None,
            service=text("service"),
            cross_ratings=tuple(
                _cross_rating(n) for n in (views_node.items(20_000) if views_node else ())
            ),
            plan=plan,
            barriers=barriers,
        )
    )


def _uid(node: Node) -> str:
    value = node.text(max_len=64)
    # ASCII only, as the JSON Schema says: str.isalnum() also takes "é", "²" and "٣".
    if not _KEY.fullmatch(value):
        raise node.error("document.bad_uid")
    return value


_KEY = re.compile(r"[A-Za-z0-9-]{1,64}")
# A level as a tally key, written one way only: "2", never "02" (the two would collide).
_LEVEL_KEY = re.compile(r"0|[1-9][0-9]?")


def _group(n: Node, framework: Framework) -> Group:
    n.as_object({"key", "name", "role", "participant_count", "placement", "ratings"})
    count = n.opt("participant_count", nullable=True)
    role = n.opt("role", nullable=True)
    ratings: dict[str, Rating] = {}
    for r in n.get("ratings").items(max_len=MAX_ITEMS):
        rating = _rating(r, framework)
        if rating.item_code in ratings:
            raise r.error("document.rated_twice", item=rating.item_code)
        ratings[rating.item_code] = rating
    placement_node = n.opt("placement")
    placement = _placement(placement_node) if placement_node else StagePlacement()
    return n.build(
        lambda: Group(
            key=_uid(n.get("key")),
            name=n.get("name").text(),
            participant_count=count.integer() if count else None,
            placement=placement,
            ratings=ratings,
            role=role.choice(GroupRole, "group_role") if role else None,
        )
    )


def _placement(n: Node) -> StagePlacement:
    n.as_object({"current", "aim", "note"})
    current = n.opt("current", nullable=True)
    aim = n.opt("aim", nullable=True)
    note = n.opt("note")
    return n.build(
        lambda: StagePlacement(
            current=current.choice(Stage, "stage") if current else None,
            aim=aim.choice(Stage, "stage") if aim else None,
            note=note.long_text() if note else "",
        )
    )


def _rating(n: Node, framework: Framework) -> Rating:
    n.as_object(_RATING_FIELDS)
    scale = framework.scale
    current = n.opt("current_level", nullable=True)
    required = n.opt("required_level", nullable=True)
    tally_node = n.opt("tally", nullable=True)
    tally = None
    if tally_node is not None:
        counts: dict[int, int] = {}
        for key, count in tally_node.entries():
            if not _LEVEL_KEY.fullmatch(key) or int(key) not in scale:
                raise count.error(
                    "document.tally_level", level=key, lowest=scale.lowest, highest=scale.highest
                )
            counts[int(key)] = count.integer(0, 10_000)
        tally = Tally(counts)
    note = n.opt("note")
    private = n.opt("private_note")
    needed_from = n.opt("needed_from", nullable=True)
    needed_for = n.opt("needed_for", nullable=True)
    needed_role = n.opt("needed_role", nullable=True)
    return n.build(
        lambda: Rating(
            item_code=n.get("item").text(max_len=20),
            status=n.get("status").choice(RatingStatus, "rating_status"),
            current_level=current.integer(scale.lowest, scale.highest) if current else None,
            required_level=required.integer(scale.lowest, scale.highest) if required else None,
            tally=tally,
            note=note.long_text() if note else "",
            private_note=private.long_text() if private else "",
            needed_from=needed_from.choice(NeededFrom, "needed_level_source")
            if needed_from
            else None,
            needed_for=needed_for.choice(Stage, "stage") if needed_for else None,
            needed_role=needed_role.choice(GroupRole, "group_role") if needed_role else None,
        )
    )


def _cross_rating(n: Node) -> CrossRating:
    n.as_object({"rater", "subject", "item", "level"})
    subject = n.opt("subject", nullable=True)
    return n.build(
        lambda: CrossRating(
            rater_key=_uid(n.get("rater")),
            subject_key=_uid(subject) if subject else None,
            item_code=n.get("item").text(max_len=20),
            level=n.get("level").integer(),
        )
    )


def _action(n: Node) -> Action:
    n.as_object({"what", "who", "due", "group", "done", "item", "plan_entry"})
    who = n.opt("who")
    due = n.opt("due", nullable=True)
    group = n.opt("group", nullable=True)
    done = n.opt("done")
    item = n.opt("item", nullable=True)
    entry = n.opt("plan_entry", nullable=True)  # numbered from 1, as the app numbers entries
    return n.build(
        lambda: Action(
            what=n.get("what").long_text(),
            who=who.text() if who else "",
            due=due.date() if due else None,
            group_key=_uid(group) if group else None,
            done=done.boolean() if done else False,
            item_code=item.text(max_len=20) if item else None,
            plan_entry=entry.integer(1, 5000) - 1 if entry else None,
        )
    )


def _entry(n: Node) -> ParkingLotEntry:
    n.as_object({"text", "group"})
    group = n.opt("group", nullable=True)
    return n.build(
        lambda: ParkingLotEntry(
            text=n.get("text").long_text(), group_key=_uid(group) if group else None
        )
    )
