"""Groups' views of each other in the workshop file (format 4): written, validated by the JSON
Schema, read back the same; a version 3 file reads with none; a bad view is refused by name."""

from __future__ import annotations

import json

import pytest

from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.formats.workshop_format import (
    FORMAT_VERSION,
    workshop_from_bytes,
    workshop_to_dict,
)
from tests.domain.test_cross_rating import workshop
from tests.formats.test_schema import VALIDATOR


def test_views_round_trip_through_the_file(default_framework: Framework) -> None:
    views = (CrossRating("u", "s", "K1", 4), CrossRating("s", None, "K3", 2))
    w = workshop(default_framework, *views)
    document = workshop_to_dict(w)
    VALIDATOR.validate(document)
    assert document["format_version"] == FORMAT_VERSION
    again = workshop_from_bytes(json.dumps(document).encode(), "views.coprod")
    assert again == w and again.cross_ratings == views


def test_a_version_3_file_has_no_views(default_framework: Framework) -> None:
    document = workshop_to_dict(workshop(default_framework))
    document["format_version"] = 3
    del document["workshop"]["cross_ratings"]
    VALIDATOR.validate(document)
    assert workshop_from_bytes(json.dumps(document).encode(), "old.coprod").cross_ratings == ()


def test_a_view_of_its_own_group_is_refused_by_name(default_framework: Framework) -> None:
    document = workshop_to_dict(workshop(default_framework))
    document["workshop"]["cross_ratings"] = [{"rater": "u", "subject": "u", "item": "K1",
                                              "level": 3}]  # fmt: skip
    with pytest.raises(CoprodError) as caught:
        workshop_from_bytes(json.dumps(document).encode(), "bad.coprod")
    assert "cross_rating.own_group" in str(caught.value)
