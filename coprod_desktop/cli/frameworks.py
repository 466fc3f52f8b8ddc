"""The framework library on the command line: list, show, duplicate, export, import.

A workshop keeps the framework as it was when it was created, so nothing here changes a
workshop; a tailored framework is used by the workshops created from it afterwards.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``frameworks`` command and its sub-commands."""
    frameworks = commands.add_parser(
        "frameworks", help="the framework library: list, show, duplicate, export, import"
    )
    actions = frameworks.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="key, language, items, built-in or editable, name")
    show = actions.add_parser("show", help="a framework's level words, role profiles and items")
    show.add_argument("key", metavar="KEY", help="the framework's key, as shown by list")
    duplicate = actions.add_parser(
        "duplicate", help="copy a framework to tailor it; prints the copy's key"
    )
    duplicate.add_argument("key", metavar="KEY")
    duplicate.add_argument("--name", help="the copy's name (else the original's, with “(copy)”)")
    export = actions.add_parser("export", help="write a framework to a JSON file")
    export.add_argument("key", metavar="KEY")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json")
    export.add_argument(
        "-f", "--force", action="store_true", help="replace the output file if it exists"
    )
    imp = actions.add_parser(
        "import", help="add the framework in a JSON file to the library; prints its key"
    )
    imp.add_argument("file", type=Path, metavar="FILE.json")


def _frameworks(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli import EXIT_OK, language_of, open_folder
    from coprod_desktop.services.frameworks import FrameworkService
    from coprod_desktop.wording.frameworks import framework_lines, library_line, wrote

    language = language_of(args)
    with open_folder(args, library=True) as folder:
        service = FrameworkService(folder.store)
        if args.action == "list":
            for summary in service.list():
                print(library_line(summary, language), file=out)
        elif args.action == "show":
            print("\n".join(framework_lines(service.get(args.key), language)), file=out)
        elif args.action == "duplicate":
            print(service.duplicate(args.key, args.name), file=out)
        elif args.action == "export":
            service.export_file(args.key, args.output, replace=args.force)
            print(wrote(args.output, language), file=out)
        else:
            print(service.import_file(args.file), file=out)
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {"frameworks": _frameworks}
