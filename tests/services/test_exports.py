"""Export use cases: the baseline found by uid, private atomic files, format by suffix."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.errors import CoprodError, NotFoundError
from coprod_desktop.report import formats
from coprod_desktop.report.formats import Export, ExportFormat
from coprod_desktop.report.options import Paper
from coprod_desktop.resources import resource
from coprod_desktop.services.demo import DEMO_FILE, build_demo
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.frameworks import DEFAULT_FRAMEWORK_KEY, FrameworkService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import pdf_text, reader
from tests.worded import raises_worded


def test_exports_read_back_every_part_as_it_was_stored(store: Store) -> None:
    """Exports read the store with ``sqlite3`` (no ORM): dates, booleans, tallies, links and
    every part of the workshop come back equal to what was added."""
    spec = json.loads(resource(*DEMO_FILE).read_text(encoding="utf-8"))
    framework = FrameworkService(store).get(DEFAULT_FRAMEWORK_KEY)
    demo = build_demo(framework, spec, dt.date(2026, 3, 1))
    first, (g1, g2) = demo.item_codes[0], (g.key for g in demo.groups[:2])
    demo = dataclasses.replace(
        demo,
        actions=(
            dataclasses.replace(demo.actions[0], done=True),
            *demo.actions[1:],
        ),
        cross_ratings=(CrossRating(g1, g2, first, 3), CrossRating(g2, None, first, 4)),
    )
    assert demo.held_on and demo.plan and demo.barriers and demo.cross_ratings
    assert any(a.due for a in demo.actions) and any(e.due for e in demo.plan)
    assert any(r.tally for g in demo.groups for r in g.ratings.values())
    workshop, baseline = ExportService(store).load(WorkshopService(store).add(demo))
    assert workshop == demo
    assert baseline is None


def test_a_follow_up_loads_its_baseline_by_uid(store: Store, demo_id: int) -> None:
    follow_id = WorkshopService(store).duplicate(demo_id, as_follow_up=True)
    service = ExportService(store)
    workshop, baseline = service.load(follow_id)
    assert baseline is not None and baseline.uid == workshop.baseline_uid
    assert service.load(demo_id)[1] is None


def test_a_missing_baseline_is_no_error(store: Store, demo_id: int) -> None:
    demo = WorkshopService(store).get(demo_id)
    orphan = dataclasses.replace(demo, uid="orphan", baseline_uid="not-in-this-store")
    orphan_id = WorkshopService(store).add(orphan)
    _, baseline = ExportService(store).load(orphan_id)
    assert baseline is None
    assert "Follow-up" not in pdf_text(ExportService(store).report_pdf(orphan_id))


def test_files_are_written_whole_and_private(store: Store, demo_id: int, tmp_path: Path) -> None:
    service = ExportService(store)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    report = tmp_path / "report.pdf"
    service.write(Export.REPORT, demo_id, report, paper=Paper.LETTER)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert round(float(reader(report.read_bytes()).pages[0].mediabox.width)) == 612
    form = tmp_path / "form.pdf"
    service.write(Export.BLANK_FORM, demo_id, form)
    assert "Assessment form" in pdf_text(form.read_bytes())
    for suffix, magic in ((".csv", b"\xef\xbb\xbf"), (".xlsx", b"PK"), (".json", b"{")):
        path = tmp_path / f"data{suffix.upper() if suffix == '.csv' else suffix}"
        service.write(Export.DATA, demo_id, path)
        assert path.read_bytes().startswith(magic)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "data.CSV",
        "data.json",
        "data.xlsx",
        "form.pdf",
        "report.pdf",
    ]


def test_unknown_suffix_and_unknown_workshop(store: Store, demo_id: int, tmp_path: Path) -> None:
    service = ExportService(store)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with raises_worded(CoprodError, match=r"name the file \.csv, \.xlsx, \.json"):
        service.write(Export.DATA, demo_id, tmp_path / "data.txt")
    with pytest.raises(NotFoundError):
        service.report_pdf(9999)
    assert list(tmp_path.iterdir()) == []


def test_a_format_registered_once_is_written_by_its_suffix(
    store: Store, demo_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One record in ``report.formats.FORMATS`` is all a new format needs below the windows."""
    plain = ExportFormat(Export.DATA, ".txt", "Text (*.txt)", lambda s: s.workshop.title.encode())
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, plain))
    assert formats.formats(Export.DATA)[-1] is plain
    path = tmp_path / "title.TXT"
    ExportService(store).write(Export.DATA, demo_id, path)
    assert path.read_bytes() == WorkshopService(store).get(demo_id).title.encode()
    with raises_worded(CoprodError, match=r"\.csv, \.xlsx, \.json, \.txt"):
        ExportService(store).write(Export.DATA, demo_id, tmp_path / "data.md")
