"""Health of the store: integrity, schema version, backups; what is wrong when it cannot open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from coprod_desktop.services.restore import ProblemKind, StoreProblem
from coprod_desktop.storage import schema
from coprod_desktop.storage.backups import BackupInfo, list_backups
from coprod_desktop.storage.database import Store


@dataclass(frozen=True, slots=True)
class StoreReport:
    """What ``check`` found."""

    path: Path
    size_bytes: int
    schema_revision: str | None
    head_revision: str
    integrity: tuple[str, ...]
    workshop_count: int
    backups: tuple[BackupInfo, ...]

    @property
    def healthy(self) -> bool:
        return self.integrity == ("ok",) and self.schema_revision == self.head_revision


def check_store(store: Store) -> StoreReport:
    """Run SQLite's full integrity check and gather the facts an IT person asks for."""
    from coprod_desktop.services.workshops import WorkshopService

    return StoreReport(
        path=store.path,
        size_bytes=store.path.stat().st_size,
        schema_revision=store.revision(),
        head_revision=schema.HEAD_REVISION,
        integrity=tuple(store.integrity_check()),
        workshop_count=len(WorkshopService(store).list()),
        backups=tuple(list_backups(store.backups_dir)),
    )


def problem_lines(problem: StoreProblem, *, command: str) -> list[str]:
    """What ``check`` says about a store that cannot be opened: what it is, and the way out."""
    path = problem.store_path
    size = f"{path.stat().st_size / 1024:.0f} KB" if path.exists() else "missing"
    lines = [
        f"store:      {path} ({size})",
        f"problem:    {_PROBLEM_WORDS[problem.kind]} — it {problem.reason}",
    ]
    latest = problem.latest
    if latest is not None:
        bad = f"; {problem.bad_backups} failed their check" if problem.bad_backups else ""
        lines.append(
            f"backups:    {len(problem.backups)} good{bad}, newest {_stamp(latest.taken_at)} "
            f"({_workshops(latest.workshop_count)})"
        )
        lines.append(
            f"verdict:    PROBLEMS FOUND — `{command}` sets this file aside (renamed, not "
            "deleted) and restores the newest good backup"
        )
    else:
        found = f" ({problem.bad_backups} failed their check)" if problem.bad_backups else ""
        lines.append(f"backups:    no good automatic backup{found}")
        lines.append(
            f"verdict:    PROBLEMS FOUND — the file was left as it was; `{command} --empty` "
            "sets it aside (renamed, not deleted) and starts with an empty one"
        )
    return lines


def backup_lines(folder: Path) -> list[str]:
    """One line per automatic backup in ``folder``, newest first, with its check."""
    from coprod_desktop.services.restore import checked_backups

    checks = checked_backups(folder)
    if not checks:
        return ["no automatic backups yet (one is taken whenever a changed store is opened)"]
    lines = []
    for check in checks:
        b = check.backup
        verdict = _workshops(check.workshop_count) if check.good else f"BAD: it {check.problem}"
        lines.append(f"{_stamp(b.taken_at)}\t{b.size_bytes / 1024:.0f} KB\t{verdict}\t{b.path}")
    return lines


_PROBLEM_WORDS = {
    ProblemKind.DAMAGED: "damaged",
    ProblemKind.NOT_OURS: "not a CoProd Desktop store",
    ProblemKind.NEWER: "from a newer CoProd Desktop",
}


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S")


def _workshops(count: int) -> str:
    return f"{count} workshop{'s' if count != 1 else ''}"
