"""A data folder on a read-only filesystem (a USB stick's write-protect switch): refused with a
clear message, file untouched. Meaningful as root too, unlike a chmod."""

from __future__ import annotations

import hashlib
from pathlib import Path

from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.storage.database import STORE_NAME
from coprod_desktop.storage.errors import WriteFailedError
from tests.storage.tmpfs import remount, small_filesystem
from tests.worded import raises_worded


def test_a_read_only_filesystem_is_refused_and_left_untouched(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "stick") as stick:
        data = stick / "coprod-data"
        with open_data_folder(data) as folder:
            create_demo(folder.store)
        before = hashlib.sha256((data / STORE_NAME).read_bytes()).hexdigest()
        remount(stick, read_only=True)
        try:
            with raises_worded(WriteFailedError, match="read-only"):
                open_data_folder(data)
        finally:
            remount(stick, read_only=False)
        assert hashlib.sha256((data / STORE_NAME).read_bytes()).hexdigest() == before
