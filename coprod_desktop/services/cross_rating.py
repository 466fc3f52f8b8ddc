"""Cross-rating in the live session: the group being captured gives its view of how ready
another group, or the partnership, is on the item on screen. Each view is one undoable step
(:class:`CrossRatingChanges` is mixed into ``LiveSession``), saved like any other change."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from coprod_desktop.domain.cross_rating import with_cross_rating
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.session import Cursor
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.services.steps import Changes, CrossRatings, Part, StepKind


class CrossRatingChanges:
    """The live session's cross-ratings (``LiveSession`` provides what is declared under
    ``TYPE_CHECKING``)."""

    if TYPE_CHECKING:
        _workshop: Workshop
        _cursor: Cursor

        def _take(self, kind: StepKind, edits: Iterable[tuple[Part, object]],
                  group_key: str = "", item_code: str = "", *,
                  number: int | None = None) -> Changes: ...  # fmt: skip

        def _refused(self, problem: CoprodError) -> Changes: ...

    def set_cross_rating(self, subject_key: str | None, level: int | None) -> Changes:
        """The group on screen thinks ``subject_key`` (None: the partnership) is at ``level``
        on the item on screen (None takes the view back). Refused, with the reason, for the
        group's own key, an unknown group or a level off the scale."""
        rater, item = self._cursor.group_key, self._cursor.item_code
        ratings = with_cross_rating(self._workshop.cross_ratings, (rater, subject_key, item), level)
        return self._take(StepKind.CROSS_RATING, [(CrossRatings(), ratings)], rater, item,
                          number=level)  # fmt: skip

    def cross_rating(self, subject_key: str | None) -> int | None:
        """The view the group on screen gave of ``subject_key`` on the item on screen."""
        key = (self._cursor.group_key, subject_key, self._cursor.item_code)
        found = (r.level for r in self._workshop.cross_ratings if r.key == key)
        return next(found, None)
