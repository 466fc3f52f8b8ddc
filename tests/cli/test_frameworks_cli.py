"""`frameworks list | show | duplicate | export | import`, run as a real process, in English
and in Welsh: a tailored framework goes out and comes back; bad files are refused whole."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_one_line_error, run


def welsh(tmp_path: Path) -> dict[str, str]:
    """The environment of someone who chose Welsh in the app's settings."""
    config = tmp_path / "config"
    (config / "CoProd").mkdir(parents=True, exist_ok=True)
    (config / "CoProd" / "CoProd Desktop.conf").write_text("[ui]\nlanguage=cy\n")
    return {"XDG_CONFIG_HOME": str(config)}


def test_list_show_duplicate_export_import(tmp_path: Path) -> None:
    data = tmp_path / "data"
    listing = run("frameworks", "list", data=data)
    assert listing.returncode == 0, listing.stderr
    rows = [line.split("\t") for line in listing.stdout.splitlines()]
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("readiness-default", "en", "built-in"), ("readiness-default-cy", "cy", "built-in"),
    ]  # fmt: skip
    assert rows[0][2] == "items: 46"

    shown = run("frameworks", "show", "readiness-default", data=data).stdout
    assert "Levels for Attitude:" in shown and "5 Could inspire others:" in shown
    assert "Managers: Managers and commissioners hold the money" in shown
    assert "H1 · Hard skills · P3: We can read a simple budget" in shown
    assert "  every role: 1 2 3 4\n  Service users and carers: 1 1 2 3\n" in shown

    copy = run("frameworks", "duplicate", "readiness-default", "--name", "Housing", data=data)
    key = copy.stdout.strip()
    assert copy.returncode == 0 and key.startswith("custom-")
    path = tmp_path / "housing.json"
    assert run("frameworks", "export", key, "-o", str(path), data=data).returncode == 0
    again = run("frameworks", "export", key, "-o", str(path), data=data)
    assert_one_line_error(again, "already exists")
    assert run("frameworks", "export", key, "-o", str(path), "-f", data=data).returncode == 0

    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["name"] == "Housing" and document["format_version"] == 2
    document["items"][0]["text"] = "We know what co-production means for tenants."
    document["items"][0]["required_by_role"]["managers"]["co_design"] = 4
    path.write_text(json.dumps(document), encoding="utf-8")
    imported = run("frameworks", "import", str(path), data=data)
    assert imported.returncode == 0, imported.stderr
    new_key = imported.stdout.strip()
    assert new_key not in {key, "readiness-default"}  # the key was taken: a fresh one
    shown = run("frameworks", "show", new_key, data=data).stdout
    assert "K1 · Knowledge · P1: We know what co-production means for tenants." in shown
    assert "  Managers: 2 4 4 4\n" in shown
    assert len(run("frameworks", "list", data=data).stdout.splitlines()) == 4


def test_a_bad_file_is_refused_whole_and_worded_in_welsh(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = tmp_path / "bad.json"
    assert (
        run("frameworks", "export", "readiness-default", "-o", str(path), data=data).returncode == 0
    )
    document = json.loads(path.read_text(encoding="utf-8"))
    document["items"][3]["required_by_role"]["front_line"]["co_delivery"] = 1
    path.write_text(json.dumps(document), encoding="utf-8")
    refused = run("frameworks", "import", str(path), data=data)
    assert_one_line_error(refused, "items[K4].required_by_role.front_line.co_delivery")
    assert "must not fall from one stage to the next" in refused.stderr
    document["items"][3]["required_by_role"]["front_line"]["co_delivery"] = 4
    document["stages"][1]["points"][0] = "Bell\x07 here"
    path.write_text(json.dumps(document), encoding="utf-8")
    cy = run("frameworks", "import", str(path), data=data, env=welsh(tmp_path))
    assert_one_line_error(cy, "(stages[1].points[0])")
    assert "U+0007" in cy.stderr
    assert len(run("frameworks", "list", data=data).stdout.splitlines()) == 2  # nothing added
    listing = run("frameworks", "list", data=data, env=welsh(tmp_path)).stdout
    assert "\teitemau: 46\tadeiledig\t" in listing
    shown = run("frameworks", "show", "readiness-default-cy", data=data, env=welsh(tmp_path))
    assert "Lefelau ar gyfer Agwedd:" in shown.stdout
    assert run("frameworks", "show", "nope", data=data, env=welsh(tmp_path)).returncode != 0
