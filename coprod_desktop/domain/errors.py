"""Errors the app explains to the facilitator in plain words."""

from __future__ import annotations


class CoprodError(Exception):
    """Base of every error whose message is fit to show to a user as it is."""


class ValidationError(CoprodError):
    """A value breaks a rule of the method; ``field`` says where."""

    def __init__(self, message: str, field: str | None = None) -> None:
        self.message = message
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)


class NotFoundError(CoprodError):
    """Something asked for by id is not in the store."""
