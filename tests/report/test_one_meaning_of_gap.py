"""Honest names: "gap" means one thing, the level a group needs minus the level it is at now,
in the report (its method note included), the rules text the results window shows and the
facilitator guide, in English and Welsh. How others see a group (cross-rating) is others
minus own, never a "perception gap"; items the groups' own ratings put far apart are
differences between groups."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.resources import resource
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import flat, pdf_text

ROOT = Path(__file__).resolve().parents[2]
#: The word "gap" and what a paragraph using it must be about (a need), by language.
GAP = {"en": r"\bgaps?\b", "cy": r"\b(?:bwlch|fwlch|bylchau)\b"}
NEED = {"en": r"\bneed", "cy": r"\b(?:angen|anghenion|hangen)"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_rule_uses_gap_only_for_a_training_need(language: str) -> None:
    for rule in Rule:
        e = explain(rule, language)
        for paragraph in (e.summary, *e.paragraphs):
            if re.search(GAP[language], paragraph, re.IGNORECASE):
                assert re.search(NEED[language], paragraph, re.IGNORECASE), (rule, paragraph)
    for rule in (Rule.PERCEPTION, Rule.DIFFERENCES):  # neither is a gap of any kind
        e = explain(rule, language)
        assert not re.search(GAP[language], " ".join((e.summary, *e.paragraphs)), re.IGNORECASE)


def test_the_guide_uses_gap_only_for_a_training_need() -> None:
    guide = (ROOT / "docs" / "facilitator-guide.md").read_text("utf-8")
    assert "perception gap" not in guide.casefold()
    for paragraph in re.split(r"\n\s*\n", guide):
        if re.search(GAP["en"], paragraph, re.IGNORECASE):
            assert re.search(NEED["en"], paragraph, re.IGNORECASE), paragraph


def views_workshop(framework: Framework) -> Workshop:
    codes = ("K1", "K2", "S1")
    groups = tuple(
        Group(
            key=f"g{n}",
            name=name,
            ratings={c: Rating(item_code=c, current_level=lv, required_level=4) for c in codes},
        )
        for n, (name, lv) in enumerate((("Tenants", 2), ("Staff", 4)), start=1)
    )
    return Workshop(
        uid="gap-words",
        title="Views",
        framework=framework,
        item_codes=codes,
        groups=groups,
        cross_ratings=(CrossRating("g2", "g1", "K1", 4), CrossRating("g1", None, "S1", 2)),
    )


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_report_names_how_others_see_a_group_without_a_gap(
    store: Store, default_framework: Framework, language: str
) -> None:
    framework = default_framework
    if language == "cy":
        path = resource("frameworks", "default.cy.json")
        framework = framework_from_bytes(path.read_bytes(), str(path))
    w = views_workshop(framework)
    text = flat(pdf_text(ExportService(store).report_pdf(WorkshopService(store).add(w))))
    others = explain(Rule.PERCEPTION, language)
    assert flat(f"{others.title}. {' '.join(others.paragraphs)}") in text  # the method note
    if language == "en":
        assert "How others see each group" in text and "Others minus own: above 0" in text
        assert "perception gap" not in text.casefold()
    else:
        assert "Eraill llai ei hun: uwchlaw 0" in text
        assert "bwlch canfyddiad" not in text.casefold()


def test_a_report_without_views_does_not_explain_them(
    store: Store, default_framework: Framework
) -> None:
    w = dataclasses.replace(views_workshop(default_framework), cross_ratings=())
    text = flat(pdf_text(ExportService(store).report_pdf(WorkshopService(store).add(w))))
    assert "How others see each group" not in text
    assert explain(Rule.PERCEPTION, "en").title not in text
