"""Errors below the windows are facts (a code and values); each code has one sentence, in
every language, and no English sentence is raised below ui/, cli/ and report/."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import coprod_desktop
from coprod_desktop.domain.errors import CoprodError, Term, ValidationError
from coprod_desktop.formats.reader import DocumentError
from coprod_desktop.storage.errors import DiskFullError, StoreError
from coprod_desktop.wording.catalogue import LANGUAGES, entries
from coprod_desktop.wording.errors import CONTEXT, TERMS, TEXTS, describe, term
from coprod_desktop.wording.store_errors import STORE_TEXTS
from coprod_desktop.wording.workshop_errors import WORKSHOP_TEXTS

PACKAGE = Path(coprod_desktop.__file__).parent
CODE = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
#: Values every error of these kinds carries without naming them at the raise site.
_IMPLICIT = {
    "store": {"path"},
    "document": {"source", "at"},
    "validation": {"field"},
    "organisation": {"where"},
}


def _error_classes() -> dict[str, type[CoprodError]]:
    for module in pkgutil.walk_packages([str(PACKAGE)], "coprod_desktop."):
        if not module.name.startswith(("coprod_desktop.ui", "coprod_desktop.storage.migrations")):
            importlib.import_module(module.name)
    found: dict[str, type[CoprodError]] = {}
    todo: list[type[CoprodError]] = [CoprodError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def _raise_sites() -> list[tuple[str, str, set[str], set[str]]]:
    """(where, code, keyword names, implicit names) of every error made with a code."""
    classes = _error_classes()
    sites: list[tuple[str, str, set[str], set[str]]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(PACKAGE)}:{getattr(node, 'lineno', 0)}"
            # run_apart(work, stopped=CODE) raises CoprodError(CODE, exit_code=…) for a child
            # that died: its code is named where the work is handed over (or as the default)
            for code in _stopped_codes(node):
                sites.append((where, code, {"exit_code"}, set()))
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            implicit: set[str]
            if name in classes and issubclass(classes[name], StoreError):
                implicit = _IMPLICIT["store"]
            elif name in classes and issubclass(classes[name], ValidationError):
                implicit = _IMPLICIT["validation"]
            elif name == "OrganisationStoreError":
                implicit = _IMPLICIT["organisation"]
            elif name in ("error", "_RefusedError", "DocumentError"):
                implicit = _IMPLICIT["document"]
            elif name in classes or name == "__init__":
                implicit = {"path"} if path.name == "errors.py" else set()
            else:
                continue
            codes = [a.value for a in node.args[:3] if isinstance(a, ast.Constant)
                     and isinstance(a.value, str) and CODE.match(a.value)]  # fmt: skip
            if codes:
                names = {k.arg for k in node.keywords if k.arg}
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                sites.append((where, codes[0], names, implicit))
    return sites


def _stopped_codes(node: ast.AST) -> list[str]:
    """The codes given to a ``stopped`` parameter: as a keyword of a call, or its default."""
    pairs: list[tuple[str | None, ast.expr | None]]
    if isinstance(node, ast.Call):
        pairs = [(k.arg, k.value) for k in node.keywords]
    elif isinstance(node, ast.FunctionDef):  # kw_defaults has one entry per keyword-only arg
        pairs = [
            (a.arg, d) for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
        ]
    else:
        return []
    return [value.value for arg, value in pairs if arg == "stopped"
            and isinstance(value, ast.Constant) and isinstance(value.value, str)]  # fmt: skip


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_code_raised_has_a_sentence_using_only_its_values() -> None:
    sites = _raise_sites()
    assert len(sites) > 100  # the scan finds the raise sites
    for where, code, names, implicit in sites:
        assert code in TEXTS, (
            f"{where}: add a sentence for {code!r} to its table in wording/ (see wording/errors.py)"
        )
        extra = _placeholders(TEXTS[code]) - names - implicit
        assert not extra, f"{where}: {code!r} uses {extra} but the error does not carry them"


def test_every_sentence_is_for_a_code_that_is_raised() -> None:
    raised = {code for _, code, _, _ in _raise_sites()}
    assert set(TEXTS) - raised == set()


def test_no_english_sentence_is_raised_below_the_words() -> None:
    """An error made below ui/, cli/ and report/ carries a code, never a sentence."""
    classes = _error_classes()
    below = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0]
             not in ("ui", "cli", "report", "wording")]  # fmt: skip
    for path in below:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in classes or name in ("error", "__init__"):
                    for arg in node.args:
                        if isinstance(arg, ast.JoinedStr | ast.Constant) and (
                            not isinstance(arg, ast.Constant)
                            or (
                                isinstance(arg.value, str)
                                and arg.value
                                and not CODE.match(arg.value)
                            )
                        ):
                            pytest.fail(f"{path.relative_to(PACKAGE)}:{node.lineno}: a sentence")


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_sentence_reads_in_every_language_with_the_same_values(language: str) -> None:
    catalogue = entries(language) if language != "en" else {}
    for code, text in TEXTS.items():
        if language != "en":
            translated = catalogue.get((CONTEXT, text))
            assert translated, f"{code}: no {language} translation"
            assert _placeholders(translated[0]) == _placeholders(text), code
        values: dict[str, object] = dict.fromkeys(_placeholders(text), 1)
        error = CoprodError(code, **values)
        worded = describe(error, language)
        assert worded and "{" not in worded, code
    for code, text in TERMS.items():
        if language != "en":
            assert entries(language).get(("Terms", text)), f"{code}: no {language} word"


def test_a_store_error_is_worded_in_welsh_and_english(tmp_path: Path) -> None:
    error = DiskFullError(tmp_path / "coprod.sqlite")
    assert describe(error, "en").startswith("The disk is full — ")
    welsh = describe(error, "cy")
    assert welsh.startswith("Mae'r ddisg yn llawn — ")
    assert str(tmp_path / "coprod.sqlite") in welsh


def test_nested_errors_terms_and_fields_are_worded_in_the_same_language() -> None:
    inner = ValidationError("text.empty", field="title")
    outer = DocumentError("talk.coprod", "workshop.title", "document.invalid", problem=inner)
    assert describe(outer, "en") == "talk.coprod (workshop.title): Title: this must not be empty."
    assert describe(outer, "cy") == "talk.coprod (workshop.title): Teitl: ni all hwn fod yn wag."
    kind = DocumentError("f.json", "groups", "document.not_list", kind=Term("kind.object"))
    assert describe(kind, "cy").endswith("nid gwrthrych.")
    assert term("field.no such field", "cy") == "field.no such field"


def test_str_of_an_error_gives_the_facts_for_logs() -> None:
    error = ValidationError("workshop.group_count", field="groups", most=24)
    assert str(error) == "workshop.group_count (most=24)"
    assert error.code == "workshop.group_count"
    assert error.values == {"most": 24}


def test_no_code_is_in_two_tables() -> None:
    assert len(TEXTS) == len(STORE_TEXTS) + len(WORKSHOP_TEXTS)
