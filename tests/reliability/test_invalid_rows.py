"""A row no version of the app writes (level 99, a tally that is not JSON, a blank group name), put
in the store by another program: SQLite's integrity check passes, so ``check`` reads every
workshop by the method's rules and names the row; exports say exactly what is wrong; the
workshop can still be deleted (command line and the list's Delete)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from coprod_desktop.domain.errors import CoprodError, UnreadableWorkshopError
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.maintenance import check_store
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.ui.undo import DeleteWorkshop, push
from coprod_desktop.wording.errors import describe
from tests.cli.test_cli import assert_one_line_error, run

BROKEN = {
    "level 99": (
        "UPDATE rating SET current_level = 99 WHERE id = (SELECT min(id) FROM rating)",
        "99 is outside the scale 1–5",
    ),
    "tally not JSON": (
        "UPDATE rating SET tally = '{2: 3' WHERE id = (SELECT min(id) FROM rating)",
        "JSONDecodeError",
    ),
    "blank group name": (
        "UPDATE workshop_group SET name = '' WHERE id = (SELECT min(id) FROM workshop_group)",
        "cannot be read",
    ),
}


def broken_store(folder: Path, sql: str) -> int:
    data = open_data_folder(folder)
    try:
        workshop_id = create_demo(data.store)
    finally:
        data.close()
    db = sqlite3.connect(folder / "coprod.sqlite")  # another program, closed when done
    try:
        with db:
            db.execute(sql)
    finally:
        db.close()
    return workshop_id


@pytest.mark.parametrize("case", list(BROKEN))
def test_check_names_the_row_and_delete_still_works(tmp_path: Path, case: str) -> None:
    sql, words = BROKEN[case]
    folder = tmp_path / "data"
    workshop_id = broken_store(folder, sql)

    checked = run("check", data=folder)
    assert checked.returncode == 3, checked.stdout
    assert "integrity:  ok" in checked.stdout  # SQLite sees nothing wrong…
    assert "verdict:    PROBLEMS FOUND" in checked.stdout  # …the method's rules do
    unreadable = [ln for ln in checked.stdout.splitlines() if ln.startswith("unreadable:")]
    assert len(unreadable) == 1 and words in unreadable[0], checked.stdout
    assert f"Workshop {workshop_id} “Wenbury" in unreadable[0]
    if case != "blank group name":
        assert "item K1" in unreadable[0]

    for command in ("export-data", "report"):
        suffix = ".csv" if command == "export-data" else ".pdf"
        result = run(command, str(workshop_id), "-o", str(tmp_path / f"out{suffix}"), data=folder)
        assert_one_line_error(result, words)
        assert not (tmp_path / f"out{suffix}").exists()

    deleted = run("delete", str(workshop_id), data=folder)
    assert deleted.returncode == 0, deleted.stderr
    assert "deleted workshop" in deleted.stdout
    assert run("check", data=folder).returncode == 0


def test_the_service_check_reports_it_worded_in_welsh_too(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    broken_store(folder, BROKEN["level 99"][0])
    data = open_data_folder(folder)
    try:
        report = check_store(data.store)
    finally:
        data.close()
    assert not report.healthy
    (problem,) = report.unreadable
    assert problem.code == "workshop.unreadable_rating"
    assert problem.values["item"] == "K1"
    assert "eitem K1" in describe(problem, "cy")


class _List:
    """The list window's part the command talks to: what changed, and failures."""

    def __init__(self) -> None:
        self.errors: list[CoprodError] = []

    def workshops_changed(self, select_id: int | None) -> None:
        pass

    def report(self, error: CoprodError) -> None:
        self.errors.append(error)


def test_the_lists_delete_removes_an_unreadable_workshop(tmp_path: Path, qapp: object) -> None:
    folder = tmp_path / "data"
    workshop_id = broken_store(folder, BROKEN["level 99"][0])
    data = open_data_folder(folder)
    try:
        service = WorkshopService(data.store)
        with pytest.raises(UnreadableWorkshopError):
            service.get(workshop_id)
        summary = service.summary(workshop_id)
        stack = QUndoStack()
        push(stack, DeleteWorkshop(summary.uid, summary.title, service, _List()))
        assert service.list() == []
        assert stack.count() == 0  # nothing to put back, so no Undo offered
    finally:
        data.close()
