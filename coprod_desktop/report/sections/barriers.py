"""The barrier log in the report. A workshop whose purpose is planning is built around it: a
line on the summary page (how many barriers are open, the commonest kind, how many have no
owner, the stages held back), then, beside readiness per stage before the group pages, every
barrier under the stage or principle it holds back, by kind, with owner and next step. (Other
workshops' barriers are in the data exports and the workshop file: their report is about
training needs, and the demo's must stay within 12 pages.)"""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.barrier import Barrier, barrier_headline, by_heading
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import esc
from coprod_desktop.report.sections.data import ReportData
from coprod_desktop.wording.barriers import barrier_for, heading_name
from coprod_desktop.wording.names import barrier_status_name, barrier_tag_name


def _planning(data: ReportData) -> bool:
    return data.workshop.purpose is WorkshopPurpose.PLANNING


def barriers_headline(kit: Kit, data: ReportData) -> list[Flowable]:
    """For a planning workshop's summary page: the barriers in a sentence or two."""
    if not _planning(data):
        return []
    lead = esc(kit.say("Barrier log:"))
    return [kit.m(f"<b>{lead}</b> {esc(barriers_headline_text(kit, data))}", "Small")]


def barriers_headline_text(kit: Kit, data: ReportData) -> str:
    """E.g. "6 logged; 5 still open. Most often: policy or rules (2). Without an owner yet:
    1." (the stages they hold back are in the readiness table above it)."""
    barriers = data.workshop.barriers
    if not barriers:
        return kit.say("None logged.")
    h = barrier_headline(barriers)
    if not h.open:
        return kit.say("Every barrier logged ({0}) has been dealt with.").format(h.barriers)
    text = kit.say("{0} logged; {1} still open.").format(h.barriers, h.open)
    if h.top_tag is not None:
        text += kit.say(" Most often: {0} ({1}).").format(
            barrier_tag_name(h.top_tag, kit.language).lower(), h.top_tag_count
        )
    if h.without_owner:
        text += kit.say(" Without an owner yet: {0}.").format(h.without_owner)
    return text


def barriers_section(kit: Kit, data: ReportData) -> list[Flowable]:
    """For a planning workshop, before the group pages: every barrier, under what it holds
    back (a top-level section, in the contents)."""
    if not _planning(data):
        return []
    flow: list[Flowable] = [kit.heading(kit.say("Barriers in the way"))]
    if not data.workshop.barriers:
        return [*flow, kit.p(kit.say("No barrier was logged."), "Small")]
    return [*flow, _note(kit), _table(kit, data)]


def _note(kit: Kit) -> Flowable:
    return kit.p(
        kit.say(
            "What stands in the way of co-production, as the room logged it: under the stage "
            "or principle each barrier holds back, open ones first, then by kind."
        ),
        "Small",
    )


def _table(kit: Kit, data: ReportData) -> Flowable:
    w = data.workshop
    principles = [p.code for p in w.framework.principles]
    rows: list[list[Cell]] = []
    for heading, found in by_heading(w.barriers, principles):
        said = heading_name(heading, w.framework, kit.language)
        for n, (_index, b) in enumerate(found):
            rows.append([said if n == 0 else "", _what(kit, b), _who(kit, b),
                         barrier_for(kit.group_name(b.group_key) if b.group_key else None,
                                     kit.language),
                         barrier_status_name(b.status, kit.language)])  # fmt: skip
    header = [kit.say("Holds back"), kit.say("Barrier and its kind"),
              kit.say("Owner and next step"), kit.say("For"), kit.say("Status")]  # fmt: skip
    return kit.table(header, rows, [17, 33, 28, 13, 9], small=True)


def _what(kit: Kit, b: Barrier) -> Cell:
    kind = esc(barrier_tag_name(b.tag, kit.language))
    return kit.m(f"{esc(b.what)}<br/><i>{kind}</i>", "CellSmall")


def _who(kit: Kit, b: Barrier) -> Cell:
    owner = esc(b.owner) if b.owner else esc(kit.say("no owner yet"))
    if not b.next_step:
        return kit.m(f"<b>{owner}</b>", "CellSmall")
    return kit.m(f"<b>{owner}</b><br/>{esc(b.next_step)}", "CellSmall")
