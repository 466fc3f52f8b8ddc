"""Deleting a workshop: no row left in any table, its text gone from the store's bytes,
and, when asked, from every automatic backup (which keep every other workshop)."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from coprod_desktop import cli
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.backups import list_backups, take_backup
from coprod_desktop.storage.database import STORE_NAME, Store
from coprod_desktop.storage.erase import empty_log
from tests.worded import raises_worded

MARK = "Zebra-private-7f3a"  # a word found nowhere else, to look for in the raw bytes


def add_marked_workshop(store: Store) -> tuple[int, str]:
    """A workshop whose title, group, notes, action and parking lot all carry MARK."""
    service = WorkshopService(store)
    workshop_id = service.create(
        WorkshopDraft(
            title=f"{MARK} title",
            groups=[GroupDraft(f"{MARK} group", 3)],
            organisation=f"{MARK} org",
        )
    )
    live = LiveSession(store, workshop_id)
    workshop, _ = live.load()
    code = workshop.item_codes[0]
    live.record("g1", code, Rating(
        item_code=code, status=RatingStatus.AGREED, current_level=2,
        note=f"{MARK} note " * 40, private_note=f"{MARK} private",
    ))  # fmt: skip
    live.add_action(f"{MARK} action", MARK)
    live.park(f"{MARK} parked")
    live.close()
    return workshop_id, service.get(workshop_id).uid


def rows_about(path: Path, workshop_id: int, uid: str) -> dict[str, int]:
    """Rows in every table that belong to the workshop or mention MARK (raw SQL)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found: dict[str, int] = {}
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        groups = [r[0] for r in conn.execute(
            "SELECT id FROM workshop_group WHERE workshop_id = ?", (workshop_id,))]  # fmt: skip
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            checks = [f'CAST("{c}" AS TEXT) LIKE ?' for c in columns]
            params: list[object] = [f"%{MARK}%"] * len(columns)
            if "workshop_id" in columns:
                checks.append("workshop_id = ?")
                params.append(workshop_id)
            if "group_id" in columns and groups:
                checks.append(f"group_id IN ({','.join('?' * len(groups))})")
                params += groups
            if table == "workshop":
                checks.append("uid = ?")
                params.append(uid)
            sql = f'SELECT count(*) FROM "{table}" WHERE {" OR ".join(checks)}'
            found[table] = conn.execute(sql, params).fetchone()[0]
        return found
    finally:
        conn.close()


def raw_bytes(folder: Path) -> bytes:
    return b"".join(
        (folder / n).read_bytes()
        for n in (STORE_NAME, f"{STORE_NAME}-wal")
        if (folder / n).exists()
    )


def test_deleting_leaves_no_row_in_any_table_and_keeps_the_others(store: Store) -> None:
    demo_id = create_demo(store)
    workshop_id, uid = add_marked_workshop(store)
    before = rows_about(store.path, workshop_id, uid)
    assert before["workshop"] == 1 and before["rating"] >= 1 and before["action"] == 1
    assert before["parking_lot_entry"] == 1 and before["session_state"] == 1
    demo = WorkshopService(store).get(demo_id)

    WorkshopService(store).delete(workshop_id)

    assert rows_about(store.path, workshop_id, uid) == dict.fromkeys(before, 0)
    assert WorkshopService(store).get(demo_id) == demo
    assert store.integrity_check() == ["ok"]
    with raises_worded(NotFoundError, match=f"no workshop with id {workshop_id}"):
        WorkshopService(store).delete(workshop_id)


def test_the_deleted_text_is_overwritten_in_the_files(data_folder: object) -> None:
    store: Store = data_folder.store  # type: ignore[attr-defined]
    create_demo(store)
    workshop_id, _uid = add_marked_workshop(store)
    empty_log(store)
    assert MARK.encode() in raw_bytes(store.path.parent)

    WorkshopService(store).delete(workshop_id)

    assert MARK.encode() not in raw_bytes(store.path.parent)  # while still open
    data_folder.close()  # type: ignore[attr-defined]
    assert MARK.encode() not in raw_bytes(store.path.parent)


def test_control_a_plain_delete_leaves_the_text_readable_in_the_file(tmp_path: Path) -> None:
    """Why erase_workshop exists: with secure_delete off (the default of most SQLite builds)
    a DELETE leaves the words in the file's free pages."""
    with open_data_folder(tmp_path / "data") as folder:
        workshop_id, _uid = add_marked_workshop(folder.store)
        with folder.store.writing() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=OFF")
            conn.exec_driver_sql("DELETE FROM workshop WHERE id = ?", (workshop_id,))
        empty_log(folder.store)
        assert MARK.encode() in raw_bytes(folder.path)


