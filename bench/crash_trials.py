"""Crash trials: the capture path is killed with SIGKILL at a random moment, and every rating it
had acknowledged must be in the store when it is reopened, with ``PRAGMA integrity_check`` ok;
so are a restore, a backup and an export. The machinery is shared with the tests
(``tests/reliability/crash_capture.py`` and ``crash_moves.py``).

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
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.crash_capture import prepare_template, run_trial  # noqa: E402

KINDS = ("capture", "restore", "backup", "export")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100, help="per kind")
    parser.add_argument("--seed", type=int, default=None, help="first trial's seed")
    parser.add_argument("--max-delay", type=float, default=0.3, help="seconds, kill at random")
    parser.add_argument("--kind", choices=[*KINDS, "all"], default="all")
    parser.add_argument("--control", action="store_true", help="acknowledge before commit")
    args = parser.parse_args()
    first_seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    kinds = ["capture"] if args.control else (KINDS if args.kind == "all" else [args.kind])
    with tempfile.TemporaryDirectory() as scratch_name:
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
    from tests.reliability.crash_moves import prepare, typical_seconds
    from tests.reliability.crash_moves import run_trial as run_move

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
