"""The workshop list at a glance, before the data folder is opened (see storage/listing.py)."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.summary import WorkshopSummary
from coprod_desktop.storage.listing import STORE_NAME, glance


def workshops_at_a_glance(data_dir: Path) -> list[WorkshopSummary] | None:
    """The workshops in ``data_dir``'s store, read without SQLAlchemy and without changing
    anything; None when they cannot be read that way (the store is then opened as usual)."""
    return glance(data_dir / STORE_NAME)
