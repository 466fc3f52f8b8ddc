"""Exports built in a child process (``services/built_apart.py``), on a real store: the same
bytes as built here, progress and refusals carried back, the child kept for the next export,
a cancel or a killed child leaving no process behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator

import pytest

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.report.formats import Export, Source, format_for
from coprod_desktop.services.built_apart import build_apart, stop_kept
from coprod_desktop.services.exports import ExportService
from coprod_desktop.storage.database import Store
from tests.report.helpers import pdf_text


@pytest.fixture(autouse=True)
def no_child_kept() -> Iterator[None]:
    stop_kept()
    yield
    stop_kept()
    assert multiprocessing.active_children() == []


@pytest.fixture
def demo(store: Store, demo_id: int) -> Source:
    workshop, baseline = ExportService(store).load(demo_id)
    return Source(workshop, baseline)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_the_same_bytes_as_built_here(demo: Source, suffix: str) -> None:
    """The workshop crosses to the child whole (its read-only mappings included)."""
    here = format_for(Export.DATA, suffix).write(demo)
    assert build_apart(Export.DATA, suffix, demo) == here


def test_a_report_with_its_progress_then_another_by_the_same_child(demo: Source) -> None:
    seen: list[float] = []
    data = build_apart(Export.REPORT, ".pdf", demo, seen.append)
    assert demo.workshop.title in pdf_text(data)
    assert seen and seen == sorted(seen) and 0 < seen[-1] <= 1
    (kept,) = multiprocessing.active_children()  # kept for the next export, warm
    assert b"%PDF" in build_apart(Export.BLANK_FORM, ".pdf", demo)
    assert multiprocessing.active_children() == [kept]


def test_an_export_while_another_builds_gets_a_child_of_its_own(demo: Source) -> None:
    """Two windows may export at once: the second does not wait for the first's child."""
    inner: list[bytes] = []

    def meanwhile(_fraction: float) -> None:
        if not inner:
            inner.append(build_apart(Export.DATA, ".csv", demo))

    build_apart(Export.REPORT, ".pdf", demo, meanwhile)
    assert inner == [format_for(Export.DATA, ".csv").write(demo)]
    assert len(multiprocessing.active_children()) == 1  # the other one stopped


def test_a_refusal_comes_back_with_its_code_and_values(demo: Source) -> None:
    with pytest.raises(CoprodError) as refused:
        build_apart(Export.DATA, ".txt", demo)
    assert refused.value.code == "export.unknown_suffix"
    assert refused.value.values["suffix"] == ".txt"
    assert build_apart(Export.DATA, ".json", demo)  # the child that said so builds on


class CancelledError(Exception):
    pass


def test_a_cancel_stops_the_child(demo: Source) -> None:
    def cancel(_fraction: float) -> None:
        raise CancelledError

    with pytest.raises(CancelledError):
        build_apart(Export.REPORT, ".pdf", demo, cancel)
    assert multiprocessing.active_children() == []


def test_a_child_killed_midway_is_said_plainly(demo: Source) -> None:
    """Killed (the system short of memory): a refusal naming how it ended, not a hang."""

    def kill_it(_fraction: float) -> None:
        for child in multiprocessing.active_children():
            os.kill(child.pid or 0, signal.SIGKILL)

    with pytest.raises(CoprodError) as stopped:
        build_apart(Export.REPORT, ".pdf", demo, kill_it)
    assert stopped.value.code == "export.stopped"
    assert stopped.value.values["exit_code"] == -signal.SIGKILL
    assert multiprocessing.active_children() == []
