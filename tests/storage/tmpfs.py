"""A small real filesystem for full-disk and read-only tests: a size-limited tmpfs, mounted
where the test may (root on Linux); otherwise the test is skipped and says why."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest


@contextmanager
def small_filesystem(mount_point: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of ``size`` at ``mount_point``; skips the test when it cannot be mounted."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("needs root on Linux to mount a size-limited tmpfs (the injected-error "
                    "tests cover this case everywhere)")  # fmt: skip
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def remount(mount_point: Path, *, read_only: bool) -> None:
    """Make the tmpfs read-only (no file may be open for writing on it) or writable again."""
    mode = "ro" if read_only else "rw"
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount_point)], check=True)


def fill(path: Path) -> int:
    """Write ``path`` until the disk is full; returns how many bytes fitted."""
    written = 0
    chunk = bytes(64 * 1024)
    with path.open("wb", buffering=0) as fh:
        try:
            while True:
                written += fh.write(chunk)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
        # Fill the last partial chunk too, a byte at a time from what is left.
        with suppress(OSError):
            for size in (4096, 512, 1):
                while True:
                    written += fh.write(bytes(size))
    return written
