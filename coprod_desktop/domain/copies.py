"""Which copy a merge choice keeps: its own module, so the command line's parser names the
sides without loading the merge rules and the workshop model (see domain/merge.py)."""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    """Which copy a choice keeps."""

    OURS = "ours"
    THEIRS = "theirs"
