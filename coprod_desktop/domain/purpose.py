"""Why a workshop is held: its own module, so the command line's parser and the workshop list
name the purposes without loading the workshop model."""

from __future__ import annotations

from enum import StrEnum


class WorkshopPurpose(StrEnum):
    """The three uses of the Readiness Tool."""

    PLANNING = "planning"
    LIVE_SELF_ASSESSMENT = "live_self_assessment"
    TRAINING_NEEDS_REVIEW = "training_needs_review"
