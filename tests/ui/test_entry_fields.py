"""The date that may be left unset and the group chooser that the action, plan-entry and
barrier dialogs share: what they show, what they give back, and a choice kept while the
workshop's groups change."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.entry_fields import DATE_FORMAT, GroupChooser, OptionalDate


def demo(store: Store) -> Workshop:
    return WorkshopService(store).get(create_demo(store))


def test_an_optional_date_is_none_until_ticked(qtbot: QtBot) -> None:
    when = OptionalDate("By", name="Due by", start=dt.date(2027, 3, 9))
    qtbot.addWidget(when.tick)
    qtbot.addWidget(when.field)
    assert when.value() is None and not when.field.isEnabled()
    assert when.field.date() == QDate(2027, 3, 9)  # where a chosen date begins
    assert when.field.accessibleName() == "Due by" and when.field.calendarPopup()
    assert when.field.displayFormat() == DATE_FORMAT
    when.tick.setChecked(True)
    assert when.field.isEnabled() and when.value() == dt.date(2027, 3, 9)
    when.field.setDate(QDate(2027, 4, 1))
    assert when.value() == dt.date(2027, 4, 1)
    when.show(None)
    assert when.value() is None and not when.field.isEnabled()
    when.show(dt.date(2028, 1, 31))
    assert when.tick.isChecked() and when.value() == dt.date(2028, 1, 31)


def test_an_optional_date_without_a_start_begins_today(qtbot: QtBot) -> None:
    when = OptionalDate("Set a date", name="By when", start=None)
    qtbot.addWidget(when.field)
    when.tick.setChecked(True)
    assert when.value() in (dt.date.today(), dt.date.today() - dt.timedelta(days=1))


def test_the_group_chooser_offers_all_groups_then_each(qtbot: QtBot, store: Store) -> None:
    workshop = demo(store)
    chooser = GroupChooser(workshop, everyone="Whole partnership", name="For")
    qtbot.addWidget(chooser)
    assert chooser.accessibleName() == "For"
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "Whole partnership",
        *(g.name for g in workshop.groups),
    ]
    assert chooser.group_key() is None
    second = workshop.groups[1].key
    chooser.choose(second)
    assert chooser.group_key() == second
    chooser.choose("not-a-group")
    assert chooser.group_key() is None


def test_the_group_chooser_keeps_its_choice_while_the_groups_change(
    qtbot: QtBot, store: Store
) -> None:
    workshop = demo(store)
    chooser = GroupChooser(workshop, everyone="All groups", name="For")
    qtbot.addWidget(chooser)
    last = workshop.groups[-1]
    chooser.choose(last.key)
    changed: list[int] = []
    chooser.currentIndexChanged.connect(changed.append)
    renamed = dataclasses.replace(last, name="Commissioners")
    chooser.show_groups(dataclasses.replace(workshop, groups=(renamed, *workshop.groups[:-1])))
    assert chooser.group_key() == last.key and chooser.currentText() == "Commissioners"
    chooser.show_groups(Workshop(workshop.uid, workshop.title, workshop.framework,
                                 workshop.item_codes, workshop.groups[:-1]))  # fmt: skip
    assert chooser.group_key() is None  # its group was removed: all groups
    assert changed == []  # offering the groups again is not the facilitator choosing
