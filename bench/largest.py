"""The largest workshop the file format accepts: time and memory of every step a person waits for.

The workshop: the documented maxima at once, 500 items × 24 groups, every item rated by every
group with a note, a split view with its dots on one rating in seven, 300-character titles and
group names, plus 5,000 actions, 5,000 plan entries, 5,000 barriers, 5,000 parking-lot
entries and 20,000 cross-ratings (``--entries`` and ``--items`` make it smaller to try the
bench). It is written as a workshop file (within the 32 MB limit), then each step runs as the
command a facilitator would type, in a fresh process on one core (``taskset -c 0``): import the
file, the report as PDF and HTML, the blank form, the participants' sheet, the data as CSV,
XLSX and JSON, and the workshop file written back. Each step's clock stops when its file is on
disk (import: when the store holds it); its memory is the process's peak resident size
(``getrusage`` of the child).

The floor, in the same run: a plain Python process that reads the same file with ``json``
(time and peak memory), the least any reader of the file must do.

Budgets (issue 14, "within stated time and memory budgets for the largest accepted
workshop"): every step under 1 GiB of memory (a 4 GB laptop with the app and a browser open);
import and the data exports under 60 s; the report, blank form and participants' sheet under
10 minutes each (thousands of pages, built in a child process with a progress bar and a Cancel
button while the console keeps working). Run:

    .venv/bin/python bench/largest.py

Ends with one line: ``largest: ratio R (slowest step S s, peak M MB vs reading the file F s,
P MB)``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coprod_desktop.domain.barrier import Barrier, BarrierTag  # noqa: E402
from coprod_desktop.domain.cross_rating import CrossRating  # noqa: E402
from coprod_desktop.domain.framework import Area, Framework, Stage  # noqa: E402
from coprod_desktop.domain.plan import PlanEntry  # noqa: E402
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally  # noqa: E402
from coprod_desktop.domain.workshop import (  # noqa: E402
    MAX_GROUPS,
    Action,
    Group,
    ParkingLotEntry,
    StagePlacement,
    Workshop,
)
from coprod_desktop.formats.framework_format import framework_from_bytes  # noqa: E402
from coprod_desktop.formats.reader import MAX_DOCUMENT_BYTES  # noqa: E402
from coprod_desktop.formats.workshop_format import workshop_to_dict  # noqa: E402
from coprod_desktop.resources import resource  # noqa: E402

MB = 1024 * 1024
NOTE = "The room talked this through: {n} people felt the group is further on than agreed."
#: Budgets per step: seconds, and MiB of peak memory.
DOCUMENT_SECONDS, DATA_SECONDS, MEMORY_MB = 600, 60, 1024
FLOOR = "import json, sys; json.loads(open(sys.argv[1], 'rb').read())"


def largest(items: int, entries: int) -> Workshop:
    path = resource("frameworks", "default.en.json")
    base: Framework = framework_from_bytes(path.read_bytes(), str(path))
    framework = dataclasses.replace(
        base,
        items=tuple(
            dataclasses.replace(
                base.items[n % len(base.items)], code=f"Z{n + 1}", area=list(Area)[n % 4],
                text=f"Statement {n + 1}: " + base.items[n % len(base.items)].text,
            )
            for n in range(items)
        ),
    )  # fmt: skip
    rng = random.Random(14)
    codes = tuple(i.code for i in framework.items)

    def rating(code: str, n: int) -> Rating:
        now, needed = rng.randint(1, 4), rng.randint(2, 5)
        tally = Tally({now: 4, min(5, now + 1): 2}) if n % 7 == 0 else None
        status = RatingStatus.SPLIT if tally else RatingStatus.AGREED
        return Rating(code, status, now, needed, tally, note=NOTE.format(n=n % 5 + 1))

    long_name = "Tenants, carers and volunteers from the estates by the river " * 5
    groups = tuple(
        Group(
            key=f"g{g + 1}", name=f"{g + 1} {long_name}"[:300], participant_count=6,
            placement=StagePlacement(Stage.CO_DESIGN, Stage.CO_DELIVERY, NOTE.format(n=g)),
            ratings={c: rating(c, n + g) for n, c in enumerate(codes)},
        )
        for g in range(MAX_GROUPS)
    )  # fmt: skip
    keys = [g.key for g in groups]
    return Workshop(
        uid="largest", title=("The largest workshop the format accepts " * 8)[:300],
        framework=framework, item_codes=codes, groups=groups,
        actions=tuple(Action(f"Action {n}: " + NOTE.format(n=n), "Sam", None, keys[n % 24])
                      for n in range(entries)),
        parking_lot=tuple(ParkingLotEntry(f"Question {n}?", keys[n % 24]) for n in range(entries)),
        plan=tuple(PlanEntry(f"Plan {n}: " + NOTE.format(n=n), (keys[n % 24],), codes[n % items])
                   for n in range(entries)),
        barriers=tuple(Barrier(f"Barrier {n}: " + NOTE.format(n=n), list(BarrierTag)[n % 5],
                               stage=list(Stage)[n % 4]) for n in range(entries)),
        cross_ratings=tuple(
            CrossRating(keys[n % 24], keys[(n + 1 + n // 24 % 23) % 24], codes[n // 552 % items],
                        rng.randint(1, 5))
            for n in range(min(4 * entries, 24 * 23 * items))
        ),
    )  # fmt: skip


def one_core() -> list[str]:
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def run(command: list[str], env: dict[str, str], said: Path) -> tuple[float, float]:
    """Seconds until ``command`` ends, and its peak memory in MiB; what it prints goes to
    ``said``. Its processor time is printed too: on a busy machine the wall clock waits for
    other programs, and the processor time is what the step would take on a quiet one."""
    with said.open("wb") as printed:
        start = time.perf_counter()
        child = subprocess.Popen([*one_core(), *command], env=env, stdout=printed,
                                 stderr=subprocess.STDOUT)  # fmt: skip
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{command[3:6]} failed: {said.read_text()[-500:]}")
    print(f"  ({command[4] if command[2:3] == ['--data-dir'] else 'floor'}: processor "
          f"{usage.ru_utime + usage.ru_stime:.1f} s)", flush=True)  # fmt: skip
    return seconds, usage.ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--skip", action="append", default=[], help="a step not to run")
    args = parser.parse_args()
    workshop = largest(args.items, args.entries)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        document = scratch / "largest.coprod"
        document.write_bytes(json.dumps(workshop_to_dict(workshop)).encode())
        size = document.stat().st_size
        assert size <= MAX_DOCUMENT_BYTES, f"{size / MB:.1f} MB is over the format's limit"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
        app = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(scratch / "data")]
        said = scratch / "said.txt"
        floor = run([sys.executable, "-c", FLOOR, str(document)], env, said)
        imported = run([*app, "import", str(document)], env, said)
        workshop_id = said.read_text().split()[-1]  # import prints the new workshop's id
        steps: dict[str, tuple[list[str], int]] = {}
        out = scratch / "out"
        out.mkdir()
        for name, verb, suffix, budget in (
            ("report (PDF)", "report", ".pdf", DOCUMENT_SECONDS),
            ("report (HTML)", "report", ".html", DOCUMENT_SECONDS),
            ("blank form", "blank-form", ".pdf", DOCUMENT_SECONDS),
            ("participants' sheet", "participants-sheet", ".pdf", DOCUMENT_SECONDS),
            ("data (CSV)", "export-data", ".csv", DATA_SECONDS),
            ("data (XLSX)", "export-data", ".xlsx", DATA_SECONDS),
            ("data (JSON)", "export-data", ".json", DATA_SECONDS),
            ("workshop file", "export", ".coprod", DATA_SECONDS),
        ):
            if name in args.skip:
                continue
            target = out / f"{verb}{suffix}"
            steps[name] = ([*app, verb, workshop_id, "-o", str(target)], budget)
        print(f"workshop:  {args.items} items × {MAX_GROUPS} groups, {args.entries} actions, "
              f"plan entries, barriers and parking-lot entries each, "
              f"{len(workshop.cross_ratings)} cross-ratings; file {size / MB:.1f} MB")  # fmt: skip
        print(f"floor:     reading the file with json: {floor[0]:.2f} s, {floor[1]:.0f} MB")
        results = {"import": imported}
        print(f"{'import':21} {imported[0]:8.1f} s {imported[1]:6.0f} MB   budget "
              f"{DATA_SECONDS} s, {MEMORY_MB} MB")  # fmt: skip
        for name, (command, budget) in steps.items():
            results[name] = seconds, memory = run(command, env, said)
            within = seconds <= budget and memory <= MEMORY_MB
            print(f"{name:21} {seconds:8.1f} s {memory:6.0f} MB   budget {budget} s, "
                  f"{MEMORY_MB} MB: {'met' if within else 'MISSED'}", flush=True)  # fmt: skip
    slowest = max(results.values())
    peak = max(m for _s, m in results.values())
    print(f"largest: ratio {slowest[0] / floor[0]:.0f} (slowest step {slowest[0]:.1f} s, peak "
          f"{peak:.0f} MB vs reading the file {floor[0]:.2f} s, {floor[1]:.0f} MB)")  # fmt: skip


if __name__ == "__main__":
    main()
