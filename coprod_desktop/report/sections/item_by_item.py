"""The appendix's item-by-item tables: every rating of every group, the split views with their
dot votes, and the notes the room kept."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from coprod_desktop.domain.analysis import items_in_scope
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.split import SplitView
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import esc, level
from coprod_desktop.report.sections.data import ReportData
from coprod_desktop.report.styles import CellDefaults

#: The most of the width (%) the groups' columns may take in the ratings table.
GROUPS_ROOM = 60.0
#: A cell's left and right padding (points).
CELL_PADDING = CellDefaults.leftPadding + CellDefaults.rightPadding

#: Marks a split view in the ratings table (as on the heat map).
SPLIT_MARK = "*"


def item_by_item(kit: Kit, data: ReportData) -> list[Flowable]:
    """The appendix's first part: every rating, split view, note and activity."""
    return [
        kit.heading(kit.say("Appendix")),
        *_ratings(kit, data),
        *_splits(kit, data),
        *_notes(kit, data),
    ]


def _ratings(kit: Kit, data: ReportData) -> list[Flowable]:
    w = data.workshop
    groups = w.groups
    rows: list[list[Cell]] = [
        [
            kit.item_cell(item.code, style="CellSmall"),
            *(_rating_cell(kit, g.ratings.get(item.code)) for g in groups),
        ]
        for item in items_in_scope(w)
    ]
    share = min(11.0, 44.0 / max(1, len(groups)))
    # A bold heading never breaks a word, so each group's column is as wide as the longest word
    # of its name ("commissioners" needs more than 11 %), sharing what room is left; names of
    # such long words that the items would have less than GROUPS_ROOM keep even shares.
    needs = [100 * _longest_word(kit, g.name) / kit.width for g in groups]
    spare = max(0.0, share * len(groups) - sum(needs)) / max(1, len(groups))
    shares = [need + spare for need in needs]
    if sum(shares) > GROUPS_ROOM:
        shares = [share for _ in groups]
    return [
        kit.heading(kit.say("Ratings item by item"), 1),
        kit.p(
            kit.say(
                "Each cell is the level the group is at now → the level it needs to be at. "
                "Bold: a training need. {0} a split view (see Split views); skip: the group "
                "skipped the item; –: not rated."
            ).format(SPLIT_MARK),
            "Small",
        ),
        kit.table(
            [kit.say("Item"), *(g.name for g in groups)],
            rows,
            [100 - sum(shares), *shares],
            centred=list(range(1, len(groups) + 1)),
        ),
    ]


def _longest_word(kit: Kit, text: str) -> float:
    """Points the widest word of ``text`` takes as a column heading, with the cell's padding."""
    style = kit.sheet["CellHeadCentre"]
    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0)
    return widest + CELL_PADDING


def _rating_cell(kit: Kit, rating: Rating | None) -> Cell:
    if rating is None:
        return "–"
    if rating.status is RatingStatus.SKIPPED or rating.current_level is None:
        return kit.say("skip")
    now = level(rating.current_level)
    needed = level(rating.required_level)
    split = SPLIT_MARK if rating.status is RatingStatus.SPLIT else ""
    text = f"{now}{split} → {needed}"
    gap = rating.gap
    if gap is not None and gap > 0:
        return kit.m(f"<b>{esc(text)}</b>", "CellNumber")
    return text


def _splits(kit: Kit, data: ReportData) -> list[Flowable]:
    rows: list[list[Cell]] = [
        [
            kit.group_name(v.group_key),
            kit.item_cell(v.item_code, style="CellSmall"),
            level(v.current),
            _tally(kit, v),
            _median(kit, v),
            v.note or "–",
        ]
        for r in data.results.groups
        for v in r.splits
    ]
    if not rows:
        return []
    return [
        kit.heading(kit.say("Split views"), 1),
        kit.p(
            kit.say(
                "Items a group could not agree on. Votes are dots per level; Now is their median "
                "(half-way between two levels counts as the higher), or the group's working view "
                "when there are no dots. The note keeps the minority's view."
            ),
            "Small",
        ),
        kit.table(
            [
                kit.say("Group"),
                kit.say("Item"),
                kit.say("Now"),
                kit.say("Votes (level: dots)"),
                kit.say("Median"),
                kit.say("Minority view"),
            ],
            rows,
            [13, 27, 6, 13, 8, 33],
            centred=[2, 4],
            small=True,
        ),
    ]


def _tally(kit: Kit, view: SplitView) -> str:
    if view.tally is None or not view.tally.counts:
        return kit.say("not recorded")
    return " · ".join(f"{lv}: {n}" for lv, n in view.tally.counts.items())


def _median(kit: Kit, view: SplitView) -> str:
    """The median, and the level it puts the group at when it falls half-way."""
    facts = view.facts
    if facts is None:
        return "–"
    if facts.rounded_up:
        return kit.say("{0} (so {1})").format(f"{facts.median:g}", facts.level)
    return str(facts.level)


def _notes(kit: Kit, data: ReportData) -> list[Flowable]:
    rows: list[list[Cell]] = [
        [kit.group_name(n.group_key), kit.item_cell(n.item_code, style="CellSmall"), n.text]
        for r in data.results.groups
        for n in r.notes
        if n.status is not RatingStatus.SPLIT
    ]
    if not rows:
        return []
    return [
        kit.heading(kit.say("Notes for the room"), 1),
        kit.table(
            [kit.say("Group"), kit.say("Item"), kit.say("Note")], rows, [16, 40, 44], small=True
        ),
    ]
