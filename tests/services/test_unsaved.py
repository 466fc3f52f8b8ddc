"""Steps the disk refused are saved later in order, one per thing with its newest state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_desktop.services.unsaved import UnsavedSteps
from coprod_desktop.storage.errors import WriteFailedError


class Disk:
    """Stands for the store's disk: it takes writes or refuses them, and remembers what it took."""

    def __init__(self) -> None:
        self.full = False
        self.saved: list[str] = []

    def writer(self, what: str) -> Callable[[], None]:
        def write() -> None:
            if self.full:
                raise WriteFailedError(Path("store.sqlite"), "the disk is full")
            self.saved.append(what)

        return write


def test_refused_steps_are_kept_newest_per_thing_and_saved_in_order() -> None:
    disk, counts = Disk(), list[int]()
    steps = UnsavedSteps(counts.append)
    disk.full = True
    assert steps.write(("rating", "g1", "K1"), disk.writer("K1=2")) is not None
    assert steps.write(("actions",), disk.writer("actions v1")) is not None
    assert steps.write(("rating", "g1", "K1"), disk.writer("K1=3")) is not None
    assert len(steps) == 2 and counts == [1, 2, 2]
    disk.full = False
    assert steps.write(("cursor",), disk.writer("cursor")) is None
    # The older thing first, K1 with its newest state after it, then the new step.
    assert disk.saved == ["actions v1", "K1=3", "cursor"]
    assert len(steps) == 0 and counts[-1] == 0


def test_a_disk_that_still_refuses_keeps_what_was_not_saved() -> None:
    disk = Disk()
    steps = UnsavedSteps()
    disk.full = True
    steps.keep(("a",), disk.writer("a"))
    steps.keep(("b",), disk.writer("b"))
    with pytest.raises(WriteFailedError, match="disk is full"):
        steps.save()
    assert len(steps) == 2 and disk.saved == []
    disk.full = False
    steps.save()
    assert disk.saved == ["a", "b"] and len(steps) == 0
