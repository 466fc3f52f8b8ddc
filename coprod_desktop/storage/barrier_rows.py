"""The barrier log's rows: a barrier to ``barrier`` (read back by ``workshop_reader.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert

from coprod_desktop.domain.barrier import Barrier
from coprod_desktop.storage.tables import BarrierRow

_TABLE: Any = BarrierRow.__table__  # type: ignore[attr-defined]


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
