"""The command line: the same entry point as the GUI, for IT staff and scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coprod_desktop import APP_NAME, __version__
from coprod_desktop.cli import frameworks, merge, organisation, printouts
from coprod_desktop.cli.arguments import workshop_id
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.paths import DATA_DIR_ENV, locate_data_dir, resolve_data_dir

if TYPE_CHECKING:
    from coprod_desktop.services.data_folder import DataFolder
    from coprod_desktop.services.workshops import WorkshopService

PROG = "coprod-desktop"
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3
EXIT_UNEXPECTED = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [--data-dir DIR] [COMMAND ... | FILE.coprod]",
        description=f"{APP_NAME}: run co-production readiness workshops offline. "
        "With no command, opens the app; with a workshop file (FILE.coprod), opens the app "
        "and offers to import it (or hands it to the app already open on that data folder).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder holding the store and its backups (default: ${DATA_DIR_ENV}, "
        "else your user data folder); lets the app run from a USB stick",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="create the demo workshop and print its id")
    commands.add_parser("list", help="list workshops: id, date, title, groups, how complete")
    export = commands.add_parser("export", help="write one workshop to a .coprod file")
    export.add_argument("id", type=workshop_id, metavar="ID", help="workshop id, as shown by list")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.coprod")
    export.add_argument(
        "--without-private-notes",
        action="store_true",
        help="leave the private notes out (by default the file carries them)",
    )
    _force(export)
    imp = commands.add_parser("import", help="add the workshop in a .coprod file; prints its id")
    imp.add_argument("file", type=Path, metavar="FILE.coprod")
    delete = commands.add_parser(
        "delete", help="delete a workshop for good; automatic backups keep it unless purged"
    )
    delete.add_argument("id", type=workshop_id, metavar="ID", help="workshop id, as shown by list")
    delete.add_argument(
        "--purge-backups",
        action="store_true",
        help="also rewrite every automatic backup without it (cannot be undone)",
    )
    purge = commands.add_parser(
        "purge-backups", help="remove a deleted workshop from the automatic backups, by uid"
    )
    purge.add_argument("uid", metavar="UID", help="the uid that delete printed")
    commands.add_parser("check", help="check the store: integrity, schema version, backups")
    restore = commands.add_parser(
        "restore",
        help="restore the newest good automatic backup; the current file is set aside, not deleted",
    )
    restore.add_argument("--backup", type=Path, metavar="FILE", help="restore this backup instead")
    restore.add_argument("--list", action="store_true", help="list the backups and their checks")
    restore.add_argument(
        "--empty",
        action="store_true",
        help="no backup can help: set the unreadable file aside and start with an empty one",
    )
    data = commands.add_parser(
        "export-data", help="write the results as data: .csv, .xlsx or .json (by suffix)"
    )
    data.add_argument("id", type=workshop_id, metavar="ID", help="workshop id, as shown by list")
    data.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE.csv|FILE.xlsx|FILE.json"
    )
    _force(data)
    for module in (printouts, organisation, merge, frameworks):  # each adds its commands
        module.add_commands(commands)
    return parser


def _force(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-f", "--force", action="store_true", help="replace the output file if it exists"
    )


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run the sub-command in ``args``; errors become one line on ``err`` and an exit code."""
    try:
        return _handlers()[args.command](args, out)
    except CoprodError as exc:
        print(f"{PROG}: {_worded(exc, args)}{_way_out(exc)}", file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return 130
    except Exception as exc:  # a bug: say so in one line, never a traceback
        print(f"{PROG}: unexpected error ({type(exc).__name__}: {exc})", file=err)
        return EXIT_UNEXPECTED


Handler = Callable[[argparse.Namespace, TextIO], int]


def _handlers() -> dict[str, Handler]:
    """Each command and the function that runs it."""
    return {
        "demo": _demo,
        "list": _list,
        "export": _export,
        "import": _import,
        "check": _check,
        "restore": _restore,
        "delete": _delete,
        "purge-backups": _purge_backups,
        **printouts.HANDLERS,
        **organisation.HANDLERS,
        **merge.HANDLERS,
        **frameworks.HANDLERS,
    }


def _worded(error: CoprodError, args: argparse.Namespace) -> str:
    """``error`` in the language chosen in the app's settings (else English)."""
    from coprod_desktop.wording.errors import describe

    return describe(error, language_of(args))


def language_of(args: argparse.Namespace) -> str:
    """The language chosen in the app's settings (else English), for a command's words."""
    from coprod_desktop.cli.language import chosen_language

    try:
        location = locate_data_dir(args.data_dir)
    except CoprodError:
        location = None
    return chosen_language(location)


def _way_out(error: CoprodError) -> str:
    """For a store a backup could replace: the command that does it; for one that is only
    busy: what to do instead (never a restore, which would replace newer work)."""
    from coprod_desktop.storage.errors import (
        DamagedStoreError,
        NewerSchemaError,
        NotOurFileError,
        StoreBusyError,
    )

    if isinstance(error, DamagedStoreError | NewerSchemaError | NotOurFileError):
        return f" (`{PROG} check` says more; `{PROG} restore` restores the newest good backup)"
    if isinstance(error, StoreBusyError):
        return " Close that program, or wait a moment, and try again."
    return ""


def _open(args: argparse.Namespace, *, library: bool = False) -> DataFolder:
    """The data folder, open for this command alone; use it in a ``with`` block.
    ``library``: the command reads the framework library, so its built-ins are refreshed
    first (the others skip parsing every shipped framework)."""
    from coprod_desktop.services.data_folder import open_data_folder

    return open_data_folder(resolve_data_dir(args.data_dir), library=library)


def open_folder(args: argparse.Namespace, *, library: bool = False) -> DataFolder:
    """The data folder, for a command in another module of this package."""
    return _open(args, library=library)


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.services.demo import create_demo

    with _open(args, library=True) as folder:
        print(create_demo(folder.store), file=out)
    return EXIT_OK


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.services.workshops import WorkshopService

    with _open(args) as folder:
        for w in WorkshopService(folder.store).list():
            date = w.held_on.isoformat() if w.held_on else "no date"
            groups = f"{len(w.group_names)} group{'s' if len(w.group_names) != 1 else ''}"
            print(f"{w.id}\t{date}\t{w.title}\t{groups}\t{w.completeness:.0%} rated", file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.services.exchange import WorkshopExchange

    with _open(args) as folder:
        exchange = WorkshopExchange(folder.store)
        keep = not args.without_private_notes
        exchange.export_file(args.id, args.output, replace=args.force, private_notes=keep)
        held = exchange.private_note_count(args.id) if keep else 0
    print(f"wrote {args.output}", file=out)
    if held:  # the file is made to be handed on: say what travels with it
        print(
            f"it carries {held} private note{'s' if held != 1 else ''}; "
            "--without-private-notes leaves them out",
            file=out,
        )
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.services.exchange import WorkshopExchange

    with _open(args) as folder:
        print(WorkshopExchange(folder.store).import_file(args.file), file=out)
    return EXIT_OK


def _check(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli.check import problem_lines, workshop_lines
    from coprod_desktop.services.maintenance import check_store
    from coprod_desktop.services.restore import find_problem

    problem = find_problem(resolve_data_dir(args.data_dir))
    if problem is not None:  # cannot be opened: say what it is, and what restore would do
        for line in problem_lines(problem, command=f"{PROG} restore", language=language_of(args)):
            print(line, file=out)
        return EXIT_UNHEALTHY
    with _open(args) as folder:
        report = check_store(folder.store)
    state = "current" if report.schema_revision == report.head_revision else "out of date"
    print(f"store:      {report.path} ({report.size_bytes / 1024:.0f} KB)", file=out)
    print(f"chosen by:  {locate_data_dir(args.data_dir).source.value}", file=out)
    print(f"schema:     {report.schema_revision} ({state})", file=out)
    print(f"integrity:  {'; '.join(report.integrity)}", file=out)
    print(*workshop_lines(report, language=language_of(args)), sep="\n", file=out)
    if report.backups:
        newest = report.backups[0]
        stamp = newest.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        count = len(report.backups)
        print(f"backups:    {count} in {newest.path.parent}, newest {stamp}", file=out)
    else:
        print("backups:    none yet (one is taken whenever a changed store is opened)", file=out)
    print(f"verdict:    {'healthy' if report.healthy else 'PROBLEMS FOUND'}", file=out)
    return EXIT_OK if report.healthy else EXIT_UNHEALTHY


def _restore(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli.check import backup_lines
    from coprod_desktop.services.restore import restore_backup, start_afresh

    data_dir = resolve_data_dir(args.data_dir)
    if args.list:
        for line in backup_lines(data_dir, language=language_of(args)):
            print(line, file=out)
        return EXIT_OK
    if args.empty:
        aside = start_afresh(data_dir)
        if aside is not None:
            print(f"set the unreadable file aside, unchanged, as {aside}", file=out)
        print(f"{data_dir} now starts with an empty workshops file", file=out)
        return EXIT_OK
    done = restore_backup(data_dir, args.backup)
    stamp = done.backup.taken_at.strftime("%Y-%m-%d %H:%M:%S")
    count = done.backup.workshop_count
    print(f"restored the backup of {stamp} ({count} workshop{'s' if count != 1 else ''})"
          f" into {done.store_path}", file=out)  # fmt: skip
    if done.set_aside_as is not None:
        print(f"the previous file was set aside, unchanged, as {done.set_aside_as}", file=out)
    return EXIT_OK


def _delete(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.services.workshops import WorkshopService

    with _open(args) as folder:
        service = WorkshopService(folder.store)
        workshop = service.summary(args.id)  # not ``get``: a broken row must not stop it
        service.delete(args.id)
        print(f"deleted workshop {args.id} “{workshop.title}” (uid {workshop.uid})", file=out)
        if args.purge_backups:
            _say_purged(service, workshop.uid, out)
            return EXIT_OK
        held = len(service.backups_holding(workshop.uid))
    if held:
        print(
            f"{held} automatic backup{'s' if held != 1 else ''} still hold it until they rotate "
            f"out; to remove it from them too: {PROG} purge-backups {workshop.uid}",
            file=out,
        )
    return EXIT_OK


def _purge_backups(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.services.workshops import WorkshopService

    with _open(args) as folder:
        service = WorkshopService(folder.store)
        if service.id_for_uid(args.uid) is not None:
            raise CoprodError("backups.purge_while_stored", uid=args.uid)
        _say_purged(service, args.uid, out)
    return EXIT_OK


def _say_purged(service: WorkshopService, uid: str, out: TextIO) -> None:
    purge = service.purge_from_backups(uid)
    count = len(purge.rewritten)
    print(
        f"removed it from {count} automatic backup{'s' if count != 1 else ''}"
        " (each still holds every other workshop)",
        file=out,
    )
    for path in purge.removed:
        print(f"deleted the unreadable backup {path}", file=out)


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line; ``open_file`` is a workshop file given instead of a command (the
    desktop runs ``coprod-desktop FILE.coprod`` when one is opened), else None."""
    words = list(sys.argv[1:] if argv is None else argv)
    file = _file_to_open(words)
    if file is not None:
        words.remove(file)
    args = _launch(words)
    if args is None:
        parser = build_parser()
        args = parser.parse_args(words)
        if file is not None and args.command is not None:
            parser.error(f"give a command or a file to open, not both ({file})")
    args.open_file = Path(file).expanduser().resolve() if file is not None else None
    return args


def _launch(words: list[str]) -> argparse.Namespace | None:
    """``words`` that only open the app (none, or ``--data-dir DIR``), read as the parser
    reads them but without building it: the parser of every command costs each launch of the
    app about 10 ms on one core. None for anything else (a command, ``--help``, a mistake),
    which the parser reads."""
    match words:
        case []:
            return argparse.Namespace(data_dir=None, command=None)
        case ["--data-dir", folder] if not folder.startswith("-"):
            return argparse.Namespace(data_dir=folder, command=None)
        case [option] if option.startswith("--data-dir="):
            return argparse.Namespace(data_dir=option.partition("=")[2], command=None)
    return None


def _file_to_open(words: list[str]) -> str | None:
    """The first word that is no option, no option's value and no command, if it names a
    workshop file (ends in .coprod) or any existing file; a mistyped command stays a usage
    error."""
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word == "--data-dir":
            skip = True
        elif word == "--":
            continue
        elif not word.startswith("-"):
            if word in _handlers():
                return None
            is_file = word.lower().endswith(".coprod") or Path(word).is_file()
            return word if is_file else None
    return None
