"""A client process for the kill test: syncs a database and pauses inside the transaction
of each page it applies (saying so on stdout), so the test can SIGKILL it right there.

Environment: TOIMI_TEST_DB, TOIMI_TEST_ACCOUNT and TOIMI_TEST_TOKEN (put into this
process's in-memory keyring), TOIMI_TEST_PAUSE (seconds), TOIMI_TEST_PAGE (page size).
"""

import os
import sys
import time

import keyring
from memory_keyring import MemoryKeyring

from toimi_desktop.models.database import Database
from toimi_desktop.sync import apply
from toimi_desktop.sync.credentials import SERVICE
from toimi_desktop.sync.engine import SyncEngine

keyring.set_keyring(MemoryKeyring())
MemoryKeyring.secrets[(SERVICE, os.environ["TOIMI_TEST_ACCOUNT"])] = os.environ["TOIMI_TEST_TOKEN"]
original = apply._apply_table


def slow_apply(conn, table, records):
    original(conn, table, records)
    print(f"applying {table} {len(records)}", flush=True)
    time.sleep(float(os.environ["TOIMI_TEST_PAUSE"]))


apply._apply_table = slow_apply
report = SyncEngine(Database(os.environ["TOIMI_TEST_DB"]),
                    page_size=int(os.environ["TOIMI_TEST_PAGE"])).run()
print(f"done {report.pulled}", flush=True)
sys.exit(0)
