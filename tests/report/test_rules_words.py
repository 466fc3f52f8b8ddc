"""The rules' words come from the one catalogue, with the domain's numbers filled in."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.analysis import DIFFERENCE_LEVELS
from coprod_desktop.domain.indicative_stage import TOLERANCE_ONE_IN
from coprod_desktop.report.rules import Explanation, Rule, explain


def parts(explanation: Explanation) -> list[str]:
    return [explanation.title, explanation.summary, *explanation.paragraphs]


@pytest.mark.parametrize("rule", list(Rule))
def test_every_rule_is_worded_in_welsh_from_the_catalogue(rule: Rule) -> None:
    english, welsh = explain(rule, "en"), explain(rule, "cy")
    assert len(parts(welsh)) == len(parts(english))
    for said, source in zip(parts(welsh), parts(english), strict=True):
        assert said != source  # a text missing from cy.ts would fall back to English
    assert explain(rule, "cy_GB") == welsh
    assert explain(rule, "fr") == english  # a language the app does not speak: English


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_value_is_filled_in_from_the_domain(language: str) -> None:
    for rule in Rule:
        for text in parts(explain(rule, language)):
            assert "{" not in text and "}" not in text, text
    assert f" {TOLERANCE_ONE_IN} " in explain(Rule.STAGE, language).summary
    assert f" {DIFFERENCE_LEVELS} " in explain(Rule.DIFFERENCES, language).summary
    strengths = explain(Rule.STRENGTHS, language).summary
    assert {"en": " two ", "cy": " dwy "}[language] in strengths
