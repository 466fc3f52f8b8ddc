"""The catalogue reader says exactly what Qt's own translator would say of the same ``.ts``
compiled by lrelease (plurals included), and the windows' translator over it says the same."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from coprod_desktop.resources import resource
from coprod_desktop.ui.i18n import install_language
from coprod_desktop.ui.i18n import translate as ui_translate
from coprod_desktop.wording.catalogue import LANGUAGES, entries, plural_form, translate

COUNTS = (0, 1, 2, 3, 5, 6, 7, 8, 11, 20, 101)


@pytest.fixture
def welsh_translator(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """Qt's own reading of cy.ts: compiled by lrelease into a scratch file, loaded by Qt."""
    compiled = tmp_path / "cy.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = resource("translations", "cy.ts")
    subprocess.run([str(lrelease), str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def each_welsh_entry() -> Iterator[tuple[str, str, int]]:
    root = ElementTree.parse(resource("translations", "cy.ts")).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            for n in COUNTS if message.get("numerus") == "yes" else (-1,):
                yield name, source, n


def test_every_welsh_entry_reads_as_qt_reads_it(welsh_translator: None) -> None:
    del welsh_translator
    checked = 0
    for name, source, n in each_welsh_entry():
        assert translate("cy", name, source, n) == QCoreApplication.translate(
            name, source, None, n
        ), (name, source, n)
        checked += 1
    assert checked > 700


def test_the_windows_translator_says_what_the_catalogue_says(qapp: QCoreApplication) -> None:
    install_language("cy")
    try:
        for name, source, n in each_welsh_entry():
            assert ui_translate(name, source, None, n) == translate("cy", name, source, n)
        assert ui_translate("NoSuchContext", "not in the catalogue") == "not in the catalogue"
        assert ui_translate("Overview", "%n group(s)", None, 1) == "1 grŵp"
    finally:
        install_language("en")
    assert ui_translate("Overview", "%n group(s)", None, 3) == "3 groups"


def test_welsh_plural_forms_follow_qt() -> None:
    assert [plural_form("cy", n) for n in range(9)] == [0, 1, 2, 2, 2, 2, 3, 4, 4]
    assert plural_form("en", 1) == 0
    assert plural_form("en", 2) == 1


def test_english_is_the_source_and_says_its_plurals() -> None:
    assert translate("en", "Errors", "anything at all") == "anything at all"
    assert translate("en", "Console", "%n group(s)", 1) == "1 group"
    assert translate("en", "Console", "%n group(s)", 3) == "3 groups"
    assert translate("cy", "NoSuchContext", "not in the catalogue") == "not in the catalogue"


def test_an_unknown_language_is_refused_by_name() -> None:
    assert set(LANGUAGES) == {"en", "cy"}
    with pytest.raises(ValueError, match="No translation for language 'fr'"):
        entries("fr")
