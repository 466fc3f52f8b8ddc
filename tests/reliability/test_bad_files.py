"""Hostile workshop files: each is refused with a message naming the file, the place in it
and the reason, and the store is left byte for byte as it was (service and command line).

The committed corpus is tests/data/bad_files/ (see its README.md and manifest.json); files
too big to commit, a directory, a named pipe and a symlink loop are made here.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coprod_desktop import cli
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.formats import reader
from coprod_desktop.formats.reader import MAX_DEPTH, MAX_DOCUMENT_BYTES, DocumentError, parse_json
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.exchange import WorkshopExchange
from tests.reliability.helpers import make_folder_with_demo, store_files, workshop_count
from tests.worded import raises_worded, worded

CORPUS = Path(__file__).resolve().parent.parent / "data" / "bad_files"
MANIFEST: list[dict[str, Any]] = json.loads((CORPUS / "manifest.json").read_text("utf-8"))
BAD = [e for e in MANIFEST if e["expect"] is not None]
GOOD = [e for e in MANIFEST if e["expect"] is None]
MB = 1024 * 1024


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed data folder with the demo workshop, copied afresh for each test."""
    folder = tmp_path_factory.mktemp("pristine") / "data"
    make_folder_with_demo(folder)
    return folder


@pytest.fixture
def folder(pristine: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "data"
    shutil.copytree(pristine, target)
    (target / "coprod.lock").unlink(missing_ok=True)
    return target


def import_with_service(folder: Path, path: Path) -> int:
    with open_data_folder(folder) as opened:
        return WorkshopExchange(opened.store).import_file(path)


def import_with_cli(folder: Path, path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--data-dir", str(folder), "import", str(path)]), out, err)
    return code, out.getvalue(), err.getvalue()


def assert_refused_by_both(folder: Path, path: Path, expect: str) -> None:
    """Both import paths refuse ``path`` naming it and ``expect``; the store is unchanged."""
    # Open and close once first, so the fingerprint is of a store in its settled state.
    open_data_folder(folder).close()
    before, count = store_files(folder), workshop_count(folder)
    with pytest.raises(CoprodError) as info:
        import_with_service(folder, path)
    message = worded(info.value)
    assert str(path) in message
    assert expect in message
    assert store_files(folder) == before
    assert workshop_count(folder) == count

    code, out, err = import_with_cli(folder, path)
    assert code == cli.EXIT_ERROR
    assert out == ""
    assert err.startswith(f"{cli.PROG}: {path}")
    assert expect in err
    assert "Traceback" not in err and "unexpected error" not in err
    assert len(err.strip().splitlines()) == 1
    assert store_files(folder) == before
    assert workshop_count(folder) == count


@pytest.mark.parametrize("entry", BAD, ids=[e["file"] for e in BAD])
def test_each_bad_file_is_refused_and_changes_nothing(folder: Path, entry: dict[str, Any]) -> None:
    assert_refused_by_both(folder, CORPUS / entry["file"], entry["expect"])


@pytest.mark.parametrize("entry", GOOD, ids=[e["file"] for e in GOOD])
def test_the_corpus_positive_controls_import(folder: Path, entry: dict[str, Any]) -> None:
    """The valid base (plain, with a BOM, with CRLF) imports: the bad files fail for the one
    thing each breaks, not because the base is broken."""
    count = workshop_count(folder)
    code, out, err = import_with_cli(folder, CORPUS / entry["file"])
    assert (code, err) == (cli.EXIT_OK, "")
    assert out.strip().isdigit()
    assert workshop_count(folder) == count + 1
    with open_data_folder(folder) as opened:
        from coprod_desktop.services.workshops import WorkshopService

        imported = WorkshopService(opened.store).get(int(out))
    assert imported.title == "Riverside readiness"
    assert imported.groups[0].ratings["K1"].tally is not None


def test_manifest_lists_every_file_in_the_corpus() -> None:
    on_disk = {p.name for p in CORPUS.glob("*.coprod")}
    assert on_disk == {e["file"] for e in MANIFEST}
    assert len(BAD) >= 40


# -- cases made at test time ---------------------------------------------------------------


def _valid_text() -> str:
    return (CORPUS / "valid.coprod").read_text("utf-8")


def _with_note(path: Path, size: int) -> Path:
    """The valid file with one note ``size`` characters long, written without holding it twice."""
    head, tail = _valid_text().split('"Two thought 3."')
    with path.open("w", encoding="utf-8") as fh:
        fh.write(head + '"')
        chunk = "n" * MB
        for _ in range(size // MB):
            fh.write(chunk)
        fh.write("n" * (size % MB) + '"' + tail)
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _loop(path: Path) -> Path:
    os.symlink(path.with_name("b.coprod"), path)
    os.symlink(path, path.with_name("b.coprod"))
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


MADE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "50 MB note": (lambda p: _with_note(p, 50 * MB), "is 50.0 MB; the limit is 32 MB"),
    "31 MB note, under the file limit": (
        lambda p: _with_note(p, 31 * MB),
        "ratings[0].note): this is 32,505,856 characters long; the limit is 20,000",
    ),
    "a directory named .coprod": (_directory, "is not a file"),
    "a missing file": (lambda p: p, "no such file"),
}
if sys.platform != "win32":
    MADE["a named pipe (would block a naive reader)"] = (_fifo, "is not a file")
    MADE["a symlink loop"] = (_loop, "cannot be read (Too many levels of symbolic links)")


@pytest.mark.parametrize("case", list(MADE), ids=list(MADE))
def test_files_made_at_test_time_are_refused(folder: Path, tmp_path: Path, case: str) -> None:
    make, expect = MADE[case]
    path = make(tmp_path / "a.coprod")
    try:
        assert_refused_by_both(folder, path, expect)
    finally:
        if path.is_file():
            path.unlink()  # 50 MB should not linger in /tmp until the session ends


# -- the limits themselves -----------------------------------------------------------------


def test_import_limits_are_32_mb_and_32_levels() -> None:
    assert MAX_DOCUMENT_BYTES == 32 * MB
    assert MAX_DEPTH == 32


def test_the_size_limit_is_checked_on_bytes_already_in_memory() -> None:
    data = b'"' + b"x" * MAX_DOCUMENT_BYTES + b'"'
    with raises_worded(DocumentError, match="the limit is 32 MB"):
        parse_json(data, "big.json")


def test_depth_32_is_read_and_33_is_refused() -> None:
    assert parse_json(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH, "ok.json") is not None
    with raises_worded(DocumentError, match="nested more than 32 levels deep"):
        parse_json(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1), "deep.json")
    with raises_worded(DocumentError, match="nested more than 32 levels deep"):
        parse_json(b'{"a":' * 40 + b"1" + b"}" * 40, "deep.json")


def test_brackets_and_escaped_quotes_inside_text_do_not_count_as_nesting() -> None:
    text = '["' + "[{" * 100 + '\\"' + "[" * 100 + '", "\\\\", "]]]]"]'
    assert parse_json(text.encode(), "ok.json")[0].startswith("[{")


def test_without_the_depth_check_deep_json_would_crash_the_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Why the depth check exists: json.loads recurses, and very deep input blows the stack
    with a RecursionError, which is not a clear message."""
    monkeypatch.setattr(reader, "_check_depth", lambda _text, _source: None)
    with pytest.raises(RecursionError):
        parse_json(b"[" * 200_000 + b"]" * 200_000, "deep.json")


@pytest.mark.parametrize(
    "crafted",
    [
        b'["' + b'a\\"' * 700_000,  # 2 MB: a string left open, full of escaped quotes
        b'{"a": "' + b'\\\\\\"[' * 500_000,  # escapes and brackets, never closed
        b'["\\\n' + b"[" * 100 + b'"' * 1_000_000,  # a backslash before a line break
    ],
)
def test_a_string_left_open_is_refused_in_one_pass(crafted: bytes) -> None:
    """Each character is scanned once: a string left open used to make the depth check start
    again at every later quote (a crafted 200 KB file took 197 s; these would take hours)."""
    with raises_worded(DocumentError, match=r"is not valid JSON|nested more than"):
        parse_json(crafted, "crafted.coprod")
