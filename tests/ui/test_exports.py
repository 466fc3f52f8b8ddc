"""Exports from the console and the workshop list, on a real store: the file dialog and
message boxes answer at once; the report is built in a child process, waited for on a worker
thread, and parsed back."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from coprod_desktop.report import formats
from coprod_desktop.report.formats import Export, ExportFormat
from coprod_desktop.report.options import Paper
from coprod_desktop.report.pdf import ReportRenderer
from coprod_desktop.services import built_apart
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.exports import flow
from coprod_desktop.ui.exports.flow import ExportFlow, filters
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.report.helpers import pdf_text, reader
from tests.ui.conftest import ChosenFiles, MessageBoxes, page

BUILD_TIMEOUT = 60_000


@pytest.fixture
def console(store: Store, demo_id: int, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    window = ConsoleWindow(SessionController(LiveSession(store, demo_id)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the system viewer was asked to open."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def list_flow(window: WorkshopListWindow) -> ExportFlow:
    assert window.controller is not None
    return window.controller.exports


def add_demo(window: WorkshopListWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(page(window).empty_state.demo_button, Qt.MouseButton.LeftButton)
    assert page(window).selected_workshop() is not None


def test_report_from_the_console_is_built_off_the_ui_thread_and_offered_to_open(
    console: ConsoleWindow,
    qtbot: QtBot,
    *,
    out: Path,
    chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rendered_here: list[int] = []
    waited_on: list[int] = []
    real_render, real_apart = ReportRenderer.render, built_apart.build_apart

    def render_spy(*args: Any) -> bytes:
        rendered_here.append(threading.get_ident())
        return real_render(*args)

    def apart_spy(*args: Any) -> bytes:
        waited_on.append(threading.get_ident())
        return real_apart(*args)

    monkeypatch.setattr(ReportRenderer, "render", render_spy)
    monkeypatch.setattr(flow, "build_apart", apart_spy)
    shown: list[int] = []
    bar = console.exports.progress_dialog.findChild(QProgressBar)
    assert bar is not None
    bar.valueChanged.connect(shown.append)
    chosen_files.to_save = out / "demo report.pdf"
    message_boxes.answer = QMessageBox.StandardButton.Open
    workshop = console.controller.workshop

    with qtbot.waitSignal(console.exports.finished, timeout=BUILD_TIMEOUT) as done:
        qtbot.keyClick(
            console,
            Qt.Key.Key_E,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        # The shortcut returned while the report is still being built: the console is free.
        assert console.exports.busy
        qtbot.keyClick(console, Qt.Key.Key_2)
        rating = console.controller.rating()
        assert rating is not None and rating.current_level == 2

    path = out / "demo report.pdf"
    assert done.args == [path]
    # Built in another process (never rendered in this one), waited for off the UI thread.
    assert rendered_here == []
    assert waited_on and waited_on[0] != threading.get_ident()
    text = pdf_text(path.read_bytes())
    assert workshop.title in text
    assert workshop.groups[0].name in text
    assert round(float(reader(path.read_bytes()).pages[0].mediabox.width)) == 595  # A4
    assert shown[0] == 0 and 100 in shown
    assert not console.exports.busy and not console.exports.progress_dialog.isVisible()
    assert [m.kind for m in message_boxes.shown] == ["question"]
    assert str(path) in message_boxes.shown[0].text
    assert opened == [QUrl.fromLocalFile(str(path))]
    assert sorted(p.name for p in out.iterdir()) == ["demo report.pdf"]


def test_a_write_that_fails_warns_naming_the_file_and_leaves_nothing(
    console: ConsoleWindow,
    qtbot: QtBot,
    *,
    tmp_path: Path,
    chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
    opened: list[QUrl],
) -> None:
    target = tmp_path / "no such folder" / "report.pdf"
    chosen_files.to_save = target
    with qtbot.waitSignal(console.exports.failed, timeout=BUILD_TIMEOUT):
        console.export_menu.actions()[0].trigger()
    warnings = message_boxes.of_kind("warning")
    assert len(warnings) == 1 and len(message_boxes.shown) == 1
    assert warnings[0].title == "The report was not saved"
    assert str(target) in warnings[0].text
    assert not target.parent.exists()
    assert [p.name for p in tmp_path.rglob("*") if "report" in p.name] == []
    assert opened == []
    assert not console.exports.busy and not console.exports.progress_dialog.isVisible()


def test_cancelling_stops_the_build_and_writes_nothing(
    console: ConsoleWindow,
    qtbot: QtBot,
    *,
    out: Path,
    chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
) -> None:
    chosen_files.to_save = out / "report.pdf"
    with qtbot.waitSignal(console.exports.cancelled, timeout=BUILD_TIMEOUT):
        console.export_menu.actions()[0].trigger()
        cancel = console.exports.progress_dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()
    assert list(out.iterdir()) == []
    assert message_boxes.shown == []
    assert not console.exports.busy


def test_data_from_the_console_is_a_csv_with_a_byte_order_mark(
    console: ConsoleWindow,
    qtbot: QtBot,
    *,
    out: Path,
    chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
    opened: list[QUrl],
) -> None:
    chosen_files.to_save = out / "results"  # no suffix: the (default) CSV filter adds it
    with qtbot.waitSignal(console.exports.finished, timeout=BUILD_TIMEOUT):
        console.export_menu.actions()[1].trigger()
    data = (out / "results.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert console.controller.workshop.groups[0].name in data.decode("utf-8-sig")
    assert [m.kind for m in message_boxes.shown] == ["question"]  # answered No: not opened
    assert opened == []


def test_the_list_exports_the_selected_workshop_report_data_blank_form_and_sheet(
    window: WorkshopListWindow,
    qtbot: QtBot,
    *,
    out: Path,
    chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_demo(window, qtbot)
    actions = window.workshop_actions
    assert all(a.isEnabled() for a in actions.exports)
    flow = list_flow(window)

    chosen_files.to_save = out / "results.xlsx"
    with qtbot.waitSignal(flow.finished, timeout=BUILD_TIMEOUT):
        actions.export_data.trigger()
    assert (out / "results.xlsx").read_bytes().startswith(b"PK")

    chosen_files.to_save = out / "form.pdf"
    with qtbot.waitSignal(flow.finished, timeout=BUILD_TIMEOUT):
        actions.blank_form.trigger()
    assert "Assessment form" in pdf_text((out / "form.pdf").read_bytes())

    chosen_files.to_save = out / "report.html"  # the suffix chooses the accessible web page
    with qtbot.waitSignal(flow.finished, timeout=BUILD_TIMEOUT):
        actions.export_report.trigger()
    web = (out / "report.html").read_text(encoding="utf-8")
    assert web.startswith("<!DOCTYPE html>") and "<h2>Summary</h2>" in web

    chosen_files.to_save = out / "sheet.pdf"
    with qtbot.waitSignal(flow.finished, timeout=BUILD_TIMEOUT):
        actions.participants_sheet.trigger()
    sheet = (out / "sheet.pdf").read_bytes()
    assert "What you told us Service users and carers" in pdf_text(sheet)
    assert len(reader(sheet).pages) == 4

    letter = "PDF on US Letter paper (*.pdf)"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a, **_k: (str(out / "letter"), letter)),
    )
    with qtbot.waitSignal(flow.finished, timeout=BUILD_TIMEOUT):
        actions.export_report.trigger()
    report = (out / "letter.pdf").read_bytes()
    assert round(float(reader(report).pages[0].mediabox.width)) == 612
    assert "Wenbury" in pdf_text(report)
    assert [m.kind for m in message_boxes.shown] == ["question"] * 5
    assert sorted(p.name for p in out.iterdir()) == [
        "form.pdf",
        "letter.pdf",
        "report.html",
        "results.xlsx",
        "sheet.pdf",
    ]


def test_the_save_dialog_offers_every_registered_format(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = ExportFormat(Export.REPORT, ".txt", "Text (*.txt)", lambda s: b"")
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, plain))
    offered = filters(Export.REPORT)
    assert list(offered) == [
        "PDF on A4 paper (*.pdf)",
        "PDF on US Letter paper (*.pdf)",
        "Accessible web page (*.html)",
        "Text (*.txt)",
    ]
    assert offered["Text (*.txt)"] == (plain, None)
    assert offered["PDF on US Letter paper (*.pdf)"][1] is Paper.LETTER
