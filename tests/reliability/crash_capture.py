"""The crash trials' machinery (used by ``tests/storage/test_crash_trials.py`` and by
``bench/crash_trials.py``, which says what the trials do): a child process that records ratings
through ``LiveSession`` and acknowledges each after its commit, and a trial that kills it and
compares what was acknowledged with what the store holds.

Run as ``python -m tests.reliability.crash_capture --child FOLDER ID SEED [--control]`` (a
capture child) or ``--move-child KIND FOLDER`` (a restore, backup or export child).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

READY = "ready"


@dataclass(frozen=True, slots=True)
class Ack:
    """One rating the child said was saved."""

    seq: int
    group_key: str
    item_code: str
    level: int


@dataclass(frozen=True, slots=True)
class TrialResult:
    """What one trial found after reopening the killed child's data folder."""

    acknowledged: int
    lost: tuple[str, ...]  # "group/item: acknowledged #n, stored #m"
    integrity: tuple[str, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.lost and self.integrity == ("ok",)


def prepare_template(folder: Path) -> int:
    """A data folder with the demo workshop in it; returns the workshop's id."""
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo

    with open_data_folder(folder) as data:
        return create_demo(data.store)


def child(folder: Path, workshop_id: int, seed: int, *, control: bool = False) -> None:
    """Record ratings until killed, writing ``seq group item level`` after each commit (in the
    negative ``control``, before it)."""
    from coprod_desktop.domain.rating import Rating, RatingStatus
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.session import LiveSession

    rng = random.Random(seed)
    data = open_data_folder(folder)
    live = LiveSession(data.store, workshop_id)
    workshop, _cursor = live.load()
    scale = workshop.framework.scale
    cells = [(g.key, code) for g in workshop.groups for code in workshop.item_codes]
    os.write(1, f"{READY}\n".encode())
    seq = 0
    pending: tuple[str, str, Rating] | None = None
    while True:
        key, code = cells[rng.randrange(len(cells))]
        level = rng.randint(scale.lowest, scale.highest)
        rating = Rating(
            item_code=code,
            status=RatingStatus.AGREED,
            current_level=level,
            required_level=scale.highest,
            note=f"#{seq}",
        )
        if control:
            # The bug: "Saved" is said at once and the write happens later (here: with the
            # next rating), as a write-behind queue would. The newest acknowledged rating is
            # never committed when the kill comes.
            os.write(1, f"{seq} {key} {code} {level}\n".encode())
            if pending is not None:
                live.record(*pending)
            pending = (key, code, rating)
        else:
            live.record(key, code, rating)
            # Unbuffered: the acknowledgement leaves the process the moment the commit returned.
            os.write(1, f"{seq} {key} {code} {level}\n".encode())
        seq += 1


def run_trial(template: Path, scratch: Path, workshop_id: int, *, seed: int,
              max_delay: float, control: bool = False) -> TrialResult:  # fmt: skip
    """Copy ``template``, run the child on the copy, kill it, reopen and compare."""
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.session import LiveSession

    folder = scratch / f"trial-{seed}"
    shutil.copytree(template, folder)
    rng = random.Random(seed)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.crash_capture",
            "--child",
            str(folder),
            str(workshop_id),
            str(seed),
        ]
        + (["--control"] if control else []),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().decode().strip()
    if first != READY:
        proc.kill()
        _out, err = proc.communicate()
        raise RuntimeError(f"the capture child did not start: {first!r} {err.decode()[-2000:]}")
    lines: list[bytes] = []
    # Read while the child runs, so a full pipe never slows or blocks its commits.
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout or ()), daemon=True)
    reader.start()
    time.sleep(rng.uniform(0.0, max_delay))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join()
    proc.stdout.close()
    if proc.stderr is not None:
        proc.stderr.close()
    acks = [_parse(line) for line in lines if line.endswith(b"\n")]

    # Reopen at once, as the app does after a crash: the lock must have gone with the child.
    with open_data_folder(folder) as data:
        integrity = tuple(data.store.integrity_check())
        workshop, _cursor = LiveSession(data.store, workshop_id).load()
    last: dict[tuple[str, str], Ack] = {}
    for ack in acks:
        last[(ack.group_key, ack.item_code)] = ack
    lost = []
    for (key, code), ack in last.items():
        rating = workshop.group(key).ratings.get(code)
        stored = int(rating.note[1:]) if rating and rating.note.startswith("#") else -1
        level_ok = stored != ack.seq or (rating is not None and rating.current_level == ack.level)
        if stored < ack.seq or not level_ok:
            lost.append(f"{key}/{code}: acknowledged #{ack.seq}, stored #{stored}")
    shutil.rmtree(folder, ignore_errors=True)
    return TrialResult(len(acks), tuple(lost), integrity, time.perf_counter() - started)


def _parse(line: bytes) -> Ack:
    seq, key, code, level = line.decode().split()
    return Ack(int(seq), key, code, int(level))


def _main(argv: list[str]) -> None:
    if argv[0] == "--child":
        child(Path(argv[1]), int(argv[2]), int(argv[3]), control="--control" in argv)
    elif argv[0] == "--move-child":
        from tests.reliability.crash_moves import child as move_child

        move_child(argv[1], Path(argv[2]))
    else:
        raise SystemExit("usage: --child FOLDER ID SEED [--control] | --move-child KIND FOLDER")


if __name__ == "__main__":
    _main(sys.argv[1:])
