"""The organisation window's "Save as PDF…" and the menu's "Publish all…" run in a child
process (``services/built_apart.py``) that opens its own connections: the window keeps turning
meanwhile (its timer's ticks counted, not timed), and a cancel, a refusal or a killed child
leaves nothing behind — no file, no half-published workshop — and says so in the user's
language. On a real SQLite organisation store and the real PostgreSQL server."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, SignalInstance
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Framework
from coprod_desktop.report import organisation_pdf
from coprod_desktop.services.built_apart import stop_kept
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.organisation_view import OrganisationView
from coprod_desktop.services.publish import Published, PublishService
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.organisation_store import OrganisationStore, open_organisation_store
from coprod_desktop.storage.passwords import save_password
from coprod_desktop.storage.repositories import WorkshopRepository
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.organisation.menu import OrganisationMenu
from coprod_desktop.ui.organisation.publishing import PublishAll
from coprod_desktop.ui.organisation.store_settings import URL_SETTING
from coprod_desktop.ui.organisation.window import OrganisationWindow
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.report.helpers import pdf_text
from tests.secure_fixtures import PASSWORD, TlsServer
from tests.services.test_organisation_view import example
from tests.ui.conftest import ChosenFiles, MessageBoxes
from tests.ui.test_exports_apart import AT_LEAST, Ticks, held_interpreter

__all__ = ["held_interpreter"]  # the fixture

TIMEOUT = 120_000
#: Copies of the example's three workshops: publishing them takes long enough to be stopped
#: in the middle.
COPIES = 8


@pytest.fixture(autouse=True)
def no_child_left() -> Iterator[None]:
    stop_kept()  # a child spawned now sees this test's environment (the keyring's bus)
    yield
    stop_kept()
    assert multiprocessing.active_children() == []


@pytest.fixture
def laptop(store: Store, default_framework: Framework) -> Store:
    """The laptop's store with the example's workshops, ``COPIES`` times over."""
    with store.unit_of_work() as session:
        for n in range(COPIES):
            for w in example(default_framework):
                WorkshopRepository(session).add(replace(w, uid=f"{w.uid}-{n}"))
    return store


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def opened(qtbot: QtBot, view: OrganisationView, laptop: Store) -> OrganisationWindow:
    window = OrganisationWindow(view, ExportService(laptop))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.exports.progress_dialog.setMinimumDuration(10**6)  # the ticks alone
    return window


def published_store(laptop: Store, url: str) -> OrganisationStore:
    organisation = open_organisation_store(parse_url(url), upgrade=True)
    PublishService(laptop, organisation).publish_all()
    return organisation


def kill_children() -> None:
    for child in multiprocessing.active_children():
        os.kill(child.pid or 0, signal.SIGKILL)


def on_first_progress(progressed: SignalInstance, do: Callable[[], None]) -> None:
    """``do`` on the worker thread as the child reports its first step of work (a workshop
    published, the figures read), while it goes on working."""
    done: list[bool] = []

    def first(fraction: float) -> None:
        if fraction > 0 and not done:
            done.append(True)
            do()

    progressed.connect(first, Qt.ConnectionType.DirectConnection)


# --- Save as PDF -------------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["laptop", "sqlite", "postgresql"])
def test_save_as_pdf_is_built_apart_while_the_window_turns(
    where: str, qtbot: QtBot, laptop: Store, out: Path, tmp_path: Path, *,
    chosen_files: ChosenFiles, message_boxes: MessageBoxes, held_interpreter: None,
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The figures are read and the PDF drawn by the child, over its own connection to the
    laptop's store, a SQLite organisation store or the PostgreSQL server."""
    organisation = None
    if where == "laptop":
        view = OrganisationView.of_laptop(laptop)
    else:
        url = (
            f"sqlite:///{tmp_path / 'organisation.sqlite'}"
            if where == "sqlite"
            else str(request.getfixturevalue("postgres_url"))
        )
        organisation = published_store(laptop, url)
        view = OrganisationView.of_organisation(organisation)
    drawn_here: list[object] = []
    monkeypatch.setattr(organisation_pdf, "organisation_pdf", drawn_here.append)
    window = opened(qtbot, view, laptop)
    window.locality.setCurrentIndex(window.locality.findData("South"))
    chosen_files.to_save = out / "organisation.pdf"
    ticks = Ticks(window)
    try:
        with qtbot.waitSignal(window.exports.finished, timeout=TIMEOUT):
            window.save.click()
            ticks.start()
            assert window.exports.busy  # the click returned while the report is made
    finally:
        if organisation is not None:
            organisation.close()
    turned = ticks.stop()
    assert turned >= AT_LEAST, turned
    assert drawn_here == []  # drawn in the child
    text = pdf_text((out / "organisation.pdf").read_bytes())
    assert "localities South" in text
    assert f"Workshops: {COPIES} · groups: {2 * COPIES}" in text.replace("\n", " ")
    assert [m.kind for m in message_boxes.shown] == ["question"]  # saved: open it?
    assert "organisation.pdf" in message_boxes.shown[0].text
    assert [p.name for p in out.iterdir()] == ["organisation.pdf"]
    assert (out / "organisation.pdf").stat().st_mode & 0o077 == 0


