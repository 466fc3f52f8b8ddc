"""Workshops at the format's limits, and every output built from one (PDFs read back)."""

from __future__ import annotations

import dataclasses
import json

from coprod_desktop.domain.framework import Area, Framework, Item
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import Action, Group, ParkingLotEntry, Workshop
from coprod_desktop.formats.workshop_format import workshop_from_bytes, workshop_to_dict
from coprod_desktop.report.formats import Export, Source, format_for
from coprod_desktop.report.options import Paper
from coprod_desktop.services.exports import build_report
from tests.report.helpers import reader


def custom_items(framework: Framework, count: int, area: Area | None, text: str) -> Framework:
    """``framework`` with ``count`` items Z1…: all in ``area`` (None: the four in turn); the
    first says ``text``, the others a short statement."""
    base = framework.items[0]
    items = tuple(
        dataclasses.replace(
            base,
            code=f"Z{n + 1}",
            area=area or list(Area)[n % 4],
            text=text if n == 0 else f"Statement {n + 1} about working together",
        )
        for n in range(count)
    )
    return dataclasses.replace(framework, items=items)


def workshop_of(
    framework: Framework,
    *,
    groups: int = 3,
    group_name: str = "Group",
    rated: bool = True,
    actions: tuple[Action, ...] = (),
    parking_lot: tuple[ParkingLotEntry, ...] = (),
    note: str = "",
) -> Workshop:
    """Every item of ``framework`` in scope, ``groups`` groups rating all of them."""
    codes = tuple(i.code for i in framework.items)

    def rating(item: Item, n: int) -> Rating:
        low, high = framework.scale.lowest, framework.scale.highest
        level = low + (n + hash(item.code)) % (high - low + 1)
        return Rating(
            item_code=item.code,
            status=RatingStatus.AGREED,
            current_level=level,
            required_level=high,
            note=note,
        )

    return Workshop(
        uid="limits",
        title="At the limits",
        framework=framework,
        item_codes=codes,
        groups=tuple(
            Group(
                key=f"g{n + 1}",
                name=f"{n + 1} {group_name}"[:300],
                ratings={i.code: rating(i, n) for i in framework.items} if rated else {},
            )
            for n in range(groups)
        ),
        actions=actions,
        parking_lot=parking_lot,
    )


def every_output(workshop: Workshop, papers: tuple[Paper, ...] = (Paper.A4,)) -> dict[str, bytes]:
    """The report and blank form on each paper, CSV, XLSX, JSON and the workshop file; the
    PDFs are read back and the workshop file reads back as the same workshop."""
    outputs: dict[str, bytes] = {}
    for paper in papers:
        outputs[f"report-{paper.value}"] = build_report(workshop, paper=paper)
        outputs[f"form-{paper.value}"] = format_for(Export.BLANK_FORM, ".pdf").write(
            Source(workshop, paper=paper)
        )
    for suffix in (".csv", ".xlsx", ".json"):
        outputs[suffix] = format_for(Export.DATA, suffix).write(Source(workshop))
    document = json.dumps(workshop_to_dict(workshop)).encode()
    assert workshop_from_bytes(document, "round trip") == workshop
    outputs[".coprod"] = document
    for name, data in outputs.items():
        if name.startswith(("report", "form")):
            assert len(reader(data).pages) >= 1, name
    return outputs
