"""Attendance totals for the steering summary, kept by triggers (migration 0012) on every
write to `attendance`, whoever writes it: services, imports, sync apply, retention.

- `summary_attendance_month`: days per (environment, month "YYYY-MM", trainee, status,
  absence reason or ""), rows not deleted.
- `summary_attendance_week`: attended days (present or partly present) per (environment,
  Monday of the week, trainee, period).

Trainee ids stay in the keys, so counts of distinct people over several months or weeks
are exact. A bulk writer may drop the triggers for millions of rows (`triggers_deferred`)
and rebuild the totals after; a batch of known rows (a sync page) takes its rows' old
totals out and puts their new ones in, set-based (`batch`); `differences` compares the
tables with attendance itself.

Why not triggers for a sync page: a trigger makes every row's insert a statement with its
own statement journal, and inside the page's savepoint that journal grows with every row
(a page of 10,000 rows took 30 times as long).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

TABLES = ("summary_attendance_month", "summary_attendance_week")

_MONDAY = "date(day, '-' || ((strftime('%w', day) + 6) % 7) || ' days')"

# Each table's key as computed from an attendance row, and the rows it counts.
_KEYS = {
    "summary_attendance_month": ("environment_id", "substr(day, 1, 7)", "trainee_id", "status",
                                 "coalesce(absence_reason, '')"),
    "summary_attendance_week": ("environment_id", _MONDAY, "trainee_id", "period_id"),
}
_COUNTED = {
    "summary_attendance_month": "deleted = 0",
    "summary_attendance_week": "deleted = 0 AND status IN ('present', 'partly_present')",
}
_COLUMNS = {
    "summary_attendance_month": "environment_id, month, trainee_id, status, absence_reason,"
                                " days",
    "summary_attendance_week": "environment_id, week, trainee_id, period_id, days",
}


def _totals_sql(table: str, condition: str = "", count: str = "count(*)") -> str:
    keys = _KEYS[table]
    return (f"SELECT {', '.join(keys)}, {count} FROM attendance"
            f" WHERE {_COUNTED[table]}{condition}"
            f" GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))}")


# What the tables must hold, computed from attendance; the same columns in the same order.
EXPECTED = {table: _totals_sql(table) for table in TABLES}

REBUILD = tuple(statement for table in TABLES for statement in (
    f"DELETE FROM {table}", f"INSERT INTO {table} ({_COLUMNS[table]}) {EXPECTED[table]}"))


def rebuild(conn: sqlite3.Connection) -> None:
    """Compute both tables again from attendance (inside the caller's transaction)."""
    for statement in REBUILD:
        conn.execute(statement)


def differences(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows that differ between each table and attendance (0 and 0 when they agree)."""
    found = {}
    for table in TABLES:
        stored = f"SELECT {_COLUMNS[table]} FROM {table}"
        found[table] = conn.execute(
            f"SELECT count(*) FROM ({stored} EXCEPT {EXPECTED[table]})").fetchone()[0] + \
            conn.execute(
                f"SELECT count(*) FROM ({EXPECTED[table]} EXCEPT {stored})").fetchone()[0]
    return found


def _drop_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'attendance'"
        " AND name LIKE 'summary_attendance_%' ORDER BY name").fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    return triggers


@contextmanager
def triggers_deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """Drop the totals' triggers for a bulk write to attendance, then put them back and
    rebuild the totals in one pass. Inside the caller's transaction: if the body fails, the
    rollback brings the triggers back."""
    triggers = _drop_triggers(conn)
    yield
    for _, sql in triggers:
        conn.execute(sql)
    if triggers:
        rebuild(conn)


def _count_rows(conn: sqlite3.Connection, ids: str, sign: str) -> None:
    """Add (sign "") or take out (sign "-") the attendance rows `ids` (a JSON list)."""
    for table in TABLES:
        rows = _totals_sql(table, " AND id IN (SELECT value FROM json_each(?))",
                           f"{sign}count(*)")
        conn.execute(f"INSERT INTO {table} ({_COLUMNS[table]}) {rows}"
                     " ON CONFLICT DO UPDATE SET days = days + excluded.days", (ids,))


@contextmanager
def batch(conn: sqlite3.Connection, ids: Sequence[str]) -> Iterator[None]:
    """For writing the attendance rows `ids` (new, changed or deleted) in one go, inside the
    caller's transaction: their current rows are taken out of the totals, the triggers are
    off during the body, and the rows as they are then are counted in."""
    wanted = json.dumps(list(ids))
    triggers = _drop_triggers(conn)
    if not triggers:  # a database without the totals (or already in a batch)
        yield
        return
    _count_rows(conn, wanted, "-")
    yield
    _count_rows(conn, wanted, "")
    for table in TABLES:
        conn.execute(f"DELETE FROM {table} WHERE days <= 0")
    for _, sql in triggers:
        conn.execute(sql)
