"""The Linux desktop files: the launcher opens workshop files, the MIME type maps *.coprod,
and the desktop's own validators accept them (run when installed; dev.py installs them)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from tests.conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "uk.coprod.CoProdDesktop"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.xml"
MIME_TYPE = "application/x-coprod-workshop"
SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_launcher_takes_a_file_and_declares_the_workshop_type() -> None:
    desktop = entry()
    assert desktop["Exec"] == "coprod-desktop %f"
    assert MIME_TYPE in desktop["MimeType"].split(";")


def test_the_mime_type_maps_coprod_files_in_english_and_welsh() -> None:
    root = ET.parse(MIME).getroot()
    (kind,) = root.findall(f"{SMI}mime-type")
    assert kind.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in kind.findall(f"{SMI}glob")] == ["*.coprod"]
    langs = {
        c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in kind.findall(f"{SMI}comment")
    }
    assert langs == {None, "cy"}
    metainfo = ET.parse(METAINFO).getroot()
    assert MIME_TYPE in [m.text for m in metainfo.iter("mediatype")]


def test_desktop_file_validate_accepts_the_launcher() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstreamcli_accepts_the_metainfo() -> None:
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_mime_database_learns_coprod_files(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    done = subprocess.run(
        [tool("update-mime-database"), str(tmp_path / "mime")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8").splitlines()
    assert any(line.endswith(f":{MIME_TYPE}:*.coprod") for line in globs), globs
