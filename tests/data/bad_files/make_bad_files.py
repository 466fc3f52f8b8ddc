"""Write the hostile workshop-file corpus in this folder, and its manifest.json.

Run from the repository root when the format changes:
``.venv/bin/python tests/data/bad_files/make_bad_files.py``. Each file is one small, valid
workshop with one thing broken; manifest.json says what each file is and the words the
refusal must contain. Huge files, a directory, a named pipe and a symlink loop are made by
the tests themselves (tests/reliability/test_bad_files.py), not committed.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STAGES = ("active_involvement", "co_design", "co_delivery", "full_co_production")
AREAS = ("knowledge", "hard_skill", "soft_skill", "attitude")


def _framework() -> dict[str, Any]:
    def item(code: str, area: str) -> dict[str, Any]:
        return {
            "code": code,
            "area": area,
            "principle": "P1",
            "text": f"Statement {code}.",
            "required_by_stage": dict(zip(STAGES, (2, 3, 4, 4), strict=True)),
        }

    return {
        "format": "coprod-framework",
        "format_version": 1,
        "key": "tiny",
        "name": "Tiny framework",
        "version": "1.0",
        "language": "en",
        "scale": {
            "levels": [
                {"level": n, "label": f"Level {n}", "description": f"Level {n}."}
                for n in range(1, 6)
            ]
        },
        "areas": [{"code": a, "title": a, "description": a} for a in AREAS],
        "principles": [{"code": "P1", "title": "Assets", "description": "People are assets."}],
        "stages": [{"code": s, "title": s, "summary": s, "points": [s]} for s in STAGES],
        "items": [item("K1", "knowledge"), item("H1", "hard_skill")],
    }


def valid() -> dict[str, Any]:
    """A small workshop that imports cleanly: the base every bad file breaks once."""
    return {
        "format": "coprod-workshop",
        "format_version": 1,
        "exported_by": "CoProd Desktop (test corpus)",
        "exported_at": "2025-01-01T00:00:00+00:00",
        "workshop": {
            "uid": "0b7e2a51-3c1f-4b7e-9f0a-000000000001",
            "title": "Riverside readiness",
            "organisation": "Riverside Council",
            "locality": "",
            "venue": "",
            "held_on": "2025-03-04",
            "facilitator": "Sam",
            "purpose": "live_self_assessment",
            "baseline_uid": None,
            "framework": _framework(),
            "items": ["K1", "H1"],
            "groups": [
                {
                    "key": "g1",
                    "name": "Carers",
                    "participant_count": 5,
                    "placement": {"current": "co_design", "aim": "co_delivery", "note": ""},
                    "ratings": [
                        {
                            "item": "K1",
                            "status": "split",
                            "current_level": 2,
                            "required_level": 4,
                            "tally": {"2": 3, "3": 2},
                            "note": "Two thought 3.",
                            "private_note": "",
                        }
                    ],
                },
                {
                    "key": "g2",
                    "name": "Staff",
                    "participant_count": None,
                    "placement": {"current": None, "aim": None, "note": ""},
                    "ratings": [],
                },
            ],
            "actions": [
                {"what": "Book training", "who": "Sam", "due": None, "group": "g1", "done": False}
            ],
            "parking_lot": [{"text": "Budget?", "group": None}],
        },
    }


#: Changes the document in place (returns None), or returns a document to write instead.
Mutation = Callable[[dict[str, Any]], Any]


def _drop(obj: dict[str, Any], key: str) -> None:
    del obj[key]


def _w(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["workshop"]  # type: ignore[no-any-return]


def _rating(doc: dict[str, Any]) -> dict[str, Any]:
    return _w(doc)["groups"][0]["ratings"][0]  # type: ignore[no-any-return]


# name -> (what it is, how to break the valid document, words the refusal must contain)
JSON_CASES: dict[str, tuple[str, Mutation, str]] = {
    "top-level-list": ("a JSON list instead of an object",
                       lambda d: [d], "must be an object, not a list"),
    "framework-file": ("a framework file, not a workshop file",
                       lambda d: _w(d)["framework"],
                       "(format): this must be “coprod-workshop”: this is a framework file, not a workshop file"),
    "unknown-version": ("format_version 99, from a future app",
                        lambda d: d.update(format_version=99), "version 99 is not supported"),
    "version-as-text": ('format_version "1" (text, not a number)',
                        lambda d: d.update(format_version="1"),
                        "(format_version): this must be a whole number, not text"),
    "missing-workshop": ("no workshop object at all",
                         lambda d: _drop(d, "workshop"), ": the field “workshop” is missing"),
    "workshop-null": ("workshop is null",
                      lambda d: d.update(workshop=None), "(workshop): this must be an object, not null"),
    "missing-title": ("the workshop has no title",
                      lambda d: _drop(_w(d), "title"), "(workshop): the field “title” is missing"),
    "missing-framework": ("the workshop has no framework copy",
                          lambda d: _drop(_w(d), "framework"), "(workshop): the field “framework” is missing"),
    "unknown-field": ("an extra field the format does not have",
                      lambda d: _w(d).update(script="rm -rf /"), "(workshop): this has an unknown field, “script”"),
    "title-is-number": ("title is a number",
                        lambda d: _w(d).update(title=42), "(workshop.title): this must be text, not a number"),
    "groups-is-object": ("groups is an object, not a list",
                         lambda d: _w(d).update(groups={"g1": {}}),
                         "(workshop.groups): this must be a list, not an object"),
    "level-as-text": ('current_level "2" (text)',
                      lambda d: _rating(d).update(current_level="2"),
                      "(workshop.groups[0].ratings[0].current_level): this must be a whole number, not text"),
    "level-decimal": ("current_level 2.5",
                      lambda d: _rating(d).update(current_level=2.5),
                      "must be a whole number, not a decimal number"),
    "level-boolean": ("current_level true",
                      lambda d: _rating(d).update(current_level=True),
                      "must be a whole number, not true/false"),
    "level-above-scale": ("current_level 9 on a 1-5 scale",
                          lambda d: _rating(d).update(current_level=9), "9 is outside 1–5"),
    "level-below-scale": ("required_level 0 on a 1-5 scale",
                          lambda d: _rating(d).update(required_level=0), "0 is outside 1–5"),
    "level-negative": ("current_level -3",
                       lambda d: _rating(d).update(current_level=-3), "-3 is outside 1–5"),
    "tally-off-scale": ("a tally with dots at level 7",
                        lambda d: _rating(d).update(tally={"7": 5}),
                        "(workshop.groups[0].ratings[0].tally.7): “7” is not a level on the scale 1–5"),
    "tally-too-many-dots": ("more dots than participants",
                            lambda d: _rating(d).update(tally={"2": 50}),
                            "(workshop: rating K1.tally): The dots add up to 50, but the group has 5 participants"),
    "huge-integer": ("participant_count 10^30",
                     lambda d: _w(d)["groups"][0].update(participant_count=10**30),
                     "(workshop.groups[0]): Group “Carers”: the number of participants must be a whole number from 1 to 10,000"),
    "unknown-status": ('rating status "maybe"',
                       lambda d: _rating(d).update(status="maybe"),
                       "(workshop.groups[0].ratings[0].status): “maybe” is not a known rating status"),
    "unknown-stage": ('stage "utopia"',
                      lambda d: _w(d)["groups"][0]["placement"].update(aim="utopia"),
                      "(workshop.groups[0].placement.aim): “utopia” is not a known stage"),
    "bad-date": ("held_on 2025-02-30",
                 lambda d: _w(d).update(held_on="2025-02-30"),
                 "(workshop.held_on): “2025-02-30” is not a date written YYYY-MM-DD"),
    "duplicate-group-keys": ("two groups with the key g1",
                             lambda d: _w(d)["groups"][1].update(key="g1"),
                             "(workshop): The group key g1 is used twice"),
    "duplicate-group-names": ("two groups called Carers",
                              lambda d: _w(d)["groups"][1].update(name="Carers"),
                              "(workshop): Two groups are called “Carers”"),
    "duplicate-rating": ("one group rates K1 twice",
                         lambda d: _w(d)["groups"][0]["ratings"].append(copy.deepcopy(_rating(d))),
                         "(workshop.groups[0].ratings[1]): item K1 is rated a second time"),
    "duplicate-items": ("K1 listed twice in scope",
                        lambda d: _w(d).update(items=["K1", "K1"]), "(workshop): Item K1 is listed twice"),
    "item-not-in-framework": ("an item code the framework lacks",
                              lambda d: _w(d).update(items=["K1", "Z9"]),
                              "(workshop): Item Z9 is not in the framework"),
    "action-unknown-group": ("an action for a group that does not exist",
                             lambda d: _w(d)["actions"][0].update(group="g7"),
                             "(workshop): An action names a group that is not in this workshop (g7)"),
    "uid-path-traversal": ("uid ../../etc/passwd",
                           lambda d: _w(d).update(uid="../../etc/passwd"),
                           "(workshop.uid): this must be letters, digits and hyphens"),
    "title-too-long": ("a 301-character title (limit 300)",
                       lambda d: _w(d).update(title="T" * 301),
                       "is 301 characters long; the limit is 300"),
    "note-too-long": ("a 20,001-character note (limit 20,000)",
                      lambda d: _rating(d).update(note="n" * 20_001),
                      "is 20,001 characters long; the limit is 20,000"),
    "control-character": ("a bell character (U+0007) in the title",
                          lambda d: _w(d).update(title="Ring\u0007"),
                          "contains the control character U+0007"),
    "empty-title": ("a title of spaces",
                    lambda d: _w(d).update(title="   "), "(workshop): Title: this must not be empty"),
    "no-groups": ("no groups at all",
                  lambda d: _w(d).update(groups=[]), "(workshop): A workshop needs 1 to 24 groups"),
    "too-many-groups": ("25 groups (limit 24)",
                        lambda d: _w(d).update(groups=[
                            {"key": f"g{n}", "name": f"G{n}", "ratings": []} for n in range(25)]),
                        "has 25 entries; the limit is 24"),
}  # fmt: skip

# name -> (what it is, the file's bytes, words the refusal must contain)
RAW_CASES: dict[str, tuple[str, Callable[[bytes], bytes], str]] = {
    "empty": ("an empty file (0 bytes)", lambda b: b"", "is empty"),
    "whitespace-only": ("only spaces and line breaks", lambda b: b"  \n\t\n", "is empty"),
    "not-json": ("plain text", lambda b: b"Riverside workshop notes\n", "is not valid JSON"),
    "truncated": ("a valid file cut off half way", lambda b: b[: len(b) // 2],
                  "is not valid JSON"),
    "trailing-garbage": ("a valid file followed by more text", lambda b: b + b"\n{}",
                         "is not valid JSON"),
    "nan": ("a level written NaN", lambda b: b.replace(b'"current_level": 2', b'"current_level": NaN'),
            "contains NaN, which is not a valid JSON number"),
    "infinity": ("a level written Infinity",
                 lambda b: b.replace(b'"current_level": 2', b'"current_level": -Infinity'),
                 "contains -Infinity, which is not a valid JSON number"),
    "overflowing-float": ("a level written 1e400 (a float too big: infinity)",
                          lambda b: b.replace(b'"current_level": 2', b'"current_level": 1e400'),
                          "must be a whole number, not a decimal number"),
    "integer-5000-digits": ("a participant count of 5,000 digits",
                            lambda b: b.replace(b'"participant_count": 5',
                                                b'"participant_count": ' + b"9" * 5000),
                            "contains a number too long to read"),
    "duplicate-json-key": ('the field "title" written twice in one object',
                           lambda b: b.replace(b'"title": "Riverside readiness"',
                                               b'"title": "A", "title": "B"'),
                           "gives the field “title” twice in one object"),
    "deep-nesting": ("2,000 nested lists", lambda b: b"[" * 2000 + b"]" * 2000,
                     "is nested more than 32 levels deep"),
    "deep-nesting-in-field": ("a valid file whose note is 100 nested objects",
                              lambda b: b.replace(b'"note": "Two thought 3."',
                                                  b'"note": ' + b'{"a":' * 100 + b"1" + b"}" * 100),
                              "is nested more than 32 levels deep"),
    "not-utf8": ("Latin-1 bytes (é as 0xE9) in the title",
                 lambda b: b.replace(b"Riverside readiness", "Rivérside".encode("latin-1")),
                 "is not UTF-8 text (bad byte at offset"),
    "lone-surrogate": (
        "a title with \\ud800, half of a UTF-16 pair (SQLite cannot store it)",
        lambda b: b.replace(b'"Riverside readiness"', b'"River\\ud800side"'),
        "(workshop.title): this contains U+D800, half of a character pair, which is not text (the file is damaged)",
    ),
    "utf16": ("the whole file saved as UTF-16", lambda b: b.decode().encode("utf-16"),
              "is not UTF-8 text"),
    "binary-png": ("a PNG image renamed .coprod",
                   lambda b: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
                   "is not UTF-8 text"),
    "nul-bytes": ("a valid file with NUL bytes in it", lambda b: b.replace(b"Sam", b"S\x00m", 1),
                  "is not valid JSON"),
}  # fmt: skip

#: Files that must import cleanly: the positive controls for the corpus.
GOOD_CASES: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "valid": ("the valid base every bad file breaks once", lambda b: b),
    "bom-valid": ("the valid file with a UTF-8 byte-order mark (as Notepad writes it)",
                  lambda b: b"\xef\xbb\xbf" + b),
    "crlf-valid": ("the valid file with Windows line endings", lambda b: b.replace(b"\n", b"\r\n")),
}  # fmt: skip


def _dump(doc: Any) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _sqlite_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE workshop (title TEXT)")
        conn.execute("INSERT INTO workshop VALUES ('Riverside readiness')")
        conn.commit()
    finally:
        conn.close()


README = """# Hostile workshop files

