"""The published JSON Schema agrees with what the app writes."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from referencing import Registry, Resource

from coprod_desktop.domain.framework import Framework
from coprod_desktop.formats.workshop_format import workshop_to_dict
from coprod_desktop.resources import resource
from tests.conftest import ROOT
from tests.strategies import workshops

SCHEMA = json.loads((ROOT / "docs" / "workshop-file.schema.json").read_text())
#: The framework inside a workshop file follows the framework file's schema, shipped with the app.
FRAMEWORK_SCHEMA = json.loads(resource("schemas", "framework-file.schema.json").read_text())
REGISTRY: Registry[Any] = Registry().with_resource(
    FRAMEWORK_SCHEMA["$id"], Resource.from_contents(FRAMEWORK_SCHEMA)
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, registry=REGISTRY)


def test_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_written_file_matches_the_schema(
    default_framework: Framework, data: st.DataObject
) -> None:
    document = json.loads(json.dumps(workshop_to_dict(data.draw(workshops(default_framework)))))
    VALIDATOR.validate(document)


def test_schema_rejects_what_the_reader_rejects() -> None:
    assert not VALIDATOR.is_valid(
        {"format": "coprod-workshop", "format_version": 3, "workshop": {}}
    )
