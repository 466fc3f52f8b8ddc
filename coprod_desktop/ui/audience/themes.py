"""Projector themes as data, and the WCAG contrast check every theme must pass."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from types import MappingProxyType

from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP

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
class TextSpacing:
    """How projected text is spaced and set, whatever its colours.

    ``letter`` and ``word`` are extra space (in em, shares of the font size) after every
    character and at every word gap; ``line`` is the least line height, as a multiple of
    single spacing; ``plain`` sets no italics and no small capitals (bold stays for
    emphasis) and breaks wrapped text ragged-right from the left edge, never centred or
    justified.
    """

    name: str
    letter: float = 0.0
    word: float = 0.0
    line: float = 0.0
    plain: bool = False


#: Type as the slides design it.
NORMAL_SPACING = TextSpacing("normal")

#: The projector's font (DejaVu Sans), measured over the lower-case letters, in em: a
#: letter's average advance, the average blank beside a letter's ink (its side bearings),
#: and the space character. A test measures the font to keep these true.
AVERAGE_LETTER_EM = 0.563
LETTER_GAP_EM = 0.117
SPACE_EM = 0.318

#: The British Dyslexia Association's style guide (2023): the gap between letters about 35 %
#: of the average letter width; the gap between words at least 3.5 times the gap between
#: letters; line spacing 1.5; no italics or capitals for emphasis (bold instead); text
#: left-aligned and ragged-right, never justified.
_LETTER_EM = round(0.35 * AVERAGE_LETTER_EM - LETTER_GAP_EM, 3)
_WORD_GAP_EM = 3.5 * (LETTER_GAP_EM + _LETTER_EM)
DYSLEXIA_SPACING = TextSpacing(
    "dyslexia",
    letter=_LETTER_EM,
    # A word's gap is the space (tracked like a letter), the bearings beside it, and this.
    word=math.ceil((_WORD_GAP_EM - SPACE_EM - _LETTER_EM - LETTER_GAP_EM) * 1000) / 1000,
    line=1.5,
    plain=True,
)


@dataclass(frozen=True, slots=True)
class ProjectorTheme:
    """The colours and type of the audience view.

    ``highlight`` is the ground of a result row; ``split`` marks dissent (tally dots, the word
    "split"). ``font_scale`` multiplies every type size; ``line_spacing`` the line height;
    ``spacing`` is how the text is spaced (see :func:`with_spacing`).
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
    spacing: TextSpacing = NORMAL_SPACING

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
    label=QT_TRANSLATE_NOOP("Themes", "Default (light)"),
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
            label=QT_TRANSLATE_NOOP("Themes", "High contrast"),
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
            label=QT_TRANSLATE_NOOP("Themes", "Dark"),
            background="#15181d",
            text="#f3f4f5",
            muted="#c4c9cf",
            accent="#9cc8ff",
            highlight="#263447",
            split="#ffc46b",
        ),
        "large_print": ProjectorTheme(
            name="large_print",
            label=QT_TRANSLATE_NOOP("Themes", "Large print"),
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


def with_spacing(base: ProjectorTheme, spacing: TextSpacing) -> ProjectorTheme:
    """``base`` with its text set to ``spacing``: any theme with any spacing, same colours.

    The line height is the larger of the theme's and the spacing's.
    """
    return replace(base, spacing=spacing, line_spacing=max(base.line_spacing, spacing.line))


def readable(name: str, *, dyslexia_spacing: bool) -> ProjectorTheme:
    """The theme called ``name``, with dyslexia-friendly spacing when asked for."""
    return with_spacing(theme(name), DYSLEXIA_SPACING if dyslexia_spacing else NORMAL_SPACING)
