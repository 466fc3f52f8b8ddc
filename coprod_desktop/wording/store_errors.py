"""The sentences of the store's errors (context ``Errors``): the workshops file, the data
folder, backups and restoring, the organisation store, publishing and merging. One table of
``wording/errors.py``'s :data:`~coprod_desktop.wording.errors.TEXTS`."""

from __future__ import annotations

from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP

STORE_TEXTS: dict[str, str] = {
    # the store
    "store.unreadable": QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({detail})."),
    "store.empty": QT_TRANSLATE_NOOP(
        "Errors", "{path} is empty (0 bytes), so it holds no workshops."
    ),
    "store.not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a CoProd Desktop store (it is not an SQLite database)."
    ),
    "store.header_cut_short": QT_TRANSLATE_NOOP(
        "Errors", "{path} is cut short: its SQLite header is incomplete."
    ),
    "store.not_ours": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is an SQLite database, but not a CoProd Desktop store; it was left untouched.",
    ),
    "store.newer_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was written by a newer CoProd Desktop (schema {revision}); install that "
        "version to open it. The file was left untouched.",
    ),
    "store.damaged": QT_TRANSLATE_NOOP("Errors", "{path} is damaged ({detail})."),
    "store.integrity_failed": QT_TRANSLATE_NOOP(
        "Errors", "{path} is damaged: it fails its integrity check ({detail})."
    ),
    "store.foreign_wal": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} has a write-ahead log beside it ({wal}) that belongs to another store file (a "
        "copy from elsewhere, or left from before a backup was copied over the store): opening "
        "them together would mix two stores' workshops. Both files were left exactly as they "
        "are. Move {wal} out of the folder to open the store without it, or restore a backup.",
    ),
    "store.cut_short": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is cut short: it should be {expected_kb} KB but is only {size_kb} KB (a copy "
        "or save was interrupted).",
    ),
    "store.cannot_create": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the store cannot be created here ({detail})."
    ),
    "store.file_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is read-only here; copy the data folder somewhere writable, or fix its "
        "permissions.",
    ),
    "store.busy": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is in use by another program, such as a database browser, a sync client or a "
        "virus scan. It is not damaged and was left untouched.",
    ),
    "store.busy_by": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is in use by another program (process {process}), such as a database browser, "
        "a sync client or a virus scan. It is not damaged and was left untouched.",
    ),
    "store.write_failed": QT_TRANSLATE_NOOP("Errors", "{path} could not be saved ({detail})."),
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full — {path} could not be saved. Free some space, or save to another "
        "folder. Everything saved before is safe.",
    ),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The folder {folder} is read-only — changes cannot be saved there. Save to another "
        "folder, or make it writable. Everything saved before is safe.",
    ),
    "store.migration_broken_links": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} could not be upgraded: the upgrade left broken links in table {table}, so it "
        "was rolled back.",
    ),
    "store.migration_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} could not be brought up to date ({detail}); rolled back: nothing was changed.",
    ),
    "store.in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: this data folder is already open in another CoProd Desktop. Close that one "
        "first, or choose another folder with --data-dir.",
    ),
    "store.in_use_by": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: this data folder is already open in another CoProd Desktop (process "
        "{process}). Close that one first, or choose another folder with --data-dir.",
    ),
    # the data folder
    "folder.cannot_create": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the data folder cannot be created ({detail})."
    ),
    "folder.read_only": QT_TRANSLATE_NOOP("Errors", "{path}: the data folder is read-only."),
    "folder.not_writable": QT_TRANSLATE_NOOP(
        "Errors", "{path}: the data folder cannot be written ({detail}); is it read-only?"
    ),
    # restoring a backup
    "restore.copy_failed_left": QT_TRANSLATE_NOOP(
        "Errors", "{path}: {backup} could not be restored ({detail}); the file was left as it was."
    ),
    "restore.set_aside_failed": QT_TRANSLATE_NOOP(
        "Errors", "{path} could not be set aside ({detail}); it was left as it was."
    ),
    "restore.nothing_to_set_aside": QT_TRANSLATE_NOOP(
        "Errors", "{path} opens normally: there is nothing to set aside."
    ),
    "restore.no_backup": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} cannot be restored: there is no automatic backup in {backups}. The file was "
        "left as it was.",
    ),
    "restore.no_good_backup": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} cannot be restored: none of the automatic backups in {backups} passes its "
        "integrity check ({count} checked). The file was left as it was.",
    ),
    "restore.bad_backup": QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be restored: {problem}"
    ),
    "restore.not_a_backup": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not one of this data folder's automatic backups (see restore --list; they "
        "are in {backups}).",
    ),
    "backup.not_ours": QT_TRANSLATE_NOOP("Errors", "It is not a CoProd Desktop store."),
    "backup.integrity_failed": QT_TRANSLATE_NOOP(
        "Errors", "It fails its integrity check ({detail})."
    ),
    "backup.unknown_schema": QT_TRANSLATE_NOOP("Errors", "It has an unknown schema version."),
    "backup.unreadable": QT_TRANSLATE_NOOP("Errors", "It cannot be read ({detail})."),
    "backups.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The automatic backups in {path} cannot be read ({detail})."
    ),
    "backups.purge_failed": QT_TRANSLATE_NOOP(
        "Errors", "The automatic backups in {path} could not all be rewritten ({detail})."
    ),
    "backups.purge_while_stored": QT_TRANSLATE_NOOP(
        "Errors",
        "Workshop {uid} is still in the store; delete it first (delete ID --purge-backups "
        "does both).",
    ),
    "restore.journal_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was left by an interrupted restore and cannot be read; nothing was changed. "
        "Ask for help before deleting it.",
    ),
    # the organisation store, publishing and merging
    "url.not_a_url": QT_TRANSLATE_NOOP(
        "Errors",
        "“{text}” is not a database URL; write postgresql+psycopg://USER@HOST/DATABASE or "
        "sqlite:///PATH.",
    ),
    "url.sqlite_needs_file": QT_TRANSLATE_NOOP(
        "Errors", "A SQLite organisation store needs a file: sqlite:///PATH."
    ),
    "url.unsupported": QT_TRANSLATE_NOOP(
        "Errors", "“{backend}” databases are not supported; use PostgreSQL 15 or newer, or SQLite."
    ),
    "url.has_password": QT_TRANSLATE_NOOP(
        "Errors",
        "The URL contains a password; remove it and set PGPASSWORD, or store it in the system "
        "keyring (service “{service}”) so it is never written to a file.",
    ),
    "url.unencrypted": QT_TRANSLATE_NOOP(
        "Errors",
        "sslmode={mode} would send workshop data to {host} unencrypted; use "
        "sslmode=verify-full (the default), or ask IT whether an unencrypted connection is "
        "acceptable (--allow-plaintext, or the box in Settings).",
    ),
    "keyring.unusable": QT_TRANSLATE_NOOP(
        "Errors",
        "The system keyring could not keep the password ({detail}); nothing was saved. Set "
        "PGPASSWORD instead, or ask IT to set up the system keyring.",
    ),
    "organisation.refused": QT_TRANSLATE_NOOP(
        "Errors",
        "The organisation store {where} refused: the database role may not do this ({detail}); "
        "see docs/organisation-store.md for the publisher's rights.",
    ),
    "organisation.unusable": QT_TRANSLATE_NOOP(
        "Errors", "The organisation store {where} could not be used ({detail})."
    ),
    "organisation.newer_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "The organisation store {where} was upgraded by a newer CoProd Desktop (schema "
        "{revision}); install that version.",
    ),
    "organisation.empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The organisation store {where} is empty; someone with the database owner's rights "
        "must run `coprod-desktop org-upgrade --to URL` first.",
    ),
    "organisation.older_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "The organisation store {where} has the older schema {revision}; someone with the "
        "database owner's rights must run `coprod-desktop org-upgrade --to URL` first.",
    ),
    "organisation.roles_postgres_only": QT_TRANSLATE_NOOP(
        "Errors", "Database roles exist on PostgreSQL only; a SQLite file has none."
    ),
    "organisation.no_role": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no database role “{role}”; create it first (CREATE ROLE {quoted} LOGIN "
        "PASSWORD '…').",
    ),
    "publish.conflict_since": QT_TRANSLATE_NOOP(
        "Errors",
        "“{title}” was not published: the organisation store already has revision {head}, "
        "published from another laptop since revision {parent} that this laptop last "
        "published or merged. Nothing was changed. Merge the two first (coprod-desktop merge "
        "{id} --published), choose where ratings differ, then publish again.",
    ),
    "publish.conflict_never_merged": QT_TRANSLATE_NOOP(
        "Errors",
        "“{title}” was not published: the organisation store already has revision {head}, "
        "published from another laptop, and this laptop's copy was never merged with it. "
        "Nothing was changed. Merge the two first (coprod-desktop merge {id} --published), "
        "choose where ratings differ, then publish again.",
    ),
    "publish.withdrawn": QT_TRANSLATE_NOOP(
        "Errors",
        "“{title}” was withdrawn from the organisation store, so it is not published again. "
        "Ask whoever manages the store if it should come back.",
    ),
    "publish.stopped": QT_TRANSLATE_NOOP(
        "Errors",
        "Publishing stopped before it was done (exit code {exit_code}); the computer may be "
        "short of memory. The workshop being published was left out whole and those before it "
        "stay published: publish all again to go on.",
    ),
    "merge.not_published": QT_TRANSLATE_NOOP(
        "Errors",
        "“{title}” is not in the organisation store, so there is nothing there to merge; "
        "publish it instead.",
    ),
    "merge.unresolved": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} ratings or placements differ between the two copies; choose for each which "
        "to keep (nothing was changed).",
    ),
    "merge.different_workshops": QT_TRANSLATE_NOOP(
        "Errors",
        "“{theirs}” is another workshop (uid {uid}), not a copy of “{ours}”; import it instead.",
    ),
    "merge.different_frameworks": QT_TRANSLATE_NOOP(
        "Errors",
        "The two copies use different frameworks ({ours} {ours_version} and {theirs} "
        "{theirs_version}), so their ratings do not match.",
    ),
}  # fmt: skip
