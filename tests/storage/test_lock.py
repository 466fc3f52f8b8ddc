"""One CoProd Desktop per data folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coprod_desktop.services.data_folder import claim_data_folder, open_data_folder
from coprod_desktop.storage.errors import StoreInUseError
from coprod_desktop.storage.lock import DataFolderLock
from tests.worded import raises_worded


def test_second_opener_in_another_process_is_refused(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path;"
                "from coprod_desktop.services.data_folder import open_data_folder;"
                "from coprod_desktop.storage.errors import StoreInUseError\n"
                "from coprod_desktop.wording.errors import describe\n"
                "try:\n open_data_folder(Path(sys.argv[1]))\n"
                "except StoreInUseError as e:\n print(describe(e, 'en')); sys.exit(9)",
                str(tmp_path),
            ],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 9, result.stderr
        assert "already open in another CoProd Desktop" in result.stdout
    finally:
        folder.close()


def test_lock_is_released_on_close_and_names_the_holder(tmp_path: Path) -> None:
    import os

    first = DataFolderLock(tmp_path)
    first.acquire()
    with raises_worded(StoreInUseError, match=f"process {os.getpid()}"):
        DataFolderLock(tmp_path).acquire()
    first.release()
    with DataFolderLock(tmp_path):
        pass


def test_a_folder_claimed_at_launch_is_opened_with_its_lock_and_refused_to_others(
    tmp_path: Path,
) -> None:
    """The app claims its data folder before it paints (no database library), opens the store
    later under the same lock, and releases it when it closes; meanwhile nobody else gets it."""
    claimed = claim_data_folder(tmp_path)
    assert claimed is not None
    assert claim_data_folder(tmp_path) is None  # a second launch: hand over instead
    with raises_worded(StoreInUseError, match="already open"):
        open_data_folder(tmp_path)
    folder = open_data_folder(tmp_path, claimed)
    assert folder.lock is claimed
    assert claim_data_folder(tmp_path) is None
    folder.close()
    again = claim_data_folder(tmp_path)
    assert again is not None
    again.release()


def test_a_folder_that_cannot_be_claimed_yet_is_left_to_open_data_folder(tmp_path: Path) -> None:
    """A first launch (no folder yet) claims nothing; opening the folder then makes it."""
    assert claim_data_folder(tmp_path / "data") is None
    assert not (tmp_path / "data").exists()
    with open_data_folder(tmp_path / "data") as folder:
        assert folder.lock.path.parent == tmp_path / "data"


def test_a_store_that_fails_to_open_releases_the_claimed_lock(tmp_path: Path) -> None:
    from coprod_desktop.storage.errors import NotOurFileError

    (tmp_path / "coprod.sqlite").write_bytes(b"my shopping list\n" * 20)
    claimed = claim_data_folder(tmp_path)
    assert claimed is not None
    with raises_worded(NotOurFileError, match="not a CoProd Desktop"):
        open_data_folder(tmp_path, claimed)
    again = claim_data_folder(tmp_path)  # released: a restored store can be opened
    assert again is not None
    again.release()
