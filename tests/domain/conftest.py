"""Fixtures for the domain's tests: small workshops built in memory."""

from __future__ import annotations

import datetime as dt

import pytest

from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.workshop import Group, StagePlacement, Workshop


@pytest.fixture
def small(default_framework: Framework) -> Workshop:
    """Three items and two groups; the second aims for co-delivery, the first has no aim."""
    return Workshop(
        uid="w",
        title="Small",
        framework=default_framework,
        item_codes=("K1", "K2", "K3"),
        groups=(
            Group(key="g1", name="Users", participant_count=4),
            Group(key="g2", name="Staff", placement=StagePlacement(aim=Stage.CO_DELIVERY)),
        ),
        held_on=dt.date(2026, 11, 12),
        organisation="Org",
    )
