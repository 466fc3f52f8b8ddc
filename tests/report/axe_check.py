"""An automated accessibility check of an HTML page: axe-core (Deque's checker, MPL-2.0, as
shipped inside the PyPI package ``axe-core-python``) run in headless Chromium (Debian's
``chromium-headless-shell``), fully offline.

The page is copied into a temporary folder beside ``axe.min.js`` and a few lines that run
axe over the whole document and write its findings into the page; Chromium loads the copy
from ``file://`` (no server, no network: every host name resolves to nothing) and prints the
finished page, from which the findings are read back.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pytest

#: Debian's package with the browser: ``dev.py test`` installs it when run as root.
PACKAGE = "chromium-headless-shell"
BROWSERS = ("chromium-headless-shell", "chromium", "chromium-browser")

#: Runs axe over the document and writes what it found into ``<pre id="axe-result">``.
_RUN_AXE = """<script src="axe.min.js"></script><script>
function told(result) {
  const pre = document.createElement("pre");
  pre.id = "axe-result";
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
}
axe.run(document, {resultTypes: ["violations"]}).then(
  r => told({version: axe.version, violations: r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(" "))}))}),
  e => told({error: String(e)}));
</script>"""
_RESULT = re.compile(r'<pre id="axe-result">(.*?)</pre>', re.S)


@dataclass(frozen=True, slots=True)
class Violation:
    """One rule the page breaks: axe's rule id, how much it matters, and where."""

    rule: str
    impact: str
    help: str
    nodes: tuple[str, ...]


def browser() -> str:
    """The headless browser's path; the test is skipped, naming the package, without one."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(f"no headless Chromium: install the Debian package {PACKAGE}")


def offline_flags(profile: Path) -> list[str]:
    """Chromium headless with nothing reaching the network and nothing kept outside
    ``profile``. ``--no-sandbox`` because CI runs as root, where Chromium's sandbox refuses
    to start; the page is our own file."""
    return [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}",
    ]  # fmt: skip


def violations(page: str, folder: Path) -> list[Violation]:
    """What axe-core finds wrong in ``page`` (an HTML document), checked in ``folder``."""
    chromium = browser()
    folder.mkdir(parents=True, exist_ok=True)
    axe = files("axe_core_python").joinpath("axe.min.js").read_bytes()
    (folder / "axe.min.js").write_bytes(axe)
    checked = folder / "checked.html"
    checked.write_text(page.replace("</body>", _RUN_AXE + "</body>", 1), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    done = subprocess.run(
        [chromium, *offline_flags(folder / "profile"), "--virtual-time-budget=120000",
         "--dump-dom", checked.as_uri()],
        capture_output=True, text=True, timeout=300, env=env, check=False,
    )  # fmt: skip
    found = _RESULT.search(done.stdout)
    if found is None:
        raise AssertionError(f"axe did not report (Chromium exit {done.returncode}): "
                             f"{done.stderr[-2000:]}")  # fmt: skip
    result = json.loads(html.unescape(found.group(1)))
    if "error" in result:
        raise AssertionError(f"axe failed: {result['error']}")
    return [
        Violation(v["id"], v["impact"] or "", v["help"], tuple(v["nodes"]))
        for v in result["violations"]
    ]
