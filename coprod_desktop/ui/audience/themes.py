"""Projector themes as data, and the WCAG contrast check every theme must pass."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

#: The contrast every text colour must reach on every ground it is drawn on (WCAG AAA).
MIN_TEXT_CONTRAST = 7.0

#: Colour roles text may be drawn in, each with the grounds it may be drawn on. The painters
#: only ever use these pairs, and the tests check every one of them in every theme.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"),
    ("muted", "background"),
    ("accent", "background"),
    ("split", "background"),
    ("text", "highlight"),
    ("muted", "highlight"),
    ("accent", "highlight"),
    ("split", "highlight"),
    ("background", "accent"),
)


@dataclass(frozen=True, slots=True)
class ProjectorTheme:
    """The colours and type of the audience view.

    ``highlight`` is the ground of a result row; ``split`` marks dissent (tally dots, the word
    "split"). ``font_scale`` multiplies every type size; ``line_spacing`` the line height.
    """

    name: str
    label: str
    background: str
    text: str
    muted: str
    accent: str
    highlight: str
    split: str
    font_scale: float = 1.0
    line_spacing: float = 1.15

    def colour(self, role: str) -> str:
        """The colour of ``role`` ("text", "muted", "accent", "highlight", …) as ``#rrggbb``."""
        value = getattr(self, role)
        if not isinstance(value, str) or role in ("name", "label"):
            raise ValueError(f"{role!r} is not a colour role")
        return value


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb`` (0 for black, 1 for white)."""
    digits = hex_colour.lstrip("#")
    if len(digits) != 6:
        raise ValueError(f"expected #rrggbb, got {hex_colour!r}")
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg_hex: str, bg_hex: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours, from 1.0 to 21.0."""
    a, b = relative_luminance(fg_hex), relative_luminance(bg_hex)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


_DEFAULT = ProjectorTheme(
    name="default",
    label="Default (light)",
    background="#fbfaf7",
    text="#111418",
    muted="#3e454c",
    accent="#0b3d7a",
    highlight="#fbefc4",
    split="#6b3600",
)

THEMES: MappingProxyType[str, ProjectorTheme] = MappingProxyType(
    {
        "default": _DEFAULT,
        "high_contrast": ProjectorTheme(
            name="high_contrast",
            label="High contrast",
            background="#000000",
            text="#ffffff",
            muted="#ffffff",
            accent="#ffff00",
            highlight="#002e6b",
            split="#00ffff",
            line_spacing=1.2,
        ),
        "dark": ProjectorTheme(
            name="dark",
            label="Dark",
            background="#15181d",
            text="#f3f4f5",
            muted="#c4c9cf",
            accent="#9cc8ff",
            highlight="#263447",
            split="#ffc46b",
        ),
        "large_print": ProjectorTheme(
            name="large_print",
            label="Large print",
            background=_DEFAULT.background,
            text=_DEFAULT.text,
            muted=_DEFAULT.muted,
            accent=_DEFAULT.accent,
            highlight=_DEFAULT.highlight,
            split=_DEFAULT.split,
            font_scale=1.25,
            line_spacing=1.2,
        ),
    }
)

DEFAULT_THEME = "default"


def theme(name: str) -> ProjectorTheme:
    """The theme called ``name``; raises KeyError naming the themes there are."""
    try:
        return THEMES[name]
    except KeyError:
        raise KeyError(f"no projector theme {name!r}; choose from {', '.join(THEMES)}") from None
