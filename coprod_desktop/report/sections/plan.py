"""The training plan: its headline on the summary page, and the plan by date after the group
pages (both named in ``report/story.py``)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.plan import PlanEntry, PlanMethod, PlanStatus, by_date, plan_headline
from coprod_desktop.domain.results import WorkshopResults
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import esc
from coprod_desktop.report.sections.data import ReportData


def plan_headline_part(kit: Kit, data: ReportData) -> list[Flowable]:
    """The summary page's line about the plan (nothing when no plan was made)."""
    if not data.workshop.plan:
        return []
    lead = esc(kit.say("Training plan:"))
    return [kit.m(f"<b>{lead}</b> {esc(plan_headline_text(kit, data.results))}", "Small")]


def plan_headline_text(kit: Kit, results: WorkshopResults) -> str:
    """The plan in a sentence or two, in the workshop's language, e.g. "4 plan entries reach
    4 of 4 groups: 0 done, 1 under way, 3 planned. The next is due by 22 Dec 2026."."""
    w = results.workshop
    if not w.plan:
        return kit.say("No plan has been made yet.")
    h = plan_headline(w.plan, [g.key for g in w.groups], results.needs)
    text = kit.say(
        "{0} plan entries reach {1} of {2} groups: {3} done, {4} under way, {5} planned."
    ).format(h.entries, h.groups_reached, h.groups, h.done, h.under_way, h.planned)
    if h.next_due is not None:
        text += kit.say(" The next is due by {0}.").format(kit.long_date(h.next_due))
    if h.needs_unplanned:
        text += kit.say(" {0} training needs have no plan entry yet.").format(h.needs_unplanned)
    return text


def plan_section(kit: Kit, data: ReportData) -> list[Flowable]:
    """Heading and the plan by date, undated entries last (its headline is on the summary
    page); nothing when no plan was made."""
    results = data.results
    if not results.workshop.plan:
        return []
    # A second-level heading (listed in the contents), as the actions' and the parking lot's
    # above it: the plan belongs with what was agreed to do.
    flow: list[Flowable] = [kit.heading(kit.say("Training plan"), 1, listed=True)]
    header = [kit.say("By"), kit.say("What"), kit.say("For"), kit.say("How"),
              kit.say("Who leads")]  # fmt: skip
    rows: list[list[Cell]] = [
        [
            f"{kit.long_date(e.due) if e.due else '–'}\n{status_word(kit, e.status)}",
            _what(kit, e),
            _groups(kit, e),
            _how(kit, e),
            e.lead or "–",
        ]
        for _index, e in by_date(results.workshop.plan)
    ]
    flow.append(kit.table(header, rows, [13, 31, 28, 14, 14], small=True))
    return flow


def method_word(kit: Kit, method: PlanMethod) -> str:
    words = {
        PlanMethod.TRAINING: kit.say("Training"),
        PlanMethod.COACHING: kit.say("Coaching"),
        PlanMethod.MENTORING: kit.say("Mentoring"),
        PlanMethod.PEER_LEARNING: kit.say("Peer learning"),
        PlanMethod.PRACTICE: kit.say("Practice"),
    }
    return words[method]


def status_word(kit: Kit, status: PlanStatus) -> str:
    words = {
        PlanStatus.PLANNED: kit.say("Planned"),
        PlanStatus.UNDER_WAY: kit.say("Under way"),
        PlanStatus.DONE: kit.say("Done"),
    }
    return words[status]


def _what(kit: Kit, entry: PlanEntry) -> str:
    if entry.item_code is None:
        return entry.what
    return f"{entry.item_code} · {entry.what}"


def _groups(kit: Kit, entry: PlanEntry) -> str:
    if not entry.group_keys:
        return kit.say("All groups")
    return ", ".join(kit.group_name(k) for k in entry.group_keys)


def _how(kit: Kit, entry: PlanEntry) -> str:
    how = method_word(kit, entry.method)
    if entry.learn_from is not None:
        how += " " + kit.say("from {0}").format(kit.group_name(entry.learn_from))
    return how
