"""Launch CoProd Desktop (the GUI, or a command: see ``python main.py --help``)."""

import sys

from coprod_desktop.app import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the bundle: an export's child process starts here too
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
