"""The default bank covers what the paper uses to tell the stages apart: problem definition
and design methods (Co-design); governance, accountability and shared responsibility
(Co-delivery); evaluation and reward (Full Co-production). Each item names its lines in the
paper, in English and Welsh alike."""

from __future__ import annotations

from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.resources import resource

#: Item, the stage whose feature it is, and words its text must carry.
FEATURES = {
    "K11": (Stage.CO_DESIGN, "define the problem"),
    "H11": (Stage.CO_DESIGN, "design methods"),
    "K12": (Stage.CO_DELIVERY, "governed"),
    "S11": (Stage.CO_DELIVERY, "share responsibility"),
    "H12": (Stage.FULL_CO_PRODUCTION, "evaluate"),
    "A11": (Stage.FULL_CO_PRODUCTION, "rewarded"),
}
#: The paper's stage table: one line per stage (Co-design 133, Co-delivery 134, Full 135);
#: the commissioning and staff-development paragraphs say more on evaluation and reward.
STAGE_LINES = {Stage.CO_DESIGN: 133, Stage.CO_DELIVERY: 134, Stage.FULL_CO_PRODUCTION: 135}


def test_each_stage_feature_has_an_item_grounded_in_the_paper(
    default_framework: Framework,
) -> None:
    for code, (stage, words) in FEATURES.items():
        item = default_framework.item(code)
        assert words in item.text, code
        assert item.source is not None and STAGE_LINES[stage] in item.source.lines, code
        assert len(item.source.quote.split()) >= 8, code  # a real phrase, not a label
        # Needed more at the stage it defines than at the usual starting point.
        at_stage, at_start = (
            item.required_level(stage),
            item.required_level(Stage.ACTIVE_INVOLVEMENT),
        )
        assert at_stage is not None and at_start is not None and at_stage > at_start, code
        assert item.activities and item.easy_read and item.required_by_role, code
    older = [i for i in default_framework.items if i.code not in FEATURES]
    assert all(i.source is None for i in older)  # the original bank predates the record


def test_the_welsh_bank_has_the_same_items_with_welsh_words(default_framework: Framework) -> None:
    path = resource("frameworks", "default.cy.json")
    welsh = framework_from_bytes(path.read_bytes(), str(path))
    for code in FEATURES:
        en, cy = default_framework.item(code), welsh.item(code)
        assert (cy.area, cy.principle, cy.source) == (en.area, en.principle, en.source)
        assert cy.required_by_stage == en.required_by_stage
        assert cy.required_by_role == en.required_by_role
        assert cy.text != en.text and cy.easy_read != en.easy_read
        assert [a.text for a in cy.activities] != [a.text for a in en.activities]
