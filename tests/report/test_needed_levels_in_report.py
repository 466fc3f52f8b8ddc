"""Needed levels in the report, from a real store and read back: missing ones said plainly
(never "0 training needs" alone), filled-in ones marked, and the method note's counts true."""

from __future__ import annotations

import re

from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.rating import NeededFrom, Rating
from coprod_desktop.domain.workshop import Group, StagePlacement, Workshop
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import pdf_text
from tests.worded import first_bank


def test_a_group_with_no_aim_gets_no_false_all_clear(
    store: Store, default_framework: Framework
) -> None:
    codes = [i.code for i in first_bank(default_framework.items)]
    no_aim = Group(
        key="g1",
        name="No aim",
        ratings={c: Rating(item_code=c, current_level=1) for c in codes},
    )
    aim = Stage.CO_DELIVERY
    filled = Group(
        key="g2",
        name="Aims high",
        placement=StagePlacement(aim=aim),
        ratings={
            c: Rating(
                item_code=c,
                current_level=1,
                required_level=default_framework.item(c).required_level(aim),
                needed_from=NeededFrom.FRAMEWORK,
                needed_for=aim,
            )
            for c in codes[:-1]
        }
        | {
            codes[-1]: Rating(
                codes[-1], current_level=1, required_level=5, needed_from=NeededFrom.GROUP
            )
        },
    )
    w = Workshop(
        uid="needed",
        title="Needed levels",
        framework=default_framework,
        item_codes=tuple(codes),
        groups=(no_aim, filled),
    )
    text = pdf_text(ExportService(store).report_pdf(WorkshopService(store).add(w)))
    assert (
        "40 assessed ratings have no needed level, so their training needs are not counted: set "
        "each group's aim stage, or choose the needed levels." in text
    )
    page = text.split("Group: No aim", 1)[1].split("Group: Aims high")[0]
    assert "40 without a needed level" in page
    assert (
        "40 assessed items have no needed level, so their training needs cannot be worked out. "
        "Set the group's aim stage, or choose the needed levels." in page
    )
    assert "No training needs: every rating is at or above the level needed." not in page
    # The framework's levels are marked; the group's own is not.
    aims = text.split("Group: Aims high", 1)[1]
    assert re.search(r" 1 4† 3 1 ", aims), "items need 4 at Co-delivery, filled in"
    assert re.search(r" 1 5 4 1 ", aims), "A10 was the group's own choice"
    assert (
        "† needed level filled in from the framework for the group's aim stage, not chosen by "
        "the group" in aims
    )
    assert (
        "In this workshop 1 needed levels were chosen by the groups and 39 were filled in from "
        "the framework for the group's aim stage (marked †), 0 of them from the levels for the "
        "group's role." in text
    )