def _folder_with_backups(tmp_path: Path) -> tuple[Path, int, str, int]:
    """A data folder whose two automatic backups hold the marked workshop and the demo."""
    path = tmp_path / "data"
    with open_data_folder(path) as folder:
        demo_id = create_demo(folder.store)
        workshop_id, uid = add_marked_workshop(folder.store)
        take_backup(folder.store.path, folder.store.backups_dir)
        take_backup(folder.store.path, folder.store.backups_dir)
    return path, workshop_id, uid, demo_id


def _backup_facts(path: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        count = conn.execute("SELECT count(*) FROM workshop").fetchone()[0]
        return count, [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def test_purging_rewrites_each_backup_without_it_and_keeps_the_rest(tmp_path: Path) -> None:
    path, workshop_id, uid, _demo_id = _folder_with_backups(tmp_path)
    with open_data_folder(path) as folder:
        service = WorkshopService(folder.store)
        service.delete(workshop_id)
        holding = service.backups_holding(uid)
        assert len(holding) >= 2
        before = [(b.path.name, b.path.stat().st_mtime_ns) for b in list_backups(path / "backups")]
        counts = {p: _backup_facts(p)[0] for p in holding}

        purge = service.purge_from_backups(uid)

        assert sorted(purge.rewritten) == sorted(holding) and purge.removed == []
        assert service.backups_holding(uid) == ()
    after = [(b.path.name, b.path.stat().st_mtime_ns) for b in list_backups(path / "backups")]
    assert after == before  # same backups, same order, same time stamps
    for backup in holding:
        assert MARK.encode() not in backup.read_bytes()
        assert rows_about(backup, workshop_id, uid) == dict.fromkeys(
            rows_about(backup, workshop_id, uid), 0
        )
        assert _backup_facts(backup) == (counts[backup] - 1, ["ok"])
    assert not list((path / "backups").glob("*.partial"))


def test_an_unreadable_backup_is_removed_and_said(tmp_path: Path) -> None:
    path, workshop_id, uid, _ = _folder_with_backups(tmp_path)
    newest = list_backups(path / "backups")[0].path
    newest.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # damaged beyond reading
    with open_data_folder(path) as folder:
        service = WorkshopService(folder.store)
        service.delete(workshop_id)
        purge = service.purge_from_backups(uid)
    assert purge.removed == [newest] and not newest.exists()
    assert len(purge.rewritten) >= 1


def run_cli(folder: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--data-dir", str(folder), *argv]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_command_line_delete_says_backups_keep_it_then_purges_by_uid(tmp_path: Path) -> None:
    path, workshop_id, uid, demo_id = _folder_with_backups(tmp_path)
    code, out, err = run_cli(path, "delete", str(workshop_id))
    assert (code, err) == (cli.EXIT_OK, "")
    assert f"deleted workshop {workshop_id} “{MARK} title” (uid {uid})" in out
    held = len(list_backups(path / "backups"))
    assert held >= 2
    assert f"{held} automatic backups still hold it until they rotate out" in out
    assert f"purge-backups {uid}" in out

    code, out, err = run_cli(path, "purge-backups", uid)
    assert (code, err) == (cli.EXIT_OK, "")
    assert (
        f"removed it from {held} automatic backups (each still holds every other workshop)" in out
    )
    for backup in list_backups(path / "backups"):
        assert MARK.encode() not in backup.path.read_bytes()

    code, _out, err = run_cli(path, "delete", str(workshop_id))
    assert code == cli.EXIT_ERROR and f"no workshop with id {workshop_id}" in err
    code, _out, err = run_cli(path, "purge-backups", _uid_of(path, demo_id))
    assert code == cli.EXIT_ERROR and "is still in the store; delete it first" in err


def test_command_line_delete_with_purge_does_both(tmp_path: Path) -> None:
    path, workshop_id, _uid, _ = _folder_with_backups(tmp_path)
    code, out, err = run_cli(path, "delete", str(workshop_id), "--purge-backups")
    assert (code, err) == (cli.EXIT_OK, "")
    assert f"removed it from {len(list_backups(path / 'backups'))} automatic backups" in out
    assert MARK.encode() not in raw_bytes(path)
    for backup in (path / "backups").iterdir():
        assert MARK.encode() not in backup.read_bytes()


def _uid_of(path: Path, workshop_id: int) -> str:
    with open_data_folder(path) as folder:
        return WorkshopService(folder.store).get(workshop_id).uid
