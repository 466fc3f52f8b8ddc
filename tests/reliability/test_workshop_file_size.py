"""A workshop whose file would be over the reader's 32 MB limit is refused at export, in one line,
with nothing written: each field's limit allows more text than that (2,000 parking-lot entries
of 20,000 characters), and such a file would only be refused on the other laptop."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.text import LONG_TEXT_LIMIT
from coprod_desktop.domain.workshop import ParkingLotEntry
from coprod_desktop.formats.reader import MAX_DOCUMENT_BYTES
from coprod_desktop.services.exchange import WorkshopExchange, read_workshop_file
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.limits import custom_items, workshop_of
from tests.worded import worded


def test_a_workshop_file_over_the_limit_is_refused_at_export_and_nothing_is_written(
    store: Store, default_framework: Framework, tmp_path: Path
) -> None:
    text = "x" * (LONG_TEXT_LIMIT - 10)
    count = MAX_DOCUMENT_BYTES // LONG_TEXT_LIMIT + 10  # just over the limit, inside 5,000
    lot = tuple(ParkingLotEntry(f"{n} {text}") for n in range(count))
    workshop = dataclasses.replace(
        workshop_of(custom_items(default_framework, 4, None, "A statement")), parking_lot=lot
    )
    workshop_id = WorkshopService(store).add(workshop)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "too-big.coprod"
    with pytest.raises(CoprodError) as refused:
        WorkshopExchange(store).export_file(workshop_id, target)
    assert refused.value.code == "export.workshop_file_too_large"
    said = worded(refused.value)
    assert "workshop files are limited to 32 MB" in said and "\n" not in said
    assert list(out.iterdir()) == []  # nothing, not even a temporary file


def test_a_workshop_file_inside_the_limit_is_written_and_reads_back(
    store: Store, default_framework: Framework, tmp_path: Path
) -> None:
    text = "x" * (LONG_TEXT_LIMIT - 10)
    lot = tuple(ParkingLotEntry(f"{n} {text}") for n in range(100))
    workshop = dataclasses.replace(
        workshop_of(custom_items(default_framework, 4, None, "A statement")), parking_lot=lot
    )
    workshop_id = WorkshopService(store).add(workshop)
    target = tmp_path / "fits.coprod"
    WorkshopExchange(store).export_file(workshop_id, target)
    assert read_workshop_file(target).parking_lot == lot
