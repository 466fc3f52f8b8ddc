"""The cover page and the contents page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from coprod_desktop import __version__
from coprod_desktop.domain.results import WorkshopResults
from coprod_desktop.report.document import ContentsPlaceholder
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.markup import esc
from coprod_desktop.report.styles import RULE, table_style
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP
from coprod_desktop.wording.names import purpose_name

SUBTITLE = QT_TRANSLATE_NOOP("Report", "Co-production readiness: results and training needs")


def cover(kit: Kit, results: WorkshopResults, baseline_title: str | None) -> list[Flowable]:
    w = results.workshop
    people = [g.participant_count for g in w.groups if g.participant_count]
    groups = "<br/>".join(
        esc(g.name)
        + (
            kit.say(" — {0} participants").format(g.participant_count)
            if g.participant_count
            else ""
        )
        for g in w.groups
    )
    facts: list[tuple[str, Flowable]] = [
        (kit.say("Organisation"), kit.p(w.organisation or "–", "Cell")),
        (kit.say("Locality"), kit.p(w.locality or "–", "Cell")),
        (kit.say("Venue"), kit.p(w.venue or "–", "Cell")),
        (kit.say("Date"), kit.p(kit.long_date(w.held_on), "Cell")),
        (kit.say("Facilitator"), kit.p(w.facilitator or "–", "Cell")),
        (kit.say("Purpose"), kit.p(purpose_name(w.purpose, kit.language), "Cell")),
        (
            kit.say("Framework"),
            kit.p(
                kit.say("{0} (version {1})").format(w.framework.name, w.framework.version), "Cell"
            ),
        ),
        (kit.say("Groups"), kit.m(groups, "Cell")),
        (
            kit.say("Participants"),
            kit.p(
                kit.say("{0} in total").format(sum(people)) if people else kit.say("not recorded"),
                "Cell",
            ),
        ),
    ]
    if baseline_title is not None:
        facts.append((kit.say("Follow-up to"), kit.p(baseline_title, "Cell")))
    table = Table(
        [[kit.p(label, "CellBold"), value] for label, value in facts],
        colWidths=[kit.width * 0.24, kit.width * 0.76],
        splitInRow=1,  # 24 groups with long names make a row taller than a page
        hAlign="LEFT",
    )
    style = table_style(header_rows=1, zebra=False)
    style.add("BACKGROUND", (0, 0), (-1, 0), None)
    style.add("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)
    style.add("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE)
    table.setStyle(style)
    return [
        Spacer(1, 30 * mm),
        kit.p(w.title, "CoverTitle"),
        kit.p(kit.say(SUBTITLE), "CoverSubtitle"),
        table,
        Spacer(1, 14 * mm),
        kit.p(
            kit.say(
                "This report shows what each group said about where it is now and where it needs "
                "to be, the training needs that follow, and where groups differ most. "
                "The facilitator's private notes are never included."
            ),
            "Lead",
        ),
        kit.p(kit.say("Made with CoProd Desktop {0}.").format(__version__), "Small"),
        PageBreak(),
    ]


def contents_page(kit: Kit) -> list[Flowable]:
    return [
        kit.heading(kit.say("Contents"), listed=False),
        Spacer(1, 4 * mm),
        ContentsPlaceholder(kit.contents),
        PageBreak(),
    ]
