"""The barrier log's words shared by the windows, the projector and the report: what a barrier
holds back, and who it is for."""

from __future__ import annotations

from coprod_desktop.domain.barrier import BarrierHeading, holds_back_title
from coprod_desktop.domain.framework import Framework
from coprod_desktop.wording.catalogue import translate


def heading_name(heading: BarrierHeading, framework: Framework, language: str) -> str:
    """A stage by the framework's title ("Co-delivery"), a principle by code and title ("P3
    Agencies as catalysts"), or that the room named neither."""
    return holds_back_title(heading, framework) or neither_named(language)


def neither_named(language: str) -> str:
    """What a barrier holds back when the room named no stage nor principle."""
    return translate(language, "Barriers", "No stage or principle named")


def barrier_for(group_name: str | None, language: str) -> str:
    """The group a barrier concerns, or the whole partnership."""
    return group_name or translate(language, "Barriers", "The whole partnership")
