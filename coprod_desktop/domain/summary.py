"""Read models for lists: small, frozen, cheap to build."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WorkshopSummary:
    """One line of the workshop list."""

    id: int
    uid: str
    title: str
    organisation: str
    held_on: dt.date | None
    group_names: tuple[str, ...]
    item_count: int
    ratings_recorded: int
    updated_at: dt.datetime

    @property
    def rating_slots(self) -> int:
        return len(self.group_names) * self.item_count

    @property
    def completeness(self) -> float:
        """Share of group × item ratings recorded, 0.0–1.0."""
        return self.ratings_recorded / self.rating_slots if self.rating_slots else 0.0


@dataclass(frozen=True, slots=True)
class FrameworkSummary:
    """One line of the framework library."""

    key: str
    name: str
    version: str
    language: str
    builtin: bool
    item_count: int
