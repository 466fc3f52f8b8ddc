"""Screenshots of the demo's report for the guide: PDF pages (pdftoppm, from poppler-utils)
and the accessible HTML report as headless Chromium draws it (Debian's
chromium-headless-shell), built from a demo store in a temporary folder.

Run: ``.venv/bin/python scripts/report_screenshots.py [OUT]`` (OUT: a new temporary folder
if not given). It prints the files it wrote; the guide's curated copies in docs/screenshots/
are copied from them by hand, after looking at each.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from coprod_desktop.domain.purpose import WorkshopPurpose  # noqa: E402
from coprod_desktop.report.formats import Export  # noqa: E402
from coprod_desktop.services.data_folder import open_data_folder  # noqa: E402
from coprod_desktop.services.demo import create_demo  # noqa: E402
from coprod_desktop.services.exports import ExportService  # noqa: E402
from coprod_desktop.services.workshops import WorkshopService  # noqa: E402

#: Each picture's name and the start of a heading on its page (the first page that has one).
PAGES = (
    ("report-summary", "Summary"),
    ("report-group", "Group: "),
    ("report-across", "Across groups"),
    ("report-plan", "Training plan"),
)
#: The demo as a planning day: readiness per stage and the barriers, before the group pages.
PLANNING_PAGES = (("report-planning", "Barriers in the way"),)
BROWSERS = ("chromium-headless-shell", "chromium", "chromium-browser")


def pdf_pages(pdf: Path, out: Path, named: tuple[tuple[str, str], ...] = PAGES) -> None:
    """The report's pages ``named`` (PAGES), as PNG at 100 dots per inch."""
    pages = [(page.extract_text() or "").splitlines() for page in PdfReader(pdf).pages]
    for name, words in named:
        number = next(
            n for n, lines in enumerate(pages, start=1)
            if any(line == words or (line.startswith(words) and words.endswith(" "))
                   for line in lines)
        )  # fmt: skip
        target = out / name
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-singlefile", "-f", str(number), "-l",
             str(number), str(pdf), str(target)],
            check=True,
        )  # fmt: skip
        print(f"wrote {target}.png (page {number})")


def html_page(page: Path, out: Path, scratch: Path) -> None:
    """The HTML report's first screenful at 1024 × 1400, as Chromium draws it, offline."""
    chromium = next((found for b in BROWSERS if (found := shutil.which(b))), None)
    if chromium is None:
        raise SystemExit("no headless Chromium: install the Debian package chromium-headless-shell")
    target = out / "report-html.png"
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND",
         f"--user-data-dir={scratch / 'profile'}", "--hide-scrollbars",
         "--window-size=1024,1400", f"--screenshot={target}", page.as_uri()],
        check=True, capture_output=True, env=env,
    )  # fmt: skip
    print(f"wrote {target}")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="report-"))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        folder = open_data_folder(scratch / "data")
        try:
            exports = ExportService(folder.store)
            demo = create_demo(folder.store)
            exports.write(Export.REPORT, demo, scratch / "report.pdf")
            exports.write(Export.REPORT, demo, scratch / "report.html")
            workshops = WorkshopService(folder.store)
            planning = dataclasses.replace(workshops.get(demo), uid="planning-day",
                                           purpose=WorkshopPurpose.PLANNING)  # fmt: skip
            exports.write(Export.REPORT, workshops.add(planning), scratch / "planning.pdf")
        finally:
            folder.close()
        pdf_pages(scratch / "report.pdf", out)
        pdf_pages(scratch / "planning.pdf", out, PLANNING_PAGES)
        html_page(scratch / "report.html", out, scratch)


if __name__ == "__main__":
    main()
