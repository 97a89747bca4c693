"""The bundle's entry point: the same `main` as the `toimi-desktop` command."""

import sys

from toimi_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