A corpus of broken `.coprod` files, written by `make_bad_files.py` (run it after a format
change: `.venv/bin/python tests/data/bad_files/make_bad_files.py`). Each is the small valid
workshop in `valid.coprod` with **one** thing broken, so each refusal is for that thing alone.
`manifest.json` is the list the tests read: `file`, `what` it is, and `expect`, the words the
refusal must contain (`null`: the file must import cleanly, a positive control).

`tests/reliability/test_bad_files.py` imports every file through the service
(`WorkshopExchange.import_file`, which the console's Import uses) and the command line
(`coprod-desktop import`), and checks that

1. the message names the file, the place in it (`workshop.groups[0].ratings[0].current_level`)
   and the reason, on one line, with no traceback;
2. the store (`coprod.sqlite` and any `-wal`, hashed with the data folder closed) is byte for
   byte as it was;
3. no workshop was added (counted with raw SQL).

Made by the test at run time, not committed: a 50 MB file (over the 32 MB limit), a 31 MB file
whose note is too long, a directory named `.coprod`, a missing file, a named pipe and a symlink
loop.

| file | what it is | refused with |
| --- | --- | --- |
"""


def _readme(manifest: list[dict[str, Any]]) -> str:
    rows = []
    for entry in manifest:
        expect = "imports cleanly" if entry["expect"] is None else f"`{entry['expect']}`"
        rows.append(f"| `{entry['file']}` | {entry['what']} | {expect} |")
    return README + "\n".join(rows) + "\n"


def main() -> None:
    for old in HERE.glob("*.coprod"):
        old.unlink()
    manifest: list[dict[str, Any]] = []
    base = _dump(valid())
    for name, (what, make) in GOOD_CASES.items():
        (HERE / f"{name}.coprod").write_bytes(make(base))
        manifest.append({"file": f"{name}.coprod", "what": what, "expect": None})
    for name, (what, mutate, expect) in JSON_CASES.items():
        doc = valid()
        replacement = mutate(doc)
        (HERE / f"{name}.coprod").write_bytes(_dump(doc if replacement is None else replacement))
        manifest.append({"file": f"{name}.coprod", "what": what, "expect": expect})
    for name, (what, make_raw, expect) in RAW_CASES.items():
        data = make_raw(base)
        assert data != base, name
        (HERE / f"{name}.coprod").write_bytes(data)
        manifest.append({"file": f"{name}.coprod", "what": what, "expect": expect})
    _sqlite_file(HERE / "sqlite-database.coprod")
    manifest.append({"file": "sqlite-database.coprod",
                     "what": "an SQLite database (not ours) renamed .coprod",
                     "expect": "is an SQLite database, not a workshop or framework file"})  # fmt: skip
    (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    (HERE / "README.md").write_text(_readme(manifest))
    print(f"wrote {len(manifest)} files to {HERE}")


if __name__ == "__main__":
    main()
