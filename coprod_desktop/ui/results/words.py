"""How results are put into words, the same in the console and on the projector: stages side
by side, needs with their certainty, and change with its sign (never colour alone)."""

from __future__ import annotations

from coprod_desktop.domain.indicative_stage import TOLERANCE_ONE_IN
from coprod_desktop.domain.room_results import StageRow
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, spoken_language, translate

NOT_PLACED = QT_TRANSLATE_NOOP("Results", "not placed yet")
LESS_CERTAIN = QT_TRANSLATE_NOOP("Results", "≠ split: less certain")
AGREED = QT_TRANSLATE_NOOP("Results", "✓ agreed")
CODES_SHOWN = 8  # item codes a sentence names before it says "and n more"


def placed_text(stage: StageRow) -> str:
    return stage.placed or translate("Results", NOT_PLACED)


def indicative_text(stage: StageRow) -> str:
    """The indicative stage, or why there is none."""
    if stage.counted == 0:
        return translate("Results", "no items assessed yet")
    if not stage.enough:
        return translate("Results", "not enough ratings yet")
    return stage.indicative or not_yet_first_stage()


def not_yet_first_stage() -> str:
    """What stands for a stage before the first one."""
    return translate("Results", "not yet the first stage")


def agreement_text(stage: StageRow) -> str:
    """Whether the group's own placement and its ratings agree: something to talk about."""
    if stage.placed is None or not stage.enough:
        return ""
    if stage.placed == stage.indicative:
        return translate("Results", "= the same stage")
    return translate("Results", "≠ not the same stage: worth talking about")


def codes_text(codes: tuple[str, ...]) -> str:
    """Item codes in a list, the first few named and the rest counted."""
    shown = ", ".join(codes[:CODES_SHOWN])
    rest = len(codes) - CODES_SHOWN
    if rest <= 0:
        return shown
    return translate("Results", "{codes} and %n more", None, rest).format(codes=shown)


def next_stage_text(stage: StageRow) -> str:
    """The credit towards the next stage, and what holds the group back from it."""
    if stage.counted == 0:
        return ""
    if not stage.enough:
        return translate(
            "Results", "A stage is shown once {needed} of the {total} items are assessed "
            "({counted} so far).").format(
            needed=stage.coverage, total=stage.in_scope, counted=stage.counted)  # fmt: skip
    if stage.next_stage is None:
        return translate("Results", "The ratings meet every stage's required levels.")
    sentences = [
        translate(
            "Results", "Meets {met} of the %n item(s) needed for {stage}.", None, stage.next_checked
        ).format(met=stage.next_met, stage=stage.next_stage)
    ]
    if stage.holding_back:
        sentences.append(
            translate("Results", "Held back by: {codes}.").format(
                codes=codes_text(stage.holding_back)
            )
        )
    if stage.principles_short:
        sentences.append(
            translate(
                "Results", "{stage} needs every principle to meet it; not yet: {principles}."
            ).format(stage=stage.next_stage, principles=", ".join(stage.principles_short))
        )
    return " ".join(sentences)


def tolerated_text(stage: StageRow) -> str:
    """The items below the indicated stage that the tolerance let through ("" if none)."""
    if not stage.enough or stage.indicative is None or not stage.tolerated:
        return ""
    return translate(
        "Results", "Within the tolerance (one item in {n} may fall short): {codes}."
    ).format(n=TOLERANCE_ONE_IN, codes=codes_text(stage.tolerated))


def rests_on_text(stage: StageRow) -> str:
    return translate("Results", "Based on {counted} of %n item(s) assessed.", None,
                     stage.in_scope).format(counted=stage.counted)  # fmt: skip


# Marks a needed level filled in from the framework, the same in the window, on the
# projector and in the report (a plain comment: lupdate reads "#:" as a translator note).
FILLED_MARK = "†"


def levels_text(current: int, required: int, filled_in: bool) -> str:
    """ "3 → 4", with the mark when the needed level was filled in from the framework."""
    return f"{current} → {required}{FILLED_MARK if filled_in else ''}"


def filled_legend() -> str:
    """What † means, in the rules' own words (``report/rules.py``), in the language being
    painted: the console's in the window, the workshop's on the projector."""
    return explain(Rule.NEEDED, spoken_language()).summary


def missing_text(missing: int) -> str:
    """Why some needs cannot be worked out, and what to do ("" when none is missing)."""
    if not missing:
        return ""
    return translate(
        "Results", "%n assessed item(s) have no needed level, so their training needs cannot "
        "be worked out: set the group's aim stage, or choose the needed levels (Shift + 1–5).",
        None, missing)  # fmt: skip


def shared_text(shared_by: int) -> str:
    if shared_by <= 1:
        return translate("Results", "this group only")
    return translate("Results", "%n group(s)", None, shared_by)


def certainty_text(uncertain: bool) -> str:
    return translate("Results", LESS_CERTAIN if uncertain else AGREED)


def mean_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def signed_text(value: float | None) -> str:
    """A change with its sign in words' place: "+0.5", "−1.0", "±0.0"."""
    if value is None:
        return "–"
    if round(value, 1) == 0:
        return "±0.0"
    return f"+{value:.1f}" if value > 0 else f"−{abs(value):.1f}"


def counts_text(improved: int, same: int, worse: int) -> str:
    return translate("Results", "▲ {up} up · = {same} same · ▼ {down} down").format(
        up=improved, same=same, down=worse
    )
