"""The names of the app's fixed kinds — stages, group roles, a workshop's purpose, kinds of
development activity — one table each (context ``Words``), so the windows and the report name
them alike.

A workshop's own stage titles come from its framework; these are the app's names for the kinds.
"""

from __future__ import annotations

from types import MappingProxyType

from coprod_desktop.domain.barrier import BarrierStatus, BarrierTag
from coprod_desktop.domain.framework import ActivityKind, GroupRole, Stage
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP, translate

STAGES = MappingProxyType({
    Stage.ACTIVE_INVOLVEMENT: QT_TRANSLATE_NOOP("Words", "Active Involvement"),
    Stage.CO_DESIGN: QT_TRANSLATE_NOOP("Words", "Co-design"),
    Stage.CO_DELIVERY: QT_TRANSLATE_NOOP("Words", "Co-delivery"),
    Stage.FULL_CO_PRODUCTION: QT_TRANSLATE_NOOP("Words", "Full Co-production"),
})  # fmt: skip
ROLES = MappingProxyType({
    GroupRole.SERVICE_USERS: QT_TRANSLATE_NOOP("Words", "Service users and carers"),
    GroupRole.COMMUNITY: QT_TRANSLATE_NOOP("Words", "Community groups"),
    GroupRole.FRONT_LINE: QT_TRANSLATE_NOOP("Words", "Front-line staff"),
    GroupRole.MANAGERS: QT_TRANSLATE_NOOP("Words", "Managers"),
    GroupRole.COMMISSIONERS: QT_TRANSLATE_NOOP("Words", "Commissioners"),
})  # fmt: skip
ACTIVITY_KINDS = MappingProxyType({
    ActivityKind.TRAINING: QT_TRANSLATE_NOOP("Words", "Training"),
    ActivityKind.MENTORING: QT_TRANSLATE_NOOP("Words", "Mentoring"),
    ActivityKind.PEER_SUPPORT: QT_TRANSLATE_NOOP("Words", "Peer support"),
    ActivityKind.SHADOWING: QT_TRANSLATE_NOOP("Words", "Shadowing"),
    ActivityKind.ASSET_MAPPING: QT_TRANSLATE_NOOP("Words", "Asset mapping"),
    ActivityKind.COACHING: QT_TRANSLATE_NOOP("Words", "Coaching"),
    ActivityKind.PRACTICE: QT_TRANSLATE_NOOP("Words", "Practice"),
    ActivityKind.READING: QT_TRANSLATE_NOOP("Words", "Reading"),
})  # fmt: skip
PURPOSES = MappingProxyType({
    WorkshopPurpose.PLANNING: QT_TRANSLATE_NOOP("Words", "Planning: find barriers"),
    WorkshopPurpose.LIVE_SELF_ASSESSMENT: QT_TRANSLATE_NOOP("Words", "Live self-assessment"),
    WorkshopPurpose.TRAINING_NEEDS_REVIEW: QT_TRANSLATE_NOOP("Words", "Training-needs review"),
})  # fmt: skip

BARRIER_TAGS = MappingProxyType({
    BarrierTag.ORGANISATION: QT_TRANSLATE_NOOP("Words", "Organisation"),
    BarrierTag.RESOURCES: QT_TRANSLATE_NOOP("Words", "Resources"),
    BarrierTag.POLICY: QT_TRANSLATE_NOOP("Words", "Policy or rules"),
    BarrierTag.CULTURE: QT_TRANSLATE_NOOP("Words", "Culture"),
    BarrierTag.PEOPLE: QT_TRANSLATE_NOOP("Words", "People and capacity"),
})  # fmt: skip
BARRIER_STATUSES = MappingProxyType({
    BarrierStatus.OPEN: QT_TRANSLATE_NOOP("Words", "Open"),
    BarrierStatus.DEALT_WITH: QT_TRANSLATE_NOOP("Words", "Dealt with"),
})  # fmt: skip


def stage_name(stage: Stage, language: str) -> str:
    return translate(language, "Words", STAGES[stage])


def role_name(role: GroupRole, language: str) -> str:
    return translate(language, "Words", ROLES[role])


def purpose_name(purpose: WorkshopPurpose, language: str) -> str:
    return translate(language, "Words", PURPOSES[purpose])


def activity_name(kind: ActivityKind, language: str) -> str:
    return translate(language, "Words", ACTIVITY_KINDS[kind])


def barrier_tag_name(tag: BarrierTag, language: str) -> str:
    return translate(language, "Words", BARRIER_TAGS[tag])


def barrier_status_name(status: BarrierStatus, language: str) -> str:
    return translate(language, "Words", BARRIER_STATUSES[status])
