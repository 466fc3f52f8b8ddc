"""What ``check`` and ``restore --list`` print about a store and its backups.

The command line speaks English to IT staff; the problems it quotes are worded in the
language chosen in the app's settings, like every error.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop.services.restore import ProblemKind, StoreProblem
from coprod_desktop.wording.errors import describe

if TYPE_CHECKING:
    from coprod_desktop.services.maintenance import StoreReport


def problem_lines(problem: StoreProblem, *, command: str, language: str) -> list[str]:
    """What ``check`` says about a store that cannot be opened: what it is, and the way out."""
    path = problem.store_path
    size = f"{path.stat().st_size / 1024:.0f} KB" if path.exists() else "missing"
    lines = [
        f"store:      {path} ({size})",
        f"problem:    {_PROBLEM_WORDS[problem.kind]} — {describe(problem.error, language)}",
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


def workshop_lines(report: StoreReport, *, language: str) -> list[str]:
    """How many workshops ``check`` found, and each one a row in it makes unreadable."""
    lines = [f"workshops:  {report.workshop_count}"]
    lines += [f"unreadable: {describe(e, language)}" for e in report.unreadable]
    return lines


def backup_lines(folder: Path, *, language: str) -> list[str]:
    """One line per automatic backup in ``folder``, newest first, with its check."""
    from coprod_desktop.services.restore import checked_backups

    checks = checked_backups(folder)
    if not checks:
        return ["no automatic backups yet (one is taken whenever a changed store is opened)"]
    lines = []
    for check in checks:
        b = check.backup
        verdict = (
            _workshops(check.workshop_count)
            if check.problem is None
            else f"BAD: {describe(check.problem, language)}"
        )
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
