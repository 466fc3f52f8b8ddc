"""Setting up a workshop through the form: typed in, checked by the service, undoable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import GroupRole
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.services.workshops import WorkshopDraft
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.new_workshop_dialog import NewWorkshopDialog
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import page


def open_dialog(window: WorkshopListWindow) -> NewWorkshopDialog:
    assert window.findChild(NewWorkshopDialog) is None
    window.workshop_actions.new.trigger()
    dialog = window.findChild(NewWorkshopDialog)
    assert isinstance(dialog, NewWorkshopDialog)
    assert dialog.isVisible()
    return dialog


def click_create(dialog: NewWorkshopDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_new_workshop_from_the_form_is_stored_selected_and_undoable(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    dialog = open_dialog(window)
    default_names = [row.name for row in dialog.groups.rows]
    assert default_names == [
        "Service users and carers",
        "Community and voluntary groups",
        "Front-line staff",
        "Managers and commissioners",
    ]
    # Each default group comes with its role, so its needed levels follow the role's profile.
    assert [row.group_role for row in dialog.groups.rows] == [
        GroupRole.SERVICE_USERS, GroupRole.COMMUNITY, GroupRole.FRONT_LINE, GroupRole.MANAGERS,
    ]  # fmt: skip
    qtbot.keyClicks(dialog.title_edit, "Riverside housing readiness")
    qtbot.keyClicks(dialog.organisation_edit, "Riverside Homes")
    qtbot.keyClicks(dialog.venue_edit, "Quay Street Hall")
    qtbot.keyClicks(dialog.service_edit, "Tenancy support")
    first = dialog.groups.rows[0]
    first.role.setCurrentIndex(first.role.findData(GroupRole.COMMISSIONERS))
    first.name_edit.selectAll()
    qtbot.keyClicks(first.name_edit, "Tenants")
    first.people.setValue(12)
    qtbot.mouseClick(dialog.groups.rows[-1].remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.groups.rows[-1].name_edit, "Carers' forum")

    click_create(dialog, qtbot)

    assert not dialog.isVisible()
    (summary,) = services.workshops.list()
    workshop = services.workshops.get(summary.id)
    assert workshop.title == "Riverside housing readiness"
    assert workshop.organisation == "Riverside Homes"
    assert workshop.venue == "Quay Street Hall"
    assert workshop.service == "Tenancy support"
    assert [g.role for g in workshop.groups] == [
        GroupRole.COMMISSIONERS, GroupRole.COMMUNITY, GroupRole.FRONT_LINE, None,
    ]  # fmt: skip
    assert workshop.held_on == dt.date.today()
    assert [(g.name, g.participant_count) for g in workshop.groups] == [
        ("Tenants", 12),
        ("Community and voluntary groups", None),
        ("Front-line staff", None),
        ("Carers' forum", None),
    ]
    selected = page(window).selected_workshop()
    assert selected is not None and selected.id == summary.id

    window.workshop_actions.undo.trigger()
    assert services.workshops.list() == []
    window.workshop_actions.redo.trigger()
    (again,) = services.workshops.list()
    assert again.uid == summary.uid


def test_a_problem_shows_in_the_form_which_keeps_what_was_typed(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.organisation_edit, "Riverside Homes")

    click_create(dialog, qtbot)  # no title

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "Title" in dialog.error_label.text()
    assert dialog.organisation_edit.text() == "Riverside Homes"
    assert services.workshops.list() == []
    assert window.controller is not None
    assert window.controller.undo_stack.count() == 0

    qtbot.keyClicks(dialog.title_edit, "Riverside")
    click_create(dialog, qtbot)
    assert not dialog.isVisible()
    assert len(services.workshops.list()) == 1


def test_two_groups_with_one_name_are_refused(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.title_edit, "Twins")
    dialog.groups.add_row("Front-line staff")

    click_create(dialog, qtbot)

    assert dialog.isVisible()
    assert "Front-line staff" in dialog.error_label.text()
    assert services.workshops.list() == []


def test_draft_reads_every_field(qtbot: QtBot, services: AppServices) -> None:
    created: list[WorkshopDraft] = []
    dialog = NewWorkshopDialog(
        services.frameworks.list(),
        default_groups=lambda key: services.frameworks.get(key).default_groups,
        create=created.append,
    )
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Planning day")
    dialog.locality_edit.setText("Lower Marsh")
    dialog.facilitator_edit.setText("Sam Okafor")
    dialog.no_date.setChecked(True)
    dialog.purpose_combo.setCurrentIndex(0)
    dialog.groups.set_names(["Only group"])
    dialog.groups.add_row()  # left blank: not a group

    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    (draft,) = created
    assert draft.title == "Planning day"
    assert draft.locality == "Lower Marsh"
    assert draft.facilitator == "Sam Okafor"
    assert draft.held_on is None
    assert draft.purpose is WorkshopPurpose.PLANNING
    assert [(g.name, g.participant_count) for g in draft.groups] == [("Only group", None)]
    assert not dialog.date_edit.isEnabled()


def test_items_in_scope_their_order_and_each_groups_aim(
    qtbot: QtBot, services: AppServices
) -> None:
    from coprod_desktop.domain.framework import Area, Stage

    made: list[WorkshopDraft] = []
    dialog = NewWorkshopDialog(
        services.frameworks.list(),
        default_groups=lambda key: services.frameworks.get(key).default_groups,
        create=made.append,
        load_framework=services.frameworks.get,
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Scoped")
    dialog.items.set_area(Area.ATTITUDE, False)
    dialog.items.set_area(Area.SOFT_SKILL, False)
    dialog.items.list.setCurrentRow(1)  # K2 …
    dialog.items.move_selected(-1)  # … goes first
    dialog.groups.rows[0].aim.setCurrentIndex(3)  # Co-delivery
    dialog.accept()
    [draft] = made
    assert draft.item_codes is not None
    assert list(draft.item_codes[:3]) == ["K2", "K1", "K3"]
    assert len(draft.item_codes) == 24  # knowledge and hard skills, 12 each
    assert not any(code.startswith(("A", "S")) for code in draft.item_codes)
    assert draft.groups[0].aim is Stage.CO_DELIVERY
    assert draft.groups[1].aim is None
    wid = services.workshops.create(draft)
    workshop = services.workshops.get(wid)
    assert workshop.item_codes[:2] == ("K2", "K1")
    assert workshop.groups[0].placement.aim is Stage.CO_DELIVERY


def test_the_date_is_one_tab_stop(qtbot: QtBot, services: AppServices) -> None:
    """Tab leaves the date (Qt's date field walks day, month and year first, so the next
    thing typed landed in the date)."""
    from PySide6.QtWidgets import QApplication

    dialog = NewWorkshopDialog(
        services.frameworks.list(),
        default_groups=lambda key: services.frameworks.get(key).default_groups,
        create=lambda _draft: None,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.date_edit.setFocus()
    qtbot.waitUntil(dialog.date_edit.hasFocus)
    before = dialog.date_edit.date()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    after_tab = QApplication.focusWidget()
    assert (
        after_tab is not None
        and after_tab is not dialog.date_edit
        and not dialog.date_edit.isAncestorOf(after_tab)
    )
    qtbot.keyClicks(after_tab, "12")
    assert dialog.date_edit.date() == before
    qtbot.keyClick(after_tab, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.date_edit


def test_the_form_fits_a_1024_by_768_laptop_with_whole_group_names(
    window: WorkshopListWindow, qtbot: QtBot
) -> None:
    dialog = open_dialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    needed = dialog.minimumSizeHint()
    # The screen, less a window frame and a task bar.
    assert needed.width() <= 1024 - 24 and needed.height() <= 768 - 80, needed
    dialog.tabs.setCurrentIndex(1)
    for row in dialog.groups.rows:
        edit = row.name_edit
        assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.width() - 16, edit.text()
    dialog.close()
