"""A guard against a PySide6 6.12.0 reference-count bug on CPython 3.11.

Every call of a ``void`` Qt method (``setPen``, ``update``, ``setText``…) returns ``None``
without taking a new reference, and ``Signal.emit`` does the same with ``True``. Each call
therefore steals one reference; after a few thousand calls CPython frees ``None`` or ``True``
and aborts ("Fatal Python error: none_dealloc"). The audience view makes thousands of such
calls per repaint. From CPython 3.12 these objects are immortal and the bug is harmless; on
3.11 we give them a reference count so large that no session can use it up, which is what
3.12 does. Remove this once the app requires Python ≥ 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

#: 2**40 references: at a million stolen references a second, twelve days of headroom.
HEADROOM = 1 << 40
_guarded = False


def protect_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal (once per process).

    Returns whether anything was done (False on Python ≥ 3.12 or when already done).
    """
    global _guarded  # noqa: PLW0603 (once per process, by design)
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _guarded = True
    return True
