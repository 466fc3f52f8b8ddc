"""The framework library: built-ins protected, copies editable, files in and out."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError, ValidationError
from coprod_desktop.domain.framework import GroupRole, Stage
from coprod_desktop.formats.reader import DocumentError
from coprod_desktop.services.frameworks import DEFAULT_FRAMEWORK_KEY, FrameworkService
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from tests.worded import raises_worded


def test_builtin_is_installed_and_read_only(store: Store) -> None:
    service = FrameworkService(store)
    # The default framework ships in English and Welsh.
    english, welsh = sorted(service.list(), key=lambda s: s.language != "en")
    assert english.key == DEFAULT_FRAMEWORK_KEY and english.builtin and english.item_count == 46
    assert (welsh.language, welsh.builtin, welsh.item_count) == ("cy", True, 46)
    framework = service.get(DEFAULT_FRAMEWORK_KEY)
    with raises_worded(ValidationError, match="duplicate it"):
        service.save(dataclasses.replace(framework, name="Mine"))
    with raises_worded(CoprodError, match="cannot be deleted"):
        service.delete(DEFAULT_FRAMEWORK_KEY)


def test_edit_a_copy_without_changing_past_workshops(store: Store) -> None:
    frameworks = FrameworkService(store)
    workshops = WorkshopService(store)
    before = workshops.create(WorkshopDraft(title="Before", groups=[GroupDraft("Staff")]))
    key = frameworks.duplicate(DEFAULT_FRAMEWORK_KEY, "Our housing framework")
    edited = frameworks.get(key)
    first = dataclasses.replace(edited.items[0], text="We know our tenants' rights.")
    frameworks.save(dataclasses.replace(edited, items=(first, *edited.items[1:])))
    assert frameworks.get(key).items[0].text == "We know our tenants' rights."
    after = workshops.create(
        WorkshopDraft(title="After", groups=[GroupDraft("Staff")], framework_key=key)
    )
    assert workshops.get(after).framework.items[0].text == "We know our tenants' rights."
    assert workshops.get(before).framework.items[0].text != "We know our tenants' rights."
    frameworks.delete(key)
    assert workshops.get(after).framework.name == "Our housing framework"  # frozen copy


def test_export_then_import_round_trips(store: Store, tmp_path: Path) -> None:
    service = FrameworkService(store)
    path = tmp_path / "framework.json"
    service.export_file(DEFAULT_FRAMEWORK_KEY, path)
    new_key = service.import_file(path)
    assert new_key != DEFAULT_FRAMEWORK_KEY  # same key already there: imported as a copy
    original = service.get(DEFAULT_FRAMEWORK_KEY)
    assert dataclasses.replace(service.get(new_key), key=original.key) == original


def test_bad_framework_file_names_the_problem(store: Store, tmp_path: Path) -> None:
    service = FrameworkService(store)
    path = tmp_path / "framework.json"
    service.export_file(DEFAULT_FRAMEWORK_KEY, path)
    doc = json.loads(path.read_text())
    doc["items"][3]["required_by_stage"]["co_design"] = 0
    path.write_text(json.dumps(doc))
    with raises_worded(
        DocumentError,
        match=r"\(items\[K4\]\.required_by_stage\.co_design\): 0 is outside the scale 1–5",
    ):
        service.import_file(path)
    assert len(service.list()) == 2  # the two built-ins, nothing added


def test_a_workshop_keeps_the_imported_framework_as_it_was(store: Store, tmp_path: Path) -> None:
    """A tailored framework is imported, a workshop is created from it, then the framework is
    edited (wording, a role's needed levels, an item removed): the workshop is unchanged."""
    frameworks = FrameworkService(store)
    workshops = WorkshopService(store)
    path = tmp_path / "tailored.json"
    frameworks.export_file(DEFAULT_FRAMEWORK_KEY, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["key"], doc["name"] = "riverside", "Riverside tailored"
    doc["items"][0]["text"] = "We know what co-production means for our tenants."
    path.write_text(json.dumps(doc), encoding="utf-8")
    key = frameworks.import_file(path)
    assert key == "riverside"
    draft = WorkshopDraft(
        title="Riverside",
        framework_key=key,
        groups=[GroupDraft("Tenants", aim=Stage.CO_DESIGN, role=GroupRole.SERVICE_USERS)],
    )
    workshop_id = workshops.create(draft)
    before = workshops.get(workshop_id)

    tailored = frameworks.get(key)
    k1 = dataclasses.replace(
        tailored.items[0],
        text="Changed later.",
        required_by_role={GroupRole.SERVICE_USERS: {Stage.CO_DESIGN: 5}},
    )
    frameworks.save(dataclasses.replace(tailored, items=(k1, *tailored.items[2:])))
    assert frameworks.get(key).items[0].text == "Changed later."

    after = workshops.get(workshop_id)
    assert after == before and after.framework == tailored
    assert after.framework.items[0].text == "We know what co-production means for our tenants."
    assert after.framework.item("K1").required_level(Stage.CO_DESIGN, GroupRole.SERVICE_USERS) == 3
    assert len(after.item_codes) == 46  # the removed item is still there
