"""Hours done for many orders in one pass over the attendance.

An order's hours done are the attended hours (present or partly present) of the attendance
that names its task on the days it wins by the one rule of `order_coverage` (the
earliest-starting order that takes days and covers the day; cancelled orders take none),
up to today while it has no end. Asking that per order makes SQLite read each order's whole
environment and date range again; here the attended hours are summed once per task and day
over the span all the orders cover (on the attendance's environment-and-day index), and each
order adds up its own days.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Sequence
from datetime import date
from itertools import accumulate

from toimi_desktop.services.order_coverage import claimed_days, claiming_orders_sql, spans_of

# (key, task id, first day, last day or None for "until today")
Span = tuple[Hashable, str, date, date | None]


def order_done_hours(conn: sqlite3.Connection, orders: Sequence[tuple[str, str]], today: date
                     ) -> dict[str, float]:
    """{order id: hours done} for (order id, task id) pairs. The other orders of the same
    tasks are read too: whether an order wins a day depends on them. An order that takes
    no days (cancelled, deleted, or wholly within an earlier one) has done 0 hours."""
    if not orders:
        return {}
    tasks = sorted({task_id for _order, task_id in orders})
    claims = claimed_days(spans_of(conn.execute(claiming_orders_sql(len(tasks)), tasks)))
    spans: list[Span] = []
    for order_id, task_id in orders:
        claim = claims.get(order_id)
        if claim is not None:
            spans.append((order_id, task_id, claim[0], claim[1]))
    done = done_hours(conn, spans, today)
    return {order_id: done.get(order_id, 0.0) for order_id, _task in orders}


def done_hours(conn: sqlite3.Connection, spans: Sequence[Span], today: date
               ) -> dict[Hashable, float]:
    """{key: attended hours of the task from the first to the last day} for each span (the
    days as given: `order_done_hours` gives each order the days it wins)."""
    if not spans:
        return {}
    first = min(s[2] for s in spans)
    last = max(s[3] or today for s in spans)
    tasks = sorted({s[1] for s in spans})
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
    for key, task_id, start, end in spans:
        task_days = days.get(task_id)
        if not task_days:
            result[key] = 0.0
            continue
        low = bisect_left(task_days, start.isoformat())
        high = bisect_right(task_days, (end or today).isoformat())
        result[key] = round(sums[task_id][high] - sums[task_id][low], 2) if high > low else 0.0
    return result
