"""How each result is worked out, in plain words: the one source text for the report's method
note, the results window's "How is this worked out?" panel, the projector and the guide.

Each rule has a one-line ``summary`` (the projector's words) and its ``paragraphs`` (the
panel, the method note and the guide). The words are context ``Rules`` of the one catalogue
(``resources/translations/<code>.ts``), English the source; the numbers are filled in from the
constants the domain works with, so the words cannot drift from the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from coprod_desktop.domain.analysis import DIFFERENCE_LEVELS, LARGEST_DIFFERENCES
from coprod_desktop.domain.cross_rating import PERCEPTION_LEVELS
from coprod_desktop.domain.indicative_stage import COVERAGE_SHARE, TOLERANCE_ONE_IN
from coprod_desktop.domain.strengths import STRONG_LEVELS
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP, translate


class Rule(StrEnum):
    """The results a reader may ask about."""

    NEEDED = "needed"
    STAGE = "stage"
    PRIORITY = "priority"
    DIFFERENCES = "differences"
    STRENGTHS = "strengths"
    PERCEPTION = "perception"


@dataclass(frozen=True, slots=True)
class Explanation:
    """A rule in one language: a title, one line for the projector, and paragraphs."""

    title: str
    summary: str
    paragraphs: tuple[str, ...]


# Each rule's words: its title, its one line, its paragraphs ({name}: a value, see _values).
_WORDS: MappingProxyType[Rule, tuple[str, str, tuple[str, ...]]] = MappingProxyType({
    Rule.NEEDED: (
        QT_TRANSLATE_NOOP("Rules", "Where the needed levels come from"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "† marks a needed level filled in from the framework for the group's aim "
            "stage, not chosen by the group.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Rules",
                "For each item a group says the level it is at now and the level it "
                "needs to be at. The group may choose the needed level itself. Where "
                "it does not, the needed level is filled in from the framework, which "
                "gives each item a level for each stage: the level for the stage the "
                "group aims at. The framework may give each group role its own levels "
                "(commissioners and service users do not need the same budget skills); "
                "a group with a role then gets its role's level.",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "Each rating records which it was. A filled-in level is marked † in "
                "the results, on the projector and in the report, so that nobody reads "
                "it as the group's own choice; the method note counts both kinds. "
                "Changing a group's aim offers to fill in again only the levels that "
                "were filled in, never the group's own choices, as one step that Undo "
                "takes back.",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "A group with no aim stage and no needed levels of its own has nothing "
                "to compare with, so its training needs cannot be worked out. The "
                "results and the report then say how many items this affects, instead "
                "of reporting no needs: set the group's aim stage, or choose the "
                "needed levels.",
            ),
        ),
    ),
    Rule.STAGE: (
        QT_TRANSLATE_NOOP("Rules", "The indicative stage"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "A stage is shown once {top} in {bottom} items are assessed; one item in "
            "{one_in} may fall short; Full Co-production needs every principle.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Rules",
                "The indicative stage compares the group's ratings with the level the "
                "framework gives each item at each stage, for a group in its role. An "
                "item counts when the group assessed it; skipped and unrated items do "
                "not.",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "No stage is shown until the group has assessed at least {top} in "
                "every {bottom} of the workshop's items: until then the results say "
                "\"not enough ratings yet\".",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "A group meets a stage when its items are at or above that stage's "
                "level, with one allowance: one item in every {one_in} (rounded down) "
                "may fall short, by any amount, so a single low rating cannot sink a "
                "group. Those items are still listed. Full Co-production also needs "
                "each of the framework's principles to meet it on its own, as the "
                "paper asks (\"most or all of the 4 principles of co-production are "
                "present\").",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "Going up from Active Involvement, the indicative stage is the last "
                "stage met before the first that is not. The results show how many of "
                "the next stage's items the group meets and which items hold it back. "
                "Raising a rating can never lower the stage. The stages are not a "
                "strict ladder: this is a prompt for discussion beside the stage the "
                "group placed itself at, not a verdict.",
            ),
        ),
    ),
    Rule.PRIORITY: (
        QT_TRANSLATE_NOOP("Rules", "The order of training needs"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Larger gap first, then needs more groups share; ties take turns across "
            "the areas.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Rules",
                "A training need is an item where the level the group needs is above "
                "the level it is at now; the gap is the difference. Each group's needs "
                "are ranked in one list.",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "Larger gaps come first, then needs that more groups share. On a "
                "five-point scale many needs tie: then the areas take turns, each "
                "giving its next need, so that no area crowds out the others. In each "
                "turn the area with the most to gain (the largest total gap for the "
                "group) goes first; within an area, the lower level now goes first.",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "The order never depends on where an item sits in the framework. A "
                "need from a split view is marked as less certain: the group did not "
                "agree on it.",
            ),
        ),
    ),
    Rule.DIFFERENCES: (
        QT_TRANSLATE_NOOP("Rules", "Differences between groups"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Items the groups rate {apart} or more levels apart, the {shown} widest "
            "shown: a difference in what groups can do, not in how they see it.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Rules",
                "A difference between groups is an item whose ratings are {apart} or "
                "more levels apart from one group to another. Each group rates itself "
                "(\"We can read a budget\"), so this shows a difference in capacity "
                "between groups, not a difference in how they see the same thing.",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "The results and the projector show the {shown} widest; the report "
                "marks them all on its heat maps under Across groups. The widest come "
                "first, then the areas take turns, as for training needs. Where one "
                "group is high and another low, the first may be able to help the "
                "second.",
            ),
        ),
    ),
    Rule.STRENGTHS: (
        QT_TRANSLATE_NOOP("Rules", "Strengths to share"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "A group at the top {strong} levels on an item could help a group that "
            "needs it and is below it.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Rules",
                "A group is strong on an item when it rates itself at one of the "
                "scale's top {strong} levels (4 “Confident” or 5 “Could teach others” "
                "on the five-level scale). Where another group has a training need on "
                "that item and is at a lower level now, the strong group could help "
                "it: by peer learning, coaching or mentoring, as the paper's second "
                "principle says (“Everyone has skills to share”).",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "A group at the same level as the group that needs the item is not "
                "listed as a helper for it. A strength from a split view is marked: "
                "the group did not agree on its level. The items where the most groups "
                "could learn come first, then those with the largest gap, then the "
                "areas take turns, as for training needs.",
            ),
        ),
    ),
    Rule.PERCEPTION: (
        QT_TRANSLATE_NOOP("Rules", "How others see a group"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Others' view minus the group's own level; a level or more either way is "
            "worth talking about.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Rules",
                "Each group rates itself. A group may also say how ready it thinks "
                "another group, or the partnership as a whole, is on chosen items (V "
                "in the console). Set beside the group's own level, that shows whether "
                "others see the group as it sees itself: the same thing seen from two "
                "sides. For the partnership, its own level is the mean of the groups' "
                "own.",
            ),
            QT_TRANSLATE_NOOP(
                "Rules",
                "Others minus own is the mean of the other groups' views less the "
                "group's own level: above 0, others think the group readier than it "
                "thinks itself; below 0, less ready. A difference of {seen} level or "
                "more either way is marked as worth talking about. An item the group "
                "skipped has no own level to compare.",
            ),
        ),
    ),
})  # fmt: skip

# Numbers the rules write as words ("the top two levels").
_NUMBER_WORDS = MappingProxyType({2: QT_TRANSLATE_NOOP("Rules", "two")})


def explain(rule: Rule, language: str) -> Explanation:
    """``rule`` in ``language`` (e.g. "cy", "cy_GB"); English when the catalogue has none."""
    values = _values(language)

    def say(text: str) -> str:
        return translate(language, "Rules", text).format(**values)

    title, summary, paragraphs = _WORDS[rule]
    return Explanation(say(title), say(summary), tuple(say(p) for p in paragraphs))


def _values(language: str) -> dict[str, str]:
    """The numbers the rules name, from the domain's constants, as ``language`` writes them."""
    top, bottom = COVERAGE_SHARE
    strong = _NUMBER_WORDS.get(STRONG_LEVELS)
    return {
        "top": str(top),
        "bottom": str(bottom),
        "one_in": str(TOLERANCE_ONE_IN),
        "apart": str(DIFFERENCE_LEVELS),
        "shown": str(LARGEST_DIFFERENCES),
        "seen": f"{PERCEPTION_LEVELS:g}",
        "strong": translate(language, "Rules", strong) if strong else str(STRONG_LEVELS),
    }
