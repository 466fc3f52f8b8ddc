"""The live session's steps and problems in the facilitator's words (Undo/Redo, status bar)."""

from __future__ import annotations

from coprod_desktop.domain.capture import LevelNotChosenError
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.services.steps import Step, StepKind
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from coprod_desktop.ui.messages import error_text
from coprod_desktop.ui.session.change_words import rating_step_text

_WORDS = {
    StepKind.SPLIT: QT_TRANSLATE_NOOP("Session", "split view"),
    StepKind.AGREED: QT_TRANSLATE_NOOP("Session", "agreed"),
    StepKind.SKIPPED: QT_TRANSLATE_NOOP("Session", "skipped"),
    StepKind.TALLY: QT_TRANSLATE_NOOP("Session", "tally"),
    StepKind.NOTE: QT_TRANSLATE_NOOP("Session", "note"),
    StepKind.PRIVATE_NOTE: QT_TRANSLATE_NOOP("Session", "private note"),
    StepKind.CLEAR: QT_TRANSLATE_NOOP("Session", "clear"),
    StepKind.RATING: QT_TRANSLATE_NOOP("Session", "rating"),
    StepKind.PLACEMENT: QT_TRANSLATE_NOOP("Session", "stage placement"),
    StepKind.ADD_ACTION: QT_TRANSLATE_NOOP("Session", "add action"),
    StepKind.REMOVE_ACTION: QT_TRANSLATE_NOOP("Session", "remove action"),
    StepKind.ACTION_DONE: QT_TRANSLATE_NOOP("Session", "action done"),
    StepKind.CHANGE_ACTION: QT_TRANSLATE_NOOP("Session", "change action {number}"),
    StepKind.PARK: QT_TRANSLATE_NOOP("Session", "park a question"),
    StepKind.UNPARK: QT_TRANSLATE_NOOP("Session", "remove parked question"),
    StepKind.ADD_PLAN_ENTRY: QT_TRANSLATE_NOOP("Session", "add plan entry {number}"),
    StepKind.CHANGE_PLAN_ENTRY: QT_TRANSLATE_NOOP("Session", "change plan entry {number}"),
    StepKind.PLAN_STATUS: QT_TRANSLATE_NOOP("Session", "status of plan entry {number}"),
    StepKind.REMOVE_PLAN_ENTRY: QT_TRANSLATE_NOOP("Session", "remove plan entry {number}"),
    StepKind.ADD_BARRIER: QT_TRANSLATE_NOOP("Session", "log barrier {number}"),
    StepKind.CHANGE_BARRIER: QT_TRANSLATE_NOOP("Session", "change barrier {number}"),
    StepKind.BARRIER_STATUS: QT_TRANSLATE_NOOP("Session", "status of barrier {number}"),
    StepKind.REMOVE_BARRIER: QT_TRANSLATE_NOOP("Session", "remove barrier {number}"),
}


def step_text(step: Step) -> str:
    """What Undo and Redo name: for a rating, what changed from what to what ("Users, K3:
    now 2 → 3"); otherwise what was done ("add action")."""
    if step.kind is StepKind.PAPER_FORM:
        return translate(
            "PaperEntry", "Enter %n rating(s) for “{group}” from the paper form", None,
            step.number or 0,
        ).format(group=step.group_name)  # fmt: skip
    if step.kind is StepKind.GROUP_DETAILS:
        return translate("Session", "“{group}”: name and size").format(group=step.group_name)
    if step.kind is StepKind.ADD_GROUP:
        return translate("Session", "add group “{group}”").format(group=step.group_name)
    if step.kind is StepKind.REMOVE_GROUP:
        return translate("Session", "remove group “{group}”").format(group=step.group_name)
    if step.kind is StepKind.CROSS_RATING:
        if step.number is None:
            text = translate("Session", "{group}, {code}: view of another group taken back")
        else:
            text = translate("Session", "{group}, {code}: view of another group, level {level}")
        return text.format(group=step.group_name, code=step.item_code, level=step.number)
    if step.item_code and len(step.edits) == 1:  # one rating: say from what to what
        edit = step.edits[0]
        said = rating_step_text(step.group_name, step.item_code, edit.before, edit.after)
        if said is not None:
            return said
    if step.kind is StepKind.CURRENT_LEVEL:
        what = translate("Session", "current level {level}").format(level=step.number)
    elif step.kind is StepKind.REQUIRED_LEVEL:
        what = translate("Session", "required level {level}").format(level=step.number)
    else:
        what = translate("Session", _WORDS[step.kind]).format(number=step.number)
    if not step.item_code:
        return what
    return translate("Session", "{group}, {code}: {change}").format(
        group=step.group_name, code=step.item_code, change=what
    )


def problem_text(problem: CoprodError) -> str:
    """Why a change was refused or not saved."""
    if isinstance(problem, LevelNotChosenError):
        return translate("Session", "Choose the level the group agrees on first.")
    return error_text(problem)
