"""The commands that write something to print: the report, the blank form and the
participants' sheet."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from coprod_desktop.cli.arguments import workshop_id


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the printout commands to the command line."""
    for name, words in (
        ("report", "write the training-needs report as a PDF"),
        ("blank-form", "write a blank assessment form to print"),
        (
            "participants-sheet",
            "write the Easy Read 'what you told us', a page per group, to print in the room",
        ),
    ):
        command = commands.add_parser(name, help=words)
        command.add_argument(
            "id", type=workshop_id, metavar="ID", help="workshop id, as shown by list"
        )
        command.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
        command.add_argument(
            "--paper", choices=["a4", "letter"], default="a4", help="paper size (default: a4)"
        )
        command.add_argument(
            "-f", "--force", action="store_true", help="replace the output file if it exists"
        )


def _write(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli import EXIT_OK, open_folder
    from coprod_desktop.report.options import Paper
    from coprod_desktop.services.exports import ExportService

    with open_folder(args) as folder:
        service = ExportService(folder.store)
        write = {
            "report": service.write_report,
            "blank-form": service.write_blank_form,
            "participants-sheet": service.write_participants_sheet,
        }[args.command]
        write(args.id, args.output, Paper(args.paper), replace=args.force)
    print(f"wrote {args.output}", file=out)
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "report": _write,
    "blank-form": _write,
    "participants-sheet": _write,
}
