"""A smaller ICU data library for the Linux bundle: the same library, with only the data the app
can reach.

Qt Core in the PySide6 wheels links ICU, whose data library (``libicudata.so.NN``, 31 MiB)
holds every locale's collation, names, currencies, units, time-zone names, converters and
transliterators. The app speaks English and Welsh and reads UTF-8 only, so this keeps the
root, English and Welsh locales of the trees Qt reaches (collation for Qt's file dialog,
time-zone names), and drops the other locales, the legacy-encoding converters (``.cnv``) and
the services Qt never calls (``UNREACHED_TREES``, ``UNREACHED_FILES``): under 3 MiB. A running
app touches about 70 KiB of it.

The data is cut with ICU's own tools (Debian's ``icu-devtools``: ``icupkg`` lists and removes
items, ``genccode`` writes it back as assembly) and linked with ``gcc`` as a library of the
same soname exporting the same ``icudtNN_dat`` symbol, so Qt's ICU libraries load it unchanged.
Without the tools the original library is kept (and the size check says so).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

TOOLS = ("icupkg", "genccode", "gcc", "nm", "readelf")
KEEP_LOCALES = {
    "root", "en", "en_GB", "en_US", "en_001", "en_150", "cy", "cy_GB",
    "pool", "res_index", "supplementalData", "tzdbNames",
}  # fmt: skip


# What Qt never reaches. Qt Core calls four ICU services only (its imports, `nm -D`): case
# mapping (u_strToUpper/Lower: data compiled into libicuuc), collation (ucol_*: coll/, ucadata),
# time-zone names (ucal_*: zone/, zoneinfo64, metaZones) and converters (ucnv_*: cnvalias, the
# Unicode ones compiled in). Never: break iterators (brkitr/, 3.2 MiB of rules and Chinese,
# Japanese, Thai, Lao, Khmer and Burmese dictionaries; Qt breaks text itself), transliterators,
# number spell-out, currency and unit names, character names, the spoof checker, IDNA and
# compatibility normalisation (Qt does both itself).
UNREACHED_TREES = {"translit", "brkitr", "rbnf", "curr", "unit"}
UNREACHED_FILES = {"unames.icu", "confusables.cfu", "uts46.nrm", "nfkc.nrm", "nfkc_cf.nrm"}


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def trimmed(library: Path, work: Path) -> Path:
    """Write the trimmed copy of ``library`` (``libicudata.so.NN``) into ``work``; return it."""
    work.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = _data_symbol(library)
    package = f"{symbol.removesuffix('_dat')}l"  # the items' package name: icudt73l (little end)
    whole, cut = work / "whole" / f"{package}.dat", work / "cut" / f"{package}.dat"
    for folder in (whole.parent, cut.parent):
        folder.mkdir(exist_ok=True)
    with library.open("rb") as raw:
        raw.seek(offset)
        whole.write_bytes(raw.read(size))
    items = _run("icupkg", "-l", str(whole)).split()
    removed = work / "removed.txt"
    removed.write_text("\n".join(i for i in items if not _kept(i)) + "\n", "utf-8")
    cut.unlink(missing_ok=True)
    _run("icupkg", "-r", str(removed), str(whole), str(cut))
    _run("genccode", "-a", "gcc", "-e", symbol.removesuffix("_dat"), "-d", str(cut.parent),
         str(cut))  # fmt: skip
    target = work / library.name
    soname = f"-Wl,-soname,{library.name}"
    assembly = cut.parent / f"{package}_dat.S"
    _run("gcc", "-shared", "-nostdlib", soname, "-o", str(target), str(assembly))
    return target


def _kept(item: str) -> bool:
    tree, _, name = item.rpartition("/")
    stem, _, kind = name.rpartition(".")
    if kind == "cnv" or tree in UNREACHED_TREES or name in UNREACHED_FILES:
        return False
    locale = re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]*)*", stem) is not None
    return not (kind == "res" and locale and stem not in KEEP_LOCALES)


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name and where its bytes are in the file."""
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", _run("nm", "-D", "-S",
                      "--defined-only", str(library)), re.M)  # fmt: skip
    if found is None:
        raise RuntimeError(f"{library}: no icudtNN_dat symbol")
    address, size, symbol = int(found[1], 16), int(found[2], 16), found[3]
    for line in _run("readelf", "-S", "-W", str(library)).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return symbol, address - section_address + section_offset, size
    raise RuntimeError(f"{library}: no .rodata section")


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout
