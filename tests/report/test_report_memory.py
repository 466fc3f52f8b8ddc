"""The report of a large workshop does not keep what it has laid out: the memory it takes grows
with the story's size, not with what reportlab keeps of long tables' rows once broken into
lines. Measured as a child process's peak resident size (bytes, not time)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.workshop import MAX_GROUPS, Workshop
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.report.pdf import ReportRenderer
from coprod_desktop.resources import resource
from tests.report.helpers import reader
from tests.report.limits import custom_items, workshop_of

ROOT = Path(__file__).resolve().parents[2]
LONG_NAME = "Tenants, carers and volunteers from the estates by the river " * 5
#: Peak memory the build may add per page of views (bytes). Each view's cell used to be one
#: paragraph of 23 long lines: about 150 kB a page once broken into lines and split; now a
#: paragraph per line, about 55 kB.
MOST_PER_PAGE = 90_000
#: Builds the report of ``seen_by_all(framework, items)`` and prints its pages and peak memory.
CHILD = """
import resource, sys
from tests.report.test_report_memory import build
pages = build(int(sys.argv[1]))
print(pages, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def seen_by_all(framework: Framework, items: int) -> Workshop:
    """24 groups with 300-character names, each giving its view of every other group on the
    first ``items`` items: a table of 24 × ``items`` rows of 23 long lines each."""
    workshop = workshop_of(framework, groups=MAX_GROUPS, group_name=LONG_NAME)
    keys = [g.key for g in workshop.groups]
    views = tuple(
        CrossRating(rater, subject, item.code, 3)
        for item in framework.items[:items]
        for subject in keys
        for rater in keys
        if rater != subject
    )
    return dataclasses.replace(workshop, cross_ratings=views)


def build(items: int) -> int:
    """The report's pages (in the child)."""
    path = resource("frameworks", "default.en.json")
    framework = custom_items(
        framework_from_bytes(path.read_bytes(), str(path)), 3, None, "Statement 1"
    )
    return len(reader(ReportRenderer().render(seen_by_all(framework, items))).pages)


def peak_of_report(items: int) -> tuple[int, int]:
    """Pages and peak resident bytes of a fresh process building the report."""
    said = subprocess.run(
        [sys.executable, "-c", CHILD, str(items)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return int(said[0]), int(said[1])


def test_memory_grows_little_with_the_pages_of_a_long_table() -> None:
    small_pages, small = peak_of_report(1)
    large_pages, large = peak_of_report(3)
    added = large_pages - small_pages
    assert added >= 100, "the other items' views run over many more pages"
    assert (large - small) / added < MOST_PER_PAGE
