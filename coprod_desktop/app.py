"""The composition root: parse the command line, then run a command or open the app."""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop import cli


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python main.py`` and the ``coprod-desktop`` script."""
    args = cli.parse(argv)
    if args.command is not None:
        return cli.run(args)
    from coprod_desktop.paths import locate_data_dir
    from coprod_desktop.ui.application import run_gui

    location = locate_data_dir(args.data_dir)
    return run_gui(location.path, settings_dir=location.settings_dir, open_file=args.open_file)
