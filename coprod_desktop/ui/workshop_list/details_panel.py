"""The panel beside the list: everything about the selected workshop, at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.ui.i18n import on_language_change, translate
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import date_text, purpose_text

if TYPE_CHECKING:  # the list paints before the workshop model is loaded
    from coprod_desktop.domain.framework import Framework, Stage
    from coprod_desktop.domain.workshop import Group, Workshop


class WorkshopDetails(QScrollArea):
    """Shows one Workshop read-only; emits ``open_requested`` from its Open button."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(380)
        # Tab stops here so the arrow keys can scroll a long list of groups; named for that.
        self.setObjectName("workshopDetails")
        self._shown: tuple[Workshop, str | None] | None = None
        self._body = QWidget()
        self._body.setObjectName("detailsBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(24, 20, 24, 24)
        self._layout.setSpacing(14)
        self.setWidget(self._body)
        # A new language re-words the panel at once: it is built again from what it shows.
        on_language_change(self, self._reword)

    def _reword(self) -> None:
        self.setAccessibleName(translate("WorkshopList", "Details of the selected workshop"))
        if self._shown is None:
            self.show_nothing()
        else:
            self.show_workshop(*self._shown)

    def show_nothing(self) -> None:
        self._shown = None
        self._clear()
        hint = QLabel(
            translate("WorkshopList", "Choose a workshop in the list to see its details here.")
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self._layout.addWidget(hint)
        self._layout.addStretch(1)

    def show_workshop(self, workshop: Workshop, baseline_title: str | None) -> None:
        """Show ``workshop``; ``baseline_title`` names the workshop it follows up, if any."""
        self._shown = (workshop, baseline_title)
        self._clear()
        title = QLabel(workshop.title)
        title.setTextFormat(Qt.TextFormat.PlainText)  # user text: shown as typed, never markup
        title.setWordWrap(True)
        set_role(title, "heading")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(title)
        self._layout.addWidget(_facts(workshop, baseline_title))
        open_button = QPushButton(translate("WorkshopList", "Open workshop"))
        set_role(open_button, "primary")
        open_button.setToolTip(translate("WorkshopList", "See this workshop's ratings (Return)"))
        open_button.clicked.connect(self.open_requested)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._layout.addSpacing(4)

        groups_heading = QLabel(
            translate("WorkshopList", "Groups ({count})").format(count=len(workshop.groups))
        )
        set_role(groups_heading, "subheading")
        self._layout.addWidget(groups_heading)
        for group in workshop.groups:
            self._layout.addWidget(_group_card(group, workshop))
        self._layout.addStretch(1)
        self.verticalScrollBar().setValue(0)

    def _clear(self) -> None:
        while (child := self._layout.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; hide it now
                widget.deleteLater()
            inner = child.layout()
            if inner is not None:
                while (grandchild := inner.takeAt(0)) is not None:
                    if (w := grandchild.widget()) is not None:
                        w.hide()
                        w.deleteLater()
                inner.deleteLater()


def _facts(workshop: Workshop, baseline_title: str | None) -> QWidget:
    box = QWidget()
    form = QFormLayout(box)
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(6)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    rows = [
        (
            translate("WorkshopList", "Date"),
            date_text(workshop.held_on, missing=translate("WorkshopList", "Not set yet")),
        ),
        (translate("WorkshopList", "Organisation"), workshop.organisation),
        (translate("WorkshopList", "Locality"), workshop.locality),
        (translate("WorkshopList", "Venue"), workshop.venue),
        (translate("WorkshopList", "Facilitator"), workshop.facilitator),
        (translate("WorkshopList", "Purpose"), purpose_text(workshop.purpose)),
    ]
    if workshop.baseline_uid is not None:
        rows.append(
            (
                translate("WorkshopList", "Follow-up of"),
                baseline_title
                or translate("WorkshopList", "an earlier workshop (not in this list)"),
            )
        )
    for name, value in rows:
        label = QLabel(name)
        set_role(label, "muted")
        text = QLabel(value or "—")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, text)
    return box


def _group_card(group: Group, workshop: Workshop) -> QFrame:
    card = QFrame()
    set_role(card, "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)

    top = QHBoxLayout()
    name = QLabel(group.name)
    name.setTextFormat(Qt.TextFormat.PlainText)
    name.setWordWrap(True)
    set_role(name, "subheading")
    people = QLabel(
        translate("WorkshopList", "%n person(s)", None, group.participant_count)
        if group.participant_count is not None
        else translate("WorkshopList", "People: not set")
    )
    set_role(people, "muted")
    top.addWidget(name, 1)
    top.addWidget(people, 0, Qt.AlignmentFlag.AlignTop)
    layout.addLayout(top)

    stage_caption = QLabel(translate("WorkshopList", "Stage"))
    set_role(stage_caption, "muted")
    stage = QLabel(_placement_text(group, workshop.framework))
    stage.setWordWrap(True)
    stage.setToolTip(
        translate("WorkshopList", "Where the group places itself now → the stage it aims for")
    )
    stage_row = QHBoxLayout()
    stage_row.setSpacing(10)
    stage_row.addWidget(stage_caption, 0, Qt.AlignmentFlag.AlignTop)
    stage_row.addWidget(stage, 1)
    layout.addLayout(stage_row)

    slots = len(workshop.item_codes)
    rated = len(group.ratings)
    bar = QProgressBar()
    bar.setRange(0, max(slots, 1))
    bar.setValue(rated)
    bar.setTextVisible(False)
    bar.setFixedHeight(10)
    bar.setAccessibleName(
        translate("WorkshopList", "{group}: {rated} of %n item(s) rated", None, slots).format(
            group=group.name, rated=rated
        )
    )
    counts = QLabel(
        translate("WorkshopList", "{rated} of %n item(s) rated", None, slots).format(rated=rated)
    )
    row = QHBoxLayout()
    row.setSpacing(12)
    row.addWidget(counts)
    row.addWidget(bar, 1)
    layout.addLayout(row)
    return card


def _placement_text(group: Group, framework: Framework) -> str:
    def title(stage: Stage | None, missing: str) -> str:
        return framework.stage_text(stage).title if stage is not None else missing

    current = title(group.placement.current, translate("WorkshopList", "not placed yet"))
    aim = title(group.placement.aim, translate("WorkshopList", "no aim yet"))
    return f"{current} → {aim}"
