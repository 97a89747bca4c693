"""Sync state kept in the local database (`local_setting` keys and the sync_* tables), read
and written with plain sqlite3 so the status bar can show it without the ORM."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from toimi_desktop.models.ids import new_id

SERVER = "sync_server"
USERNAME = "sync_username"
SCOPE = "sync_scope"  # {"user_id", "role", "municipalities"} as the server last said
CURSOR = "sync_cursor"
CURSOR_SCOPE = "sync_cursor_scope"  # the scope the cursor was reached in
USERS_VERSION = "sync_users_version"
LAST_SUCCESS = "sync_last_success"
LAST_ERROR = "sync_last_error"


def get(conn: sqlite3.Connection, key: str, default: object = None) -> object:
    row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    if row is None or row[0] is None:
        return default
    # The column's JSON type has numeric affinity in SQLite: numbers come back as numbers.
    value = row[0] if isinstance(row[0], int | float) else json.loads(row[0])
    return default if value is None else value


def put(conn: sqlite3.Connection, key: str, value: object) -> None:
    conn.execute("INSERT INTO local_setting(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, json.dumps(value)))


def device_id(conn: sqlite3.Connection) -> str:
    """This database's device id (the last part of its clock stamps), made if missing."""
    value = get(conn, "device_id")
    if value is None:
        value = new_id()
        put(conn, "device_id", value)
        conn.commit()
    return str(value)


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class SyncStatus:
    server: str | None
    username: str | None
    # The counts are None when not read yet (`status(counts=False)`): counting the outbox
    # of a device that has not synced for long reads a large index.
    pending: int | None  # local changes not yet accepted by the server
    rejected: int | None  # changes the server (or the scope) refused, with reasons to show
    conflicts: int | None  # free-text conflicts waiting for a user
    failures: int | None  # pulled rows that could not be stored here
    last_success: str | None
    last_error: str | None
    cursor: int

    @property
    def configured(self) -> bool:
        return self.server is not None


def status(conn: sqlite3.Connection, counts: bool = True) -> SyncStatus:
    """The sync settings, and with `counts` the changes waiting, refused and in conflict."""
    def count(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    pending = rejected = conflicts = failures = None
    if counts:
        rejected = count("SELECT count(*) FROM sync_rejection")
        pending = max(count("SELECT count(*) FROM sync_outbox WHERE pushed_at IS NULL")
                      - rejected, 0)
        conflicts = count("SELECT count(*) FROM sync_conflict"
                          " WHERE NOT resolved AND NOT deleted")
        failures = count("SELECT count(*) FROM sync_apply_failure")
    return SyncStatus(
        server=get(conn, SERVER), username=get(conn, USERNAME), pending=pending,
        rejected=rejected, conflicts=conflicts, failures=failures,
        last_success=get(conn, LAST_SUCCESS), last_error=get(conn, LAST_ERROR),
        cursor=int(get(conn, CURSOR, 0)))


@dataclass(frozen=True)
class Rejection:
    table_name: str
    row_id: str
    code: str
    reason: str
    changes: int


def rejections(conn: sqlite3.Connection, limit: int = 200) -> list[Rejection]:
    return [Rejection(*row) for row in conn.execute(
        "SELECT table_name, row_id, code, max(reason), count(*) FROM sync_rejection"
        " GROUP BY table_name, row_id, code ORDER BY min(outbox_seq) LIMIT ?", (limit,))]


def retry_rejected(conn: sqlite3.Connection) -> int:
    """Put refused changes back in the queue (e.g. after the user's rights were fixed)."""
    with conn:
        seqs = [s for (s,) in conn.execute("SELECT outbox_seq FROM sync_rejection")]
        conn.executemany("UPDATE sync_outbox SET batch_id = NULL WHERE seq = ?",
                         [(s,) for s in seqs])
        conn.execute("DELETE FROM sync_rejection")
    return len(seqs)
