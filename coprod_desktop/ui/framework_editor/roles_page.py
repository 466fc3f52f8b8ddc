"""Why each group role's needed levels differ (a note per language and the paper's lines), and
the groups a new workshop starts with (a name per language and a role), side by side."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coprod_desktop.domain.framework import GroupRole
from coprod_desktop.services.framework_parts import FrameworkParts, GroupRowDraft
from coprod_desktop.ui.framework_editor.side_by_side import (
    TextPair,
    language_headings,
    shown_name,
    stretch_columns,
)
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import role_text

#: Blank rows offered below a framework's default groups, to add more.
SPARE_GROUPS = 3
#: The framework file's limit on default groups.
MOST_GROUPS = 50


class RolesPage(QWidget):
    """A note and the paper's lines for each role, then a row per default group."""

    def __init__(self, parts: FrameworkParts, languages: tuple[str, ...],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.parts = parts
        self.languages = languages
        intro = QLabel(translate(
            "FrameworkEditor",
            "Why each group role needs the levels it does (its row on the Needed levels page), "
            "and the lines of the method's paper that say so.",
        ))  # fmt: skip
        intro.setWordWrap(True)
        notes_heading = QLabel(translate("FrameworkEditor", "Role no&tes"))
        set_role(notes_heading, "subheading")
        notes = self._role_notes()
        notes_heading.setBuddy(next(iter(self.notes.values())).fields[languages[0]])
        groups_heading = QLabel(translate("FrameworkEditor", "&Groups a new workshop starts with"))
        set_role(groups_heading, "subheading")
        groups_note = QLabel(translate(
            "FrameworkEditor",
            "A new workshop offers these groups, each with its role. Clear a group's names to "
            "drop it; type in a blank row to add one.",
        ))  # fmt: skip
        groups_note.setWordWrap(True)
        groups = self._group_rows()
        groups_heading.setBuddy(self.names[0][languages[0]])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (notes_heading, intro, notes, 12, groups_heading, groups_note, groups):
            if isinstance(part, int):
                layout.addSpacing(part)
            elif isinstance(part, QGridLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addStretch(1)

    def _role_notes(self) -> QGridLayout:
        """A role's note in each language, and below it the paper's lines, for every role."""
        languages = self.languages
        notes = QGridLayout()
        language_headings(notes, languages)
        self.notes: dict[GroupRole, TextPair] = {}
        self.lines: dict[GroupRole, QLineEdit] = {}
        for n, draft in enumerate(self.parts.roles):
            name = role_text(draft.role)
            pair = TextPair(notes, 1 + 2 * n, name, languages, lines=3)
            pair.set(draft.note)
            lines = QLineEdit(draft.lines)
            lines.setAccessibleName(
                translate("FrameworkEditor", "{role}: the paper's lines").format(role=name)
            )
            lines.setPlaceholderText(
                translate("FrameworkEditor", "The paper's lines, e.g. 95, 114")
            )
            label = QLabel(translate("FrameworkEditor", "Paper's lines"))
            label.setBuddy(lines)
            notes.addWidget(label, 2 + 2 * n, 0)
            notes.addWidget(lines, 2 + 2 * n, 1, 1, len(languages))
            self.notes[draft.role] = pair
            self.lines[draft.role] = lines
        stretch_columns(notes, languages)
        return notes

    def _group_rows(self) -> QGridLayout:
        """A row per default group (and a few blank ones): its names and its role."""
        languages = self.languages
        groups = QGridLayout()
        language_headings(groups, languages)
        groups.addWidget(QLabel(f"<b>{translate('FrameworkEditor', 'Role')}</b>"),
                         0, len(languages) + 1)  # fmt: skip
        rows = min(MOST_GROUPS, len(self.parts.groups) + SPARE_GROUPS)
        while len(self.parts.groups) < rows:
            self.parts.groups.append(GroupRowDraft({lang: "" for lang in languages}, None))
        self.names: list[dict[str, QLineEdit]] = []
        self.roles: list[QComboBox] = []
        self._groups = groups
        for row in self.parts.groups:
            self._add_group_row(row)
        stretch_columns(groups, languages)
        return groups

    def _add_group_row(self, row: GroupRowDraft, *, later: bool = False) -> None:
        """A row of the default groups: its number, a name per language and the role; typing
        in the last row offers another below it (up to the file's limit)."""
        languages = self.languages
        n = len(self.names) + 1
        self._groups.addWidget(QLabel(str(n)), n, 0)
        fields = {}
        for column, lang in enumerate(languages, start=1):
            field = QLineEdit(row.name.get(lang, ""))
            field.setAccessibleName(translate(
                "FrameworkEditor", "Group {number}, name ({language})"
            ).format(number=n, language=shown_name(lang)))  # fmt: skip
            field.textEdited.connect(lambda _text, n=n: self._grow(n))
            self._groups.addWidget(field, n, column)
            fields[lang] = field
        role = QComboBox()
        role.setAccessibleName(
            translate("FrameworkEditor", "Group {number}, role").format(number=n)
        )
        role.addItem(translate("FrameworkEditor", "No role"), None)
        for choice in GroupRole:
            role.addItem(role_text(choice), choice.value)
        role.setCurrentIndex(role.findData(row.role.value) if row.role else 0)
        self._groups.addWidget(role, n, len(languages) + 1)
        if later:  # after the row above in the Tab order, not after the dialog's buttons
            chain = [self.roles[-1], *fields.values(), role]
            for first, second in itertools.pairwise(chain):
                QWidget.setTabOrder(first, second)
            for widget in chain[1:]:
                widget.show()  # at once, so the next Tab press finds it
        self.names.append(fields)
        self.roles.append(role)

    def _grow(self, number: int) -> None:
        """Typing in the last row adds a blank one below it."""
        if number == len(self.names) < MOST_GROUPS:
            row = GroupRowDraft(dict.fromkeys(self.languages, ""), None)
            self.parts.groups.append(row)
            self._add_group_row(row, later=True)

    def store(self) -> None:
        """Put what is typed into the draft."""
        for draft in self.parts.roles:
            draft.note = self.notes[draft.role].get()
            draft.lines = self.lines[draft.role].text()
        for row, fields, role in zip(self.parts.groups, self.names, self.roles, strict=True):
            row.name = {lang: field.text() for lang, field in fields.items()}
            chosen = role.currentData()
            row.role = GroupRole(chosen) if chosen else None
