"""The results slide's last page for a follow-up: since the baseline. The group's training
needs closed, persisting and new, a warning where its size changed, its levels then and now by
area, what went up and down, and its indicative stage then and now."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt

from coprod_desktop.domain.room_results import ChangeRow, ChangeView
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import HEADING, META, Run, runs
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from coprod_desktop.ui.results import words

LABEL = Style(2.5, "muted")
STAGE = Style(2.9, "text", bold=True)
SENTENCE = Style(2.5, "text")
HEAD = Style(2.1, "muted", bold=True)
CELL = Style(3.0, "text", bold=True)
WARNING = Style(2.5, "split", bold=True)

#: The change table's column heads.
CHANGE_HEADS = (
    QT_TRANSLATE_NOOP("Audience", "Area"),
    QT_TRANSLATE_NOOP("Audience", "Items"),
    QT_TRANSLATE_NOOP("Audience", "Then"),
    QT_TRANSLATE_NOOP("Audience", "Now"),
    QT_TRANSLATE_NOOP("Audience", "Change"),
)


def change_page(c: Canvas, group_name: str, change: ChangeView, rect: QRectF) -> None:
    x, y, width = rect.left(), rect.top(), rect.width()
    y += c.text(
        translate("Audience", "Since the baseline: {group}").format(group=group_name),
        HEADING,
        x,
        y,
        width,
    ) + c.px(0.4)
    compared = translate(
        "Audience", "Compared with “{title}”: level now minus level then; + is progress."
    ).format(title=change.baseline_title)
    y += c.text(compared, META, x, y, width) + c.px(1.0)
    if change.size_changed:
        warning = translate(
            "Audience", "This group had {before} people then and {after} now: compare with care."
        ).format(before=change.size_before, after=change.size_after)
        y += c.text(warning, WARNING, x, y, width) + c.px(0.6)
    y += c.text(needs_text(change), STAGE, x, y, width) + c.px(1.2)
    y += _change_table(c, change.rows, x, y, width) + c.px(1.6)
    y += c.text(words.counts_text(change.improved, change.same, change.worse), STAGE, x, y,
                width) + c.px(0.8)  # fmt: skip
    before = change.stage_before or words.not_yet_first_stage()
    after = change.stage_after or words.not_yet_first_stage()
    parts = [
        Run(translate("Audience", "Indicative stage"), LABEL, gap_after=0.5),
        Run(f"{before} → {after}", STAGE),
    ]
    y += runs(c, parts, x, y, width)
    c.check(y)


def _change_table(c: Canvas, rows: Sequence[ChangeRow], x: float, y: float,
                  width: float) -> float:  # fmt: skip
    heads = [translate("Audience", head) for head in CHANGE_HEADS]
    number_w = max(*(c.natural_width(head, HEAD) for head in heads[1:]),
                   c.natural_width("−0.0", CELL)) + c.px(1.5)  # fmt: skip
    label_w = width - 4 * number_w
    lefts = [x, *(x + label_w + i * number_w for i in range(4))]
    widths = [label_w, *([number_w] * 4)]
    right = Qt.AlignmentFlag.AlignRight
    top = y
    for i, (left, w, head) in enumerate(zip(lefts, widths, heads, strict=True)):
        c.text(head, HEAD, left, y, w - c.px(0.6), align=Qt.AlignmentFlag.AlignLeft
               if i == 0 else right)  # fmt: skip
    y += c.line_height(HEAD) + c.px(0.4)
    pad = c.px(0.5)
    for row in rows:
        c.rule(x, x + width, y)
        cells = (
            row.label,
            str(row.compared),
            words.mean_text(row.before),
            words.mean_text(row.after),
            words.signed_text(row.change),
        )
        h = 0.0
        for i, (left, w, text) in enumerate(zip(lefts, widths, cells, strict=True)):
            style = SENTENCE if i == 0 else CELL
            h = max(h, c.text(text, style, left, y + pad, w - c.px(0.6),
                              align=Qt.AlignmentFlag.AlignLeft if i == 0 else right))  # fmt: skip
        y += h + 2 * pad
    c.rule(x, x + width, y)
    return y - top


def needs_text(change: ChangeView) -> str:
    """ "Training needs: 2 closed (K1, K3) · 1 persisting · 2 new"."""
    closed = translate("Audience", "%n closed", None, len(change.needs_closed))
    if change.needs_closed:
        closed += f" ({words.codes_text(change.needs_closed)})"
    return translate("Audience", "Training needs: {closed} · {persisting} persisting · {new} new"
                     ).format(closed=closed, persisting=len(change.needs_persisting),
                              new=len(change.needs_new))  # fmt: skip
