"""The commands that write a workshop's exports: the report, the blank form and the
participants' sheet to print, and the data (``export-data``, parsed in ``cli/__init__.py``)."""

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


#: Each command and what it writes (``report.formats.Export``).
EXPORTS = {
    "report": "report",
    "blank-form": "blank form",
    "participants-sheet": "participants' sheet",
    "export-data": "data",
}


def _write(args: argparse.Namespace, out: TextIO) -> int:
    """Write the command's export; the output's suffix chooses its format."""
    from coprod_desktop.cli import EXIT_OK, open_folder
    from coprod_desktop.report.formats import Export
    from coprod_desktop.report.options import Paper
    from coprod_desktop.services.exports import ExportService

    what = Export(EXPORTS[args.command])
    with open_folder(args) as folder:
        ExportService(folder.store).write(
            what, args.id, args.output, paper=Paper(getattr(args, "paper", "a4")),
            replace=args.force,
        )  # fmt: skip
    print(f"wrote {args.output}", file=out)
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = dict.fromkeys(EXPORTS, _write)
