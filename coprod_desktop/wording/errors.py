"""Each error code's sentence, and :func:`describe`, which says an error in a language.

Errors below the windows carry a code and values (``domain/errors.py``); this table is the one
place their English source text lives. ``python3 dev.py translations`` extracts it into every
catalogue (context ``Errors``), so the windows, the command line and the report word an error
the same way. To add an error: raise it with a new code and named values, add the code's
sentence here with ``{name}`` for each value, and its translation in each ``.ts``; a test checks
that every code raised has a sentence, and every sentence a translation.

A value that is itself an error is worded in turn; a ``Term`` (a kind of value) and a
ValidationError's ``field`` are worded from :data:`TERMS`; paths and numbers go in as they are.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from coprod_desktop.domain.errors import CoprodError, Term
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP, translate

CONTEXT = "Errors"

TEXTS: MappingProxyType[str, str] = MappingProxyType({
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
    # things asked for
    "workshop.not_found": QT_TRANSLATE_NOOP("Errors", "There is no workshop with id {id}."),
    "workshop.unreadable_rating": QT_TRANSLATE_NOOP(
        "Errors",
        "Workshop {id} “{title}” cannot be read: group “{group}”, item {item}: {problem} "
        "Another program may have changed the workshops file. The workshop can still be "
        "deleted; “check” lists every such problem.",
    ),
    "workshop.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "Workshop {id} “{title}” cannot be read: {problem} Another program may have changed "
        "the workshops file. The workshop can still be deleted; “check” lists every such "
        "problem.",
    ),
    "framework.not_found": QT_TRANSLATE_NOOP("Errors", "There is no framework with key “{key}”."),
    "framework.built_in": QT_TRANSLATE_NOOP(
        "Errors", "The framework “{key}” is built in; duplicate it to make changes."
    ),
    "framework.built_in_delete": QT_TRANSLATE_NOOP(
        "Errors", "The framework “{key}” is built in, so it cannot be deleted."
    ),
    # files read and written
    "file.not_a_file": QT_TRANSLATE_NOOP("Errors", "{path} is not a file."),
    "file.too_large": QT_TRANSLATE_NOOP(
        "Errors", "{path} is {megabytes:.1f} MB; the limit is {limit:.0f} MB."
    ),
    "file.missing": QT_TRANSLATE_NOOP("Errors", "{path}: there is no such file."),
    "file.unreadable": QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({detail})."),
    "file.cannot_write_here": QT_TRANSLATE_NOOP(
        "Errors", "{path}: a file cannot be written here ({detail})."
    ),
    "file.inside_data_folder": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is inside the data folder {folder}, which holds the workshops file, its backups "
        "and lock; choose another folder.",
    ),
    "file.is_link": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a link to {target}; name the file itself instead."
    ),
    "file.not_plain": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a plain file (a folder, a device or a pipe); choose a file name.",
    ),
    "file.cannot_write": QT_TRANSLATE_NOOP("Errors", "{path} cannot be written ({detail})."),
    "file.exists": QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists; use --force to replace it."
    ),
    "file.write_failed": QT_TRANSLATE_NOOP(
        "Errors", "{path} could not be written ({detail})."
    ),
    "export.unknown_suffix": QT_TRANSLATE_NOOP(
        "Errors", "Data cannot be exported as “{suffix}”: name the file {known}."
    ),
    # a workshop and its groups
    "workshop.no_items": QT_TRANSLATE_NOOP("Errors", "A workshop needs at least one item."),
    "workshop.item_twice": QT_TRANSLATE_NOOP("Errors", "Item {item} is listed twice."),
    "workshop.item_not_in_framework": QT_TRANSLATE_NOOP(
        "Errors", "Item {item} is not in the framework."
    ),
    "workshop.item_not_here": QT_TRANSLATE_NOOP(
        "Errors", "Item {item} is not in this workshop."
    ),
    "workshop.group_count": QT_TRANSLATE_NOOP("Errors", "A workshop needs 1 to {most} groups."),
    "workshop.group_key_twice": QT_TRANSLATE_NOOP(
        "Errors", "The group key {key} is used twice."
    ),
    "workshop.group_name_twice": QT_TRANSLATE_NOOP("Errors", "Two groups are called “{name}”."),
    "workshop.no_group": QT_TRANSLATE_NOOP("Errors", "There is no group with key {key}."),
    "group.size_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "Group “{group}”: the number of participants must be a whole number from 1 to "
        "{most:,}.",
    ),
    "group.rates_item_out_of_scope": QT_TRANSLATE_NOOP(
        "Errors", "Group “{group}” rates item {item}, which is not in this workshop."
    ),
    "action.unknown_group": QT_TRANSLATE_NOOP(
        "Errors", "An action names a group that is not in this workshop ({key})."
    ),
    "parking_lot.unknown_group": QT_TRANSLATE_NOOP(
        "Errors", "A parking-lot entry names a group that is not in this workshop ({key})."
    ),
    "cross_rating.unknown_group": QT_TRANSLATE_NOOP(
        "Errors", "A view of another group names a group that is not in this workshop ({key})."
    ),
    "cross_rating.own_group": QT_TRANSLATE_NOOP(
        "Errors", "A group gives its own view of itself by rating the item, not as another's view."
    ),
    "cross_rating.item_out_of_scope": QT_TRANSLATE_NOOP(
        "Errors", "A view of another group is on item {item}, which is not in this workshop."
    ),
    "cross_rating.twice": QT_TRANSLATE_NOOP(
        "Errors", "Group {key} gives its view of the same group on item {item} twice."
    ),
    # ratings and dots
    "rating.other_item": QT_TRANSLATE_NOOP("Errors", "The rating is for another item than {item}."),
    "rating.level_not_chosen": QT_TRANSLATE_NOOP(
        "Errors", "Choose the level the group agrees on first."
    ),
    "rating.agreed_needs_level": QT_TRANSLATE_NOOP(
        "Errors", "Item {item}: an agreed rating needs the level now."
    ),
    "rating.skipped_with_tally": QT_TRANSLATE_NOOP(
        "Errors", "Item {item}: a skipped item has no dots."
    ),
    "tally.negative": QT_TRANSLATE_NOOP("Errors", "Level {level} has a negative count of dots."),
    "tally.total_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The dots add up to {total}, but the group has {participants} participants."
    ),
    "paper.level_off_scale": QT_TRANSLATE_NOOP(
        "Errors", "{level} is not on the scale: levels run from {lowest} to {highest}."
    ),
    "paper.agreed_needs_level": QT_TRANSLATE_NOOP(
        "Errors",
        "Item {item}: an agreed item needs the level now; type it, or mark the item split.",
    ),
    # the scale and the framework
    "scale.level_count": QT_TRANSLATE_NOOP("Errors", "A scale needs between 2 and 9 levels."),
    "scale.levels_not_counting": QT_TRANSLATE_NOOP(
        "Errors", "A scale's levels must count up by one from 0 or more, not {levels}."
    ),
    "scale.outside": QT_TRANSLATE_NOOP(
        "Errors", "{value} is outside the scale {lowest}–{highest}."
    ),
    "framework.areas": QT_TRANSLATE_NOOP(
        "Errors", "A framework must describe each area once, in order."
    ),
    "framework.stages": QT_TRANSLATE_NOOP(
        "Errors", "A framework must describe each of the four stages once, in order."
    ),
    "framework.no_principles": QT_TRANSLATE_NOOP(
        "Errors", "A framework needs at least one principle."
    ),
    "framework.no_items": QT_TRANSLATE_NOOP("Errors", "A framework needs at least one item."),
    "framework.no_item": QT_TRANSLATE_NOOP("Errors", "There is no item with code {item}."),
    "framework.no_principle": QT_TRANSLATE_NOOP(
        "Errors", "There is no principle with code {principle}."
    ),
    "framework.repeated": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” appears more than once."),
    "item.unknown_principle": QT_TRANSLATE_NOOP(
        "Errors", "Item {item} names an unknown principle, {principle}."
    ),
    "item.required_levels_fall": QT_TRANSLATE_NOOP(
        "Errors", "Item {item}: the required levels must not fall from one stage to the next."
    ),
    # text typed by a person
    "text.not_text": QT_TRANSLATE_NOOP("Errors", "{field}: this must be text."),
    "text.empty": QT_TRANSLATE_NOOP("Errors", "{field}: this must not be empty."),
    "text.too_long": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this is {length:,} characters long; the limit is {limit:,}."
    ),
    "text.control_character": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this contains the control character {character}."
    ),
    "text.half_pair": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this contains {character}, half of a character pair."
    ),
    # workshop and framework files
    "document.too_large": QT_TRANSLATE_NOOP(
        "Errors", "{source} is {megabytes:.1f} MB; the limit is {limit:.0f} MB."
    ),
    "document.empty": QT_TRANSLATE_NOOP(
        "Errors", "{source} is empty: it holds no workshop or framework."
    ),
    "document.sqlite": QT_TRANSLATE_NOOP(
        "Errors", "{source} is an SQLite database, not a workshop or framework file."
    ),
    "document.not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "{source} is not UTF-8 text (bad byte at offset {offset})."
    ),
    "document.not_json": QT_TRANSLATE_NOOP(
        "Errors", "{source} is not valid JSON (line {line}, column {column}: {detail})."
    ),
    "document.not_json_value": QT_TRANSLATE_NOOP(
        "Errors", "{source} is not valid JSON ({detail})."
    ),
    "document.number_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{source} contains a number too long to read (thousands of digits)."
    ),
    "document.constant": QT_TRANSLATE_NOOP(
        "Errors", "{source} contains {name}, which is not a valid JSON number."
    ),
    "document.repeated_key": QT_TRANSLATE_NOOP(
        "Errors", "{source} gives the field “{key}” twice in one object."
    ),
    "document.too_deep": QT_TRANSLATE_NOOP(
        "Errors", "{source} is nested more than {most} levels deep."
    ),
    "document.not_object": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be an object, not {kind}."
    ),
    "document.unknown_field": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this has an unknown field, “{field}”."
    ),
    "document.missing_field": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: the field “{field}” is missing."
    ),
    "document.not_list": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be a list, not {kind}."
    ),
    "document.too_many": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this has {entries:,} entries; the limit is {most:,}."
    ),
    "document.not_text": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be text, not {kind}."
    ),
    "document.text_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this is {length:,} characters long; the limit is {limit:,}."
    ),
    "document.control_character": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this contains the control character {character}."
    ),
    "document.half_pair": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: this contains {character}, half of a character pair, which is not text "
        "(the file is damaged).",
    ),
    "document.not_integer": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be a whole number, not {kind}."
    ),
    "document.out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: {value} is outside {low}–{high}."
    ),
    "document.not_boolean": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be true or false, not {kind}."
    ),
    "document.not_date": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: “{text}” is not a date written YYYY-MM-DD."
    ),
    "document.unknown_choice": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: “{text}” is not a known {what}."
    ),
    "document.invalid": QT_TRANSLATE_NOOP("Errors", "{source}{at}: {problem}"),
    "document.not_workshop": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be “{expected}”: this is not a workshop file."
    ),
    "document.framework_not_workshop": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: this must be “{expected}”: this is a framework file, not a workshop file.",
    ),
    "document.not_framework": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be “{expected}”: this is not a framework file."
    ),
    "document.workshop_version": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: version {version} is not supported (this app reads versions 1 to "
        "{supported}; a newer CoProd Desktop may have written it).",
    ),
    "document.framework_version": QT_TRANSLATE_NOOP(
        "Errors",
        "{source}{at}: version {version} is not supported (this app reads version "
        "{supported}).",
    ),
    "document.bad_uid": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: this must be letters, digits and hyphens."
    ),
    "document.rated_twice": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: item {item} is rated a second time."
    ),
    "document.tally_level": QT_TRANSLATE_NOOP(
        "Errors", "{source}{at}: “{level}” is not a level on the scale {lowest}–{highest}."
    ),
})  # fmt: skip

#: The words errors use for kinds of value and for fields (``Term`` codes and ``field=``).
TERMS: MappingProxyType[str, str] = MappingProxyType({
    "kind.object": QT_TRANSLATE_NOOP("Terms", "an object"),
    "kind.list": QT_TRANSLATE_NOOP("Terms", "a list"),
    "kind.text": QT_TRANSLATE_NOOP("Terms", "text"),
    "kind.boolean": QT_TRANSLATE_NOOP("Terms", "true/false"),
    "kind.number": QT_TRANSLATE_NOOP("Terms", "a number"),
    "kind.decimal": QT_TRANSLATE_NOOP("Terms", "a decimal number"),
    "kind.null": QT_TRANSLATE_NOOP("Terms", "null"),
    "kind.other": QT_TRANSLATE_NOOP("Terms", "something else"),
    "kind.area": QT_TRANSLATE_NOOP("Terms", "area"),
    "kind.stage": QT_TRANSLATE_NOOP("Terms", "stage"),
    "kind.activity_kind": QT_TRANSLATE_NOOP("Terms", "kind of activity"),
    "kind.purpose": QT_TRANSLATE_NOOP("Terms", "purpose"),
    "kind.rating_status": QT_TRANSLATE_NOOP("Terms", "rating status"),
    "kind.group_role": QT_TRANSLATE_NOOP("Terms", "group role"),
    "kind.needed_level_source": QT_TRANSLATE_NOOP("Terms", "needed level source"),
    "field.title": QT_TRANSLATE_NOOP("Terms", "Title"),
    "field.organisation": QT_TRANSLATE_NOOP("Terms", "Organisation"),
    "field.locality": QT_TRANSLATE_NOOP("Terms", "Locality"),
    "field.venue": QT_TRANSLATE_NOOP("Terms", "Venue"),
    "field.service": QT_TRANSLATE_NOOP("Terms", "Service"),
    "field.facilitator": QT_TRANSLATE_NOOP("Terms", "Facilitator"),
    "field.group name": QT_TRANSLATE_NOOP("Terms", "Group name"),
    "field.stage placement note": QT_TRANSLATE_NOOP("Terms", "Stage placement note"),
    "field.action": QT_TRANSLATE_NOOP("Terms", "Action"),
    "field.action owner": QT_TRANSLATE_NOOP("Terms", "Action owner"),
    "field.parking-lot entry": QT_TRANSLATE_NOOP("Terms", "Parking-lot entry"),
    "field.note": QT_TRANSLATE_NOOP("Terms", "Note"),
    "field.private note": QT_TRANSLATE_NOOP("Terms", "Private note"),
    "field.item text": QT_TRANSLATE_NOOP("Terms", "Item text"),
    "field.code": QT_TRANSLATE_NOOP("Terms", "Code"),
    "field.key": QT_TRANSLATE_NOOP("Terms", "Key"),
    "field.name": QT_TRANSLATE_NOOP("Terms", "Name"),
    "field.label": QT_TRANSLATE_NOOP("Terms", "Label"),
    "field.description": QT_TRANSLATE_NOOP("Terms", "Description"),
    "field.principles": QT_TRANSLATE_NOOP("Terms", "Principles"),
    "field.items": QT_TRANSLATE_NOOP("Terms", "Items"),
    "field.default_groups": QT_TRANSLATE_NOOP("Terms", "Default groups"),
})  # fmt: skip


def describe(error: CoprodError, language: str) -> str:
    """``error`` said in ``language`` (English, the source, when a text is not translated)."""
    template = TEXTS.get(error.code)
    if template is None:  # a code with no sentence: a bug a test catches; say the facts
        return str(error)
    values = {name: _worded(value, language) for name, value in error.values.items()}
    field = getattr(error, "field", None)
    if isinstance(field, str):
        values.setdefault("field", term(f"field.{field}", language, otherwise=field))
    return translate(language, CONTEXT, template).format(**values)


def _worded(value: object, language: str) -> object:
    """A value as it goes into a sentence: errors worded, paths as text, numbers as they are
    (so a sentence may format them, ``{megabytes:.1f}``)."""
    if isinstance(value, CoprodError):
        return describe(value, language)
    if isinstance(value, Term):
        return term(value.code, language)
    if isinstance(value, Path | BaseException):
        return str(value)
    return value


def term(code: str, language: str, *, otherwise: str | None = None) -> str:
    """The word for the term ``code`` in ``language``; ``otherwise`` (or the code) if none."""
    text = TERMS.get(code)
    if text is None:
        return otherwise if otherwise is not None else code
    return translate(language, "Terms", text)
