"""Every word the windows show goes through Qt's translators: a scan of ``coprod_desktop/ui``
that fails when text is handed straight to a widget, or in a form lupdate cannot extract
(``translate`` under another name: lupdate reads calls by their name)."""

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
#: The names lupdate extracts words from.
TRANSLATORS = ("translate", "QT_TRANSLATE_NOOP")


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


def _aliases(tree: ast.AST) -> set[str]:
    """Names bound to a translator under another name (``say = translate``, ``self.t =
    translate``, ``import translate as tr``, ``partial(translate, "Context")``): the words said
    through them work at run time but never reach the catalogue, so stay English in Welsh."""

    def translator(value: ast.expr | None) -> bool:
        if isinstance(value, ast.Call) and _name(value) == "partial" and value.args:
            value = value.args[0]
        return isinstance(value, ast.Name) and value.id in TRANSLATORS

    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found |= {a.asname for a in node.names if a.name in TRANSLATORS and a.asname}
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr) and translator(
            node.value
        ):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found |= {t.id if isinstance(t, ast.Name) else t.attr
                      for t in targets if isinstance(t, ast.Name | ast.Attribute)}  # fmt: skip
    return found - set(TRANSLATORS)


def problems(source: str, where: str) -> list[str]:
    """What in ``source`` shows text untranslated, or hides it from lupdate."""
    found = []
    tree = ast.parse(source)
    aliases = _aliases(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name in aliases:
            found.append(f"{where}:{node.lineno}: {name}() is a translator under another name, "
                         "which lupdate does not read: call translate() itself")  # fmt: skip
            continue
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
        # translate under another name: last session's framework editor said its row labels
        # with ``say = translate``, and they were English in the Welsh editor
        'say = translate\nself.title = TextPair(grid, 1, say("FrameworkEditor", "Title"))',
        't = translate\ntable(t("Organisation", "Spread of stages"), [])',
        'self.say = translate\nlabel.setText(self.say("Results", "Needs"))',
        'from coprod_desktop.ui.i18n import translate as tr\nrows = [tr("Plan", "Owner")]',
        'from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP as mark\nKINDS = (mark("X", "Y"),)',
        'name: Callable[..., str] = translate\nQLabel(name("Day", "Ends at"))',
        'say = functools.partial(translate, "Day")\nQLabel(say("Ends at"))',
        'if (say := translate):\n    QLabel(say("Day", "Ends at"))',
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
        "move = painter.translate\nmove(left, top)",  # a method of the same name
        "from coprod_desktop.ui.i18n import translate as translate",
        """QLabel(f"<b>{title}</b> <span style='color:#484f53'>({keys})</span>")""",
    ],
)
def test_the_scan_lets_through(source: str) -> None:
    assert problems(source, "example.py") == []
