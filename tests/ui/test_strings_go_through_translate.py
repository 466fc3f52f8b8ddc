"""Every word the windows show goes through Qt's translators: a scan of ``coprod_desktop/ui``
that fails when text is handed straight to a widget, or in a form lupdate cannot extract."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "coprod_desktop" / "ui"

#: Qt setters (and our own helpers) whose text arguments people read.
SHOWN_BY_METHOD = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setLabelText",
    "setTitle", "setTabText", "addTab", "addAction", "addMenu", "addItem", "showMessage",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setIconText", "setSpecialValueText",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory",
    "warning", "information", "question", "critical",
    # the projector's canvas and its runs of words
    "text", "pill",
}  # fmt: skip
SHOWN_BY_CLASS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QToolButton", "QAction", "QMenu",
    "QGroupBox", "QMessageBox", "QProgressDialog", "QTableWidgetItem", "QListWidgetItem",
    "Run", "plain_message_box", "tell", "ask", "warn_about", "CoprodError",
}  # fmt: skip
#: Literals that are not words to translate: the app's own name.
NOT_WORDS = {"CoProd Desktop"}
HAS_WORDS = re.compile(r"[A-Za-z]{2}")
TAG = re.compile(r"<[^>]*>")  # markup around translated words is not words itself
#: Keyword arguments that name colours or alignment, never words.
NOT_SHOWN = {"role", "on", "align"}


def _words(text: str) -> bool:
    return bool(HAS_WORDS.search(TAG.sub("", text))) and text not in NOT_WORDS


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _untranslated(arg: ast.expr) -> Iterator[ast.expr]:
    """String literals (and f-strings) with words in them, not inside a translate call."""
    if isinstance(arg, ast.Call) and _name(arg) in ("translate", "QT_TRANSLATE_NOOP"):
        return
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        if _words(arg.value):
            yield arg
    elif isinstance(arg, ast.JoinedStr):
        if any(isinstance(v, ast.Constant) and _words(str(v.value)) for v in arg.values):
            yield arg
    elif isinstance(arg, ast.BinOp):
        yield from _untranslated(arg.left)
        yield from _untranslated(arg.right)
    elif isinstance(arg, ast.IfExp):
        yield from _untranslated(arg.body)
        yield from _untranslated(arg.orelse)
    elif isinstance(arg, ast.List | ast.Tuple):
        for element in arg.elts:
            yield from _untranslated(element)


def problems(source: str, where: str) -> list[str]:
    """What in ``source`` shows text untranslated, or hides it from lupdate."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if isinstance(node.func, ast.Name) and name in ("translate", "QT_TRANSLATE_NOOP"):
            context = node.args[0] if node.args else None
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                found.append(f"{where}:{node.lineno}: {name}() needs a literal context")
            if len(node.args) > 1 and isinstance(node.args[1], ast.JoinedStr):
                found.append(f"{where}:{node.lineno}: {name}() of an f-string: use .format()")
            continue
        if name in SHOWN_BY_METHOD or name in SHOWN_BY_CLASS:
            shown = [k.value for k in node.keywords if k.arg not in NOT_SHOWN]
            for arg in [*node.args, *shown]:
                for literal in _untranslated(arg):
                    text = ast.unparse(literal)
                    found.append(f"{where}:{literal.lineno}: {name}({text}) is not translated")
    return found


def test_no_window_shows_text_that_skips_the_translators() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "i18n.py":  # defines translate() on top of Qt's
            continue
        found += problems(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))
    assert found == [], "wrap these in translate(...):\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'QLabel("Training needs")',
        'button.setToolTip(f"Delete {title}")',
        'c.text("Easy Read", STYLE, x, y, w)',
        'box.setWindowTitle("Results — " + title)',
        'QMessageBox.warning(self, "Not saved", text)',
        'translate(CONTEXT, "Item")',
        'translate("Audience", f"Page {n}")',
        'tell(self, Icon.Warning, "The file was not written", str(exc))',
        'QTableWidgetItem(f"Area ({name})")',
    ],
)
def test_the_scan_catches(source: str) -> None:
    assert problems(source, "example.py")


@pytest.mark.parametrize(
    "source",
    [
        'QLabel(translate("Results", "Training needs"))',
        'c.text(translate("Audience", "Page {page}").format(page=2), STYLE, x, y, w)',
        'label.setText(f"{number} → {total}")',  # no words: numbers and symbols
        'QAction(translate("X", "Open") if a else translate("X", "Close"))',
        'window.setWindowTitle("CoProd Desktop")',
        'c.text(name, STYLE, x, y, w, role="muted")',
        "painter.translate(left, top)",
        """QLabel(f"<b>{title}</b> <span style='color:#484f53'>({keys})</span>")""",
    ],
)
def test_the_scan_lets_through(source: str) -> None:
    assert problems(source, "example.py") == []
