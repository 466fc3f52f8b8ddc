"""Crash trials beyond capture: a restore, a backup and an export, each killed with SIGKILL at
a random moment of its work; then the folder is opened as the next start would open it.

Used by ``bench/crash_trials.py --kind restore|backup|export`` and the tests. Each kind has a child (the
work, run in its own process until it is killed or done) and a check (what must hold after).
A trial is *lost* when the check finds anything missing or damaged.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READY = "ready"
EXPORT_NAME = "report.pdf"


def prepare(template: Path) -> dict[str, int]:
    """A data folder whose newest backup holds 2 workshops and whose store holds 3, the third
    only in the store's -wal (its writer was killed before a checkpoint); returns the counts."""
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo

    for _ in range(2):
        with open_data_folder(template) as data:
            create_demo(data.store)
    script = (
        "import os, sys\nfrom pathlib import Path\n"
        "from coprod_desktop.services.data_folder import open_data_folder\n"
        "from coprod_desktop.services.demo import create_demo\n"
        "create_demo(open_data_folder(Path(sys.argv[1])).store)\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(template)], cwd=ROOT, check=True)
    return {"store": 3, "backup": 2}


def child(kind: str, folder: Path) -> None:
    """The work of one kind, in the killed process."""
    if kind == "restore":
        from coprod_desktop.services.restore import restore_backup

        print(READY, flush=True)
        restore_backup(folder)
    elif kind == "backup":
        from coprod_desktop.storage.backups import take_backup
        from coprod_desktop.storage.database import STORE_NAME

        print(READY, flush=True)
        while True:
            take_backup(folder / STORE_NAME, folder / "backups", keep=4)
    elif kind == "export":
        from coprod_desktop.report.formats import Export
        from coprod_desktop.services.data_folder import open_data_folder
        from coprod_desktop.services.exports import ExportService

        with open_data_folder(folder) as data:
            exports = ExportService(data.store)
            print(READY, flush=True)
            out = folder.parent / "exports" / EXPORT_NAME
            while True:
                exports.write(Export.REPORT, 1, out)
    else:
        raise ValueError(kind)


def run_trial(kind: str, template: Path, scratch: Path, *, seed: int, max_delay: float) -> str:
    """Copy ``template``, run the child of ``kind``, kill it, check; '' or what was lost."""
    folder = scratch / f"{kind}-{seed}" / "data"
    shutil.copytree(template, folder)
    (folder.parent / "exports").mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_capture", "--move-child", kind,
         str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    first = proc.stdout.readline().decode().strip()
    if first != READY:
        proc.kill()
        _out, err = proc.communicate()
        raise RuntimeError(f"the {kind} child did not start: {err.decode()[-2000:]}")
    time.sleep(random.Random(seed).uniform(0.0, max_delay))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    _out, err = proc.communicate()
    if proc.returncode not in (0, -signal.SIGKILL):
        return f"the child failed: {err.decode()[-500:]}"
    lost = CHECKS[kind](folder)
    shutil.rmtree(folder.parent, ignore_errors=True)
    return lost


def _workshops(path: Path) -> int:
    """Workshops in a store file read with its -wal (from a copy: the original is untouched)."""
    look = path.parent / ".look"
    look.mkdir(exist_ok=True)
    try:
        for suffix in ("", "-wal"):
            if Path(f"{path}{suffix}").exists():
                shutil.copyfile(f"{path}{suffix}", look / f"s{suffix}")
        conn = sqlite3.connect(look / "s")
        try:
            return int(conn.execute("SELECT count(*) FROM workshop").fetchone()[0])
        finally:
            conn.close()
    finally:
        shutil.rmtree(look)


def _check_restore(folder: Path) -> str:
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.workshops import WorkshopService
    from coprod_desktop.storage.database import STORE_NAME

    with open_data_folder(folder) as data:  # the next start finishes or forgets the restore
        count = len(WorkshopService(data.store).list())
        integrity = data.store.integrity_check()
    if integrity != ["ok"]:
        return f"integrity {integrity}"
    aside = [p for p in folder.glob(f"{STORE_NAME}.before-restore-*") if "-wal" not in p.name
             and "-shm" not in p.name]  # fmt: skip
    if count == 3 and not aside:
        return ""  # never began: the store as it was
    if count == 2 and len(aside) == 1 and _workshops(aside[0]) == 3:
        return ""  # finished: the backup in place, the old store aside with its log
    return f"store holds {count} workshops, set aside: {[p.name for p in aside]}"


def _check_backup(folder: Path) -> str:
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.restore import checked_backups
    from coprod_desktop.services.workshops import WorkshopService

    bad = [c.backup.path.name for c in checked_backups(folder) if not c.good]
    if bad:
        return f"backups listed but failing their check: {bad}"
    with open_data_folder(folder) as data:
        count = len(WorkshopService(data.store).list())
    return "" if count == 3 else f"store holds {count} workshops"


def _check_export(folder: Path) -> str:
    out = folder.parent / "exports"
    left = sorted(p.name for p in out.iterdir())
    if left not in ([], [EXPORT_NAME]):
        return f"left in the export folder: {left}"
    if left:
        data = (out / EXPORT_NAME).read_bytes()
        if not (data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")):
            return f"{EXPORT_NAME} is not a whole PDF ({len(data)} bytes)"
    return ""


CHECKS = {"restore": _check_restore, "backup": _check_backup, "export": _check_export}


def typical_seconds(kind: str, template: Path, scratch: Path) -> float:
    """How long one restore, backup or export takes here: kills are spread over it."""
    folder = scratch / f"calibrate-{kind}" / "data"
    shutil.copytree(template, folder)
    (folder.parent / "exports").mkdir()
    script = {
        "restore": "from coprod_desktop.services.restore import restore_backup as f; f(FOLDER)",
        "backup": "from coprod_desktop.storage.backups import take_backup as f; "
        "f(FOLDER / 'coprod.sqlite', FOLDER / 'backups')",
        "export": "from coprod_desktop.services.data_folder import open_data_folder as o; "
        "from coprod_desktop.services.exports import ExportService as E; "
        "d = o(FOLDER); from coprod_desktop.report.formats import Export; E(d.store).write(Export.REPORT, 1, FOLDER.parent / 'exports' / 'r.pdf')",
    }[kind]
    code = (
        f"import time\nfrom pathlib import Path\nFOLDER = Path({str(folder)!r})\n"
        f"t = time.perf_counter()\n{script}\nprint(time.perf_counter() - t)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    shutil.rmtree(folder.parent, ignore_errors=True)
    return float(done.stdout.strip().splitlines()[-1])
