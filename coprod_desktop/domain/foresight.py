"""Foresight: what each level key would do to the item under the cursor, worked out ahead.

While the room talks, the session works out, for every level key the facilitator might press
next, the rating it would record, the workshop with that rating (checked by the workshop's
rules) and what the projector would then show. When the key comes, the session commits the
workshop already checked and the projector shows a frame already laid out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from coprod_desktop.domain import capture as rules
from coprod_desktop.domain.audience import (
    AudienceState,
    Curtain,
    Presentation,
    Slide,
    audience_state,
)
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.session import Cursor
from coprod_desktop.domain.workshop import Workshop


class Outcome(NamedTuple):
    """What one level key would make: the rating, the workshop with it, what the room sees."""

    rating: Rating
    workshop: Workshop
    state: AudienceState


@dataclass(frozen=True, slots=True, eq=False)
class Foresight:
    """The outcomes of the level keys, and what they were worked out from."""

    workshop: Workshop  # compared by identity: every change makes a new workshop
    cursor: Cursor
    presentation: Presentation
    baseline: Workshop | None
    outcomes: tuple[Outcome, ...]

    def states(self, shown: AudienceState) -> list[AudienceState]:
        """The snapshots a level key could put up, each once, leaving out ``shown``."""
        distinct = dict.fromkeys(outcome.state for outcome in self.outcomes)
        return [state for state in distinct if state != shown]

    def outcome(self, workshop: Workshop, cursor: Cursor, presentation: Presentation,
                baseline: Workshop | None, rating: Rating | None) -> Outcome | None:  # fmt: skip
        """The outcome foreseen for recording ``rating`` at ``cursor``, if it was foreseen
        from this very ``workshop`` with everything else as it is (else None)."""
        if (
            workshop is not self.workshop
            or baseline is not self.baseline
            or cursor != self.cursor
            or presentation != self.presentation
        ):
            return None
        return next((o for o in self.outcomes if o.rating == rating), None)


def foresee(workshop: Workshop, cursor: Cursor, presentation: Presentation,
            baseline: Workshop | None = None) -> Foresight:  # fmt: skip
    """Work out every level key's outcome for the item under ``cursor``. None while another
    slide is up or the curtain is down: a level key would not change the wall then."""
    outcomes = []
    if presentation.slide is Slide.ITEM and presentation.curtain is Curtain.OPEN:
        key, code = cursor.group_key, cursor.item_code
        for rating in rules.level_key_outcomes(workshop, key, code):
            try:
                changed = workshop.with_rating(key, code, rating)
            except CoprodError:  # a level the workshop's rules refuse: so would the key
                continue
            state = audience_state(changed, cursor, presentation, baseline)
            outcomes.append(Outcome(rating, changed, state))
    return Foresight(workshop, cursor, presentation, baseline, tuple(outcomes))
