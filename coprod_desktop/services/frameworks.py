"""The framework library: built-ins, duplicates, edits, import and export."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Sequence
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError, ValidationError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.summary import FrameworkSummary
from coprod_desktop.formats.framework_format import framework_from_bytes, framework_to_dict
from coprod_desktop.resources import builtin_framework_files
from coprod_desktop.services.files import read_limited, write_atomic
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import FrameworkRepository

DEFAULT_FRAMEWORK_KEY = "readiness-default"
#: A framework's Welsh version has its key with this ending ("readiness-default-cy").
WELSH_SUFFIX = "-cy"


class FrameworkService:
    """Frameworks available to new workshops. Built-ins are read-only; duplicate to change one."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def install_builtins(self) -> None:
        """Put the shipped frameworks in the library, refreshing any the app has updated."""
        with self.store.unit_of_work() as session:
            repo = FrameworkRepository(session)
            for path in builtin_framework_files():
                framework = framework_from_bytes(path.read_bytes(), str(path))
                if not repo.exists(framework.key) or repo.get(framework.key) != framework:
                    repo.put(framework, builtin=True)

    def list(self) -> list[FrameworkSummary]:
        with self.store.reading() as session:
            return FrameworkRepository(session).summaries()

    def get(self, key: str) -> Framework:
        with self.store.reading() as session:
            return FrameworkRepository(session).get(key)

    def duplicate(self, key: str, name: str | None = None) -> str:
        """Copy framework ``key`` under a new key, for editing; returns the new key."""
        with self.store.unit_of_work() as session:
            repo = FrameworkRepository(session)
            original = repo.get(key)
            copy = dataclasses.replace(
                original,
                key=f"custom-{uuid.uuid4().hex[:12]}",
                name=name or f"{original.name} (copy)",
            )
            repo.put(copy)
            return copy.key

    def welsh_version(self, key: str) -> Framework | None:
        """The Welsh version of framework ``key`` (its key with "-cy"), if the library has it."""
        with self.store.reading() as session:
            repo = FrameworkRepository(session)
            partner = key + WELSH_SUFFIX
            return repo.get(partner) if repo.exists(partner) else None

    def first_of_pair(self, key: str) -> str:
        """The key a framework is edited under: a Welsh version ("…-cy") is edited beside its
        English partner, when the library has one, so the two keep the same items."""
        if key.endswith(WELSH_SUFFIX):
            partner = key.removesuffix(WELSH_SUFFIX)
            with self.store.reading() as session:
                if FrameworkRepository(session).exists(partner):
                    return partner
        return key

    def duplicate_with_welsh(self, key: str) -> str:
        """Copy framework ``key`` and its Welsh version, if it has one, as a pair to tailor
        together; returns the copy's key (its Welsh copy's is that with "-cy")."""
        with self.store.unit_of_work() as session:
            repo = FrameworkRepository(session)
            new_key = f"custom-{uuid.uuid4().hex[:12]}"
            for old, new in ((key, new_key), (key + WELSH_SUFFIX, new_key + WELSH_SUFFIX)):
                if old != key and not repo.exists(old):
                    continue
                original = repo.get(old)
                copy_name = "(copi)" if original.language == "cy" else "(copy)"
                repo.put(
                    dataclasses.replace(original, key=new, name=f"{original.name} {copy_name}")
                )
            return new_key

    def save_all(self, frameworks: Sequence[Framework]) -> None:
        """Store edited frameworks (a framework and its Welsh version) together: all or none;
        built-ins cannot be changed."""
        with self.store.unit_of_work() as session:
            repo = FrameworkRepository(session)
            for framework in frameworks:
                if repo.exists(framework.key) and repo.is_builtin(framework.key):
                    raise ValidationError(
                        "framework.built_in", field="framework", key=framework.key
                    )
                repo.put(framework)

    def save(self, framework: Framework) -> None:
        """Store an edited framework; built-ins cannot be changed."""
        with self.store.unit_of_work() as session:
            repo = FrameworkRepository(session)
            if repo.exists(framework.key) and repo.is_builtin(framework.key):
                raise ValidationError("framework.built_in", field="framework", key=framework.key)
            repo.put(framework)

    def delete(self, key: str) -> None:
        with self.store.unit_of_work() as session:
            repo = FrameworkRepository(session)
            if repo.is_builtin(key):
                raise CoprodError("framework.built_in_delete", key=key)
            repo.delete(key)

    def export_file(self, key: str, path: Path, *, replace: bool = False) -> None:
        """Write framework ``key`` to ``path`` (an existing file only with ``replace``)."""
        data = json.dumps(framework_to_dict(self.get(key)), ensure_ascii=False, indent=2)
        write_atomic(path, data.encode("utf-8"), replace=replace, keep_out=self.store.path.parent)

    def import_file(self, path: Path) -> str:
        """Add the framework in ``path``; a clash with an existing key gets a fresh key."""
        framework = framework_from_bytes(read_limited(path), str(path))
        with self.store.unit_of_work() as session:
            repo = FrameworkRepository(session)
            if repo.exists(framework.key):
                framework = dataclasses.replace(framework, key=f"custom-{uuid.uuid4().hex[:12]}")
            repo.put(framework)
            return framework.key
