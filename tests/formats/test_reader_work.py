"""Reading a workshop file is linear in its size: counted in Python function calls (work, not
time), twice the entries cost at most twice the calls, and ten times longer texts cost no more
calls (they are checked by one regular-expression pass each, in C)."""

from __future__ import annotations

import copy
import json
import sys
from types import FrameType
from typing import Any

from coprod_desktop.formats.workshop_format import workshop_from_bytes
from tests.reliability.test_import_fuzz import BASE


def calls_to_read(document: dict[str, Any]) -> int:
    """How many Python functions run while the reader reads ``document``."""
    calls = 0

    def count(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    data = json.dumps(document).encode()
    sys.setprofile(count)
    try:
        workshop_from_bytes(data, "counted.coprod")
    finally:
        sys.setprofile(None)
    return calls


def with_entries(n: int, length: int) -> dict[str, Any]:
    """The corpus's small file with ``n`` of each kind of entry, texts ``length`` long."""
    document = copy.deepcopy(BASE) | {"format_version": 7}
    text = "x" * length
    w = document["workshop"]
    w["actions"] = [{"what": f"{i} {text}", "who": text[:300], "group": "g1"} for i in range(n)]
    w["parking_lot"] = [{"text": f"{i} {text}", "group": "g2"} for i in range(n)]
    w["plan"] = [{"what": f"{i} {text}", "groups": ["g1"], "item": "K1"} for i in range(n)]
    w["barriers"] = [{"what": f"{i} {text}", "tag": "culture", "stage": "co_design"}
                     for i in range(n)]  # fmt: skip
    w["cross_ratings"] = [{"rater": "g2", "subject": None, "item": "K1", "level": 2}]
    return document


def test_twice_the_entries_cost_at_most_twice_the_work() -> None:
    small, large = calls_to_read(with_entries(200, 50)), calls_to_read(with_entries(400, 50))
    base = calls_to_read(with_entries(0, 50))
    assert large - base <= 2.05 * (small - base), (base, small, large)
    assert large - base >= 1.95 * (small - base)  # the count does see the entries


def test_ten_times_longer_texts_cost_no_more_calls() -> None:
    short, long = calls_to_read(with_entries(50, 100)), calls_to_read(with_entries(50, 1000))
    assert long == short
