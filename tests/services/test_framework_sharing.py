"""A tailored framework and its Welsh version, exported on one laptop and imported on another,
stay a pair: the editor there opens them side by side. A workshop keeps the framework it was
made with, whatever the editor changes later."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.framework import Area, Stage
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.framework_draft import FrameworkDraft
from coprod_desktop.services.framework_parts import EntryKind
from coprod_desktop.services.frameworks import DEFAULT_FRAMEWORK_KEY, FrameworkService
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store


def test_an_exported_pair_is_a_pair_again_on_another_laptop(store: Store, tmp_path: Path) -> None:
    here = FrameworkService(store)
    here.install_builtins()
    key = here.duplicate_with_welsh(DEFAULT_FRAMEWORK_KEY)
    for name in (key, key + "-cy"):
        here.export_file(name, tmp_path / f"{name}.json")
    other = open_data_folder(tmp_path / "other laptop")
    try:
        there = FrameworkService(other.store)
        there.install_builtins()
        imported = [there.import_file(tmp_path / f"{n}.json") for n in (key, key + "-cy")]
        assert imported == [key, key + "-cy"]  # the keys were free there: kept
        assert there.first_of_pair(key + "-cy") == key
        welsh = there.welsh_version(key)
        assert welsh is not None
        assert FrameworkDraft.of(there.get(key), welsh).languages == ("en", "cy")
    finally:
        other.close()


def test_a_workshop_keeps_its_framework_whatever_the_editor_changes_later(store: Store) -> None:
    """Texts of an area and a stage, a role's note, the default groups and an item's source
    edited and saved after a workshop was made from the framework: the workshop keeps them as
    they were."""
    frameworks = FrameworkService(store)
    frameworks.install_builtins()
    key = frameworks.duplicate_with_welsh(DEFAULT_FRAMEWORK_KEY)
    workshops = WorkshopService(store)
    workshop_id = workshops.create(WorkshopDraft(title="Riverside", framework_key=key,
                                                 groups=[GroupDraft("Tenants")]))  # fmt: skip
    before = workshops.get(workshop_id)
    draft = FrameworkDraft.of(frameworks.get(key), frameworks.welsh_version(key))
    draft.parts.entry(EntryKind.AREA, Area.KNOWLEDGE.value).title["en"] = "Understanding"
    draft.parts.entry(EntryKind.STAGE, Stage.CO_DESIGN.value).points["en"] = "One point."
    draft.parts.roles[0].note["en"] = "Changed later."
    draft.parts.groups[0].name = {"en": "Tenants", "cy": "Tenantiaid"}
    draft.items[0].source_lines, draft.items[0].source_quote = "1", "The first line."
    frameworks.save_all(list(draft.build().values()))
    assert frameworks.get(key).area_text(Area.KNOWLEDGE).title == "Understanding"

    after = workshops.get(workshop_id)
    assert after == before
    assert after.framework.area_text(Area.KNOWLEDGE).title == "Knowledge"
    assert len(after.framework.stage_text(Stage.CO_DESIGN).points) > 1
    assert after.framework.item("K1").source is None
