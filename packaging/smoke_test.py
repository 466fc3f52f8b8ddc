"""Smoke test of the bundle: build it (or use dist/), then run it headless as a facilitator would.

    .venv/bin/python packaging/smoke_test.py            # uses dist/coprod-desktop, builds if absent
    .venv/bin/python packaging/smoke_test.py --build    # always rebuilds first (a minute or two)

Runs ``--version``, ``demo``, ``list``, ``report``, ``blank-form``, ``export-data`` (.xlsx,
.csv, .json), ``export``/``import`` and ``check`` in a temporary data folder; publishes to a
real PostgreSQL server over verified TLS (smoke_postgres.py); opens the GUI offscreen for a
few seconds (and on X11 through Xvfb when it is installed, where xdotool then exports the
report from the list window: ``smoke_gui_export.py``); then copies the
bundle beside a ``coprod-data/`` folder (a USB stick) and checks that it uses that folder and
writes nothing into an empty home folder. Last, it times start-up against ``python main.py``
and prints the figures recorded in docs/benchmarks.md. Not part of ``dev.py test``: building
takes minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bundle_checks import BundleCheckError, checks
from smoke_gui_export import GuiExportError, gui_export, xvfb
from smoke_postgres import PostgresSmokeError, postgres_scenario

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "coprod-desktop"
EXE_NAME = "coprod-desktop-cli.exe" if os.name == "nt" else "coprod-desktop"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
GUI_SECONDS = 5.0
TIMING_RUNS = 5


class SmokeError(Exception):
    """A check failed; the message says which and why."""


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user whose home is ``home``, with no data folder chosen."""
    env = {
        k: v for k, v in os.environ.items() if k != "COPROD_DATA_DIR" and not k.startswith("XDG_")
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path) -> str:
    """Run the bundle; its stdout, or SmokeError with its stderr."""
    done = subprocess.run(
        [str(exe), *args],
        capture_output=True, text=True, env=env, cwd=cwd, timeout=300, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SmokeError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    if "Traceback" in done.stderr:
        raise SmokeError(f"{' '.join(args)} printed a traceback: {done.stderr}")
    return done.stdout


def organisation(exe: Path, base: list[str], wid: str, *, env: dict[str, str], cwd: Path) -> str:
    """Publish into a SQLite organisation store and print its report; then reach for a
    PostgreSQL server that is not there, so the bundled libpq (psycopg's C part) must load and
    answer with its own words."""
    url = f"sqlite:///{cwd / 'organisation.sqlite'}"
    run(exe, *base, "publish", wid, "--to", url, env=env, cwd=cwd)
    pdf = cwd / "organisation.pdf"
    run(exe, *base, "org-report", "--from", url, "-o", str(pdf), env=env, cwd=cwd)
    check_pdf(pdf, expect="Co-production readiness across the organisation")
    nowhere = f"postgresql+psycopg://nobody@/coprod?host={cwd / 'no-server'}"
    done = subprocess.run(
        [str(exe), *base, "org-report", "--from", nowhere, "-o", str(cwd / "no.pdf")],
        capture_output=True, text=True, env=env, cwd=cwd, timeout=120, check=False,
    )  # fmt: skip
    if done.returncode == 0 or "Traceback" in done.stderr or "no-server" not in done.stderr:
        raise SmokeError(f"PostgreSQL without a server: {done.returncode} {done.stderr!r}")
    return "published, org-report PDF; libpq answers for PostgreSQL"


def check_pdf(path: Path, *, expect: str) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise SmokeError(f"{path.name} is not a complete PDF")
    try:
        from pypdf import PdfReader
    except ImportError:  # the packaging venv has no pypdf: the header and trailer must do
        return f"{len(data) // 1024} KiB"
    reader = PdfReader(path)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if expect not in text:
        raise SmokeError(f"{path.name}: {expect!r} not found in its text")
    return f"{len(reader.pages)} pages, {len(data) // 1024} KiB"


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


def start_gui(exe: Path, args: list[str], env: dict[str, str], cwd: Path) -> str:
    """Open the app offscreen, let it run ``GUI_SECONDS``, then stop it; it must not have died."""
    process = subprocess.Popen(
        [str(exe), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd,
    )  # fmt: skip
    time.sleep(GUI_SECONDS)
    code = process.poll()
    if code is not None:
        _out, err = process.communicate()
        raise SmokeError(f"the GUI exited after less than {GUI_SECONDS:g} s (code {code}): {err}")
    process.terminate()
    try:
        _out, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    if "Traceback" in err or "qt.qpa.plugin" in err:
        raise SmokeError(f"the GUI printed an error: {err}")
    return f"ran {GUI_SECONDS:g} s offscreen"


def gui_on_x11(exe: Path, args: list[str], env: dict[str, str], cwd: Path) -> str:
    """The GUI on a real X server (Xvfb, on a display it picks itself), through Qt's xcb
    platform and the bundled libraries."""
    with xvfb() as display:
        x11 = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        return start_gui(exe, args, x11, cwd).replace("offscreen", f"on X11 (Xvfb {display})")


def upgrade_oldest_fixture(exe: Path, work: Path, env: dict[str, str]) -> str:
    """A store at the first schema revision, upgraded by the bundled Alembic migrations."""
    fixture = ROOT / "tests" / "data" / "stores" / "schema-0001.sqlite"
    old = work / "old-store"
    old.mkdir()
    shutil.copyfile(fixture, old / "coprod.sqlite")
    lines = run(exe, "--data-dir", str(old), "check", env=env, cwd=work).splitlines()
    schema = next((line for line in lines if line.startswith("schema:")), "")
    if "(current)" not in schema:
        raise SmokeError(f"the old store was not upgraded: {schema or lines}")
    workshops = next((line for line in lines if line.startswith("workshops:")), "")
    return f"{fixture.name} -> {schema.split(':', 1)[1].strip()}, {workshops.split()[-1]} workshops"


def cli_round_trip(exe: Path, work: Path, env: dict[str, str]) -> list[tuple[str, str]]:  # noqa: PLR0915
    data = work / "data"
    base = ["--data-dir", str(data)]
    results: list[tuple[str, str]] = []
    version = run(exe, "--version", env=env, cwd=work).strip()
    if version != f"CoProd Desktop {VERSION}":
        raise SmokeError(f"--version printed {version!r}, expected version {VERSION}")
    results.append(("--version", version))
    # reportlab imports its C accelerator inside exec() strings and the Linux spec prunes
    # unreached libraries: check it travelled (the report builds without it, only slower).
    accelerator = sorted(p.name for p in exe.parent.rglob("_rl_accel*"))
    if not accelerator:
        raise SmokeError("reportlab's accelerator _rl_accel is not in the bundle")
    results.append(("report accelerator", accelerator[0]))
    wid = run(exe, *base, "demo", env=env, cwd=work).strip()
    if not wid.isdigit():
        raise SmokeError(f"demo printed {wid!r}, not an id")
    results.append(("demo", f"workshop {wid}"))
    listing = run(exe, *base, "list", env=env, cwd=work).strip().splitlines()
    if len(listing) != 1 or not listing[0].startswith(f"{wid}\t"):
        raise SmokeError(f"list printed {listing!r}")
    title = listing[0].split("\t")[2]
    results.append(("list", listing[0].replace("\t", " | ")))
    pdf = work / "report.pdf"
    run(exe, *base, "report", wid, "-o", str(pdf), env=env, cwd=work)
    results.append(("report", check_pdf(pdf, expect=title)))
    results.append(("organisation store", organisation(exe, base, wid, env=env, cwd=work)))
    form = work / "form.pdf"
    run(exe, *base, "blank-form", wid, "-o", str(form), "--paper", "letter", env=env, cwd=work)
    results.append(("blank-form", check_pdf(form, expect=title)))
    for suffix in ("xlsx", "csv", "json"):
        out = work / f"results.{suffix}"
        run(exe, *base, "export-data", wid, "-o", str(out), env=env, cwd=work)
        if suffix == "xlsx":
            with zipfile.ZipFile(out) as book:
                sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
            detail = f"{len(sheets)} sheets"
        elif suffix == "json":
            detail = f"{len(json.loads(out.read_text('utf-8')))} top-level keys"
        else:
            detail = f"{len(out.read_text('utf-8-sig').splitlines())} lines"
        results.append((f"export-data .{suffix}", detail))
    exchange = work / "demo.coprod"
    run(exe, *base, "export", wid, "-o", str(exchange), env=env, cwd=work)
    new_id = run(exe, *base, "import", str(exchange), env=env, cwd=work).strip()
    results.append(("export + import", f"imported as workshop {new_id}"))
    check = run(exe, *base, "check", env=env, cwd=work).strip().splitlines()
    verdict = next((line for line in check if line.startswith("verdict:")), "")
    if not verdict.endswith("healthy") or "PROBLEMS" in verdict:
        raise SmokeError(f"check said {check!r}")
    results.append(("check", " ".join(verdict.split())))
    results.append(("migration", upgrade_oldest_fixture(exe, work, env)))
    results.append(("GUI", start_gui(exe, base, env, work)))
    if sys.platform.startswith("linux") and shutil.which("Xvfb"):
        results.append(("GUI on X11", gui_on_x11(exe, base, env, work)))
        if shutil.which("xdotool"):  # the export child process, spawned from the bundle
            read_back = partial(check_pdf, expect=title)
            try:
                exported = gui_export([str(exe), *base], env, work, check=read_back)
            except GuiExportError as exc:
                raise SmokeError(f"GUI export: {exc}") from exc
            results.append(("GUI export", exported))
    return results


def portable(bundle: Path, work: Path) -> list[tuple[str, str]]:
    """The bundle copied onto a "stick", coprod-data/ beside its executable: all it writes must
    land there."""
    stick = work / "stick"
    shutil.copytree(bundle, stick / bundle.name, symlinks=True)
    data = stick / bundle.name / "coprod-data"
    data.mkdir()
    home = work / "home"
    home.mkdir()
    env = clean_env(home)
    exe = stick / bundle.name / EXE_NAME
    before = tree(stick)
    wid = run(exe, "demo", env=env, cwd=work).strip()
    listing = run(exe, "list", env=env, cwd=work)
    if not listing.startswith(f"{wid}\t"):
        raise SmokeError(f"portable list printed {listing!r}")
    gui = start_gui(exe, [], env, work)
    if not (data / "coprod.sqlite").is_file():
        raise SmokeError("the portable bundle did not put its store in coprod-data/")
    inside = str(data.relative_to(stick))
    outside = sorted(p for p in tree(stick) - before if not p.startswith(inside))
    if outside:
        raise SmokeError(f"the portable bundle wrote outside coprod-data/: {outside}")
    if tree(home):
        raise SmokeError(f"the portable bundle wrote into the home folder: {sorted(tree(home))}")
    return [
        ("portable: store in coprod-data/", f"workshop {wid}; {len(tree(data))} entries there"),
        ("portable: GUI", gui),
        ("portable: home folder untouched", "empty"),
    ]


def median_seconds(command: list[str], env: dict[str, str], cwd: Path) -> float:
    times = []
    for _ in range(TIMING_RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, cwd=cwd, check=True, timeout=120)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timings(exe: Path, work: Path, env: dict[str, str]) -> list[tuple[str, str]]:
    """Median wall time of --version and list: bundle against python main.py (the floor)."""
    data = ["--data-dir", str(work / "data")]
    source = [sys.executable, str(ROOT / "main.py")]
    rows = []
    for label, args in (("--version", ["--version"]), ("list", [*data, "list"])):
        bundled = median_seconds([str(exe), *args], env, work)
        from_source = median_seconds([*source, *args], env, work)
        rows.append(
            (
                f"time {label}",
                f"bundle {bundled * 1000:.0f} ms, source {from_source * 1000:.0f} ms, "
                f"ratio {bundled / from_source:.2f} (median of {TIMING_RUNS})",
            )
        )
    return rows


def size_of(folder: Path) -> str:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    return f"{total / 2**20:.0f} MiB in {files} files"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="rebuild the bundle first")
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the one-folder bundle")
    parser.add_argument("--no-timing", action="store_true", help="skip the start-up timings")
    args = parser.parse_args()
    bundle: Path = args.bundle.resolve()
    if args.build or not bundle.exists():
        print("Building the bundle (python3 dev.py bundle) …", flush=True)
        subprocess.run([sys.executable, str(ROOT / "dev.py"), "bundle"], check=True, cwd=ROOT)
    exe = bundle / EXE_NAME
    if not exe.is_file():
        print(f"no executable at {exe}", file=sys.stderr)
        return 1
    passed, failed = 0, 0
    with tempfile.TemporaryDirectory(prefix="coprod-smoke-") as scratch:
        work = Path(scratch)
        home = work / "user-home"
        home.mkdir()
        env = clean_env(home)
        # The bundle's files first (bundle_checks.py: glibc floor, build paths, licences,
        # size), each passing or failing on its own; then running it.
        steps: list[tuple[str, Callable[[], list[tuple[str, str]]]]] = [
            (name, lambda name=name, check=check: [(name, check())])
            for name, check in checks(bundle, ROOT)
        ]
        steps += [
            ("commands", lambda: cli_round_trip(exe, work / "cli", env)),
            ("PostgreSQL", lambda: postgres_scenario(exe, work / "pg", env, run, check_pdf)),
            ("portable mode", lambda: portable(bundle, work / "portable")),
        ]
        if not args.no_timing:
            steps.append(("timing", lambda: timings(exe, work / "cli", env)))
        (work / "cli").mkdir()
        (work / "portable").mkdir()
        (work / "pg").mkdir()
        for name, step in steps:
            try:
                for check, detail in step():
                    print(f"PASS  {check:34} {detail}", flush=True)
                    passed += 1
            except (SmokeError, BundleCheckError, PostgresSmokeError, subprocess.SubprocessError,
                    OSError) as exc:  # fmt: skip
                print(f"FAIL  {name:34} {exc}", flush=True)
                failed += 1
    print(f"size  {bundle.name}: {size_of(bundle)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
