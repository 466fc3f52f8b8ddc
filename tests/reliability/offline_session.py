"""A whole session under a Python audit hook that records every socket call; run by
test_no_network.py in a fresh interpreter (an audit hook can never be removed, so it must
not be installed in the test process). Prints one JSON line: the socket events seen, and the
sockets the process holds at the end (a C library such as Qt does not raise audit events).

Usage: python offline_session.py WORK_DIR [--negative-control]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

EVENTS: list[list[str]] = []


def _hook(event: str, args: tuple[Any, ...]) -> None:
    # socket.__new__, .bind, .connect, .getaddrinfo, .gethostbyname, .sendto, .sendmsg …
    if event.startswith("socket."):
        EVENTS.append([event, repr(args)[:200]])


def open_sockets() -> list[str]:
    """Network sockets among this process's open file descriptors (Linux; elsewhere none
    known). Unix-domain sockets are local, not network: the app listens on one so that a
    second launch can hand it a file (ui/instance.py); they are left out."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    local = {line.split()[6] for line in Path("/proc/net/unix").read_text().splitlines()[1:]}
    found = []
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:") and target[len("socket:[") : -1] not in local:
            found.append(target)
    return found


def session(work: Path) -> None:
    """Create, capture, report, export every format, blank form, import; then the console."""
    from coprod_desktop.domain.rating import Rating, RatingStatus
    from coprod_desktop.report.formats import Export
    from coprod_desktop.report.options import Paper
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo
    from coprod_desktop.services.exchange import WorkshopExchange
    from coprod_desktop.services.exports import ExportService
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService

    out = work / "out"
    out.mkdir()
    with open_data_folder(work / "data") as folder:
        store = folder.store
        workshop_id = WorkshopService(store).create(
            WorkshopDraft(title="Offline", groups=[GroupDraft("Carers", 4), GroupDraft("Staff")])
        )
        live = LiveSession(store, workshop_id)
        workshop, _ = live.load()
        code = workshop.item_codes[0]
        live.record("g1", code, Rating(
            item_code=code, status=RatingStatus.AGREED, current_level=2, required_level=4,
            note="noted",
        ))  # fmt: skip
        live.add_action("Book training", "Sam")
        live.park("Budget?")
        live.close()
        exports = ExportService(store)
        exports.write(Export.REPORT, workshop_id, out / "report.pdf", paper=Paper.A4)
        exports.write(Export.BLANK_FORM, workshop_id, out / "form.pdf", paper=Paper.LETTER)
        for suffix in (".csv", ".xlsx", ".json"):
            exports.write(Export.DATA, workshop_id, out / f"data{suffix}")
        exchange = WorkshopExchange(store)
        exchange.export_file(workshop_id, out / "workshop.coprod")
        exchange.import_file(out / "workshop.coprod")
        demo_id = create_demo(store)
        gui(folder, demo_id)


def gui(folder: Any, workshop_id: int) -> None:
    """The workshop list and the console with its projector view, offscreen."""
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.ui.app_services import AppServices
    from coprod_desktop.ui.session.launch import open_console
    from coprod_desktop.ui.workshop_list import WorkshopListWindow

    app = QApplication.instance()  # made, and themed, by start_app
    assert isinstance(app, QApplication)
    services = AppServices.for_folder(folder)
    window = WorkshopListWindow()
    window.show()
    window.attach(services)
    console = open_console(services, workshop_id)
    console.show()
    for _ in range(20):
        app.processEvents()
    console.grab()
    console.close()
    window.close()
    app.processEvents()


def start_app(work: Path) -> None:
    """The app's own start-up path (theme, settings, data folder, workshop list)."""
    from coprod_desktop.ui.application import start_gui

    app, window = start_gui(work / "data-2", settings_dir=work / "settings")
    for _ in range(20):
        app.processEvents()
    assert window.page is not None, "the workshop list did not open its data folder"
    window.close()
    app.processEvents()


def main() -> None:
    work = Path(sys.argv[1])
    sys.addaudithook(_hook)
    if "--negative-control" in sys.argv:
        import socket

        # What the test must catch: a name look-up and a connection attempt.
        socket.getaddrinfo("localhost", 9)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.connect_ex(("127.0.0.1", 9))
    from PySide6.QtWidgets import QApplication

    # One QApplication for the whole run, kept alive here: Qt allows only one per process.
    app = QApplication(["offline-session"])
    start_app(work)  # first: it themes the app, which Qt can do only once safely
    session(work)
    app.processEvents()
    print(json.dumps({"events": EVENTS, "open_sockets": open_sockets()}))


if __name__ == "__main__":
    main()
