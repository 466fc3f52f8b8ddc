"""publish, org-upgrade, org-withdraw and org-grant, run as real processes."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import assert_one_line_error, run


def test_publish_one_then_all_then_a_withdrawn_one(tmp_path: Path, postgres_url: str) -> None:
    data = tmp_path / "data"
    first = run("demo", data=data).stdout.strip()
    second = run("demo", data=data).stdout.strip()
    upgraded = run("org-upgrade", "--to", postgres_url)
    assert upgraded.returncode == 0, upgraded.stderr
    assert "schema" in upgraded.stdout
    one = run("publish", first, "--to", postgres_url, data=data)
    assert one.returncode == 0, one.stderr
    assert "published as revision 1" in one.stdout
    everything = run("publish", "--all", data=data, env={"COPROD_ORGANISATION_URL": postgres_url})
    assert everything.returncode == 0, everything.stderr
    assert "[1/2]" in everything.stdout and "[2/2]" in everything.stdout
    assert "unchanged (revision 1)" in everything.stdout
    assert "2 published or unchanged, 0 refused" in everything.stdout
    uid = run("export", second, "-o", str(tmp_path / "w.coprod"), data=data)
    assert uid.returncode == 0
    import json

    workshop_uid = json.loads((tmp_path / "w.coprod").read_text())["workshop"]["uid"]
    assert run("org-withdraw", workshop_uid, "--to", postgres_url).returncode == 0
    refused = run("publish", "--all", "--to", postgres_url, data=data)
    assert refused.returncode == 1
    assert "withdrawn" in refused.stdout and "1 refused" in refused.stdout


def test_publish_errors_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    workshop = run("demo", data=data).stdout.strip()
    assert_one_line_error(run("publish", workshop, data=data), "--to URL")
    secret = "postgresql://me:hunter2@db.example.org/coprod"
    result = run("publish", workshop, "--to", secret, data=data)
    assert_one_line_error(result, "PGPASSWORD")
    assert "hunter2" not in result.stderr
    assert_one_line_error(
        run("publish", workshop, "--to", "postgresql://me@db.example.org/c?sslmode=disable"),
        "unencrypted",
    )


def test_publish_to_a_sqlite_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    workshop = run("demo", data=data).stdout.strip()
    url = f"sqlite:///{tmp_path / 'organisation.sqlite'}"
    assert "revision 1" in run("publish", workshop, "--to", url, data=data).stdout
    assert "unchanged" in run("publish", workshop, "--to", url, data=data).stdout


def test_merge_two_laptops_files_choosing_where_they_differ(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    on_a = run("demo", data=a).stdout.strip()
    file = tmp_path / "copy.coprod"
    assert run("export", on_a, "-o", str(file), data=a).returncode == 0
    on_b = run("import", str(file), data=b).stdout.strip()
    doc = __import__("json").loads(file.read_text())
    group = doc["workshop"]["groups"][0]
    rating = group["ratings"][0]
    rating["current_level"] = 1 if rating.get("current_level") != 1 else 2
    rating["status"] = "agreed"
    rating["tally"] = None
    file.write_text(__import__("json").dumps(doc))
    shown = run("merge", on_b, str(file), data=b)
    assert shown.returncode == 1
    key = f"{group['key']}:{rating['item']}"
    assert key in shown.stdout and "Nothing was changed" in shown.stdout
    done = run("merge", on_b, str(file), "--choose", f"{key}=theirs", data=b)
    assert done.returncode == 0, done.stderr
    assert "1 taken from the other copy" in done.stdout
    assert run("merge", on_b, str(file), data=b).returncode == 0  # now they agree


def test_org_report_from_the_laptop_and_from_postgresql(tmp_path: Path, postgres_url: str) -> None:
    from tests.report.helpers import pdf_text

    data = tmp_path / "data"
    workshop = run("demo", data=data).stdout.strip()
    laptop = tmp_path / "laptop.pdf"
    done = run("org-report", "-o", str(laptop), "--language", "cy", data=data)
    assert done.returncode == 0, done.stderr
    assert "(1 workshops)" in done.stdout
    assert "Parodrwydd fesul ardal a rôl grŵp" in pdf_text(laptop.read_bytes())
    assert run("org-upgrade", "--to", postgres_url).returncode == 0
    assert run("publish", workshop, "--to", postgres_url, data=data).returncode == 0
    shared = tmp_path / "shared.pdf"
    done = run("org-report", "--from", postgres_url, "-o", str(shared),
               "--locality", "Wenbury, Lower Marsh ward", "--held-from", "2020-01-01")  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdf_text(shared.read_bytes())
    assert "Workshops: 1 · groups: 4" in text and "Tenancy support" not in text
    usage = run("org-report", "-o", "x.pdf", "--held-from", "March")
    assert usage.returncode == 2 and "'March' is not a date like 2026-03-31" in usage.stderr
