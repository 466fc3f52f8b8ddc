"""Launch CoProd Desktop (the GUI, or a command: see ``python main.py --help``)."""

import sys

from coprod_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