def test_over_tls_the_child_takes_the_password_from_the_keyring_itself(
    qtbot: QtBot, laptop: Store, out: Path, *, real_keyring: object, tls_server: TlsServer,
    chosen_files: ChosenFiles, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Another computer's store, over verified TLS, with the password only in the system
    keyring: the child asks the keyring itself; neither its command line nor its environment
    (which other programs may read) holds the password."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    where = parse_url(tls_server.url(sslrootcert=str(tls_server.ca)))
    save_password(where.keyring_user, PASSWORD)
    organisation = open_organisation_store(where)
    try:
        window = opened(qtbot, OrganisationView.of_organisation(organisation), laptop)
        chosen_files.to_save = out / "organisation.pdf"
        with qtbot.waitSignal(window.exports.finished, timeout=TIMEOUT):
            window.save.click()
    finally:
        organisation.close()
    assert "db.coprod.test" in pdf_text((out / "organisation.pdf").read_bytes())
    (child,) = multiprocessing.active_children()  # kept for the next export
    for seen in ("cmdline", "environ"):
        assert PASSWORD.encode() not in Path(f"/proc/{child.pid}/{seen}").read_bytes()


def test_cancelling_save_as_pdf_writes_nothing(
    qtbot: QtBot, laptop: Store, out: Path, *,
    chosen_files: ChosenFiles, message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    window = opened(qtbot, OrganisationView.of_laptop(laptop), laptop)
    chosen_files.to_save = out / "organisation.pdf"
    with qtbot.waitSignal(window.exports.cancelled, timeout=TIMEOUT):
        window.save.click()
        cancel = window.exports.progress_dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()
    assert list(out.iterdir()) == []
    assert message_boxes.shown == []
    assert not window.exports.busy


def test_a_killed_child_writes_nothing_and_says_so(
    qtbot: QtBot, laptop: Store, out: Path, *,
    chosen_files: ChosenFiles, message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    window = opened(qtbot, OrganisationView.of_laptop(laptop), laptop)
    chosen_files.to_save = out / "organisation.pdf"
    window.save.click()
    job = window.exports.job
    assert job is not None
    on_first_progress(job.signals.progressed, kill_children)
    with qtbot.waitSignal(window.exports.failed, timeout=TIMEOUT) as failed:
        pass
    assert failed.args[0].code == "export.stopped"
    assert list(out.iterdir()) == []  # no file, no hidden partial one
    (shown,) = message_boxes.shown
    assert shown.title == "The organisation report was not saved"
    assert "Nothing was written" in shown.text and "stopped before it was done" in shown.text


def test_a_refusal_from_the_child_is_said_in_welsh_and_nothing_is_written(
    qtbot: QtBot, laptop: Store, out: Path, tmp_path: Path, *,
    chosen_files: ChosenFiles, message_boxes: MessageBoxes, settings: QSettings,
) -> None:  # fmt: skip
    """The organisation store became unusable after the window opened (another program wrote
    over it): the child's own connection is refused, in the user's language."""
    organisation = published_store(laptop, f"sqlite:///{tmp_path / 'organisation.sqlite'}")
    window = opened(qtbot, OrganisationView.of_organisation(organisation), laptop)
    organisation.close()
    (tmp_path / "organisation.sqlite").write_bytes(b"not a database, but a note" * 200)
    chosen_files.to_save = out / "organisation.pdf"
    switch_language("cy", settings)
    try:
        with qtbot.waitSignal(window.exports.failed, timeout=TIMEOUT):
            window.write_pdf(out / "organisation.pdf")
        (shown,) = message_boxes.shown
        assert shown.title == "Ni chafodd adroddiad y sefydliad ei gadw"
        assert "Ni ysgrifennwyd dim" in shown.text
        assert "organisation.sqlite" in shown.text
    finally:
        install_language("en")
    assert list(out.iterdir()) == []


def test_save_as_pdf_into_the_data_folder_is_refused(
    qtbot: QtBot, laptop: Store, message_boxes: MessageBoxes
) -> None:
    window = opened(qtbot, OrganisationView.of_laptop(laptop), laptop)
    before = sorted(p.name for p in laptop.path.parent.iterdir())
    with qtbot.waitSignal(window.exports.failed, timeout=TIMEOUT) as failed:
        window.write_pdf(laptop.path.parent / "organisation.pdf")
    assert failed.args[0].code == "file.inside_data_folder"
    assert sorted(p.name for p in laptop.path.parent.iterdir()) == before
    assert [m.kind for m in message_boxes.shown] == ["warning"]


# --- Publish all -------------------------------------------------------------------------------
def publish_from_menu(
    window: WorkshopListWindow, store: Store, settings: QSettings, url: str
) -> PublishAll:
    settings.setValue(URL_SETTING, url)
    menu = OrganisationMenu(window, store, settings)
    menu.publish_all()
    assert menu.publishing is not None
    return menu.publishing


def covered(organisation: OrganisationStore) -> dict[str, int]:
    """How many workshops and groups the organisation view covers."""
    view = OrganisationView.of_organisation(organisation)
    figures = view.figures()
    return {"workshops": figures.workshops, "groups": figures.groups}


def test_publish_all_runs_apart_while_the_list_turns(
    window: WorkshopListWindow, laptop: Store, org_url: str, qtbot: QtBot, *,
    settings: QSettings, message_boxes: MessageBoxes, held_interpreter: None,
) -> None:  # fmt: skip
    open_organisation_store(parse_url(org_url), upgrade=True).close()
    ticks = Ticks(window)
    publishing = publish_from_menu(window, laptop, settings, org_url)
    ticks.start()
    assert publishing.progress.isVisible()
    with qtbot.waitSignal(publishing.finished, timeout=TIMEOUT) as done:
        pass
    turned = ticks.stop()
    assert turned >= AT_LEAST, turned
    results = done.args[0]
    assert len(results) == 3 * COPIES and all(isinstance(r, Published) for r in results)
    (shown,) = message_boxes.shown
    assert f"{3 * COPIES} published or already up to date." in shown.text
    assert not publishing.progress.isVisible()
    organisation = open_organisation_store(parse_url(org_url))
    try:
        assert covered(organisation) == {"workshops": 3 * COPIES, "groups": 5 * COPIES}
    finally:
        organisation.close()


@pytest.mark.parametrize("stop", ["cancel", "kill"])
def test_publish_all_stopped_midway_leaves_every_workshop_whole(
    stop: str, window: WorkshopListWindow, laptop: Store, org_url: str, qtbot: QtBot, *,
    settings: QSettings, message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    """Cancelled (the child stopped) or killed while it publishes: each workshop is in the
    organisation store whole or not at all, and publishing again completes them, once each."""
    open_organisation_store(parse_url(org_url), upgrade=True).close()
    publishing = publish_from_menu(window, laptop, settings, org_url)
    on_first_progress(
        publishing.job.signals.progressed,
        publishing.job.cancel if stop == "cancel" else kill_children,
    )
    ended = publishing.cancelled if stop == "cancel" else publishing.failed
    with qtbot.waitSignal(ended, timeout=TIMEOUT):
        pass
    (shown,) = message_boxes.shown
    if stop == "cancel":
        assert shown.kind == "information" and "Publishing stopped." in shown.text
    else:
        assert shown.kind == "warning" and "Publishing stopped before it was done" in shown.text
    assert multiprocessing.active_children() == []
    organisation = open_organisation_store(parse_url(org_url))
    try:
        part = covered(organisation)
        assert 1 <= part["workshops"] < 3 * COPIES  # stopped midway
        again = PublishService(laptop, organisation).publish_all()
        assert all(isinstance(r, Published) for r in again)
        assert covered(organisation) == {"workshops": 3 * COPIES, "groups": 5 * COPIES}
        revisions = [r.revision for r in again if isinstance(r, Published)]
        assert set(revisions) == {1}  # none published twice
    finally:
        organisation.close()


def test_publish_all_to_a_store_that_refuses_is_said_plainly(
    window: WorkshopListWindow, laptop: Store, tmp_path: Path, qtbot: QtBot, *,
    settings: QSettings, message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    """The child's own connection refused (a file that is not a store): one line, in words."""
    (tmp_path / "not-a-store.sqlite").write_bytes(b"a note, not a database" * 200)
    publishing = publish_from_menu(
        window, laptop, settings, f"sqlite:///{tmp_path / 'not-a-store.sqlite'}"
    )
    with qtbot.waitSignal(publishing.failed, timeout=TIMEOUT):
        pass
    (shown,) = message_boxes.shown
    assert shown.kind == "warning" and "not-a-store.sqlite" in shown.text
    assert (tmp_path / "not-a-store.sqlite").read_bytes() == b"a note, not a database" * 200
