"""The pinned PySide6 must not steal references to None or True.

PySide6 6.12.0 on CPython 3.11 returned None from every void Qt call (and True from every
Signal.emit) without a new reference; a live session makes thousands of such calls, and the
interpreter aborts ("none_dealloc") once None's count runs out. pyproject.toml excludes that
release; this test fails if a release with the same bug is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont


class _Emitter(QObject):
    ping = Signal(int)


def test_void_qt_calls_and_emits_keep_their_references() -> None:
    font, emitter = QFont(), _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(1000):
        font.setBold(bool(i % 2))
        emitter.ping.emit(i)
    # Immortal objects (3.12+) report a fixed count; mortal ones must not have lost 1000.
    assert sys.getrefcount(None) > none_before - 100
    assert sys.getrefcount(True) > true_before - 100
