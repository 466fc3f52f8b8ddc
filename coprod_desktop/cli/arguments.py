"""Argument types shared by the command line's commands."""

from __future__ import annotations

import argparse

#: The largest id SQLite's INTEGER holds.
LARGEST_ID = 2**63 - 1


def workshop_id(text: str) -> int:
    """A workshop id as typed: a whole number a store can hold (a 23-digit one is refused
    here, in one line, rather than failing deep inside SQLite)."""
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= LARGEST_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a workshop id (see list)")
    return int(text)
