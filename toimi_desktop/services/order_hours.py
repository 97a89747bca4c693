"""Hours done for many orders in one pass over the attendance.

An order's hours done are the attended hours (present or partly present) of the attendance
that names its task, from its start to its end (or today while it has none). Asking that per
order makes SQLite read each order's whole environment and date range again; here the
attended hours are summed once per task and day over the span all the orders cover (on the
attendance's environment-and-day index), and each order adds up its own days.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Sequence
from datetime import date
from itertools import accumulate

# (key, environment id, task id, first day, last day or None for "until today")
Span = tuple[Hashable, str, str, date, date | None]


def done_hours(conn: sqlite3.Connection, spans: Sequence[Span], today: date
               ) -> dict[Hashable, float]:
    """{key: hours done} for each span."""
    if not spans:
        return {}
    first = min(s[3] for s in spans)
    last = max(s[4] or today for s in spans)
    tasks = sorted({s[2] for s in spans})
    # A task belongs to one environment, so the task alone selects the rows; the condition
    # shape matches the partial index ix_attendance_task_day (migration 0006).
    sql = (
        "SELECT work_task_id, day, sum(hours) FROM attendance"
        f" WHERE work_task_id IN ({','.join('?' * len(tasks))})"
        " AND work_task_id IS NOT NULL AND deleted = 0"
        " AND day BETWEEN ? AND ?"
        " AND status IN ('present', 'partly_present')"
        " GROUP BY work_task_id, day ORDER BY work_task_id, day")
    days: dict[str, list[str]] = {}
    hours: dict[str, list[float]] = {}
    for task_id, day, total in conn.execute(
            sql, [*tasks, first.isoformat(), last.isoformat()]):
        days.setdefault(task_id, []).append(day)
        hours.setdefault(task_id, []).append(total)
    sums = {task_id: [0.0, *accumulate(values)] for task_id, values in hours.items()}
    result: dict[Hashable, float] = {}
    for key, _environment, task_id, start, end in spans:
        task_days = days.get(task_id)
        if not task_days:
            result[key] = 0.0
            continue
        low = bisect_left(task_days, start.isoformat())
        high = bisect_right(task_days, (end or today).isoformat())
        result[key] = round(sums[task_id][high] - sums[task_id][low], 2) if high > low else 0.0
    return result
