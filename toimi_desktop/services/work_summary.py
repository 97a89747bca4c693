"""Work done for the municipal departments, as the steering summary reports it: attended
hours by field of work and by ordering department, for one municipality or all, in a date
range. Aggregates only (no names), with the number of distinct trainees behind each figure
so the report can suppress small cells.

An attended day counts for a department through the order that wins its task's day by the
rule of `order_coverage` (the earliest-starting order that covers it; cancelled orders take
none), the same that gives an order its hours done, so no hour counts twice and a
department's hours are its orders' hours done; without an order it counts for the task's
usual orderer; without either it is "not named" (an empty string).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import OrderStatus, WorkField
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.errors import DomainError, PermissionDenied
from toimi_desktop.services.order_coverage import CLAIMING, claimed_days, spans_of
from toimi_desktop.services.work_rules import SUMMARY_READERS

UNNAMED_DEPARTMENT = ""

# Which department each (task, day) counts for is worked out from the orders first and put in
# a temporary table keyed by (task, day) (`_coverage`): SQLite then reads the range's
# attendance once, with one key lookup a row, instead of searching the orders row by row.
_HOURS_SQL = """
    SELECT t.field, coalesce(c.department, t.orderer_department, '') AS department,
      a.trainee_id, sum(a.hours), count(*)
    FROM attendance a JOIN work_task t ON t.id = a.work_task_id
      LEFT JOIN temp.work_coverage c ON c.task_id = a.work_task_id AND c.day = a.day
    WHERE a.deleted = 0 AND a.status IN ('present', 'partly_present')
      AND a.day BETWEEN :start AND :end {scope}
    GROUP BY t.field, department, a.trainee_id"""

_COVERING_SQL = f"""
    SELECT id, task_id, starts_on, ends_on, orderer_department FROM work_order
    WHERE {CLAIMING} AND starts_on <= :end
      AND (ends_on IS NULL OR ends_on >= :start) {{scope}}"""

_ORDERS_SQL = """
    SELECT orderer_department, count(*), sum(feedback_score IS NOT NULL),
      avg(feedback_score)
    FROM work_order
    WHERE deleted = 0 AND status = :done AND ends_on BETWEEN :start AND :end {scope}
    GROUP BY orderer_department"""


@dataclass
class WorkFigure:
    """Hours done in one cell, the attendance days behind them and how many trainees."""

    hours: float = 0.0
    days: int = 0
    trainees: int = 0


@dataclass(frozen=True)
class DepartmentOrders:
    """Orders a department got done in the range (ended in it), with their feedback."""

    done: int
    with_feedback: int
    mean_score: float | None


@dataclass
class WorkDoneSummary:
    start: date
    end: date
    municipality_code: str | None
    by_field: dict[WorkField, WorkFigure] = field(default_factory=dict)
    by_department: dict[str, WorkFigure] = field(default_factory=dict)
    by_field_and_department: dict[tuple[WorkField, str], WorkFigure] = field(
        default_factory=dict)
    orders: dict[str, DepartmentOrders] = field(default_factory=dict)  # by department
    total: WorkFigure = field(default_factory=WorkFigure)


def work_done_summary(ctx: ReadContext, start: date, end: date,
                      municipality_code: str | None = None, *,
                      codes: Sequence[str] | None = None) -> WorkDoneSummary:
    """Attended hours with a task in [start, end], by field and by ordering department, in
    `municipality_code`, or in the municipalities `codes` (a service area, the steering
    summary's scope), or else in every municipality the actor may see."""
    if ctx.actor.role not in SUMMARY_READERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)
    if end < start:
        raise DomainError(N_("errors", "The last day cannot be before the first."))
    wanted = [municipality_code] if municipality_code else list(codes or ())
    if any(not ctx.actor.may_access(code) for code in wanted):
        raise PermissionDenied(N_("errors", "You have no rights to data of this "
                                            "municipality."))
    params: dict[str, object] = {"start": start.isoformat(), "end": end.isoformat(),
                                 "done": OrderStatus.DONE.value}
    scope, order_scope = "", ""
    if municipality_code:
        # By the task's municipality (a task is its environment's, as is its attendance):
        # SQLite then reads each task's days from the covering ix_attendance_task_day.
        scope, order_scope = ("AND t.municipality_code = :municipality",
                              "AND municipality_code = :municipality")
        params["municipality"] = municipality_code
    elif codes is not None or not ctx.actor.sees_all_municipalities:
        codes = sorted(ctx.actor.municipality_codes if codes is None else codes)
        names = [f":m{i}" for i in range(len(codes))] or ["NULL"]
        scope = f"AND t.municipality_code IN ({', '.join(names)})"
        order_scope = f"AND municipality_code IN ({', '.join(names)})"
        params.update({f"m{i}": code for i, code in enumerate(codes)})
    # A connection of its own: the temporary table stays private and goes with it.
    conn = ctx.db.raw_connection()
    try:
        return _summarise(conn, scope, order_scope, params, start, end, municipality_code)
    finally:
        conn.close()


