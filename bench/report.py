"""Report benchmark: a large workshop's PDF against a plain reportlab document of equal length.

The workshop: 8 groups × 48 items (the default framework extended to 48 items), a note on
every rating, and a baseline so the follow-up section is built too. In one process, report
builds alternate with builds of a plain reportlab document (SimpleDocTemplate, the same
embedded DejaVu font, pages filled with paragraphs, a page break per page) with the same number of pages;
peak memory is measured in separate tracemalloc runs so it does not slow the timed ones.
Then the whole `report` command is timed as a fresh process, over a store holding both
workshops. Run:

    .venv/bin/python bench/report.py [--runs 7] [--cli-runs 5]

Ends with one line: ``report: ratio R (median A ms vs plain reportlab B ms)``.
Targets (issue 4): ratio <= 2; under 0.5 s in the running app; the command under 1.5 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coprod_desktop.domain.framework import Framework, Item, Stage  # noqa: E402
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally  # noqa: E402
from coprod_desktop.domain.workshop import (  # noqa: E402
    Action,
    Group,
    ParkingLotEntry,
    StagePlacement,
    Workshop,
)
from coprod_desktop.formats.framework_format import framework_from_bytes  # noqa: E402
from coprod_desktop.resources import resource  # noqa: E402

GROUPS = 8
ITEMS = 48
NOTE = (
    "The room talked this through for some time: {n} people felt the group is further on "
    "than the level agreed, and asked that the budget session in spring picks this up."
)


def big_framework() -> Framework:
    """The default framework with 48 items: its 40, plus copies of the first two per area."""
    path = resource("frameworks", "default.en.json")
    base = framework_from_bytes(path.read_bytes(), str(path))
    extra: list[Item] = []
    for area_prefix in ("K", "H", "S", "A"):
        for n in (1, 2):
            source = base.item(f"{area_prefix}{n}")
            extra.append(
                dataclasses.replace(
                    source, code=f"{area_prefix}{10 + n}", text=source.text + " (again)"
                )
            )
    items = (*base.items, *extra)
    assert len(items) == ITEMS
    return dataclasses.replace(base, key="bench-48", items=items)


def big_workshop(framework: Framework, seed: int, uid: str, baseline: str | None) -> Workshop:
    rng = random.Random(seed)
    codes = tuple(i.code for i in framework.items)
    groups = []
    for g in range(GROUPS):
        ratings = {}
        for code in codes:
            now, needed = rng.randint(1, 4), rng.randint(2, 5)
            if rng.random() < 0.15:
                counts: dict[int, int] = {}
                for level, dots in ((now, 3), (min(5, now + 1), 2), (max(1, now - 1), 1)):
                    counts[level] = counts.get(level, 0) + dots
                tally = Tally(counts)
                ratings[code] = Rating(
                    item_code=code,
                    status=RatingStatus.SPLIT,
                    current_level=now,
                    required_level=needed,
                    tally=tally,
                    note=NOTE.format(n=rng.randint(2, 4)),
                    private_note="Never printed.",
                )
            else:
                ratings[code] = Rating(
                    item_code=code,
                    current_level=now,
                    required_level=needed,
                    note=NOTE.format(n=rng.randint(2, 4)),
                )
        groups.append(
            Group(
                key=f"g{g + 1}",
                name=f"Group {g + 1}: {rng.choice(['Carers', 'Staff', 'Managers', 'Tenants'])}",
                participant_count=6,
                placement=StagePlacement(Stage.CO_DESIGN, Stage.CO_DELIVERY, note=NOTE.format(n=3)),
                ratings=ratings,
            )
        )
    return Workshop(
        uid=uid,
        title="Benchmark workshop: 8 groups × 48 items",
        framework=framework,
        item_codes=codes,
        groups=tuple(groups),
        organisation="Benchmark Borough Council",
        actions=tuple(
            Action(what=f"Action {n}: {NOTE.format(n=n)}", who="Someone") for n in range(12)
        ),
        parking_lot=tuple(ParkingLotEntry(text=f"Question {n}?") for n in range(8)),
        baseline_uid=baseline,
    )


def page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")


def plain_document(pages: int) -> bytes:
    """A plain reportlab document of ``pages`` full pages: DejaVu paragraphs, a break per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from coprod_desktop.report.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=9.5, leading=12.5)
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}. " + NOTE.format(n=page), style) for _ in range(22)]
        if page < pages - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=True).build(story)
    return out.getvalue()


def timed(build: Callable[[], bytes]) -> tuple[float, bytes]:
    start = time.perf_counter()
    data = build()
    return time.perf_counter() - start, data


def peak_memory(build: Callable[[], bytes]) -> int:
    tracemalloc.start()
    try:
        build()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def cli_times(follow: Workshop, baseline: Workshop, runs: int) -> list[float]:
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.workshops import WorkshopService

    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        folder = open_data_folder(data)
        try:
            service = WorkshopService(folder.store)
            service.add(baseline)
            follow_id = service.add(follow)
        finally:
            folder.close()
        out = Path(scratch) / "report.pdf"
        command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data)]
        command += ["report", str(follow_id), "-o", str(out)]
        subprocess.run(command, check=True, capture_output=True)  # warm the file cache
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=dict(os.environ))
            times.append(time.perf_counter() - start)
        return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cli-runs", type=int, default=5)
    args = parser.parse_args()

    from coprod_desktop.report.pdf import ReportRenderer

    framework = big_framework()
    baseline = big_workshop(framework, 1, "bench-baseline", None)
    follow = big_workshop(framework, 2, "bench-follow-up", "bench-baseline")

    def report() -> bytes:
        return ReportRenderer().render(follow, baseline)

    first, pdf = timed(report)  # includes font registration, as the first export in a session
    pages = page_count(pdf)

    def plain() -> bytes:
        return plain_document(pages)

    assert page_count(plain()) == pages, "the plain document must be as long as the report"
    report_times, plain_times = [], []
    for _ in range(args.runs):
        report_times.append(timed(report)[0])
        plain_times.append(timed(plain)[0])
    report_peak, plain_peak = peak_memory(report), peak_memory(plain)
    cli = cli_times(follow, baseline, args.cli_runs)

    med_report = statistics.median(report_times) * 1000
    med_plain = statistics.median(plain_times) * 1000
    print(f"workshop:   {GROUPS} groups × {ITEMS} items, a note on every rating, with baseline")
    print(f"pages:      {pages} (report and plain document alike); {len(pdf) / 1024:.0f} KB")
    print(f"first build in the process: {first * 1000:.0f} ms (fonts registered)")
    print(
        f"build:      report median {med_report:.0f} ms (min {min(report_times) * 1000:.0f}), "
        f"plain median {med_plain:.0f} ms (min {min(plain_times) * 1000:.0f}); {args.runs} runs"
    )
    print(
        f"peak mem:   report {report_peak / 1e6:.1f} MB, plain {plain_peak / 1e6:.1f} MB "
        f"(tracemalloc, separate runs); ratio {report_peak / plain_peak:.1f}"
    )
    print(
        f"command:    `report` as a process median {statistics.median(cli) * 1000:.0f} ms "
        f"(min {min(cli) * 1000:.0f}, max {max(cli) * 1000:.0f}); {args.cli_runs} runs"
    )
    print(
        f"report: ratio {med_report / med_plain:.1f} "
        f"(median {med_report:.0f} ms vs plain reportlab {med_plain:.0f} ms)"
    )


if __name__ == "__main__":
    main()
