"""Steps the disk refused (full, read-only): kept in memory and saved, in order, once it takes
writes again. The live session carries on meanwhile; nothing shown on screen is lost."""

from __future__ import annotations

from collections.abc import Callable

from coprod_desktop.storage.errors import WriteFailedError

Write = Callable[[], object]


class UnsavedSteps:
    """The writes still to be saved, one per thing (a rating, the actions, the cursor …) with
    its newest state, oldest first. ``on_count`` hears how many are left after each change."""

    def __init__(self, on_count: Callable[[int], None] | None = None) -> None:
        self._writes: dict[tuple[str, ...], Write] = {}
        self._on_count = on_count or (lambda _count: None)

    def __len__(self) -> int:
        return len(self._writes)

    def save(self) -> None:
        """Save every kept step, oldest first; raises WriteFailedError, keeping the rest, if
        the disk still refuses."""
        while self._writes:
            key, write = next(iter(self._writes.items()))
            write()
            del self._writes[key]
            self._on_count(len(self._writes))

    def keep(self, key: tuple[str, ...], write: Write) -> None:
        """Keep ``write`` for ``key``: it replaces an older step for the same thing and is
        saved after the others."""
        self._writes.pop(key, None)
        self._writes[key] = write
        self._on_count(len(self._writes))

    def write(self, key: tuple[str, ...], write: Write) -> WriteFailedError | None:
        """Run ``write`` after the kept steps (in order); if the disk refuses, keep it and
        return why (None: saved)."""
        try:
            self.save()
            write()
        except WriteFailedError as exc:
            self.keep(key, write)
            return exc
        return None
