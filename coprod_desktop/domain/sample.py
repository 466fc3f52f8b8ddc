"""A made-up workshop of any size, for trying the app (and measuring it) at scale: many
groups, a framework stretched to many items, every item rated."""

from __future__ import annotations

import dataclasses
import random

from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Group, StagePlacement, Workshop


def stretched(framework: Framework, items: int) -> Framework:
    """``framework`` with ``items`` items: its own, then copies coded "K1.2", "K1.3" …"""
    own = framework.items
    copies = [
        own[n % len(own)]
        if n < len(own)
        else dataclasses.replace(
            own[n % len(own)], code=f"{own[n % len(own)].code}.{n // len(own) + 1}"
        )
        for n in range(items)
    ]
    return dataclasses.replace(framework, items=tuple(copies))


def sample_workshop(framework: Framework, *, groups: int, items: int, seed: int = 1) -> Workshop:
    """A workshop of ``groups`` groups of 8 that rated ``items`` items: mostly agreed, some
    split with a tally of their dots, a few skipped; levels spread so that some groups see
    items two or more levels apart."""
    rng = random.Random(seed)
    bank = stretched(framework, items)
    scale = bank.scale
    made = []
    for g in range(groups):
        lean = rng.randint(scale.lowest, scale.highest)
        ratings: dict[str, Rating] = {}
        for item in bank.items:
            level = max(scale.lowest, min(scale.highest, lean + rng.randint(-1, 1)))
            needed = min(scale.highest, level + rng.randint(0, 2))
            roll = rng.random()
            if roll < 0.05:
                ratings[item.code] = Rating(item.code, RatingStatus.SKIPPED)
            elif roll < 0.2:
                other = level + 1 if level < scale.highest else level - 1
                dots = {level: 5, other: 3}
                ratings[item.code] = Rating(
                    item.code, RatingStatus.SPLIT, level, needed, Tally(dots)
                )
            else:
                ratings[item.code] = Rating(item.code, RatingStatus.AGREED, level, needed)
        placement = StagePlacement(aim=rng.choice(list(Stage)))
        made.append(Group(f"g{g + 1}", f"Group {g + 1}", 8, placement, ratings))
    return Workshop(
        uid=f"sample-{groups}x{items}-{seed}",
        title=f"{groups} groups × {items} items",
        framework=bank,
        item_codes=tuple(i.code for i in bank.items),
        groups=tuple(made),
    )
