"""Report benchmark: the whole `report` command against a plain reportlab document and LibreOffice.

The workshop: 8 groups × 48 items (the default framework extended to 48 items), a note on
every rating, and a baseline so the follow-up section is built too, in a store in a temporary
folder. Each trial starts fresh processes, one core each (`taskset -c 0` where available), in
turn:

- **the app**: `coprod-desktop report ID -o FILE.pdf`, from process start to the PDF on disk;
- **the floor**: a plain reportlab program (`SimpleDocTemplate`, the same DejaVu font embedded)
  writing a document of running text with the same number of pages as the report;
- **LibreOffice** (when `soffice` is installed): `soffice --headless --convert-to pdf` of the
  same workshop exported as a spreadsheet (`export-data … -o FILE.xlsx`).

Python runs with bytecode caches (in a scratch folder), as an installed app does. Run:

    .venv/bin/python bench/report.py [--runs 5]

Ends with one line: ``report: ratio R (median command A ms vs plain reportlab B ms, N pages)``.
Budgets (issue 15): the command under 2 s on one core, and faster than LibreOffice converting
the same data as a spreadsheet.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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

#: The floor: a plain reportlab program, as a reader would write it for N pages of text.
PLAIN = r"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
pages, font, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
pdfmetrics.registerFont(TTFont("Plain", font))
style = ParagraphStyle("plain", fontName="Plain", fontSize=9.5, leading=12.5)
text = "The room talked this through for some time, and asked for a session in spring. " * 3
story = []
for page in range(pages):
    story += [Paragraph(f"Page {page + 1}. {text}", style) for _ in range(16)]
    story.append(PageBreak())
SimpleDocTemplate(out, pagesize=A4).build(story[:-1])
"""


def big_framework() -> Framework:
    """The default framework grown to 48 items: its own, then copies of its first items, one
    area at a time (the bank's size changes as the framework does; the bench's does not)."""
    path = resource("frameworks", "default.en.json")
    base = framework_from_bytes(path.read_bytes(), str(path))
    extra: list[Item] = []
    while len(base.items) + len(extra) < ITEMS:
        area_prefix, n = "KHSA"[len(extra) % 4], len(extra) // 4 + 1
        source = base.item(f"{area_prefix}{n}")
        copy = dataclasses.replace(
            source, code=f"{area_prefix}{50 + n}", text=source.text + " (again)"
        )
        extra.append(copy)
    items = (*base.items[:ITEMS], *extra)
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
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def one_core() -> list[str]:
    """The prefix that runs a command on one core, as on the slowest target machine."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def timed(command: list[str], env: dict[str, str], output: Path) -> float:
    """Seconds ``command`` takes to write ``output`` (removed first: a fresh file each time)."""
    output.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run([*one_core(), *command], check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def summary(
    pages: int, app_times: list[float], plain_times: list[float], office_times: list[float]
) -> None:
    a, p = statistics.median(app_times) * 1000, statistics.median(plain_times) * 1000
    print(f"workshop:  {GROUPS} groups × {ITEMS} items, a note on every rating, with baseline")
    print(f"pages:     {pages}; {'one core (taskset -c 0)' if one_core() else 'all cores'}")
    print(f"command:   `report` median {a:.0f} ms (min {min(app_times) * 1000:.0f}, "
          f"max {max(app_times) * 1000:.0f}); budget 2000 ms")  # fmt: skip
    print(f"floor:     plain reportlab, {pages} pages, median {p:.0f} ms "
          f"(min {min(plain_times) * 1000:.0f}, max {max(plain_times) * 1000:.0f})")  # fmt: skip
    if office_times:
        o = statistics.median(office_times) * 1000
        print(
            f"office:    LibreOffice xlsx → pdf median {o:.0f} ms; report/office ratio {a / o:.2f}"
        )
    else:
        print("office:    LibreOffice (soffice) not installed: not compared")
    print(f"report: ratio {a / p:.2f} (median command {a:.0f} ms vs plain reportlab {p:.0f} ms, "
          f"{pages} pages)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.workshops import WorkshopService

    framework = big_framework()
    baseline = big_workshop(framework, 1, "bench-baseline", None)
    follow = big_workshop(framework, 2, "bench-follow-up", "bench-baseline")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        folder = open_data_folder(scratch / "data")
        try:
            service = WorkshopService(folder.store)
            service.add(baseline)
            follow_id = service.add(follow)
        finally:
            folder.close()
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
        app = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(scratch / "data")]
        pdf, xlsx = scratch / "report.pdf", scratch / "data.xlsx"
        report = [*app, "report", str(follow_id), "-o", str(pdf)]
        subprocess.run(report, check=True, capture_output=True, env=env)  # caches, file cache
        pages = page_count(pdf.read_bytes())
        plain_pdf = scratch / "plain.pdf"
        font = str(resource("fonts", "DejaVuSans.ttf"))
        plain = [sys.executable, "-c", PLAIN, str(pages), font, str(plain_pdf)]
        subprocess.run(plain, check=True, capture_output=True, env=env)
        assert page_count(plain_pdf.read_bytes()) == pages, "the floor must be as long"
        office: list[str] = []
        if soffice:
            subprocess.run([*app, "export-data", str(follow_id), "-o", str(xlsx)],
                           check=True, capture_output=True, env=env)  # fmt: skip
            profile = (scratch / "office-profile").as_uri()
            office = [soffice, f"-env:UserInstallation={profile}", "--headless",
                      "--convert-to", "pdf", "--outdir", str(scratch / "office"), str(xlsx)]  # fmt: skip
            subprocess.run(office, check=True, capture_output=True, env=env)  # profile made once
        app_times, plain_times, office_times = [], [], []
        for _ in range(args.runs):
            app_times.append(timed(report, env, pdf))
            plain_times.append(timed(plain, env, plain_pdf))
            if office:
                office_times.append(timed(office, env, scratch / "office" / "data.pdf"))
    summary(pages, app_times, plain_times, office_times)


if __name__ == "__main__":
    main()
