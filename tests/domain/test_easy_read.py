"""The framework's Easy Read wording keeps the usual Easy Read rules, in English and Welsh:
short sentences, one idea each, no jargon, no abbreviations; and every item, level, area,
principle and stage has some."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.easy_read import Rule, check
from coprod_desktop.domain.framework import Framework
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.resources import builtin_framework_files


def frameworks() -> list[Framework]:
    return [framework_from_bytes(p.read_bytes(), str(p)) for p in builtin_framework_files()]


def easy_words(framework: Framework) -> list[tuple[str, str | None, bool]]:
    """(where, Easy Read words, whether they are sentences) for everything the room reads."""
    words: list[tuple[str, str | None, bool]] = []
    words += [(f"item {i.code}", i.easy_read, True) for i in framework.items]
    words += [(f"level {lv.level}", lv.easy_read, True) for lv in framework.scale.levels]
    words += [(f"area {a.area}", a.easy_read, True) for a in framework.areas]
    words += [(f"principle {p.code}", p.easy_read, True) for p in framework.principles]
    for stage in framework.stages:
        words += [(f"stage {stage.stage} title", stage.easy_title, False),
                  (f"stage {stage.stage}", stage.easy_read, True)]  # fmt: skip
    return words


@pytest.mark.parametrize("framework", frameworks(), ids=lambda f: f.language)
def test_every_easy_read_text_keeps_the_rules(framework: Framework) -> None:
    assert {f.language for f in frameworks()} == {"en", "cy"}
    broken = []
    for where, text, sentences in easy_words(framework):
        assert text, f"{framework.language}: {where} has no Easy Read words"
        broken += [(where, b.rule.value, b.found) for b in
                   check(text, framework.language, sentence_form=sentences)]  # fmt: skip
    assert broken == []


def test_the_check_finds_each_kind_of_breach() -> None:
    rules = {b.rule for b in check("We know what co-production means.", "en")}
    assert rules == {Rule.JARGON}
    assert {b.rule for b in check("Rydym yn gwybod am grwpiau cymorth gan gymheiriaid.", "cy")} == {
        Rule.JARGON
    }
    long = "We " + "really " * 14 + "know this."
    assert {b.rule for b in check(long, "en")} == {Rule.LONG_SENTENCE}
    assert {b.rule for b in check("We plan; we share.", "en")} == {Rule.TWO_IDEAS}
    assert {b.rule for b in check("We know IT, e.g. email.", "en")} == {Rule.ABBREVIATION}
    assert {b.rule for b in check("We know this", "en")} == {Rule.NO_FULL_STOP}
    assert check("Planning together", "en", sentence_form=False) == []
