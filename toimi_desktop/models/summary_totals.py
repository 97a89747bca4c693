"""Attendance totals for the steering summary, kept by triggers (migration 0012) on every
write to `attendance`, whoever writes it: services, imports, sync apply, retention.

- `summary_attendance_month`: days per (environment, month "YYYY-MM", trainee, status,
  absence reason or ""), rows not deleted.
- `summary_attendance_week`: attended days (present or partly present) per (environment,
  Monday of the week, trainee, period).

Trainee ids stay in the keys, so counts of distinct people over several months or weeks
are exact. A bulk writer may drop the triggers for millions of rows (`triggers_deferred`)
and rebuild the totals after; `differences` compares the tables with attendance itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

TABLES = ("summary_attendance_month", "summary_attendance_week")

_MONDAY = "date(day, '-' || ((strftime('%w', day) + 6) % 7) || ' days')"
_ATTENDED = "status IN ('present', 'partly_present')"

# What the tables must hold, computed from attendance; the same columns in the same order.
EXPECTED = {
    "summary_attendance_month":
        "SELECT environment_id, substr(day, 1, 7), trainee_id, status,"
        " coalesce(absence_reason, ''), count(*) FROM attendance WHERE deleted = 0"
        " GROUP BY 1, 2, 3, 4, 5",
    "summary_attendance_week":
        f"SELECT environment_id, {_MONDAY}, trainee_id, period_id, count(*)"
        f" FROM attendance WHERE deleted = 0 AND {_ATTENDED} GROUP BY 1, 2, 3, 4",
}

_COLUMNS = {
    "summary_attendance_month": "environment_id, month, trainee_id, status, absence_reason,"
                                " days",
    "summary_attendance_week": "environment_id, week, trainee_id, period_id, days",
}


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


@contextmanager
def triggers_deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """Drop the totals' triggers for a bulk write to attendance, then put them back and
    rebuild the totals in one pass. Inside the caller's transaction: if the body fails, the
    rollback brings the triggers back."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'attendance'"
        " AND name LIKE 'summary_attendance_%' ORDER BY name").fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in triggers:
        conn.execute(sql)
    if triggers:
        rebuild(conn)
