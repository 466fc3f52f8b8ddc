"""No network: a whole session (create, capture, report, blank form, every export, workshop
file out and in, the workshop list, the console and its projector view, the app's own start)
makes no socket call at all.

Python audit events (``sys.addaudithook``) see every socket created, bound, connected or
looked up from Python; the hook runs in a subprocess, where it cannot be removed and cannot
affect other tests. A negative control proves the hook catches a connection. Qt and other C
code raise no audit events, so the subprocess also lists the network sockets it holds at the
end (its Unix-domain socket, where a second launch hands over a file, is local, not network).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).with_name("offline_session.py")
ROOT = SCRIPT.parent.parent.parent


def run_session(work: Path, *extra: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HOME": str(work / "home"), "XDG_CONFIG_HOME": str(work / "config")}  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(work), *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.slow
def test_a_whole_session_opens_no_socket(tmp_path: Path) -> None:
    report = run_session(tmp_path)
    assert report["events"] == []
    assert report["open_sockets"] == []
    # The session really ran: every file it writes is there.
    written = {p.name for p in (tmp_path / "out").iterdir()}
    assert written == {"report.pdf", "form.pdf", "data.csv", "data.xlsx", "data.json",
                       "workshop.coprod"}  # fmt: skip


@pytest.mark.slow
def test_negative_control_the_hook_catches_a_connection(tmp_path: Path) -> None:
    report = run_session(tmp_path, "--negative-control")
    seen = {event for event, _args in report["events"]}
    assert {"socket.getaddrinfo", "socket.__new__", "socket.connect"} <= seen
