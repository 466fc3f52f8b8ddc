"""Shared fixtures: real stores in temporary folders, the demo workshop, the default framework."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before Qt is imported anywhere: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coprod_desktop.domain.framework import Framework
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.resources import resource

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def default_framework() -> Framework:
    path = resource("frameworks", "default.en.json")
    return framework_from_bytes(path.read_bytes(), str(path))


@pytest.fixture
def data_folder(tmp_path: Path) -> Iterator[object]:
    """An open data folder (store + lock) in a fresh temporary folder."""
    from coprod_desktop.services.data_folder import open_data_folder

    folder = open_data_folder(tmp_path / "data")
    yield folder
    folder.close()


@pytest.fixture
def store(data_folder: object):  # type: ignore[no-untyped-def]
    return data_folder.store  # type: ignore[attr-defined]


@pytest.fixture
def demo_id(store) -> int:  # type: ignore[no-untyped-def]
    from coprod_desktop.services.demo import create_demo

    return create_demo(store)
