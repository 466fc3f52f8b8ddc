"""The demo workshop a newcomer can open: built from resources/demo/demo-workshop.json."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from coprod_desktop.domain.barrier import Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.plan import PlanEntry, PlanMethod, PlanStatus
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Action, Group, ParkingLotEntry, StagePlacement, Workshop
from coprod_desktop.resources import resource
from coprod_desktop.services.frameworks import DEFAULT_FRAMEWORK_KEY
from coprod_desktop.services.workshops import new_uid
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import FrameworkRepository, WorkshopRepository

DEMO_FILE = ("demo", "demo-workshop.json")


def build_demo(framework: Framework, spec: dict[str, Any], today: dt.date) -> Workshop:
    """The demo workshop from its spec: per-group level strings plus hand-written overrides.

    In a ``levels`` string each character is one item in framework order: a digit is an agreed
    current level, ``-`` a skipped item, ``.`` one not rated yet. Required levels come from the
    framework's profile for the stage the group aims for, unless an override says otherwise.
    """
    # The items in scope: the spec's list (the demo keeps the bank it was written for, so its
    # report stays short), else the whole framework.
    codes = tuple(spec.get("items") or (i.code for i in framework.items))
    overrides: dict[tuple[int, str], dict[str, Any]] = {
        (o["group"], o["item"]): o for o in spec.get("overrides", [])
    }
    groups = []
    for index, g in enumerate(spec["groups"]):
        aim = Stage(g["placement"]["aim"])
        role = GroupRole(g["role"]) if g.get("role") else None
        ratings: dict[str, Rating] = {}
        for code, mark in zip(codes, g["levels"], strict=True):
            if mark == ".":
                continue
            if mark == "-":
                ratings[code] = Rating(item_code=code, status=RatingStatus.SKIPPED)
                continue
            o = overrides.get((index, code), {})
            tally = o.get("tally")
            level, profile = framework.item(code).needed_at(aim, role)
            ratings[code] = Rating(
                item_code=code,
                status=RatingStatus(o.get("status", "agreed")),
                current_level=o.get("current_level", int(mark)),
                required_level=o.get("required_level", level),
                # The demo's own needed levels are the group's; the rest are the framework's,
                # from the profile for the group's role.
                needed_from=NeededFrom.GROUP if "required_level" in o else NeededFrom.FRAMEWORK,
                needed_for=None if "required_level" in o else aim,
                needed_role=None if "required_level" in o else profile,
                tally=Tally({int(k): v for k, v in tally.items()}) if tally else None,
                note=o.get("note", ""),
                private_note=o.get("private_note", ""),
            )
        groups.append(
            Group(
                key=f"g{index + 1}",
                name=g["name"],
                participant_count=g["participant_count"],
                placement=StagePlacement(
                    current=Stage(g["placement"]["current"]), aim=aim, note=g["placement"]["note"]
                ),
                ratings=ratings,
                role=role,
            )
        )

    def group_key(index: int | None) -> str | None:
        return None if index is None else f"g{index + 1}"

    return Workshop(
        uid=new_uid(),
        title=spec["title"],
        framework=framework,
        item_codes=codes,
        groups=tuple(groups),
        organisation=spec["organisation"],
        locality=spec["locality"],
        venue=spec["venue"],
        held_on=dt.date.fromisoformat(spec["held_on"]),
        facilitator=spec["facilitator"],
        purpose=WorkshopPurpose(spec["purpose"]),
        service=spec.get("service", ""),
        actions=tuple(
            Action(
                what=a["what"],
                who=a.get("who", ""),
                due=today + dt.timedelta(days=a["due_in_days"]) if "due_in_days" in a else None,
                group_key=group_key(a.get("group")),
                item_code=a.get("item"),
                plan_entry=a["plan_entry"] - 1 if "plan_entry" in a else None,  # from 1
            )
            for a in spec.get("actions", [])
        ),
        parking_lot=tuple(
            ParkingLotEntry(text=p["text"], group_key=group_key(p.get("group")))
            for p in spec.get("parking_lot", [])
        ),
        plan=tuple(
            PlanEntry(
                what=e["what"],
                group_keys=tuple(f"g{i + 1}" for i in e.get("groups", [])),
                item_code=e.get("item"),
                method=PlanMethod(e["method"]),
                lead=e.get("lead", ""),
                due=today + dt.timedelta(days=e["due_in_days"]) if "due_in_days" in e else None,
                status=PlanStatus(e.get("status", "planned")),
                learn_from=group_key(e.get("learn_from")),
            )
            for e in spec.get("plan", [])
        ),
        barriers=tuple(
            Barrier(
                what=b["what"],
                tag=BarrierTag(b["tag"]),
                stage=Stage(b["stage"]) if "stage" in b else None,
                principle=b.get("principle"),
                owner=b.get("owner", ""),
                next_step=b.get("next_step", ""),
                group_key=group_key(b.get("group")),
                status=BarrierStatus(b.get("status", "open")),
            )
            for b in spec.get("barriers", [])
        ),
    )


def create_demo(store: Store, today: dt.date | None = None) -> int:
    """Add the demo workshop to the store; returns its id."""
    spec = json.loads(resource(*DEMO_FILE).read_text(encoding="utf-8"))
    with store.unit_of_work() as session:
        framework = FrameworkRepository(session).get(DEFAULT_FRAMEWORK_KEY)
        held_on = dt.date.fromisoformat(spec["held_on"])
        workshop = build_demo(framework, spec, today or held_on)
        return WorkshopRepository(session).add(workshop)
