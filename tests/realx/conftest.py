"""The real X server the real-X suite's tests share within a module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.realx.xserver import how_to_install, missing_packages, x_server


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A real X server; a clear failure (not a skip) when it cannot be had."""
    missing = missing_packages()
    if missing:
        pytest.fail(how_to_install(missing))
    with x_server() as name:
        yield name
