"""What the live session has changed in memory and not yet written to disk.

The parts are written as they are in memory *when saved*, not as they were when changed, all
in one transaction: so whichever change comes first after the disk refused (full, read-only),
the disk ends up holding exactly what the screen shows, and no older value can win.
"""

from __future__ import annotations

from collections.abc import Iterable

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.session import Cursor
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.services.room import GroupIn
from coprod_desktop.services.steps import Part
from coprod_desktop.storage.capture import CaptureWriter


class Unsaved:
    """The parts not yet on disk, oldest first, and whether the cursor is."""

    def __init__(self, writer: CaptureWriter) -> None:
        self._writer = writer
        self._parts: dict[Part, None] = {}
        self.cursor = False

    def __len__(self) -> int:
        return len(self._parts) + self.cursor

    def add(self, parts: Iterable[Part]) -> None:
        for part in parts:
            self._parts.pop(part, None)  # saved after the others
            self._parts[part] = None

    def save(self, workshop: Workshop, cursor: Cursor, *, is_open: bool) -> CoprodError | None:
        """Write every unsaved part of ``workshop``, and ``cursor``, in one transaction; None
        when all is saved, else why the disk refused (and everything is kept)."""
        if not self:
            return None
        try:
            with self._writer.transaction() as conn:
                # A group that joined first: the other parts may need its row.
                for part in sorted(self._parts, key=lambda p: not isinstance(p, GroupIn)):
                    part.save(self._writer, conn, workshop)
                # Always, so a restart after a crash resumes here (one small row).
                self._writer.put_cursor(conn, cursor, is_open=is_open)
        except CoprodError as exc:  # disk full, read-only …: the session carries on
            return exc
        self._parts.clear()
        self.cursor = False
        return None
