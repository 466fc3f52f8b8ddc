"""The shared libraries the Linux bundle takes from the system instead of carrying its own.

Everything else a bundled ELF file links to travels in the bundle; the smoke test checks that
nothing outside these lists is left to chance (``bundle_checks.system_libraries``).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

#: glibc's own libraries and the graphics stack, which must match the system's kernel and
#: drivers: never bundled (PyInstaller leaves them out by itself).
GLIBC_AND_GRAPHICS = frozenset({
    "libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "libresolv.so.2",
    "libutil.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
    "libGL.so.1", "libEGL.so.1", "libOpenGL.so.0", "libGLX.so.0", "libdrm.so.2",
    "libxcb.so.1", "libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1",
})  # fmt: skip

#: Left out by the spec: present on every desktop Linux, and the build machine's copies would
#: only add size (and, for libstdc++ and expat, raise the glibc the bundle needs to Debian
#: 12's 2.36; newer versions keep the old symbols). All but libdbus-1 are on the AppImage
#: project's exclude list of libraries every target desktop has (X11, fontconfig, FreeType,
#: zlib, the GCC runtime, libgpg-error, com_err, libuuid); libdbus-1 is what every desktop
#: session runs on, and Qt's own PySide6 wheels take it from the system too. Without them the
#: bundle would also carry what Debian 12 links them with (libsystemd, libgcrypt, lz4, libpng,
#: libbsd ...): 5.7 MiB on disk, 1.9 MiB as tar.xz.
LEFT_TO_SYSTEM = frozenset({
    "libstdc++.so.6", "libexpat.so.1", "libgcc_s.so.1",
    "libX11.so.6", "libX11-xcb.so.1", "libfontconfig.so.1", "libfreetype.so.6",
    "libz.so.1", "libgpg-error.so.0", "libcom_err.so.2", "libuuid.so.1",
    "libdbus-1.so.3",
})  # fmt: skip

FROM_THE_SYSTEM = GLIBC_AND_GRAPHICS | LEFT_TO_SYSTEM


def needed_libraries(path: Path) -> list[str]:
    """The shared libraries an ELF file itself links to (its DT_NEEDED entries, readelf -d)."""
    dynamic = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\).*\[(.*)\]", dynamic)
