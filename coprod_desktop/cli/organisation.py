"""Commands for the organisation store: publish, upgrade, withdraw, grant the publisher's rights."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coprod_desktop.cli.arguments import workshop_id
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.purpose import WorkshopPurpose

if TYPE_CHECKING:
    from coprod_desktop.services.publish import Published
    from coprod_desktop.storage.organisation_store import OrganisationStore

#: Where the organisation store's URL comes from when --to is not given.
URL_ENV = "COPROD_ORGANISATION_URL"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the command line."""
    publish = commands.add_parser(
        "publish",
        help="copy workshops into the organisation store (new revisions only; "
        "private notes stay on this laptop)",
    )
    which = publish.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "id", nargs="?", type=workshop_id, metavar="ID", help="workshop id, as shown by list"
    )
    which.add_argument("--all", action="store_true", help="publish every workshop on this laptop")
    add_url(publish)
    upgrade = commands.add_parser(
        "org-upgrade", help="create or upgrade the organisation store (the database owner's rights)"
    )
    add_url(upgrade)
    withdraw = commands.add_parser(
        "org-withdraw",
        help="take a workshop out of the organisation store for good (the owner's rights)",
    )
    withdraw.add_argument("uid", metavar="UID", help="the workshop's uid")
    withdraw.add_argument("--reason", default="", help="why, for the record")
    add_url(withdraw)
    report = commands.add_parser(
        "org-report",
        help="write the organisation view as a PDF: from the organisation store (--from, else "
        f"${URL_ENV}), or this laptop's workshops when neither is given",
    )
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument("--locality", action="append", default=[], help="only this locality")
    report.add_argument("--service", action="append", default=[], help="only this service")
    report.add_argument(
        "--purpose",
        action="append",
        default=[],
        choices=[p.value for p in WorkshopPurpose],
        help="only workshops held for this purpose",
    )
    report.add_argument("--held-from", type=_date, metavar="YYYY-MM-DD", help="held on or after")
    report.add_argument("--held-to", type=_date, metavar="YYYY-MM-DD", help="held on or before")
    report.add_argument("--language", choices=["en", "cy"], default="en", help="en or cy")
    add_url(report)
    grant = commands.add_parser(
        "org-grant",
        help="give an existing PostgreSQL role the publisher's rights: read and insert only",
    )
    grant.add_argument("role", metavar="ROLE", help="the database role the laptops log in as")
    add_url(grant)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def add_url(parser: argparse.ArgumentParser) -> None:
    """The --to/--from URL and --allow-plaintext options."""
    parser.add_argument(
        "--to",
        "--from",
        dest="url",
        metavar="URL",
        help=f"the organisation store: postgresql+psycopg://USER@HOST/DATABASE or sqlite:///FILE "
        f"(default: ${URL_ENV}); the password comes from PGPASSWORD or the system keyring",
    )
    parser.add_argument(
        "--allow-plaintext",
        action="store_true",
        help="allow an unencrypted connection to another host (not recommended)",
    )


def organisation_store(args: argparse.Namespace, *, upgrade: bool = False) -> OrganisationStore:
    """The organisation store the command names (--to, else the environment)."""
    from coprod_desktop.storage.connection_url import parse_url
    from coprod_desktop.storage.organisation_store import open_organisation_store

    url = args.url or os.environ.get(URL_ENV)
    if not url:
        raise CoprodError(f"name the organisation store with --to URL, or set ${URL_ENV}")
    where = parse_url(url, allow_plaintext=args.allow_plaintext)
    return open_organisation_store(where, upgrade=upgrade)


def _publish(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli import EXIT_ERROR, EXIT_OK, open_folder
    from coprod_desktop.services.publish import PublishService

    organisation = organisation_store(args)
    try:
        with open_folder(args) as folder:
            service = PublishService(folder.store, organisation)
            if not args.all:
                print(_said(service.publish(args.id)), file=out)
                return EXIT_OK

            def progress(done: int, total: int, result: Published | CoprodError) -> None:
                what = str(result) if isinstance(result, CoprodError) else _said(result)
                print(f"[{done}/{total}] {what}", file=out, flush=True)

            results = service.publish_all(progress)
    finally:
        organisation.close()
    refused = sum(isinstance(r, CoprodError) for r in results)
    print(f"{len(results) - refused} published or unchanged, {refused} refused", file=out)
    return EXIT_ERROR if refused else EXIT_OK


def _said(result: Published) -> str:
    from coprod_desktop.services.publish import Outcome

    how = {
        Outcome.NEW: "published as revision 1",
        Outcome.REVISED: f"published as revision {result.revision}",
        Outcome.UNCHANGED: f"already published, unchanged (revision {result.revision})",
    }[result.outcome]
    return f"{result.workshop_id} “{result.title}”: {how}"


def _upgrade(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli import EXIT_OK

    organisation = organisation_store(args, upgrade=True)
    try:
        print(f"{organisation.name}: schema {organisation.revision()} (current)", file=out)
    finally:
        organisation.close()
    return EXIT_OK


def _withdraw(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli import EXIT_OK
    from coprod_desktop.services.publish import withdraw

    organisation = organisation_store(args)
    try:
        withdraw(organisation, args.uid, args.reason)
    finally:
        organisation.close()
    print(
        f"withdrew {args.uid}: it leaves the organisation view and is not published again", file=out
    )
    return EXIT_OK


def _org_report(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli import EXIT_OK, open_folder
    from coprod_desktop.domain.organisation import OrganisationFilter
    from coprod_desktop.services.organisation_view import OrganisationView

    flt = OrganisationFilter(
        localities=tuple(args.locality),
        services=tuple(args.service),
        purposes=tuple(WorkshopPurpose(p) for p in args.purpose),
        held_from=args.held_from,
        held_to=args.held_to,
    )
    if args.url or os.environ.get(URL_ENV):
        organisation = organisation_store(args)
        try:
            view = OrganisationView.of_organisation(organisation)
            figures = view.write_report(flt, args.output, language=args.language)
        finally:
            organisation.close()
    else:
        with open_folder(args) as folder:
            view = OrganisationView.of_laptop(folder.store)
            figures = view.write_report(flt, args.output, language=args.language)
    print(f"wrote {args.output} ({figures.workshops} workshops)", file=out)
    return EXIT_OK


def _grant(args: argparse.Namespace, out: TextIO) -> int:
    from coprod_desktop.cli import EXIT_OK
    from coprod_desktop.storage.privileges import grant_publisher

    organisation = organisation_store(args)
    try:
        grant_publisher(organisation, args.role)
    finally:
        organisation.close()
    print(f"{args.role} may now read and publish (insert), and nothing else", file=out)
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "publish": _publish,
    "org-upgrade": _upgrade,
    "org-withdraw": _withdraw,
    "org-grant": _grant,
    "org-report": _org_report,
}
