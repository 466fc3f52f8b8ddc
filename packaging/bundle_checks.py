"""What the smoke test checks in the bundle's files, without running it: the oldest glibc it
needs (from the symbol versions its ELF files ask for), no build-machine paths, the licences,
the cut ICU data against the whole, and its size on disk and compressed against the targets
in packaging/README.md."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from system_libraries import FROM_THE_SYSTEM, needed_libraries

#: The oldest glibc the Linux bundle may need: Qt 6.11's wheels need 2.34, the Python it is
#: built with (on Debian 12) 2.35. Ubuntu 22.04, Debian 12, Fedora 36 and newer have it.
GLIBC_FLOOR = (2, 35)
DISK_TARGET_MIB = 100
COMPRESSED_TARGET_MIB = 40
LICENCES = ("LICENSE", "THIRD-PARTY-NOTICES.txt", "Python-LICENSE.txt", "LGPL-3.0.txt")


class BundleCheckError(Exception):
    """A check of the bundle's files failed; the message says which and why."""


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def glibc_needed(path: Path) -> tuple[int, int]:
    """The newest GLIBC_x.y symbol version ``path`` asks for (objdump -T)."""
    dump = subprocess.run(
        ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
    ).stdout
    versions = {
        tuple(int(n) for n in v.split(".")[:2]) for v in re.findall(r"GLIBC_(\d+\.\d+)", dump)
    }
    return max(versions, default=(0, 0))  # type: ignore[return-value]


def glibc_floor(bundle: Path) -> str:
    if not sys.platform.startswith("linux"):
        return "not Linux: nothing to check"
    needs = {path: glibc_needed(path) for path in elf_files(bundle)}
    newest = max(needs.values())
    if newest > GLIBC_FLOOR:
        over = sorted(str(p.relative_to(bundle)) for p, v in needs.items() if v > GLIBC_FLOOR)
        raise BundleCheckError(f"needs glibc {newest[0]}.{newest[1]} (over the floor): {over}")
    floor = ".".join(map(str, GLIBC_FLOOR))
    return f"needs glibc {newest[0]}.{newest[1]} at most (floor {floor}), {len(needs)} ELF files"


def system_libraries(bundle: Path) -> str:
    """Every library a bundled ELF file links to is in the bundle or named in
    system_libraries.py as the system's: nothing the bundle needs is left to chance."""
    if not sys.platform.startswith("linux"):
        return "not Linux: nothing to check"
    inside = {path.name for path in bundle.rglob("*")}
    outside: dict[str, list[str]] = {}
    for path in elf_files(bundle):
        for name in needed_libraries(path):
            if name not in inside:
                outside.setdefault(name, []).append(str(path.relative_to(bundle)))
    unnamed = {name: users[:3] for name, users in outside.items() if name not in FROM_THE_SYSTEM}
    if unnamed:
        raise BundleCheckError(f"needs libraries neither bundled nor the system's: {unnamed}")
    return f"{len(outside)} libraries from the system, all named: {', '.join(sorted(outside))}"


def build_paths(bundle: Path, root: Path) -> str:
    """No file names the checkout or the venv it was built from; every RUNPATH stays inside
    the bundle. The Python's own prefix may stay where it is compiled into libpython as a
    default (the frozen app never reads it: PyInstaller sets its home), nowhere else."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            needles = {str(root), sys.prefix}
            if not path.name.startswith("libpython"):
                needles.add(sys.base_prefix)
            found += [f"{path.relative_to(bundle)}: {n}" for n in needles if n.encode() in data]
    if sys.platform.startswith("linux"):
        for path in elf_files(bundle):
            dynamic = subprocess.run(
                ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
            ).stdout
            for entry in re.findall(r"R(?:UN)?PATH\).*\[(.*)\]", dynamic):
                if any(not part.startswith("$ORIGIN") for part in entry.split(":")):
                    found.append(f"{path.relative_to(bundle)}: RUNPATH {entry}")
    if found:
        raise BundleCheckError(f"build-machine paths in the bundle: {found[:8]}")
    return "no checkout, venv or Python prefix (but libpython's default); RUNPATHs in $ORIGIN"


def licences(bundle: Path) -> str:
    folder = next(bundle.rglob("coprod_desktop/assets/licences"), None)
    missing = [n for n in LICENCES if folder is None or not (folder / n).is_file()]
    if missing:
        raise BundleCheckError(f"licence texts missing from the bundle: {missing}")
    assert folder is not None
    notices = (folder / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    return f"{len(LICENCES)} texts; notices name {notices.count('Licence: ')} distributions"


#: What Qt asks of ICU, printed by the build's own PySide6: Welsh and English collation (the file
#: dialog sorts with it), Turkish and Welsh upper-casing, time-zone names in both languages.
ICU_PROBE = """
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["llan", "lima", "dd", "da", "ch", "cy", "ng", "nant", "rh", "ria", "ŵyr", "wyn", "Éire"]
for name in ("cy_GB", "en_GB"):
    locale = QLocale(name)
    collator = QCollator(locale)
    print(name, sorted(words, key=collator.sortKey), locale.toUpper("iwerddon ŵy ŷ"))
    zone = QTimeZone(b"Europe/London")
    for kind in (QTimeZone.StandardTime, QTimeZone.DaylightTime):
        print(zone.displayName(kind, QTimeZone.LongName, locale))
