"""Checking an error by what a person reads: its English wording (errors carry codes)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Item
from coprod_desktop.wording.errors import describe


def worded(error: BaseException | None, language: str = "en") -> str:
    """``error`` as the windows and the command line say it ("" for no error)."""
    if error is None:
        return ""
    return describe(error, language) if isinstance(error, CoprodError) else str(error)


@contextmanager
def raises_worded(
    kind: type[BaseException], match: str
) -> Iterator[pytest.ExceptionInfo[BaseException]]:
    """Like ``pytest.raises(kind, match=...)``, matching the error's English wording."""
    with pytest.raises(kind) as info:
        yield info
    text = worded(info.value)
    assert re.search(match, text), f"{match!r} not found in {text!r}"


def first_bank(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The default bank's original 40 items (the stage-feature items came later, with a source
    in the paper noted): what tests written for a 40-item workshop take as their scope."""
    return tuple(i for i in items if i.source is None)
