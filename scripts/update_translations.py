"""Update the translations: extract every UI string into resources/translations/*.ts, the
catalogues the app reads as they are (nothing is compiled: see coprod_desktop/wording/catalogue.py).

Run: ``python3 dev.py translations`` (or ``.venv/bin/python scripts/update_translations.py``).

Why a scratch copy: PySide6's lupdate reads ``translate("Context", "Text")`` with literal
strings, and a plural ("numerus") entry only when the count is a literal number. So lupdate
reads a scratch copy of the packages that word things (``SOURCES``) in which a count such as
``len(groups)`` is written as ``1`` (no line moves), and each call it cannot read is repeated at
the end of its file in a form it can: the Qt-free catalogue's
``translate(language, "Context", "Text")`` without its language, and the report's
``say("Text")`` as context ``Report``. Nothing else changes. The .ts files keep no source locations, so they only change when the strings do.

Then translate what lupdate marked unfinished (Qt Linguist, or any editor) and run this again.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "coprod_desktop"
#: Every package that words things: the windows, the charts, the report, and the Qt-free
#: wording read by the command line and the error messages (wording/catalogue.py).
SOURCES = ("ui", "wording", "charts", "report")
#: The context of the report's ``say("Text")`` (``report/kit.py``).
REPORT_CONTEXT = "Report"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def literal_counts(source: str) -> str:
    """``source`` with the count of every four-argument ``translate(...)`` call written as 1."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    spans: list[tuple[int, int, int, int]] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) == "translate"
            and len(node.args) == 4
            and not isinstance(node.args[3], ast.Constant)
        ):
            count = node.args[3]
            assert count.end_lineno is not None and count.end_col_offset is not None
            spans.append((count.lineno, count.col_offset, count.end_lineno, count.end_col_offset))
    # Last first, so earlier offsets stay valid; a multi-line count keeps its line breaks.
    # (ast's column offsets count UTF-8 bytes, hence the encoding.)
    for line, col, end_line, end_col in sorted(spans, reverse=True):
        first, last = lines[line - 1].encode(), lines[end_line - 1].encode()
        breaks = "\n" * (end_line - line)
        lines[line - 1] = first[:col].decode() + "1" + breaks + last[end_col:].decode()
        del lines[line:end_line]
        if breaks:
            lines[line - 1 : line] = lines[line - 1].splitlines(keepends=True)
    return "".join(lines)


def readable(source: str, *, report: bool = False) -> str:
    """``source`` with each string lupdate cannot read repeated at its end in a form it can."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else ""
                 for a in node.args]  # fmt: skip
        if name == "say" and report and texts and texts[0]:
            context, text, counted = REPORT_CONTEXT, texts[0], False
        elif name != "translate" or len(texts) not in (3, 4):
            continue
        elif not texts[0] and texts[1] and texts[2]:  # the catalogue's, language first
            context, text, counted = texts[1], texts[2], len(texts) == 4
        elif (
            texts[0] and texts[1] and len(texts) == 4 and not isinstance(node.args[3], ast.Constant)
        ):
            context, text, counted = texts[0], texts[1], True
        else:
            continue
        lines.append(
            f"translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)}{', None, 1' if counted else ''})\n"
        )
    return source + "\n" + "".join(lines)


def copy_sources(scratch: Path) -> Path:
    """A copy of every package in ``SOURCES`` under ``scratch``, readable by lupdate."""
    copy = scratch / "coprod_desktop"
    for package in SOURCES:
        for path in (PACKAGE / package).rglob("*.py"):
            target = copy / path.relative_to(PACKAGE)
            target.parent.mkdir(parents=True, exist_ok=True)
            source = literal_counts(path.read_text(encoding="utf-8"))
            text = readable(source, report=package == "report")
            target.write_text(text, encoding="utf-8")
    return copy


def extract(copy: Path, ts: Path) -> None:
    """Bring ``ts`` in line with the strings in ``copy``: new ones unfinished, gone ones out."""
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-locations", "none",
         "-no-obsolete", str(copy), "-ts", str(ts)],
        check=True, capture_output=True,
    )  # fmt: skip


def update() -> int:
    languages = sorted(p.stem for p in TRANSLATIONS.glob("*.ts"))
    if not languages:
        sys.exit(f"No .ts files in {TRANSLATIONS}")
    with tempfile.TemporaryDirectory() as scratch:
        copy = copy_sources(Path(scratch))
        for code in languages:
            extract(copy, TRANSLATIONS / f"{code}.ts")
    # Qt's own strings (qt/<code>.ts: file dialog, message box buttons …) are translated by
    # hand against Qt's source texts, never extracted.
    shutil.rmtree(ROOT / "resources" / "translations" / "__pycache__", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(update())
