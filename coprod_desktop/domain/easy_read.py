"""The usual Easy Read rules, as a check a framework's plain wording can be held to.

Easy Read guidance (Mencap; the UK government's "Making information easier to read") asks for
short sentences, one idea in each, everyday words instead of jargon, and no abbreviations. The
check is mechanical, so it finds what a person would then fix: it cannot judge meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

#: Words in a sentence, at most (the guidance says 15 to 20; we keep to the shorter end).
MAX_WORDS = 15

#: Words that are jargon to most readers, per language, as lower-case stems. English stems
#: start a word ("commission" also catches "commissioning"); Welsh ones may sit anywhere in
#: a word, so that a mutated form is caught too ("ymheiria": cymheiriaid, gymheiriaid…).
JARGON: dict[str, tuple[str, ...]] = {
    "en": (
        "co-produc", "coproduc", "co-design", "co-deliver", "co-creat", "peer", "commission",
        "stakeholder", "outcome", "asset", "agenda", "mutualit", "reciproc", "catalyst",
        "facilitat", "governance", "consultation", "methodolog", "paradigm", "empower",
        "engagement", "capacit", "service user", "cohesion", "localit", "strategic",
    ),
    "cy": (
        "yd-gynhyrch", "ydgynhyrch", "yd-ddylun", "yd-gyflenw", "ymheiria", "omisiyn",
        "handdeiliad", "anlyniad", "asedau", "agenda", "ilyddiaeth", "atalydd", "wylusydd",
        "wyluso", "lywodraethu", "mgynghori", "ethodoleg", "rymuso", "mgysylltu", "apasiti",
        "efnyddiwr gwasanaeth", "ydlyniant", "trategol",
    ),
}  # fmt: skip
#: Languages whose jargon stems may sit anywhere in a word (initial consonants mutate).
_MUTATING = frozenset({"cy"})

#: Joining words that start a second idea inside a sentence.
_SECOND_IDEA: dict[str, tuple[str, ...]] = {
    "en": ("whereas", "although", "however", "including", "such as", "as well as"),
    "cy": ("sydd yn", "er bod", "fodd bynnag", "gan gynnwys", "megis"),
}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[\w'’-]+")
#: Two or more capitals together ("IT", "NHS"), or a letter then a full stop inside a
#: sentence ("e.g.", "etc."): an abbreviation.
_ABBREVIATION = re.compile(r"\b[A-Z]{2,}\b|\b(?:e\.g|i\.e|etc|eg|ie|approx)\.|&|\b[A-Z]\.")


class Rule(StrEnum):
    """An Easy Read rule a text can break."""

    LONG_SENTENCE = "long_sentence"
    TWO_IDEAS = "two_ideas"
    JARGON = "jargon"
    ABBREVIATION = "abbreviation"
    NO_FULL_STOP = "no_full_stop"


@dataclass(frozen=True, slots=True)
class Breach:
    """Where a text breaks a rule: the rule, the sentence, and what in it breaks the rule."""

    rule: Rule
    sentence: str
    found: str


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def check(text: str, language: str, *, sentence_form: bool = True) -> list[Breach]:
    """Every place ``text`` (in ``language``: "en" or "cy") breaks an Easy Read rule.

    ``sentence_form`` is False for a title, which need not end with a full stop.
    """
    breaches: list[Breach] = []
    jargon = JARGON.get(language, ())
    joins = _SECOND_IDEA.get(language, ())
    for sentence in sentences(text) or [text]:
        lowered = sentence.lower()
        words = _WORD.findall(sentence)
        if len(words) > MAX_WORDS:
            breaches.append(Breach(Rule.LONG_SENTENCE, sentence, str(len(words))))
        for mark in (";", ":", "(", " – ", " - ", "/"):
            if mark in sentence:
                breaches.append(Breach(Rule.TWO_IDEAS, sentence, mark.strip()))
        if sentence.count(",") > 1:
            breaches.append(Breach(Rule.TWO_IDEAS, sentence, ","))
        for join in joins:
            if re.search(rf"\b{re.escape(join)}\b", lowered):
                breaches.append(Breach(Rule.TWO_IDEAS, sentence, join))
        start = "" if language in _MUTATING else r"\b"
        for stem in jargon:
            if re.search(rf"{start}{re.escape(stem)}", lowered):
                breaches.append(Breach(Rule.JARGON, sentence, stem))
        for match in _ABBREVIATION.finditer(sentence):
            breaches.append(Breach(Rule.ABBREVIATION, sentence, match.group(0)))
        if sentence_form and not sentence.rstrip().endswith((".", "?", "!")):
            breaches.append(Breach(Rule.NO_FULL_STOP, sentence, sentence[-1:]))
    return breaches
