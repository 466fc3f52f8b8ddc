"""The single-instance socket: where it lives, who may use it, and what a killed or a busy app
leaves for the next launch (real app processes, real signals)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.instance import (
    SOCKET_PATH_MAX,
    InstanceServer,
    answers,
    hand_over,
    server_name,
)
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Unix sockets and signals")

START_MS = 60_000  # an app process starting on a loaded machine


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private runtime folder (0700, as mkdtemp makes it), the session's
    ``$XDG_RUNTIME_DIR`` for the test and the apps it starts; short, as /run/user/1000 is
    (pytest's own folders are too deep for a socket's path)."""
    with tempfile.TemporaryDirectory(prefix="coprod-run-") as folder:
        monkeypatch.setenv("XDG_RUNTIME_DIR", folder)
        yield Path(folder)


def start_app(data: Path) -> subprocess.Popen[bytes]:
    """``coprod-desktop --data-dir data`` in a process of its own."""
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGCONT)  # a stopped process takes no SIGKILL until then
        process.kill()
    process.wait(timeout=30)


@pytest.fixture
def running_app(qtbot: QtBot, tmp_path: Path, runtime: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The app running on ``tmp_path / "data"`` in another process, taking hand-overs."""
    process = start_app(tmp_path / "data")
    try:
        qtbot.waitUntil(lambda: hand_over(tmp_path / "data", None), timeout=START_MS)
        yield process
    finally:
        stop(process)


def test_the_socket_is_in_the_private_runtime_folder_and_only_its_owner_may_use_it(
    qtbot: QtBot, tmp_path: Path, runtime: Path
) -> None:
    server = InstanceServer(tmp_path / "data")
    try:
        assert server.listening
        path = Path(server_name(tmp_path / "data"))
        assert path.parent == runtime
        found = path.stat()
        assert stat.S_ISSOCK(found.st_mode)
        assert found.st_uid == os.getuid()
        assert found.st_mode & 0o077 == 0  # no one else may even connect
    finally:
        server.close()
    assert not path.exists()  # a clean quit takes its socket away


@pytest.mark.parametrize("kind", ["unset", "relative", "shared", "a file", "too long"])
def test_without_a_private_runtime_folder_the_socket_has_a_bare_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A bare name, which Qt places in the temporary folder (with the owner-only mode)."""
    folder = tmp_path / ("x" * SOCKET_PATH_MAX if kind == "too long" else "run")
    folder.mkdir(mode=0o755 if kind == "shared" else 0o700)
    if kind == "a file":
        folder.rmdir()
        folder.write_text("", encoding="utf-8")
    if kind == "unset":
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    else:
        monkeypatch.setenv("XDG_RUNTIME_DIR", "run" if kind == "relative" else str(folder))
    name = server_name(tmp_path / "data")
    assert name.startswith("coprod-desktop-") and "/" not in name


def test_a_socket_left_by_a_killed_app_is_removed_by_the_next_launch(
    qtbot: QtBot, tmp_path: Path, running_app: subprocess.Popen[bytes]
) -> None:
    data = tmp_path / "data"
    path = Path(server_name(data))
    running_app.send_signal(signal.SIGKILL)
    running_app.wait(timeout=30)
    assert path.exists() and not answers(str(path))  # what a killed app leaves: a dead socket
    assert not hand_over(data, None)

    later = start_app(data)
    try:
        # It listens where the dead socket was (an inode number may come round again, so the
        # proof is that it answers).
        qtbot.waitUntil(lambda: hand_over(data, None), timeout=START_MS)
    finally:
        stop(later)


def test_a_launch_never_removes_the_socket_of_an_app_too_busy_to_answer(
    qtbot: QtBot, tmp_path: Path, running_app: subprocess.Popen[bytes]
) -> None:
    """A stopped process is as busy as an app can be: the system still takes connections on
    its socket, nobody replies, so the hand-over fails and the launch goes on to start."""
    data = tmp_path / "data"
    running_app.send_signal(signal.SIGSTOP)
    try:
        assert answers(server_name(data))
        server = InstanceServer(data)
        assert not server.listening  # it leaves the running app's socket alone …
        server.close()  # … and quitting (the data folder is in use) takes nothing away
    finally:
        running_app.send_signal(signal.SIGCONT)
    assert hand_over(data, None)  # the running app still takes hand-overs


def test_the_tests_keep_their_apps_sockets_in_a_folder_of_their_own(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, private_runtime_folder: Path
) -> None:
    """``tests/conftest.py``: the sockets of apps the tests kill or never quit are not left
    in the shared temporary folder, but in pytest's folder for the run."""
    assert Path(os.environ["XDG_RUNTIME_DIR"]) == private_runtime_folder
    assert private_runtime_folder.parent == tmp_path_factory.getbasetemp()
    assert Path(server_name(tmp_path)).parent == private_runtime_folder
