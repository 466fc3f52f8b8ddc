"""A date field that is one Tab stop, as every other field in a form."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit


class DateField(QDateEdit):
    """A QDateEdit whose Tab leaves the field. Qt's own walks day, month and year first, so
    whatever is typed after Tab (the venue, say) lands in the date. Within the field, "/" or
    a space, or ← and →, move between day, month and year."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's names)
        return QAbstractSpinBox.focusNextPrevChild(self, next)
