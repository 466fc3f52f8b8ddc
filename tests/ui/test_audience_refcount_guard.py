"""The guard against PySide6 6.12.0 stealing references to None and True on CPython 3.11."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont

from coprod_desktop.ui.audience.refcount_guard import HEADROOM, protect_singletons


class _Emitter(QObject):
    ping = Signal(int)


def test_many_qt_calls_after_the_guard_do_not_abort_the_process() -> None:
    protect_singletons()
    assert protect_singletons() is False  # once per process
    font, emitter = QFont(), _Emitter()
    for i in range(20_000):
        font.setPixelSize(10 + i % 5)  # a void method: returns None
        emitter.ping.emit(i)  # returns True
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > HEADROOM // 2
        assert sys.getrefcount(True) > HEADROOM // 2


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12")
def test_the_bug_is_still_there_so_the_guard_is_still_needed() -> None:
    """When this fails, PySide6 is fixed: the guard (and this test) can go."""
    before = sys.getrefcount(None)
    font = QFont()
    for _ in range(100):
        font.setBold(True)
    assert sys.getrefcount(None) < before
