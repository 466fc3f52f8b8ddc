"""Errors as facts: a code naming what went wrong and the values that say where.

Nothing below the windows, the command line and the report words them: each code has its
sentence in ``coprod_desktop/wording/errors.py``, said in the reader's language through the
translation catalogue. ``str(error)`` gives the bare facts, for logs and tracebacks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


class CoprodError(Exception):
    """Base of every error the app explains to a person. ``code`` is a dotted name such as
    ``"store.disk_full"``; ``values`` fill in its sentence (numbers, names, paths, and other
    errors or codes, which are worded in turn)."""

    def __init__(self, code: str, /, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values: Mapping[str, object] = MappingProxyType(values)

    def __str__(self) -> str:
        details = ", ".join(f"{name}={value!s}" for name, value in self.values.items())
        return f"{self.code} ({details})" if details else self.code


class ValidationError(CoprodError):
    """A value breaks a rule of the method; ``field`` names the form field it came from."""

    def __init__(self, code: str, /, *, field: str | None = None, **values: object) -> None:
        super().__init__(code, **values)
        self.field = field


class NotFoundError(CoprodError):
    """Something asked for by id is not in the store."""


class UnreadableWorkshopError(CoprodError):
    """A workshop in the store holds a row that breaks the method's rules (written by another
    program): it cannot be shown, exported or reported, but it can be deleted."""


@dataclass(frozen=True, slots=True)
class Term:
    """A word for a value in an error, which the reader's language supplies (``"kind.list"``,
    ``"field.title"``): a fact's name, not its English."""

    code: str
