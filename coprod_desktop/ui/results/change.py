"""The results window's follow-up part: the distance travelled since the baseline. The
headline (needs closed), each group's needs closed, persisting and new, a warning where a
group's size changed, the change in levels by group and by area, and what the baseline left
open (its actions not done). A baseline on another scale is not compared, and the section says
why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from coprod_desktop.domain.distance import Distance, NeedsTravelled
from coprod_desktop.domain.follow_up import FollowUp, OtherScale
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.workshop import Action, Workshop
from coprod_desktop.report.headline import needs_counts, needs_headline
from coprod_desktop.ui.i18n import spoken_language, translate
from coprod_desktop.ui.results import words
from coprod_desktop.ui.results.parts import fill, label, table
from coprod_desktop.wording.dates import long_date


def codes_cell(count: int, codes: tuple[str, ...]) -> str:
    """ "2: K1, K3" (or "0")."""
    return f"{count}: {words.codes_text(codes)}" if codes else str(count)


def size_warning(travelled: NeedsTravelled, name: str) -> str:
    """Why a group's change needs care when its size changed."""
    return translate(
        "Results",
        "{group} had {before} people at the baseline and {after} now: its ratings speak for "
        "other people, so compare its change with care.",
    ).format(group=name, before=travelled.size_before, after=travelled.size_after)


def not_compared(other: OtherScale) -> str:
    """Why a baseline on another scale is not compared (the report's words)."""
    return translate(
        "Results",
        "The baseline workshop “{0}” was rated on another scale ({1}–{2}; this workshop "
        "{3}–{4}), so its levels cannot be compared with these: no change is shown.",
    ).format(other.baseline_title, *other.baseline_scale, *other.own_scale)


