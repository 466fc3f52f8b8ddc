"""How others see us, in the results window: for the group chosen at the top, its own level on
each item others gave a view of, beside those views; then how the groups see the partnership.
Others' mean minus the own level is the perception gap (a real one: the same thing seen by two
sides), marked when it is a level or more either way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.domain.cross_rating import OthersView, how_others_see, of_subject
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.results import words
from coprod_desktop.ui.results.parts import fill, label, table


def _headers(own: str) -> list[str]:
    return [
        translate("Results", "Item"),
        own,
        translate("Results", "How others see it"),
        translate("Results", "Others − own"),
    ]


def view_rows(w: Workshop, views: tuple[OthersView, ...]) -> list[list[str]]:
    """One row per item: the item, the own level, each other group's view, the difference."""
    names = {g.key: g.name for g in w.groups}
    rows = []
    for view in views:
        difference = words.signed_text(view.gap)
        if view.worth_talking_about:
            difference += " " + translate("Results", "≠ worth talking about")
        rows.append(
            [
                f"{view.item_code}  {w.framework.item(view.item_code).text}",
                words.mean_text(view.own),
                "\n".join(f"{names[rater]}: {level}" for rater, level in view.others),
                difference,
            ]
        )
    return rows


class PerceptionSection(QWidget):
    """Hidden until some group has given a view of another (V in the console)."""

    def __init__(self, project: Callable[[], object] | None = None) -> None:
        """``project`` puts the chosen group's view on the projector (a live session only)."""
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = label("", "subheading")
        top.addWidget(self.heading, 1)
        self.project_button = QPushButton(
            translate("Results", "How others see us on the pro&jector (Alt+0)")
        )
        self.project_button.setAccessibleName(
            translate("Results", "Show how others see this group on the projector")
        )
        if project is not None:
            self.project_button.clicked.connect(project)
        self.project_button.setVisible(project is not None)
        top.addWidget(self.project_button)
        column.addLayout(top)
        column.addWidget(
            label(
                translate(
                    "Results",
                    "Each group rates itself; a group may also say how ready it thinks another "
                    "group, or the partnership, is (V in the console). Where others see a group "
                    "a level or more higher or lower than it sees itself, that is worth talking "
                    "about.",
                ),
                "muted",
            )
        )
        self.group_table = table(
            translate("Results", "How others see this group"),
            _headers(translate("Results", "Own level")),
        )
        column.addWidget(self.group_table)
        self.none_line = label("", "muted")
        column.addWidget(self.none_line)
        column.addWidget(
            label(translate("Results", "How the groups see the partnership"), "subheading")
        )
        self.partnership = table(
            translate("Results", "How the groups see the partnership"),
            _headers(translate("Results", "Groups' own, mean")),
        )
        column.addWidget(self.partnership)

    def show_views(self, w: Workshop, group_key: str) -> None:
        views = how_others_see(w)
        self.setVisible(bool(views))
        if not views:
            return
        name = w.group(group_key).name
        self.heading.setText(translate("Results", "How others see {group}").format(group=name))
        mine = of_subject(views, group_key)
        fill(self.group_table, view_rows(w, mine), centred=(1, 3))
        self.group_table.setVisible(bool(mine))
        self.none_line.setText(
            translate("Results", "No other group has given its view of {group} yet.").format(
                group=name
            )
        )
        self.none_line.setVisible(not mine)
        ours = of_subject(views, None)
        fill(self.partnership, view_rows(w, ours), centred=(1, 3))
        self.partnership.setVisible(bool(ours))
