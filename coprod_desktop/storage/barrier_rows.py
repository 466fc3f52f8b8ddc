"""The barrier log's rows: a barrier to and from ``barrier``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from coprod_desktop.domain.barrier import Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.framework import Stage
from coprod_desktop.storage.tables import BarrierRow

_TABLE: Any = BarrierRow.__table__  # type: ignore[attr-defined]
_COLUMNS = ("what", "tag", "stage", "principle", "owner", "next_step", "group_key", "status")


def load_barriers(conn: Connection, workshop_id: int) -> tuple[Barrier, ...]:
    """The workshop's barrier log, in the order its barriers were logged."""
    rows = conn.execute(
        select(*(_TABLE.c[name] for name in _COLUMNS))
        .where(_TABLE.c.workshop_id == workshop_id)
        .order_by(_TABLE.c.position)
    ).all()
    return tuple(
        Barrier(
            what=what,
            tag=BarrierTag(tag),
            stage=Stage(stage) if stage else None,
            principle=principle,
            owner=owner,
            next_step=next_step,
            group_key=group_key,
            status=BarrierStatus(status),
        )
        for what, tag, stage, principle, owner, next_step, group_key, status in rows
    )


def put_barriers(conn: Connection, workshop_id: int, barriers: Sequence[Barrier]) -> None:
    """Replace the workshop's barrier log with ``barriers``, in order."""
    conn.execute(delete(_TABLE).where(_TABLE.c.workshop_id == workshop_id))
    if barriers:
        conn.execute(
            insert(_TABLE),
            [
                {
                    "workshop_id": workshop_id,
                    "position": i,
                    "what": b.what,
                    "tag": b.tag.value,
                    "stage": b.stage.value if b.stage else None,
                    "principle": b.principle,
                    "owner": b.owner,
                    "next_step": b.next_step,
                    "group_key": b.group_key,
                    "status": b.status.value,
                }
                for i, b in enumerate(barriers)
            ],
        )
