"""The merge command: another laptop's copy of a workshop, or the organisation's newest."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coprod_desktop.cli.arguments import workshop_id
from coprod_desktop.domain.copies import Side
from coprod_desktop.domain.errors import CoprodError

if TYPE_CHECKING:  # the parser is built at every launch, the app's too: no workshop model
    from coprod_desktop.domain.merge import Difference
    from coprod_desktop.domain.rating import Rating
    from coprod_desktop.domain.workshop import StagePlacement


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the merge command to the command line."""
    from coprod_desktop.cli.organisation import add_url

    merge = commands.add_parser(
        "merge",
        help="merge another copy of a workshop into this one; where ratings differ, you choose",
    )
    merge.add_argument("id", type=workshop_id, metavar="ID", help="workshop id (see list)")
    source = merge.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, metavar="FILE.coprod", help="the other copy")
    source.add_argument(
        "--published",
        action="store_true",
        help="the organisation store's newest revision (then publish again)",
    )
    merge.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="GROUP:ITEM=ours|theirs",
        help="keep this copy's (ours) or the other's (theirs) rating; repeat for each",
    )
    merge.add_argument(
        "--prefer",
        choices=[s.value for s in Side],
        help="for every difference not chosen with --choose",
    )
    add_url(merge)


def _choices(args: argparse.Namespace, differences: tuple[Difference, ...]) -> dict[str, Side]:
    chosen: dict[str, Side] = {}
    for text in args.choose:
        key, _, side = text.partition("=")
        if side not in {s.value for s in Side} or not key:
            raise CoprodError(f"--choose {text!r}: write GROUP:ITEM=ours or GROUP:ITEM=theirs")
        chosen[key] = Side(side)
    known = {d.key for d in differences}
    unknown = sorted(set(chosen) - known)
    if unknown:
        raise CoprodError(f"--choose {unknown[0]}: the copies do not differ there")
    if args.prefer:
        chosen.update({d.key: Side(args.prefer) for d in differences if d.key not in chosen})
    return chosen


def _merge(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli import EXIT_ERROR, EXIT_OK, PROG, open_folder
    from coprod_desktop.cli.organisation import organisation_store
    from coprod_desktop.services.merge import MergeService, read_copy

    with open_folder(args) as folder:
        service = MergeService(folder.store)
        revision, base = None, None
        if args.published:
            organisation = organisation_store(args)
            try:
                copy = service.published_copy(args.id, organisation)
            finally:
                organisation.close()
            revision, theirs, base = copy.revision, copy.theirs, copy.base
        else:
            theirs = read_copy(args.file)
        preview = service.preview(args.id, theirs, base)
        choices = _choices(args, preview.differences)
        missing = preview.unresolved(choices)
        if missing:
            print("Where the two copies differ (this laptop | the other copy):", file=out)
            for d in missing:
                print(f"  {d.key}\t{d.group_name}: {_shown(d.ours)} | {_shown(d.theirs)}", file=out)
            print(
                f"Nothing was changed. Choose for each: {PROG} merge {args.id} … "
                "--choose GROUP:ITEM=ours|theirs (or --prefer ours|theirs)",
                file=out,
            )
            return EXIT_ERROR
        merged = service.apply(args.id, theirs, choices, base=base, published_revision=revision)
    kept = sum(1 for side in choices.values() if side is Side.THEIRS)
    print(
        f"merged into {args.id} “{merged.title}”: {merged.ratings_recorded} ratings, "
        f"{len(preview.differences)} difference(s), {kept} taken from the other copy",
        file=out,
    )
    return EXIT_OK


def _shown(value: Rating | StagePlacement) -> str:
    from coprod_desktop.domain.workshop import StagePlacement

    if isinstance(value, StagePlacement):
        now = value.current.value if value.current else "-"
        aim = value.aim.value if value.aim else "-"
        return f"stage now {now}, aiming for {aim}"
    levels = f"now {value.current_level or '-'}, needs {value.required_level or '-'}"
    note = f", note “{value.note}”" if value.note else ""
    return f"{value.status.value}, {levels}{note}"


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {"merge": _merge}
