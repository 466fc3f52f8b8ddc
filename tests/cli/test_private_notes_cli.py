"""A workshop file is made to be handed on: `export` says it carries the private notes, and
`--without-private-notes` leaves them out (everything else is kept)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from coprod_desktop import cli
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo


def run(folder: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--data-dir", str(folder), *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def ratings(path: Path) -> list[dict[str, object]]:
    document = json.loads(path.read_text())
    return [r for g in document["workshop"]["groups"] for r in g["ratings"]]


def test_export_says_the_file_carries_private_notes_and_can_leave_them_out(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    with open_data_folder(data) as folder:
        workshop_id = create_demo(folder.store)

    code, out, _err = run(data, "export", str(workshop_id), "-o", str(tmp_path / "all.coprod"))
    assert code == cli.EXIT_OK
    carried = sum(1 for r in ratings(tmp_path / "all.coprod") if r.get("private_note"))
    assert carried > 0
    assert f"it carries {carried} private notes; --without-private-notes leaves them out" in out

    lean = tmp_path / "lean.coprod"
    code, out, _err = run(data, "export", str(workshop_id), "-o", str(lean),
                          "--without-private-notes")  # fmt: skip
    assert code == cli.EXIT_OK and "private" not in out
    assert not any(r.get("private_note") for r in ratings(lean))
    everything = ratings(tmp_path / "all.coprod")
    assert [{**r, "private_note": ""} for r in everything] == [
        {**r, "private_note": ""} for r in ratings(lean)
    ]  # nothing else left out
