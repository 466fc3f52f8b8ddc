"""The ways one slide can be set: in columns, over pages, with or without the detail."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Variant:
    """One way to set a slide; the fitting code tries each and keeps the most legible."""

    columns: int = 1
    pages: int = 1
    #: False drops secondary text (the stage points) when it could not be read anyway.
    detail: bool = True
    #: The item statement on a first page of its own (when it is too long to share one).
    apart: bool = False


SINGLE = Variant()
