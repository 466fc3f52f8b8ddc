"""The cover page and the contents page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from coprod_desktop import __version__
from coprod_desktop.domain.results import WorkshopResults
from coprod_desktop.domain.workshop import PURPOSE_LABELS
from coprod_desktop.report.document import ContentsPlaceholder
from coprod_desktop.report.kit import Kit, long_date
from coprod_desktop.report.markup import esc
from coprod_desktop.report.styles import RULE, table_style

SUBTITLE = "Co-production readiness: results and training needs"


def cover(kit: Kit, results: WorkshopResults, baseline_title: str | None) -> list[Flowable]:
    w = results.workshop
    people = [g.participant_count for g in w.groups if g.participant_count]
    groups = "<br/>".join(
        esc(g.name) + (f" — {g.participant_count} participants" if g.participant_count else "")
        for g in w.groups
    )
    facts: list[tuple[str, Flowable]] = [
        ("Organisation", kit.p(w.organisation or "–", "Cell")),
        ("Locality", kit.p(w.locality or "–", "Cell")),
        ("Venue", kit.p(w.venue or "–", "Cell")),
        ("Date", kit.p(long_date(w.held_on), "Cell")),
        ("Facilitator", kit.p(w.facilitator or "–", "Cell")),
        ("Purpose", kit.p(PURPOSE_LABELS[w.purpose], "Cell")),
        (
            "Framework",
            kit.p(f"{w.framework.name} (version {w.framework.version})", "Cell"),
        ),
        ("Groups", kit.m(groups, "Cell")),
        ("Participants", kit.p(f"{sum(people)} in total" if people else "not recorded", "Cell")),
    ]
    if baseline_title is not None:
        facts.append(("Follow-up to", kit.p(baseline_title, "Cell")))
    table = Table(
        [[kit.p(label, "CellBold"), value] for label, value in facts],
        colWidths=[kit.width * 0.24, kit.width * 0.76],
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
        kit.p(SUBTITLE, "CoverSubtitle"),
        table,
        Spacer(1, 14 * mm),
        kit.p(
            "This report shows what each group said about where it is now and where it needs "
            "to be, the training needs that follow, and where groups see things differently. "
            "The facilitator's private notes are never included.",
            "Lead",
        ),
        kit.p(f"Made with CoProd Desktop {__version__}.", "Small"),
        PageBreak(),
    ]


def contents_page(kit: Kit) -> list[Flowable]:
    return [
        kit.heading("Contents", listed=False),
        Spacer(1, 4 * mm),
        ContentsPlaceholder(kit.contents),
        PageBreak(),
    ]
