"""The title and closing slides: a few lines of large type, centred."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.ui.audience import words
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import centred_stack
from coprod_desktop.ui.i18n import translate

KICKER = Style(3.0, "accent", bold=True, head=True)
TITLE = Style(7.4, "text", bold=True, head=True)
SUBTITLE = Style(3.4, "muted", head=True)
THANKS = Style(11.0, "accent", bold=True, head=True)
CLOSING_TITLE = Style(4.6, "text", bold=True, head=True)


def title(c: Canvas, state: AudienceState, rect: QRectF) -> None:
    subtitle = _lines(c, words.subtitle_text(state), rect.width())
    welcome = translate("Audience", "Welcome")
    centred_stack(c, [(welcome, KICKER, 0.0), (state.title, TITLE, 2.0),
                      (subtitle, SUBTITLE, 3.0)], rect)  # fmt: skip


def closing(c: Canvas, state: AudienceState, rect: QRectF) -> None:
    subtitle = _lines(c, words.subtitle_text(state), rect.width())
    thanks = translate("Audience", "Thank you")
    centred_stack(c, [(thanks, THANKS, 0.0), (state.title, CLOSING_TITLE, 4.0),
                      (subtitle, SUBTITLE, 2.0)], rect)  # fmt: skip


def _lines(c: Canvas, subtitle: str, width: float) -> str:
    """The subtitle on one line if it fits, else one line per part (organisation, venue…)."""
    if c.natural_width(subtitle, SUBTITLE) <= width:
        return subtitle
    return "\n".join(subtitle.split(" · "))