def _summarise(conn: sqlite3.Connection, scope: str, order_scope: str,
               params: dict[str, object], start: date, end: date,
               municipality_code: str | None) -> WorkDoneSummary:
    _coverage(conn, order_scope, params, start, end)
    summary = WorkDoneSummary(start, end, municipality_code)
    people: dict[object, set[str]] = defaultdict(set)
    for field_value, department, trainee_id, hours, days in conn.execute(
            _HOURS_SQL.format(scope=scope), params):
        work_field = WorkField(field_value)
        keys = ((work_field, summary.by_field), (department, summary.by_department),
                ((work_field, department), summary.by_field_and_department),
                ("*", None))
        for key, target in keys:
            figure = summary.total if target is None else target.setdefault(key,
                                                                            WorkFigure())
            figure.hours += hours
            figure.days += days
            tag = (id(target), key)
            if trainee_id not in people[tag]:
                people[tag].add(trainee_id)
                figure.trainees += 1
    for figure in (*summary.by_field.values(), *summary.by_department.values(),
                   *summary.by_field_and_department.values(), summary.total):
        figure.hours = round(figure.hours, 2)
    for department, done, with_feedback, mean in conn.execute(
            _ORDERS_SQL.format(scope=order_scope), params):
        summary.orders[department] = DepartmentOrders(
            done, int(with_feedback or 0), round(mean, 2) if mean is not None else None)
    return summary


def _coverage(conn: sqlite3.Connection, scope: str, params: dict[str, object], start: date,
              end: date) -> None:
    """temp.work_coverage: (task id, ISO day) → department for every day in [start, end]
    that an order wins (`order_coverage.claimed_days`), so no hour counts twice. Orders that
    end before `start` are left out: they cannot change who wins a day in the range."""
    rows = conn.execute(_COVERING_SQL.format(scope=scope), params).fetchall()
    department = {r[0]: r[4] for r in rows}
    task = {r[0]: r[1] for r in rows}
    covered: list[tuple[str, str, str]] = []
    for order_id, claim in claimed_days(spans_of(r[:4] for r in rows)).items():
        if claim is None:
            continue
        day = max(claim[0], start)
        stop = min(claim[1], end) if claim[1] else end
        while day <= stop:
            covered.append((task[order_id], day.isoformat(), department[order_id]))
            day += timedelta(days=1)
    # `day DATE` as in attendance: the same affinity, so the join can use the whole key.
    conn.execute("CREATE TEMP TABLE work_coverage (task_id TEXT, day DATE, department TEXT,"
                 " PRIMARY KEY (task_id, day)) WITHOUT ROWID")
    conn.executemany("INSERT INTO temp.work_coverage VALUES (?, ?, ?)", covered)
