"""Report benchmark: a large workshop's PDF against a plain reportlab document of equal work.

The workshop: 8 groups × 48 items (the default framework extended to 48 items), a note on
every rating, and a baseline so the follow-up section is built too. The floor is the report's
own story rebuilt with stock reportlab only (Paragraph, Table, SimpleDocTemplate, TTFont over
the same DejaVu files): same paragraphs, same tables, same page count, none of the report's
machinery (see "the floor" below). In one process, report builds alternate with floor builds;
the earlier running-text floor (22 paragraphs a page, no tables) is timed too, for comparison.
Peak memory is measured in separate tracemalloc runs so it does not slow the timed ones.
Then the whole `report` command is timed as a fresh process, over a store holding both
workshops. Run:

    .venv/bin/python bench/report.py [--runs 7] [--cli-runs 5]

Ends with one line: ``report: ratio R (median A ms vs plain reportlab B ms)``.
Targets (issue 4): ratio <= 2; under 0.5 s in the running app; the command under 1.5 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
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
from typing import Any

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
PAGE_WIDTH, PAGE_HEIGHT = 595.27, 841.89  # A4, points
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


# --- the floor: the report's own story, laid out with stock reportlab -------------------------
#
# A fair floor does the same work a plain reportlab program would for a document like the
# report: the same paragraphs (same text and markup, same sizes), the same tables (same rows,
# columns, widths, ruled and shaded, header repeated), the same page count, the same DejaVu
# faces embedded. It uses only stock classes: Paragraph, Table, SimpleDocTemplate, TTFont;
# none of the report's own machinery (header and footer, "Page X of Y", contents, cached
# wraps, width memo, charts: a chart's place is left as empty space).

PLAIN = {  # stock TTFont objects over the same files, under names of their own
    "DejaVuSans": "PlainDejaVuSans",
    "DejaVuSans-Bold": "PlainDejaVuSans-Bold",
    "DejaVuSans-Oblique": "PlainDejaVuSans-Oblique",
    "DejaVuSans-BoldOblique": "PlainDejaVuSans-BoldOblique",
}


@dataclasses.dataclass(frozen=True)
class Shape:
    """The floor's story as plain data, read once from the report's story."""

    story: list[tuple[Any, ...]]
    styles: dict[str, Any]


def register_plain_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if PLAIN["DejaVuSans"] in pdfmetrics.getRegisteredFontNames():
        return
    for ours, plain in PLAIN.items():
        face = "-".join(["DejaVuSans", *ours.split("-")[1:]])
        pdfmetrics.registerFont(TTFont(plain, str(resource("fonts", f"{face}.ttf"))))
    regular = PLAIN["DejaVuSans"]
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, PLAIN["DejaVuSans-Bold"])
    addMapping(regular, 0, 1, PLAIN["DejaVuSans-Oblique"])
    addMapping(regular, 1, 1, PLAIN["DejaVuSans-BoldOblique"])


def shape_of(story: list[Any]) -> Shape:
    """What the report's story holds, as (kind, ...) tuples the floor rebuilds from."""
    from reportlab.platypus import (
        KeepTogether,
        ListFlowable,
        PageBreak,
        Paragraph,
        Spacer,
        Table,
    )

    styles: dict[str, Any] = {}

    def paragraph(f: Any) -> tuple[Any, ...]:
        if f.style.name not in styles:
            styles[f.style.name] = f.style.clone(
                f.style.name,
                fontName=PLAIN.get(f.style.fontName, f.style.fontName),
                bulletFontName=PLAIN.get(f.style.bulletFontName, f.style.bulletFontName),
            )
        return ("p", f.text, f.style.name)

    def one(f: Any) -> list[tuple[Any, ...]]:
        if isinstance(f, Paragraph):
            return [paragraph(f)]
        if isinstance(f, Table):
            rows = [[cell(v) for v in row] for row in f._cellvalues]
            return [("table", rows, list(f._argW), f.repeatRows)]
        if isinstance(f, KeepTogether):
            return [("keep", [x for g in f._content for x in one(g)])]
        if isinstance(f, ListFlowable):
            return [x for g in f._flowables for x in one(getattr(g, "_flowable", g))]
        if isinstance(f, PageBreak):
            return [("break",)]
        if isinstance(f, Spacer):
            return [("space", f.width, f.height)]
        width, height = f.wrap(PAGE_WIDTH, PAGE_HEIGHT)  # a chart, the contents: room only
        return [("space", width, height)]

    def cell(v: Any) -> Any:
        if isinstance(v, list):
            return [x for g in v for x in one(g)]
        if isinstance(v, str):
            return v
        return one(v)

    return Shape([x for f in story for x in one(f)], styles)


