"""Write resources/licences/THIRD-PARTY-NOTICES.txt from the installed distributions' metadata.

Run: ``python3 dev.py notices`` after changing requirements/app.lock (a test fails while the
file is out of date). pip-licenses reads each distribution the app depends on (the names in
requirements/app.lock) as installed in .venv: its version, licence, home page, licence files
and notices. The wheel and the bundle ship the result; Help → About shows it.

    scripts/third_party_notices.py                write the file
    scripts/third_party_notices.py --check        exit 1 if it differs from what would be written
    scripts/third_party_notices.py --output FILE  write FILE instead (the bundle's own copy)

Only the distributions this system installs count (a lock line's marker may limit one to
Windows, say): the committed file is written on Linux, where CI checks it; the bundle spec
writes its own copy on each system it builds on.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_LOCK = ROOT / "requirements" / "app.lock"
NOTICES = ROOT / "resources" / "licences" / "THIRD-PARTY-NOTICES.txt"
PIP_LICENSES = Path(sys.executable).parent / "pip-licenses"
UNKNOWN = "UNKNOWN"
RULE = "=" * 78

HEADER = """\
Third-party software in CoProd Desktop
{rule}

CoProd Desktop itself is under the MIT licence (LICENSE). It runs on Python and the
distributions below, at the versions pinned in requirements/app.lock. This file is generated
from their metadata by pip-licenses (python3 dev.py notices); do not edit it by hand.

Qt for Python (PySide6, shiboken6) and the Qt libraries inside it are used under the GNU
Lesser General Public License version 3: its text is in LGPL-3.0.txt (with GPL-3.0.txt, which
it builds on), and QT-LIBRARIES.txt says how to replace the Qt libraries with your own.
The DejaVu fonts are under the licence in fonts/LICENSE-DejaVu.txt. The one-folder bundle
also carries Python's licence (Python-LICENSE.txt) and PyInstaller's bootloader (GPL-2.0 with
an exception that allows its use in any program).

"""


def pinned_names(lock: Path = APP_LOCK) -> list[str]:
    """The distributions pinned in a lock file that this system installs (their markers hold)."""
    from packaging.markers import Marker

    pins = re.findall(
        r"^([A-Za-z0-9][\w.-]*)==[^;\s]+(?: ; ([^\\\n]+))?", lock.read_text("utf-8"), re.M
    )
    names = {name for name, marker in pins if not marker or Marker(marker.strip()).evaluate()}
    return sorted(names, key=str.lower)


#: Each system the app is built for, as lock markers see it.
SYSTEMS = {
    "Linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "Windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "macOS": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}


def by_system(lock: Path = APP_LOCK) -> str:
    """Which pinned distributions only some systems install, from the lock's markers: the
    notices name what this system installed; each bundle writes its own system's at build."""
    from packaging.markers import Marker

    pins = re.findall(
        r"^([A-Za-z0-9][\w.-]*)==([^;\s]+) ; ([^\\\n]+)", lock.read_text("utf-8"), re.M
    )
    lines = []
    for name, version, marker in sorted(pins, key=lambda p: p[0].lower()):
        on = [s for s, env in SYSTEMS.items() if Marker(marker.strip()).evaluate(env)]
        if len(on) < len(SYSTEMS):
            lines.append(f"  {name} {version}: {', '.join(on) or 'none of these'} only")
    this = next(
        (s for s, env in SYSTEMS.items() if env["sys_platform"] == sys.platform), sys.platform
    )
    return (
        f"This file was generated on {this}. Distributions only some systems install:\n"
        + "\n".join(lines)
        + "\nThe bundle for each system carries the notices of exactly what it holds, written\n"
        "by the same script when it is built on that system.\n\n"
    )


def collect(names: list[str]) -> list[dict[str, str]]:
    """pip-licenses' record of each installed distribution named."""
    command = [
        str(PIP_LICENSES), "--from=mixed", "--with-urls", "--with-license-file",
        "--with-notice-file", "--no-license-path", "--format=json", "--packages", *names,
    ]  # fmt: skip
    found = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    records: list[dict[str, str]] = json.loads(found)
    missing = {_key(n) for n in names} - {_key(r["Name"]) for r in records}
    if missing:
        raise SystemExit(f"not installed, cannot read their licences: {sorted(missing)}")
    return sorted(records, key=lambda r: r["Name"].lower())


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def render(records: list[dict[str, str]]) -> str:
    parts = [HEADER.format(rule=RULE), by_system()]
    for record in records:
        parts.append(f"{RULE}\n{record['Name']} {record['Version']}\n")
        parts.append(f"Licence: {record['License']}\n")
        if record.get("URL", UNKNOWN) != UNKNOWN:
            parts.append(f"Home: {record['URL']}\n")
        for field in ("LicenseText", "NoticeText"):
            text = record.get(field, UNKNOWN).strip()
            if text and text != UNKNOWN:
                parts.append(f"\n{text}\n")
        parts.append("\n")
    return "".join(parts).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render(collect(pinned_names()))
    if "--check" in argv:
        if not NOTICES.exists() or NOTICES.read_text("utf-8") != text:
            print(f"{NOTICES.relative_to(ROOT)} is out of date: run python3 dev.py notices")
            return 1
        return 0
    target = Path(argv[argv.index("--output") + 1]) if "--output" in argv else NOTICES
    target.write_text(text, "utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
