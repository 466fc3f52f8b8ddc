"""A workshop file opened from the desktop: ``coprod-desktop FILE.coprod`` previews it for
import, and a second launch on the same data folder hands its file to the running app (a
real second process, over the local socket) instead of failing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.cli import parse
from coprod_desktop.ui.application import start_gui
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from coprod_desktop.ui.workshop_list.import_preview import ImportPreviewDialog
from tests.conftest import ROOT
from tests.ui.conftest import MessageBoxes


def cli(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return done.stdout.strip()


@pytest.fixture(scope="module")
def workshop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop as a .coprod file, made on another data folder."""
    folder = tmp_path_factory.mktemp("elsewhere")
    wid = cli("--data-dir", str(folder / "data"), "demo")
    path = folder / "Wenbury demo.coprod"
    cli("--data-dir", str(folder / "data"), "export", wid, "-o", str(path))
    return path


@pytest.fixture
def running(qtbot: QtBot, tmp_path: Path) -> Iterator[WorkshopListWindow]:
    """The app running on a data folder of its own, listening for later launches."""
    app, window = start_gui(tmp_path / "data")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.controller is not None)
    yield window
    app.aboutToQuit.emit()  # what quitting does: stop listening, close the data folder


def launch(qtbot: QtBot, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A second ``coprod-desktop`` process on ``data``, while this one keeps serving events."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    out, err = second.communicate()
    return subprocess.CompletedProcess(second.args, second.returncode, out, err)


def previews(window: WorkshopListWindow) -> list[ImportPreviewDialog]:
    return [d for d in window.findChildren(ImportPreviewDialog) if d.isVisible()]


def test_a_file_on_the_command_line_is_a_file_to_open_not_a_command(tmp_path: Path) -> None:
    args = parse(["--data-dir", str(tmp_path), "talk.coprod"])
    assert args.command is None
    assert args.open_file == Path("talk.coprod").resolve()
    assert args.data_dir == str(tmp_path)
    assert parse(["import", "talk.coprod"]).open_file is None  # the import command's file
    assert parse([]).open_file is None
    with pytest.raises(SystemExit) as usage:  # a mistyped command is still a usage error
        parse(["lsit"])
    assert usage.value.code == 2


def test_a_second_launch_hands_its_file_to_the_running_app(
    qtbot: QtBot, running: WorkshopListWindow, workshop_file: Path, tmp_path: Path
) -> None:
    assert running.controller is not None
    before = running.controller.undo_stack.count()
    second = launch(qtbot, tmp_path / "data", str(workshop_file))

    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr and "--data-dir" not in second.stderr
    qtbot.waitUntil(lambda: bool(previews(running)))
    (preview,) = previews(running)
    assert preview.path == workshop_file
    assert preview.heading.text().startswith("Wenbury")
    assert preview.values["File"].text() == str(workshop_file)
    assert preview.values["Groups"].text().count(",") == 3  # four groups
    preview.import_button.click()
    controller = running.controller
    qtbot.waitUntil(lambda: controller.undo_stack.count() == before + 1)  # imported, undoable
    assert "Imported Wenbury demo.coprod" in running.statusBar().currentMessage()


def test_a_second_launch_without_a_file_brings_the_app_forward(
    qtbot: QtBot, running: WorkshopListWindow, tmp_path: Path
) -> None:
    running.showMinimized()
    second = launch(qtbot, tmp_path / "data")
    assert second.returncode == 0, second.stderr
    qtbot.waitUntil(lambda: not running.isMinimized())
    assert previews(running) == []


def test_cancel_in_the_preview_imports_nothing(
    qtbot: QtBot, running: WorkshopListWindow, workshop_file: Path
) -> None:
    assert running.controller is not None
    running.open_file(workshop_file)
    qtbot.waitUntil(lambda: bool(previews(running)))  # read off the UI thread
    (preview,) = previews(running)
    preview.reject()
    assert running.controller.undo_stack.count() == 0


def test_a_file_that_is_not_a_workshop_is_explained_and_nothing_changes(
    qtbot: QtBot, running: WorkshopListWindow, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    assert running.controller is not None
    bad = tmp_path / "shopping.coprod"
    bad.write_text("eggs, milk", encoding="utf-8")
    running.open_file(bad)
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    (shown,) = message_boxes.shown
    assert shown.title == "This file cannot be imported"
    assert "shopping.coprod" in shown.text
    assert previews(running) == []
    assert running.controller.undo_stack.count() == 0


def test_a_file_given_at_start_is_previewed_once_the_list_is_open(
    qtbot: QtBot, tmp_path: Path, workshop_file: Path
) -> None:
    app, window = start_gui(tmp_path / "data", open_file=workshop_file)
    qtbot.addWidget(window)
    try:
        assert previews(window) == []  # the data folder is not open yet
        qtbot.waitUntil(lambda: bool(previews(window)))
        assert previews(window)[0].path == workshop_file
    finally:
        app.aboutToQuit.emit()


def test_a_file_the_system_opens_while_the_app_runs_is_previewed(
    qtbot: QtBot, running: WorkshopListWindow, workshop_file: Path
) -> None:
    """macOS sends a running app a QFileOpenEvent (Finder's Open, the Dock): sent here to the
    real application object, it brings the window forward with the file's preview."""
    running.showMinimized()
    app = QApplication.instance()
    assert app is not None
    assert QApplication.sendEvent(app, QFileOpenEvent(str(workshop_file)))  # taken by the app
    qtbot.waitUntil(lambda: bool(previews(running)))
    (preview,) = previews(running)
    assert preview.path == workshop_file and not running.isMinimized()
    preview.reject()
