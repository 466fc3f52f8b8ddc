"""Choices for a printed document, importable without loading reportlab."""

from __future__ import annotations

from enum import StrEnum


class Paper(StrEnum):
    """Paper size: A4 by default, US Letter on request."""

    A4 = "a4"
    LETTER = "letter"
