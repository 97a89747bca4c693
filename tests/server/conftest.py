"""Server tests share the sync tests' fixtures (real servers, real devices)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "sync"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from sync_fixtures import *  # noqa: E402, F403