print(QLocale("tr_TR").toUpper("istanbul ıi"))
"""


def icu_data(bundle: Path) -> str:
    """The bundle's cut ICU data answers what Qt asks as the whole library does: the same probe
    run twice by the build's PySide6, once with the bundle's ``libicudata`` loaded first."""
    cut = next(bundle.rglob("libicudata.so.*"), None)
    if not sys.platform.startswith("linux") or cut is None:
        return "no ICU data library in the bundle: nothing to check"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def probe(**extra: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", ICU_PROBE], env={**env, **extra}, capture_output=True,
            text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise BundleCheckError(f"ICU probe failed: {done.stderr.strip()[-400:]}")
        return done.stdout

    whole, trimmed = probe(), probe(LD_PRELOAD=str(cut.resolve()))
    if whole != trimmed:
        raise BundleCheckError(f"the cut ICU data answers differently: {trimmed!r} vs {whole!r}")
    return f"{cut.stat().st_size / 2**20:.1f} MiB; collation, case and zone names as the whole"


def sizes(bundle: Path) -> tuple[float, float, float]:
    """MiB on disk (file sizes), as a zip archive (deflate, level 9: what Windows and macOS
    users unpack without tools) and as a tar.xz (xz -9: the usual Linux download, links kept)."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    disk = sum(p.stat().st_size for p in files) / 2**20
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "bundle.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
            for path in files:
                out.write(path, path.relative_to(bundle.parent))
        zipped = archive.stat().st_size / 2**20
        tarball = Path(scratch) / "bundle.tar.xz"
        with tarfile.open(tarball, "w:xz", preset=9) as out:
            out.add(bundle, arcname=bundle.name)
        xz = tarball.stat().st_size / 2**20
    return disk, zipped, xz


def size_targets(bundle: Path) -> str:
    """On disk, and compressed as this system's download: tar.xz on Linux, zip elsewhere."""
    disk, zipped, xz = sizes(bundle)
    packed = xz if sys.platform.startswith("linux") else zipped
    said = f"{disk:.1f} MiB on disk, {xz:.1f} MiB as tar.xz, {zipped:.1f} MiB zipped"
    if disk > DISK_TARGET_MIB or packed > COMPRESSED_TARGET_MIB:
        raise BundleCheckError(
            f"{said}: over the targets ({DISK_TARGET_MIB} MiB, {COMPRESSED_TARGET_MIB} MiB)"
        )
    return f"{said} (targets {DISK_TARGET_MIB} and {COMPRESSED_TARGET_MIB})"


def checks(bundle: Path, root: Path) -> list[tuple[str, Callable[[], str]]]:
    """Each check's name and a callable returning its detail (or raising BundleCheckError)."""
    return [
        ("glibc floor", lambda: glibc_floor(bundle)),
        ("system libraries", lambda: system_libraries(bundle)),
        ("no build-machine paths", lambda: build_paths(bundle, root)),
        ("licences", lambda: licences(bundle)),
        ("ICU data", lambda: icu_data(bundle)),
        ("size", lambda: size_targets(bundle)),
    ]
