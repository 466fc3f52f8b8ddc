"""A tailored framework and its Welsh version, exported on one laptop and imported on another,
stay a pair: the editor there opens them side by side."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.framework_draft import FrameworkDraft
from coprod_desktop.services.frameworks import DEFAULT_FRAMEWORK_KEY, FrameworkService
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
