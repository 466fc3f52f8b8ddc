"""The composition root: parse the command line, then run a command or open the app."""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop import cli


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python main.py`` and the ``coprod-desktop`` script."""
    from coprod_desktop.paths import keep_new_files_private, locate_data_dir, make_folder_private

    args = cli.parse(argv)
    location = locate_data_dir(args.data_dir)
    if location.portable:  # a USB stick: everything under coprod-data/ is private
        keep_new_files_private()
        make_folder_private(location.path)
    if args.command is not None:
        return cli.run(args)
    from coprod_desktop.ui.application import run_gui

    return run_gui(location.path, settings_dir=location.settings_dir, open_file=args.open_file)
