"""A blank assessment form to print: the paper fallback if the laptop fails.

One section per group, in landscape: each item with boxes for the level now and needed, the
status (agreed, split, skipped), room for dots and a note; then the stage placement.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from coprod_desktop.domain.framework import Area, Stage
from coprod_desktop.domain.paper_form import form_items
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.report.document import Contents, Furniture, ReportDocument
from coprod_desktop.report.fonts import REGULAR
from coprod_desktop.report.kit import Cell, Kit, say
from coprod_desktop.report.options import Paper
from coprod_desktop.report.pdf import PAGE_SIZES
from coprod_desktop.report.styles import MUTED, stylesheet
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP

BOX = 4.2 * mm
FORM_NAME = QT_TRANSLATE_NOOP("Report", "Assessment form")
WRITING_ROOM = [("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]


class Boxes(Flowable):
    """A row of empty squares to tick, each labelled beneath (levels, or words)."""

    def __init__(self, labels: list[str], box: float = BOX, gap: float = 1.6 * mm) -> None:
        super().__init__()
        self.labels = labels
        self.box = box
        self.gap = gap
        self.label_widths = [max(box, len(lb) * 1.45 * mm) for lb in labels]
        self.width = sum(self.label_widths) + gap * (len(labels) - 1)
        self.height = box + 3.4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        c.setLineWidth(0.7)
        c.setStrokeColor(MUTED)
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 6.5)
        x = 0.0
        for label, width in zip(self.labels, self.label_widths, strict=True):
            centre = x + width / 2
            c.rect(centre - self.box / 2, self.height - self.box, self.box, self.box)
            c.drawCentredString(centre, 0.4 * mm, label)
            x += width + self.gap


class BlankFormRenderer:
    """Lays out the blank form; ``render`` returns the PDF's bytes."""

    def __init__(self, paper: Paper = Paper.A4) -> None:
        self.page_size: tuple[float, float] = landscape(PAGE_SIZES[paper])
        self.sheet = stylesheet()

    def render(self, workshop: Workshop) -> bytes:
        buffer = io.BytesIO()
        contents = Contents()
        doc = ReportDocument(
            buffer,
            pagesize=self.page_size,
            title=f"{workshop.title}: {say(FORM_NAME, workshop.framework.language)}",
            contents=contents,
            language=workshop.framework.language,
        )
        kit = Kit(workshop, self.sheet, doc.width, contents)
        story: list[Flowable] = []
        for group in workshop.groups:
            story += self.group_form(kit, group)
        footer = " · ".join(
            x for x in (workshop.organisation, kit.long_date(workshop.held_on)) if x
        )
        furniture = Furniture(
            workshop.title,
            kit.say(FORM_NAME),
            footer,
            contents,
            self.page_size,
            skip_first_page=False,
            page_words=kit.say("Page {0} of {1}"),
        )
        doc.render(story, furniture)
        return buffer.getvalue()

    def group_form(self, kit: Kit, group: Group) -> list[Flowable]:
        scale = kit.framework.scale
        levels = [str(lv.level) for lv in scale.levels]
        key = " · ".join(f"{lv.level} = {lv.label}" for lv in scale.levels)
        people = (
            kit.say(" ({0} participants)").format(group.participant_count)
            if group.participant_count
            else ""
        )
        flow: list[Flowable] = [
            kit.heading(f"{kit.say(FORM_NAME)}: {group.name}{people}", listed=False),
            kit.p(
                kit.say(
                    "For each item, tick the level the group is at now and the level it needs to "
                    "be at, and whether the group agreed, stayed split or skipped it. For a split "
                    "view, write the dots per level (for example 1:2 2:4 3:3)."
                ),
                "Lead",
            ),
            kit.p(kit.say("Scale: {0}").format(key), "BodySpaced"),
        ]
        items = form_items(kit.workshop)  # the order paper entry walks them in, too
        for area in Area:
            chosen = [i for i in items if i.area is area]
            if not chosen:
                continue
            rows: list[list[Cell]] = [
                [
                    kit.item_cell(i.code),
                    Boxes(levels),
                    Boxes(levels),
                    Boxes([kit.say("agreed"), kit.say("split"), kit.say("skip")]),
                    "",
                    "",
                ]
                for i in chosen
            ]
            flow.append(kit.heading(kit.area(area), 2, listed=False))
            table = kit.table_of(
                [
                    kit.say("Item"),
                    kit.say("Now"),
                    kit.say("Needed"),
                    kit.say("Status"),
                    kit.say("Dots (split)"),
                    kit.say("Note"),
                ],
                rows,
                [34, 13, 13, 13, 10, 17],
                zebra=False,
            )
            table.setStyle(WRITING_ROOM)
            flow.append(table)
        stages = [f"{i + 1}" for i, _ in enumerate(Stage)]
        names = " · ".join(f"{i + 1} = {kit.stage(s)}" for i, s in enumerate(Stage))
        flow += [
            kit.heading(kit.say("Stage placement"), 2, listed=False),
            kit.p(kit.say("Stages: {0}").format(names), "BodySpaced"),
            kit.table(
                ["", kit.say("Stage"), kit.say("Why (in the group's words)")],
                [
                    [kit.say("Where we are now"), Boxes(stages), ""],
                    [kit.say("Where we aim to be"), Boxes(stages), ""],
                ],
                [20, 20, 60],
                zebra=False,
            ),
            Spacer(1, 14 * mm),
            PageBreak(),
        ]
        return flow
