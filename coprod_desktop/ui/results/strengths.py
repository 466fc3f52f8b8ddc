"""Strengths to share in the results window: who could help whom, for every group, and in
one sentence for the group chosen at the top."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.domain.results import WorkshopResults
from coprod_desktop.domain.strengths import (
    Helper,
    Learner,
    StrengthToShare,
    needing_help,
    shared_by,
)
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.ui.i18n import current_language, translate
from coprod_desktop.ui.results.parts import RowWords, fill, label, table
from coprod_desktop.ui.results.words import codes_text


def helper_text(helper: Helper, names: dict[str, str]) -> str:
    """A group that could help, with its level ("Staff (5)"; "(4, split)" if it was split)."""
    if helper.uncertain:
        return translate("Results", "{group} ({level}, split)").format(
            group=names[helper.group_key], level=helper.level
        )
    return translate("Results", "{group} ({level})").format(
        group=names[helper.group_key], level=helper.level
    )


def learner_text(learner: Learner, names: dict[str, str]) -> str:
    """A group that could learn, with its levels ("Users (1 → 3)")."""
    return translate("Results", "{group} ({now} → {needed})").format(
        group=names[learner.group_key], now=learner.current, needed=learner.required
    )


class StrengthsSection(QWidget):
    """A heading, the rule in a line, the chosen group's share, and a table of every item
    where a group strong on it (4 or 5) could help a group that needs it."""

    def __init__(self, project: Callable[[], object] | None = None) -> None:
        """``project`` puts the strengths on the projector (a live session only)."""
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(
            label(translate("Results", "Strengths to share: who could help whom"), "subheading"),
            1,
        )
        self.project_button = QPushButton(
            translate("Results", "Strengths on the &projector (Alt+9)")
        )
        self.project_button.setAccessibleName(
            translate("Results", "Show the strengths to share on the projector")
        )
        if project is not None:
            self.project_button.clicked.connect(project)
        self.project_button.setVisible(project is not None)
        heading.addWidget(self.project_button)
        column.addLayout(heading)
        self.rule = label(explain(Rule.STRENGTHS, current_language()).summary, "muted")
        column.addWidget(self.rule)
        self.group_line = QLabel()
        self.group_line.setTextFormat(Qt.TextFormat.PlainText)  # group names are typed
        self.group_line.setWordWrap(True)
        column.addWidget(self.group_line)
        self.table = table(
            translate("Results", "Strengths to share, most groups helped first"),
            [
                translate("Results", "Item"),
                translate("Results", "Could help (level now)"),
                translate("Results", "Could learn (now → needed)"),
            ],
        )
        column.addWidget(self.table)
        self._words: RowWords[StrengthToShare] = RowWords()

    def show_results(self, results: WorkshopResults, group_key: str) -> None:
        """Every strength to share, and what the group ``group_key`` could give and get."""
        w = results.workshop
        names = {g.key: g.name for g in w.groups}
        strengths = results.strengths
        name = names[group_key]
        gives = tuple(s.item_code for s in shared_by(strengths, group_key))
        gets = tuple(s.item_code for s in needing_help(strengths, group_key))
        lines = [
            translate("Results", "{group} could help other groups on: {codes}.").format(
                group=name, codes=codes_text(gives)
            )
            if gives
            else translate("Results", "{group} is not yet strong on an item another group needs.")
            .format(group=name),
            translate("Results", "Other groups could help {group} on: {codes}.").format(
                group=name, codes=codes_text(gets)
            )
            if gets
            else translate("Results", "No other group is yet strong on a need of {group}.")
            .format(group=name),
        ]  # fmt: skip
        if not strengths:
            lines = [
                translate(
                    "Results",
                    "None yet: no group is at the top two levels on an item another group needs.",
                )
            ]
        self.group_line.setText("\n".join(lines))

        def row(s: StrengthToShare) -> list[str]:
            return [
                f"{s.item_code}  {w.framework.item(s.item_code).text}",
                "\n".join(helper_text(h, names) for h in s.helpers),
                "\n".join(learner_text(n, names) for n in s.learners),
            ]

        basis = (current_language(), w.framework, tuple(names.items()))
        fill(self.table, self._words.rows(strengths, basis, row))
        self.table.setVisible(bool(strengths))
