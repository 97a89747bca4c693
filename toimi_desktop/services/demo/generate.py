"""`generate_demo`: a deterministic, realistic North Karelia in one transaction."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models import Base, summary_totals, synced_tables
from toimi_desktop.models.database import Database
from toimi_desktop.models.enums import Role
from toimi_desktop.models.ids import SEED_STAMP, new_id
from toimi_desktop.services.demo.places import LEAD_MUNICIPALITY
from toimi_desktop.services.demo.stamps import DemoClock, DemoIds, generated_at
from toimi_desktop.services.demo.steps import STEPS
from toimi_desktop.services.demo.world import DemoWorld
from toimi_desktop.services.demo.writer import BulkWriter
from toimi_desktop.services.errors import DomainError

MAX_TRAINEES = 200_000
# Page cache of the generating connection: the attendance keys' B-trees stay in memory.
CACHE_KIB = 256 * 1024
TRAINEE_RANGE_TEMPLATE = N_("errors", "The number of demo trainees must be 1–{high}.")
HAS_DATA_TEMPLATE = N_("errors", "The database already has {trainees} trainees and {users} "
                                 "users. Demo data replaces them only when asked to "
                                 "(--replace), so use it on a test database only.")
# Not synced, but demo users replace the old ones and the outbox must not point at wiped rows.
_ALSO_WIPED = ("app_user", "user_municipality", "sync_outbox", "local_credential")


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    seed: int
    today: date
    counts: dict[str, int] = field(default_factory=dict)  # rows written, by table
    seconds: float = 0.0

    @property
    def trainees(self) -> int:
        return self.counts.get("trainee", 0)


def _existing(conn: sqlite3.Connection) -> tuple[int, int]:
    trainees = conn.execute("SELECT count(*) FROM trainee").fetchone()[0]
    users = conn.execute("SELECT count(*) FROM app_user").fetchone()[0]
    return trainees, users


def _wipe(conn: sqlite3.Connection) -> None:
    """Empty the synced tables (and users and outbox), children before parents."""
    # The search index first, explicitly: with foreign keys on, the key row's ON DELETE
    # CASCADE runs before the trainee's AFTER DELETE trigger looks it up, so the trigger
    # alone would leave every old row in `trainee_search` (and clash with the new rowids).
    conn.execute("DELETE FROM trainee_search")
    conn.execute("DELETE FROM trainee_search_key")
    synced = set(synced_tables())
    with summary_totals.triggers_deferred(conn):  # emptied in one go, not row by row
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in synced:  # rows seeded by migrations stay (e.g. templates)
                conn.execute(f"DELETE FROM {table.name} WHERE updated_hlc != ?",
                             (SEED_STAMP,))
            elif table.name in _ALSO_WIPED:
                conn.execute(f"DELETE FROM {table.name}")


def _set(conn: sqlite3.Connection, key: str, value: object) -> None:
    conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)",
                 (key, json.dumps(value)))


def _journal(world: DemoWorld) -> None:
    """The one audit entry for the whole generation, and the device settings that let the
    services' clock continue after the demo stamps (a fresh device id: not from the seed)."""
    coordinator = world.coordinator
    counts = dict(sorted(world.writer.counts.items()))
    world.writer.insert_synced("audit_entry", [{
        "id": world.ids.new(), "municipality_code": LEAD_MUNICIPALITY,
        "created_by": coordinator.id, "at": world.clock.moment(), "user_id": coordinator.id,
        "role": Role.COORDINATOR, "action": "demo.generate", "entity": "database",
        "entity_id": None, "success": True,
        "details": {"seed": world.seed, "today": world.today.isoformat(), "counts": counts},
    }])
    conn = world.writer.conn
    _set(conn, "current_user", coordinator.username)
    # Every database is a device of its own, demo or not: a device id shared by two demo
    # laptops would make their edits look like one device's (no conflicts, one text lost).
    # The demo's stamps keep the seed's device part, so the same demo data merges as one.
    _set(conn, "device_id", new_id())
    _set(conn, "hlc_last", str(world.clock.last()))
    _set(conn, "demo", {"seed": world.seed, "today": world.today.isoformat(),
                        "trainees": world.trainee_count,
                        "steps": [step.name for step in STEPS]})


def generate_demo(path: Path | str, trainees: int = 600, seed: int = 1,
                  today: date | None = None, replace: bool = False) -> DemoSummary:
    """Fill the database at `path` (created and migrated if needed) with demo data.

    The same `seed` and `today` give identical table contents, ids included (not the device
    id: every database is a device of its own). Refuses a database that already has trainees
    or users unless `replace` is set; then the synced tables, users and the outbox are
    emptied first, in the same transaction.
    """
    started = time.perf_counter()
    if not 1 <= trainees <= MAX_TRAINEES:
        raise DomainError(TRAINEE_RANGE_TEMPLATE, high=MAX_TRAINEES)
    today = today or date.today()
    new_file = not Path(path).exists()
    db = Database(path)
    db.dispose()  # only the bulk connection below stays open (journal mode needs that)
    conn = db.raw_connection()
    conn.isolation_level = None  # explicit BEGIN/COMMIT: one transaction for everything
    fast = new_file and _fast_writes(conn)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            have_trainees, have_users = _existing(conn)
            if have_trainees or have_users:
                if not replace:
                    raise DomainError(HAS_DATA_TEMPLATE, trainees=have_trainees,
                                      users=have_users)
                _wipe(conn)
            world = _new_world(conn, trainees, seed, today)
            # Every demo row gets an outbox row keyed by a scattered id: index once at the end.
            with world.writer.indexes_deferred("sync_outbox"):
                for step in STEPS:
                    step.run(world)
                _journal(world)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        if fast:
            _safe_writes(conn)
        conn.close()
    return DemoSummary(Path(path), seed, today, dict(sorted(world.writer.counts.items())),
                       time.perf_counter() - started)


def _fast_writes(conn: sqlite3.Connection) -> bool:
    """For a file made just now (nothing in it to lose): no WAL and no fsync while the
    millions of demo rows go in; WAL comes back after (`_safe_writes`). A WAL file as large
    as the database would otherwise be written and then copied into it."""
    if conn.execute("PRAGMA journal_mode = MEMORY").fetchone()[0] != "memory":
        return False  # someone else has the file open: stay safe
    conn.execute("PRAGMA synchronous = OFF")
    return True


def _safe_writes(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def _new_world(conn: sqlite3.Connection, trainees: int, seed: int, today: date) -> DemoWorld:
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # this connection only
    rng = random.Random(f"toimi-demo:{seed}")
    start = generated_at(today)
    ids = DemoIds(start, random.Random(f"toimi-demo:{seed}:ids"))
    clock = DemoClock(start, device=ids.new())
    return DemoWorld(seed=seed, today=today, trainee_count=trainees,
                     writer=BulkWriter(conn, clock), ids=ids, clock=clock, rng=rng)