class ChangeSection(QWidget):
    """Everything the window shows for a follow-up; hidden for a first workshop."""

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(label(translate("Results", "Change since the baseline"), "subheading"))
        self.other_scale = label("", "muted")
        outer.addWidget(self.other_scale)
        # Everything below compares levels: hidden as one when the scales differ.
        self.compared = QWidget()
        outer.addWidget(self.compared)
        column = QVBoxLayout(self.compared)
        column.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold;")
        column.addWidget(self.headline)
        self.warnings = label("", "error")
        column.addWidget(self.warnings)
        column.addWidget(
            label(
                translate(
                    "Results",
                    "A need is closed when the group now assesses the item at or above the level "
                    "it needs, persisting when it is still a need, new when it was not one at the "
                    "baseline; needs the follow-up could not judge (not rated, skipped or "
                    "without a needed level) are counted apart.",
                ),
                "muted",
            )
        )
        self.needs = table(
            translate("Results", "Training needs since the baseline, by group"),
            [
                translate("Results", "Group"),
                translate("Results", "Needs then"),
                translate("Results", "Closed"),
                translate("Results", "Persisting"),
                translate("Results", "New"),
                translate("Results", "Not judged"),
            ],
        )
        column.addWidget(self.needs)
        self.note = label(
            translate(
                "Results",
                "Change is the level now minus the level at the baseline, over the items both "
                "workshops assessed: a plus sign is progress.",
            ),
            "muted",
        )
        column.addWidget(self.note)
        self.groups = table(
            translate("Results", "Change since the baseline, by group"),
            [
                translate("Results", "Group"),
                translate("Results", "Items"),
                translate("Results", "Then"),
                translate("Results", "Now"),
                translate("Results", "Change"),
                translate("Results", "Up · same · down"),
                translate("Results", "Stage then → now"),
            ],
        )
        column.addWidget(self.groups)
        self.areas = table(
            translate("Results", "Change since the baseline, by area, for this group"),
            [
                translate("Results", "Area (this group)"),
                translate("Results", "Items"),
                translate("Results", "Then"),
                translate("Results", "Now"),
                translate("Results", "Change"),
            ],
        )
        column.addWidget(self.areas)
        column.addWidget(
            label(translate("Results", "Carried over from the baseline"), "subheading")
        )
        self.carried = table(
            translate("Results", "Actions the baseline left open"),
            [
                translate("Results", "Action"),
                translate("Results", "Who"),
                translate("Results", "By"),
            ],
        )
        self.carried_none = label(
            translate("Results", "The baseline left no action open."), "muted"
        )
        column.addWidget(self.carried)
        column.addWidget(self.carried_none)

    def show_change(self, w: Workshop, follow_up: FollowUp | None, group_key: str,
                    stage: Callable[[Stage | None], str],
                    other_scale: OtherScale | None = None) -> None:  # fmt: skip
        """The follow-up compared with its baseline, the areas for ``group_key``; for a
        baseline on ``other_scale``, only why nothing is compared."""
        self.setVisible(follow_up is not None or other_scale is not None)
        self.other_scale.setVisible(other_scale is not None)
        self.compared.setVisible(follow_up is not None)
        if other_scale is not None:
            self.other_scale.setText(not_compared(other_scale))
        if follow_up is None:
            return
        names = {g.key: g.name for g in w.groups}
        distance = follow_up.needs
        self.headline.setText(
            f"{needs_headline(distance, spoken_language())} · "
            f"{needs_counts(distance, spoken_language())}"
        )
        warnings = [size_warning(t, names[t.group_key]) for t in distance.size_changes]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._show_needs(distance, names)
        fill(
            self.groups,
            [
                [
                    names[c.match.group_key],
                    str(c.compared),
                    words.mean_text(c.mean_before),
                    words.mean_text(c.mean_after),
                    words.signed_text(c.change),
                    words.counts_text(c.improved, c.same, c.worse),
                    f"{stage(c.stage_before)} → {stage(c.stage_after)}",
                ]
                for c in follow_up.groups
            ],
            centred=(1, 2, 3, 4),
        )
        fill(
            self.areas,
            [
                [
                    w.framework.area_text(a.area).title,
                    str(a.compared),
                    words.mean_text(a.mean_before),
                    words.mean_text(a.mean_after),
                    words.signed_text(a.change),
                ]
                for a in follow_up.group_areas
                if a.group_key == group_key
            ],
            centred=(1, 2, 3, 4),
        )
        self.areas.setHorizontalHeaderItem(
            0,
            QTableWidgetItem(translate("Results", "Area ({group})").format(group=names[group_key])),
        )
        self._show_carried(distance)

    def _show_needs(self, distance: Distance, names: dict[str, str]) -> None:
        fill(
            self.needs,
            [
                [
                    names[t.group_key],
                    str(t.needs_before),
                    codes_cell(len(t.closed), t.closed),
                    codes_cell(len(t.persisting), t.persisting),
                    codes_cell(len(t.new), t.new),
                    codes_cell(len(t.not_compared), t.not_compared),
                ]
                for t in distance.groups
            ],
            centred=(1,),
        )

    def _show_carried(self, distance: Distance) -> None:
        def by(day: dt.date | None) -> str:
            return long_date(day, spoken_language()) if day is not None else "–"

        rows = [[carried_what(a), a.who or "–", by(a.due)] for a in distance.carried_actions]
        rows += [
            [translate("Results", "Plan: {what}").format(what=e.what), e.lead or "–", by(e.due)]
            for e in distance.carried_plan
        ]
        fill(self.carried, rows)
        self.carried.setVisible(bool(rows))
        self.carried_none.setVisible(not rows)


def carried_what(action: Action) -> str:
    """A carried-over action's words, with the item it is about (or that it is about an
    entry of the baseline's plan)."""
    if action.item_code:
        return translate("Results", "{what} (about {code})").format(
            what=action.what, code=action.item_code
        )
    if action.plan_entry is not None:
        return translate("Results", "{what} (about a plan entry)").format(what=action.what)
    return action.what
