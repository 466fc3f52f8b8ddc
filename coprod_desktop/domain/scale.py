"""The rating scale: numbered levels, each with a short label and a description."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.text import long_text, short_text


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    """One point on the scale, e.g. 5 = "Could teach others"."""

    level: int
    label: str
    description: str
    #: The description in Easy Read words (short sentences, everyday words), if the framework
    #: gives them.
    easy_read: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", short_text(self.label, "label", required=True))
        object.__setattr__(self, "description", long_text(self.description, "description"))


@dataclass(frozen=True, slots=True)
class Scale:
    """Consecutive levels from ``lowest`` to ``highest`` (at least two, at most nine)."""

    levels: tuple[ScaleLevel, ...]

    def __post_init__(self) -> None:
        if not 2 <= len(self.levels) <= 9:
            raise ValidationError("scale.level_count", field="scale.levels")
        numbers = [lv.level for lv in self.levels]
        first = numbers[0]
        if numbers != list(range(first, first + len(numbers))) or first < 0:
            raise ValidationError(
                "scale.levels_not_counting", field="scale.levels",
                levels=", ".join(map(str, numbers)),
            )  # fmt: skip

    @property
    def lowest(self) -> int:
        return self.levels[0].level

    @property
    def highest(self) -> int:
        return self.levels[-1].level

    def __contains__(self, level: object) -> bool:
        return isinstance(level, int) and self.lowest <= level <= self.highest

    def level(self, number: int) -> ScaleLevel:
        """The level numbered ``number``; raises ValidationError if off the scale."""
        self.check(number, "level")
        return self.levels[number - self.lowest]

    def check(self, number: int | None, field: str) -> int | None:
        """Return ``number`` if it is on the scale (or None); else raise ValidationError."""
        if number is None:
            return None
        if isinstance(number, bool) or not isinstance(number, int) or number not in self:
            raise ValidationError(
                "scale.outside", field=field, value=repr(number), lowest=self.lowest,
                highest=self.highest,
            )  # fmt: skip
        return number
