"""The licence texts the wheel and the bundle ship are present and up to date."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from packaging.markers import Marker

from coprod_desktop.resources import resource
from tests.conftest import ROOT


@pytest.mark.skipif(sys.platform != "linux", reason="the committed notices are Linux's")
def test_third_party_notices_match_the_locked_distributions() -> None:
    """Regenerated from the installed distributions' metadata, the file must not change."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "third_party_notices.py"), "--check"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_locked_distribution_has_its_licence_named() -> None:
    notices = resource("licences", "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    headings = {canonical(line) for line in notices.splitlines()}
    locked = (ROOT / "requirements" / "app.lock").read_text("utf-8")
    pins = re.findall(r"^([A-Za-z0-9._-]+)==([^ ;\\\n]+)(?: ; ([^\\\n]+))?", locked, re.M)
    assert len(pins) > 10
    for name, version, marker in pins:
        if not marker or Marker(marker.strip()).evaluate():
            assert canonical(f"{name} {version}") in headings, name
    assert "Licence: LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only" in notices


def canonical(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def test_the_lgpl_and_how_to_replace_qt_ship_with_the_app() -> None:
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in resource("licences", "LGPL-3.0.txt").read_text()
    assert "GNU GENERAL PUBLIC LICENSE" in resource("licences", "GPL-3.0.txt").read_text()
    assert "replace the Qt libraries" in resource("licences", "QT-LIBRARIES.txt").read_text()


def test_the_notices_name_what_only_some_systems_install() -> None:
    """Worked out from the lock's markers: the Windows-only and Linux-only distributions."""
    notices = resource("licences", "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    assert re.search(r"^  pywin32-ctypes [\d.]+: Windows only$", notices, re.M)
    assert re.search(r"^  secretstorage [\d.]+: Linux only$", notices, re.M)
    assert "psycopg-binary" not in notices.split(RULE_LINE)[1]  # every system installs it


RULE_LINE = "=" * 78
