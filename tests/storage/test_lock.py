"""One CoProd Desktop per data folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coprod_desktop.services.data_folder import open_data_folder
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
