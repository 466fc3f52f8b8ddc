"""Crash trials: the capture path is killed with SIGKILL at a random moment, and every rating it
had acknowledged must be in the store when it is reopened, with ``PRAGMA integrity_check`` ok;
so are a restore, a backup and an export (``bench/crash_moves.py``).

    .venv/bin/python bench/crash_trials.py [--trials 100] [--seed S] [--max-delay 0.3]
                                           [--kind capture|restore|backup|export|all]
                                           [--control]

``--control`` is the negative control: the capture child acknowledges each rating *before*
committing it, the bug these trials exist to catch; the run must then report losses.

Each trial copies a fresh data folder holding the demo workshop, then starts a child process
that opens it the way the app does (``open_data_folder``) and records ratings through
``LiveSession`` (the code the console's capture keys call) as fast as it can. The child
acknowledges each rating on a pipe only after ``record`` has returned, that is after its commit.
The parent kills the child after a random delay, then reopens the folder at once (the OS drops
the folder lock with the process) and compares.

Every rating carries its sequence number in its note, so the check is exact: for each item of
each group, the stored sequence number must be at least the last one acknowledged (a rating
committed but killed before its acknowledgement may be there too; nothing acknowledged may be
missing). Ends with one line: ``lost: K of N trials`` (target 0).

What SIGKILL does not reproduce: a power cut also loses the operating system's unwritten
buffers. The store's ``synchronous=FULL`` makes each commit wait for the disk's fsync, which is
what protects against that; this bench proves the app never acknowledges before its commit.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
        [sys.executable, __file__, "--child", str(folder), str(workshop_id), str(seed)]
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


KINDS = ("capture", "restore", "backup", "export")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100, help="per kind")
    parser.add_argument("--seed", type=int, default=None, help="first trial's seed")
    parser.add_argument("--max-delay", type=float, default=0.3, help="seconds, kill at random")
    parser.add_argument("--kind", choices=[*KINDS, "all"], default="all")
    parser.add_argument("--control", action="store_true", help="acknowledge before commit")
    parser.add_argument(
        "--child", nargs=3, metavar=("FOLDER", "ID", "SEED"), help=argparse.SUPPRESS
    )
    parser.add_argument("--move-child", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]), int(args.child[2]), control=args.control)
        return
    if args.move_child:
        from bench.crash_moves import child as move_child

        move_child(args.move_child[0], Path(args.move_child[1]))
        return
    first_seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    kinds = ["capture"] if args.control else (KINDS if args.kind == "all" else [args.kind])
    with tempfile.TemporaryDirectory(dir=ROOT) as scratch_name:
        scratch = Path(scratch_name)
        for kind in kinds:
            if kind == "capture":
                _capture_trials(scratch, args, first_seed)
            else:
                _move_trials(kind, scratch, args, first_seed)


def _capture_trials(scratch: Path, args: argparse.Namespace, first_seed: int) -> None:
    lost_trials = 0
    acknowledged = 0
    started = time.perf_counter()
    template = scratch / "template"
    workshop_id = prepare_template(template)
    for n in range(args.trials):
        result = run_trial(
            template, scratch, workshop_id, seed=first_seed + n, max_delay=args.max_delay,
            control=args.control,
        )  # fmt: skip
        acknowledged += result.acknowledged
        if not result.ok:
            lost_trials += 1
            if not args.control:
                print(f"trial {n + 1} (seed {first_seed + n}): integrity {result.integrity}; "
                      f"lost {list(result.lost)}")  # fmt: skip
    total = time.perf_counter() - started
    print(f"capture: seeds {first_seed}..{first_seed + args.trials - 1}; {acknowledged} ratings "
          f"acknowledged in all; {total:.0f} s in all")  # fmt: skip
    if args.control:
        caught = lost_trials / args.trials
        # A run of the default length catches the bug unless every one of its trials misses.
        run_catches = 1 - (1 - caught) ** 100
        print(f"control (acknowledge before commit): caught in {lost_trials} of {args.trials} "
              f"trials; a run of 100 trials catches it with probability {run_catches:.6f}")  # fmt: skip
    else:
        print(f"lost: {lost_trials} of {args.trials} trials")


def _move_trials(kind: str, scratch: Path, args: argparse.Namespace, first_seed: int) -> None:
    from bench.crash_moves import prepare, typical_seconds
    from bench.crash_moves import run_trial as run_move

    template = scratch / f"template-{kind}" / "data"
    prepare(template)
    # Kills spread over one whole piece of work, and a little after it.
    spread = 1.2 * typical_seconds(kind, template, scratch)
    started = time.perf_counter()
    lost = 0
    for n in range(args.trials):
        found = run_move(kind, template, scratch, seed=first_seed + n, max_delay=spread)
        if found:
            lost += 1
            print(f"{kind} trial {n + 1} (seed {first_seed + n}): {found}")
    total = time.perf_counter() - started
    print(f"{kind}: kills spread over {spread:.2f} s; {total:.0f} s in all")
    print(f"{kind} lost: {lost} of {args.trials} trials")


if __name__ == "__main__":
    main()
