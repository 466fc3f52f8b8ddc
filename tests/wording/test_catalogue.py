"""The Qt-free reader of the catalogues says exactly what Qt's translator says."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from coprod_desktop.resources import resource
from coprod_desktop.wording.catalogue import LANGUAGES, entries, plural_form, translate

COUNTS = (0, 1, 2, 3, 5, 6, 7, 8, 11, 20, 101)


@pytest.fixture
def welsh_translator(qapp: QCoreApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource("translations", "cy.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_welsh_entry_reads_as_qt_reads_it(welsh_translator: None) -> None:
    del welsh_translator
    root = ElementTree.parse(resource("translations", "cy.ts")).getroot()
    checked = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            counts = COUNTS if message.get("numerus") == "yes" else (-1,)
            for n in counts:
                assert translate("cy", name, source, n) == QCoreApplication.translate(
                    name, source, None, n
                ), (name, source, n)
                checked += 1
    assert checked > 700


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
