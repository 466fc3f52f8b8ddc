"""The organisation report: the organisation view's figures as a PDF (data in, bytes out).

Greyscale-safe: every heat-map cell prints its share and count; the shade only repeats it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from coprod_desktop import __version__
from coprod_desktop.domain.framework import GroupRole, Stage
from coprod_desktop.domain.organisation import OrganisationFigures, OrganisationFilter
from coprod_desktop.report.kit import long_date_in, say
from coprod_desktop.report.markup import esc
from coprod_desktop.report.styles import MARGIN, stylesheet, table_style
from coprod_desktop.wording import names

#: Makes a paragraph of plain text in a named style.
Para = Callable[..., Paragraph]


def role_name(role: GroupRole | None, language: str) -> str:
    return names.role_name(role, language) if role else say("Role not set", language)


def stage_name(stage: Stage | None, language: str) -> str:
    return names.stage_name(stage, language) if stage else say("Not placed", language)


def filter_words(flt: OrganisationFilter, language: str) -> str:
    """The filter in words, e.g. "localities North, South; from 1 January 2026"."""
    parts = []
    if flt.localities:
        parts.append(say("localities {0}", language).format(", ".join(flt.localities)))
    if flt.services:
        parts.append(say("services {0}", language).format(", ".join(flt.services)))
    if flt.purposes:
        parts.append(say("purposes {0}", language).format(", ".join(p.value for p in flt.purposes)))
    if flt.held_from:
        parts.append(say("from {0}", language).format(long_date_in(flt.held_from, language)))
    if flt.held_to:
        parts.append(say("to {0}", language).format(long_date_in(flt.held_to, language)))
    return "; ".join(parts) or say("all workshops", language)


def _shade(share: float) -> colors.Color:
    """Light (not ready) to dark blue (ready); text turns white on the darkest."""
    light, dark = (0.94, 0.96, 1.0), (0.03, 0.32, 0.61)
    mix = [lo + (hi - lo) * share for lo, hi in zip(light, dark, strict=True)]
    return colors.Color(*mix)


def organisation_pdf(
    figures: OrganisationFigures,
    flt: OrganisationFilter,
    *,
    source: str,
    language: str = "en",
    today: dt.date | None = None,
) -> bytes:
    """The organisation report for ``figures`` (filtered by ``flt``, read from ``source``)."""
    sheet = stylesheet()
    buffer = io.BytesIO()
    title = say("Co-production readiness across the organisation", language)
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN, title=title, author="CoProd Desktop",
    )  # fmt: skip

    def p(text: str, style: str = "Body") -> Paragraph:
        return Paragraph(esc(text), sheet[style])

    made = long_date_in(today or dt.date.today(), language)
    story: list[Flowable] = [
        p(title, "H1"),
        p(say("Filter: {0}", language).format(filter_words(flt, language)), "Lead"),
        p(say("Workshops: {0} · groups: {1}", language).format(figures.workshops, figures.groups)),
        p(say("Source: {0}", language).format(source), "Small"),
        p(say("Made on {0} with CoProd Desktop {1}.", language).format(made, __version__), "Small"),
        Spacer(1, 8),
    ]
    if figures.workshops == 0:
        story.append(p(say("Nothing to show for this filter.", language)))
    else:
        story += _heat_map(figures, language, p)
        story += _stages(figures, language, p)
        story += _needs(figures, language, p)
        story += _strengths(figures, language, p)
        story += _trend(figures, language, p)
    doc.build(story)
    return buffer.getvalue()


def _section(title: str, note: str, p: Para) -> list[Flowable]:
    return [Spacer(1, 10), p(title, "H2"), p(note, "Small"), Spacer(1, 4)]


def _table(rows: Sequence[Sequence[object]], widths: Sequence[float] | None = None) -> Table:
    table = Table([list(r) for r in rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style())
    return table


def _heat_map(f: OrganisationFigures, language: str, p: Para) -> list[Flowable]:
    roles = f.roles
    rows: list[list[object]] = [
        [say("Locality", language), *(role_name(r, language) for r in roles)]
    ]
    style: list[tuple[object, ...]] = []
    for y, locality in enumerate(f.localities, start=1):
        row: list[object] = [locality]
        for x, role in enumerate(roles, start=1):
            cell = f.cell(locality, role)
            if cell is None:
                row.append("–")
                continue
            row.append(f"{cell.share:.0%} ({cell.assessed})")
            style.append(("BACKGROUND", (x, y), (x, y), _shade(cell.share)))
            if cell.share >= 0.6:
                style.append(("TEXTCOLOR", (x, y), (x, y), colors.white))
        rows.append(row)
    table = _table(rows)
    table.setStyle(table_style(zebra=False))
    table.setStyle([("ALIGN", (1, 1), (-1, -1), "CENTER"), *style])  # type: ignore[list-item]
    note = say(
        "Each cell: the share of assessed ratings at or above the level needed, and how many "
        "ratings it covers. Darker means readier.",
        language,
    )
    return [*_section(say("Readiness by locality and group role", language), note, p), table]


def _stages(f: OrganisationFigures, language: str, p: Para) -> list[Flowable]:
    rows: list[list[object]] = [[say("Stage", language), say("Groups", language), ""]]
    most = max((s.groups for s in f.stages), default=1)
    for s in f.stages:
        rows.append(
            [stage_name(s.stage, language), s.groups, "█" * max(1, round(30 * s.groups / most))]
        )
    note = say("Where groups placed themselves.", language)
    return [*_section(say("Spread of stages", language), note, p), _table(rows)]


def _needs(f: OrganisationFigures, language: str, p: Para) -> list[Flowable]:
    rows: list[list[object]] = [
        [
            say("Item", language),
            "",
            say("Groups with the need", language),
            say("Mean gap", language),
        ]
    ]
    rows += [
        [n.item_code, p(n.item_text, "Cell"), n.groups, f"{n.mean_gap:.1f}"] for n in f.common_needs
    ]
    note = say("Items where most groups are below the level needed.", language)
    return [
        *_section(say("Most common needs", language), note, p),
        _table(rows, (40, 420, 110, 80)),
    ]


def _strengths(f: OrganisationFigures, language: str, p: Para) -> list[Flowable]:
    if not f.strengths:
        return []
    rows: list[list[object]] = [
        [
            say("Item", language),
            "",
            say("Strong locality", language),
            say("Could share with", language),
        ]
    ]
    rows += [
        [
            s.item_code,
            p(s.item_text, "Cell"),
            f"{s.strong_locality} ({s.strong_share:.0%})",
            f"{s.weak_locality} ({s.weak_share:.0%})",
        ]
        for s in f.strengths
    ]
    note = say(
        "Items one locality meets widely (75% or more) where another rarely does (50% or less).",
        language,
    )
    return [
        *_section(say("Strengths to share", language), note, p),
        _table(rows, (40, 380, 150, 150)),
    ]


def _trend(f: OrganisationFigures, language: str, p: Para) -> list[Flowable]:
    steps = sorted({t.step for t in f.trend})
    if not steps:
        return []
    heads = [say("Baseline", language) if n == 0 else say("Follow-up {n}", language).format(n=n)
             for n in steps]  # fmt: skip
    rows: list[list[object]] = [[say("Locality", language), *heads]]
    for locality in sorted({t.locality for t in f.trend}):
        points = {t.step: t for t in f.trend if t.locality == locality}
        cells: list[object] = [locality]
        cells += [
            f"{points[n].share:.0%} ({points[n].workshops})" if n in points else "–" for n in steps
        ]
        rows.append(cells)
    note = say(
        "Readiness from each baseline through its follow-ups (a follow-up names the workshop it "
        "follows up): the share of assessed ratings at or above the level needed, workshops in "
        "brackets. Only baselines with a follow-up in view count.",
        language,
    )
    return [*_section(say("Trend by locality", language), note, p), _table(rows)]