def build_plain(shape: Shape, extra_pages: int = 0) -> bytes:
    """The floor document: ``shape``'s story with stock classes, then ``extra_pages`` pages
    of running text to reach the report's page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
    )

    from coprod_desktop.report.styles import MARGIN, table_style

    register_plain_fonts()
    styles = shape.styles
    style = table_style()
    style.add("FONTNAME", (0, 0), (-1, -1), PLAIN["DejaVuSans"])

    def make(x: tuple[Any, ...]) -> Any:
        kind = x[0]
        if kind == "p":
            return Paragraph(x[1], styles[x[2]])
        if kind == "table":
            rows = [[cell(v) for v in row] for row in x[1]]
            table = Table(rows, colWidths=x[2], repeatRows=x[3], hAlign="LEFT")
            table.setStyle(style)
            return table
        if kind == "keep":
            return KeepTogether([make(y) for y in x[1]])
        if kind == "break":
            return PageBreak()
        return Spacer(x[1], x[2])

    def cell(v: Any) -> Any:
        return v if isinstance(v, str) else [make(y) for y in v]

    story = [make(x) for x in shape.story]
    body = styles.get("Body") or next(iter(styles.values()))
    for page in range(extra_pages):
        story.append(PageBreak())
        story += [Paragraph(f"Page {page + 1}. " + NOTE.format(n=page), body) for _ in range(22)]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        invariant=True,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6,
        bottomMargin=MARGIN + 4,
    )
    doc.build(story)
    return out.getvalue()


def running_text(pages: int) -> bytes:
    """The earlier floor: ``pages`` pages of 22 running-text paragraphs each, no tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    register_plain_fonts()
    style = ParagraphStyle("plain", fontName=PLAIN["DejaVuSans"], fontSize=9.5, leading=12.5)
    story: list[Any] = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}. " + NOTE.format(n=page), style) for _ in range(22)]
        if page < pages - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=True).build(story)
    return out.getvalue()


def plain_floor(follow: Workshop, baseline: Workshop, pages: int) -> Callable[[], bytes]:
    """A builder of the floor document, checked to be exactly ``pages`` pages long."""
    from coprod_desktop.domain.results import analyse
    from coprod_desktop.report.document import Contents, ReportDocument
    from coprod_desktop.report.kit import Kit
    from coprod_desktop.report.pdf import ReportRenderer

    renderer = ReportRenderer()
    contents = Contents()
    doc = ReportDocument(io.BytesIO(), pagesize=renderer.page_size, title="", contents=contents)
    kit = Kit(follow, renderer.sheet, doc.width, contents)
    shape = shape_of(renderer.story(kit, analyse(follow, baseline), baseline))
    short = pages - page_count(build_plain(shape))
    if short < 0:
        # Stock headings can land differently: keep the longest start of the story that fits
        # in ``pages`` (less work for the floor, so never in the report's favour).
        low, high = 0, len(shape.story)
        while low < high:
            middle = (low + high + 1) // 2
            cut = Shape(shape.story[:middle], shape.styles)
            if page_count(build_plain(cut)) <= pages:
                low = middle
            else:
                high = middle - 1
        shape = Shape(shape.story[:low], shape.styles)
        short = pages - page_count(build_plain(shape))
    return functools.partial(build_plain, shape, short)


def accelerator() -> str:
    """Whether reportlab runs with its C accelerator (the rl_accel package) or pure Python."""
    from importlib.metadata import version

    import reportlab
    from reportlab.lib import rl_accel

    if "fp_str" not in rl_accel._c_funcs:  # what reportlab took from _rl_accel
        return f"{reportlab.Version}, pure Python (rl_accel not installed)"
    return f"{reportlab.Version} with its C accelerator rl_accel {version('rl_accel')}"


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
        # As installed (a wheel or the bundle), the app's modules have compiled bytecode; a
        # checkout run with PYTHONDONTWRITEBYTECODE would compile every module on every run.
        # The warm-up run writes the caches to a scratch folder and warms the file cache.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        subprocess.run(command, check=True, capture_output=True, env=env)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
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

    plain = plain_floor(follow, baseline, pages)
    assert page_count(plain()) == pages, "the plain document must be as long as the report"
    report_times, plain_times, text_times = [], [], []
    for _ in range(args.runs):
        report_times.append(timed(report)[0])
        plain_times.append(timed(plain)[0])
        text_times.append(timed(functools.partial(running_text, pages))[0])
    report_peak, plain_peak = peak_memory(report), peak_memory(plain)
    cli = cli_times(follow, baseline, args.cli_runs)

    med_report = statistics.median(report_times) * 1000
    med_plain = statistics.median(plain_times) * 1000
    print(f"workshop:   {GROUPS} groups × {ITEMS} items, a note on every rating, with baseline")
    print(f"reportlab:  {accelerator()}")
    print(f"pages:      {pages} (report and plain document alike); {len(pdf) / 1024:.0f} KB")
    print(f"first build in the process: {first * 1000:.0f} ms (fonts registered)")
    print(
        f"build:      report median {med_report:.0f} ms (min {min(report_times) * 1000:.0f}), "
        f"plain median {med_plain:.0f} ms (min {min(plain_times) * 1000:.0f}); {args.runs} runs"
    )
    med_text = statistics.median(text_times) * 1000
    print(
        f"old floor:  running text only (22 paragraphs a page, no tables) median "
        f"{med_text:.0f} ms; ratio {med_report / med_text:.1f}"
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
