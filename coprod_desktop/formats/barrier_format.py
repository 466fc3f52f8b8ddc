"""The barrier log in the workshop file (format version 7): ``barriers`` <-> Barrier."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from coprod_desktop.domain.barrier import MAX_BARRIERS, Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.framework import Stage
from coprod_desktop.formats.reader import Node

BARRIER_FIELDS = {"what", "tag", "stage", "principle", "owner", "next_step", "group", "status"}


def barriers_to_list(barriers: Sequence[Barrier]) -> list[dict[str, Any]]:
    return [
        {
            "what": b.what,
            "tag": b.tag.value,
            "stage": b.stage.value if b.stage else None,
            "principle": b.principle,
            "owner": b.owner,
            "next_step": b.next_step,
            "group": b.group_key,
            "status": b.status.value,
        }
        for b in barriers
    ]


def barriers_from_node(node: Node | None, key: Callable[[Node], str]) -> tuple[Barrier, ...]:
    """The ``barriers`` list (absent in files before version 7: no barriers). ``key`` reads
    a group key as the rest of the file does."""
    if node is None:
        return ()
    return tuple(_barrier(n, key) for n in node.items(MAX_BARRIERS))


def _barrier(n: Node, key: Callable[[Node], str]) -> Barrier:
    n.as_object(BARRIER_FIELDS)
    stage = n.opt("stage", nullable=True)
    principle = n.opt("principle", nullable=True)
    owner = n.opt("owner")
    next_step = n.opt("next_step")
    group = n.opt("group", nullable=True)
    status = n.opt("status")
    return n.build(
        lambda: Barrier(
            what=n.get("what").long_text(),
            tag=n.get("tag").choice(BarrierTag, "barrier_tag"),
            stage=stage.choice(Stage, "stage") if stage else None,
            principle=principle.text(max_len=20) if principle else None,
            owner=owner.text() if owner else "",
            next_step=next_step.long_text() if next_step else "",
            group_key=key(group) if group else None,
            status=status.choice(BarrierStatus, "barrier_status") if status else BarrierStatus.OPEN,
        )
    )
