"""What happened in coaching in a date range: attendance, allowance days and absences;
progress in assessments; continuation plans at the range's end. Aggregates with the number
of distinct trainees behind each, read with plain SQL.

- Attendance rate: days attended (fully or partly) of the days a trainee was expected
  (attended or absent; a day the service was not held is neither).
- Allowance days: in rehabilitative work activity, the first `cap` attended days of each
  calendar week (the allowance report's rule).
- Progress: per trainee and assessment template family, their latest assessment in the
  range against their first one in that family (coach scores). A trainee improved when the
  mean of their families' changes, each relative to its scale, is above zero. The change per
  criterion group is in the scale's own points.
- Plans: trainees in an open period on the range's last day (or today, if earlier), with the
  plan as it was last saved by then; it is current when it belongs to that period (or to
  none), and its review is overdue when its review date had passed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from toimi_desktop.models.enums import AbsenceReason
from toimi_desktop.reports.summary.people import placeholders
from toimi_desktop.services.followup import add_months

REASONS = tuple(AbsenceReason)  # and "not recorded" last
_ENVIRONMENTS = "SELECT id FROM environment WHERE municipality_code IN ({codes})"

# Whole months and whole weeks of a range are read from the totals that triggers keep as
# attendance is written (models.summary_totals); only the days of a month or week cut by the
# range's ends are read from attendance itself (its covering index ix_attendance_summary).
# Both give Python one row per trainee, month, status and reason.
_MONTH_TOTALS_SQL = """
    SELECT trainee_id, month, status, absence_reason, days FROM summary_attendance_month
    WHERE environment_id IN ({envs}) AND month BETWEEN :first_month AND :last_month"""

_ATTENDANCE_SQL = """
    SELECT trainee_id, substr(day, 1, 7), status, absence_reason, count(*)
    FROM attendance INDEXED BY ix_attendance_summary
    WHERE deleted = 0 AND environment_id IN ({envs}) AND day BETWEEN :start AND :end
    GROUP BY 1, 2, 3, 4"""

_REHABILITATIVE = """period_id IN (SELECT id FROM period WHERE kind = 'rehabilitative_work'
                                  AND municipality_code IN ({codes}))"""

# Allowance days of whole weeks per trainee: each week's attended days in rehabilitative work
# activity, at most `cap` of them.
_WEEK_TOTALS_SQL = """
    SELECT trainee_id, sum(max(0, min(days, :cap))) FROM (
      SELECT trainee_id, week, sum(days) AS days FROM summary_attendance_week
      WHERE environment_id IN ({envs}) AND week BETWEEN :first_week AND :last_week
        AND """ + _REHABILITATIVE + """
      GROUP BY week, trainee_id)
    GROUP BY trainee_id"""

# Attended days in rehabilitative work activity per trainee and week (from the Monday of
# the range's first week): the first `cap` days of a week count, so days before the range
# in its first week use up the cap first. For the weeks cut by the range's ends.
_ALLOWANCE_SQL = """
    SELECT trainee_id, sum(day < :start), sum(day >= :start)
    FROM attendance INDEXED BY ix_attendance_summary
    WHERE deleted = 0 AND environment_id IN ({envs}) AND day BETWEEN :monday AND :end
      AND status IN ('present', 'partly_present') AND """ + _REHABILITATIVE + """
    GROUP BY trainee_id, date(day, '-' || ((strftime('%w', day) + 6) % 7) || ' days')"""

# Each trainee's latest plan version saved by the day is found from the index
# ix_plan_version_summary alone; only that version's snapshot is read (two of its fields).
_PLANS_SQL = """
    WITH open_period AS (
      SELECT trainee_id, max(id) AS period_id FROM period
      WHERE deleted = 0 AND municipality_code IN ({codes}) AND start_date <= :day
        AND (end_date IS NULL OR end_date > :day) GROUP BY trainee_id),
    latest AS (
      SELECT o.trainee_id, o.period_id, (
        SELECT v.id FROM continuation_plan c
          JOIN plan_version v INDEXED BY ix_plan_version_summary ON v.plan_id = c.id
        WHERE c.trainee_id = o.trainee_id AND c.deleted = 0 AND v.deleted = 0
          AND date(v.saved_at) <= :day ORDER BY v.saved_at DESC, v.version DESC LIMIT 1
      ) AS version_id
      FROM open_period o JOIN trainee t ON t.id = o.trainee_id AND t.deleted = 0)
    SELECT l.period_id, json_type(v.snapshot) = 'object',
      json_extract(v.snapshot, '$.period_id'), json_extract(v.snapshot, '$.next_review_on')
    FROM latest l LEFT JOIN plan_version v ON v.id = l.version_id"""


@dataclass
class Attendance:
    attended: int = 0
    absent: int = 0
    people: int = 0  # expected on at least one day
    by_month: dict[date, tuple[int, int, int]] = field(default_factory=dict)
    absences: list[tuple[int, int]] = field(  # (days, people) per reason, not recorded last
        default_factory=lambda: [(0, 0)] * (len(REASONS) + 1))
    absent_people: int = 0
    allowance_days: int = 0
    allowance_people: int = 0


@dataclass
class GroupChange:
    family: str
    group: str
    low: float
    high: float
    total_change: float = 0.0
    people: int = 0


@dataclass
class Progress:
    improved: int = 0
    unchanged: int = 0
    declined: int = 0
    groups: dict[tuple[str, str], GroupChange] = field(default_factory=dict)


@dataclass
class Plans:
    on_time: int = 0  # a current plan whose review is not overdue (or has no date)
    overdue: int = 0
    without: int = 0
    day: date | None = None


def _whole_months(start: date, end: date) -> tuple[date, date] | None:
    """The first day of the first whole month in [start, end] and the last day of the last
    one, or None if there is no whole month in it. The same for weeks (Monday to Sunday)."""
    first = start if start.day == 1 else add_months(date(start.year, start.month, 1), 1)
    last = end if (end + timedelta(days=1)).day == 1 \
        else date(end.year, end.month, 1) - timedelta(days=1)
    return (first, last) if first <= last else None


def _whole_weeks(start: date, end: date) -> tuple[date, date] | None:
    first = start + timedelta(days=-start.weekday() % 7)
    last = end - timedelta(days=(end.weekday() + 1) % 7)
    return (first, last) if first <= last else None


def _cut_ends(start: date, end: date, whole: tuple[date, date] | None
              ) -> list[tuple[date, date]]:
    """The parts of [start, end] outside its whole units."""
    if whole is None:
        return [(start, end)]
    first, last = whole
    return [(a, b) for a, b in ((start, first - timedelta(days=1)),
                                (last + timedelta(days=1), end)) if a <= b]


def _attendance_rows(conn: sqlite3.Connection, envs: str, params: dict[str, object],
                     start: date, end: date) -> Iterator[tuple]:
    """(trainee, month, status, reason, days) for [start, end]; a trainee may have several
    rows for one month, status and reason (several environments, or a cut month)."""
    months = _whole_months(start, end)
    if months is not None:
        yield from conn.execute(_MONTH_TOTALS_SQL.format(envs=envs), {
            **params, "first_month": months[0].isoformat()[:7],
            "last_month": months[1].isoformat()[:7]})
    for first, last in _cut_ends(start, end, months):
        yield from conn.execute(_ATTENDANCE_SQL.format(envs=envs), {
            **params, "start": first.isoformat(), "end": last.isoformat()})


def _allowance(conn: sqlite3.Connection, envs: str, codes: str, params: dict[str, object],
               start: date, end: date, weekly_cap: int) -> dict[str, int]:
    """Allowance days per trainee in [start, end] (only trainees with some)."""
    paid: dict[str, int] = defaultdict(int)
    weeks = _whole_weeks(start, end)
    if weeks is not None:
        for trainee, days in conn.execute(_WEEK_TOTALS_SQL.format(envs=envs, codes=codes), {
                **params, "cap": weekly_cap, "first_week": weeks[0].isoformat(),
                "last_week": (weeks[1] - timedelta(days=6)).isoformat()}):
            if days:
                paid[trainee] += days
    sql = _ALLOWANCE_SQL.format(envs=envs, codes=codes)
    for first, last in _cut_ends(start, end, weeks):
        monday = first - timedelta(days=first.weekday())
        for trainee, before, within in conn.execute(sql, {
                **params, "monday": monday.isoformat(), "start": first.isoformat(),
                "end": last.isoformat()}):
            counted = max(0, min(within, weekly_cap - before))
            if counted:
                paid[trainee] += counted
    return paid


def attendance(conn: sqlite3.Connection, codes: tuple[str, ...], start: date, end: date,
               weekly_cap: int) -> Attendance:
    params: dict[str, object] = {}
    codes_sql = placeholders(codes, params)
    envs = _ENVIRONMENTS.format(codes=codes_sql)
    result = Attendance()
    index = {r.value: i for i, r in enumerate(REASONS)}
    expected: set[str] = set()
    absent_people: set[str] = set()
    by_month: dict[str, list] = {}
    reasons: list[list] = [[0, set()] for _ in range(len(REASONS) + 1)]
    for trainee, month, status, reason, days in _attendance_rows(conn, envs, params, start,
                                                                 end):
        if status == "not_held":
            continue
        figures = by_month.get(month)
        if figures is None:
            figures = by_month[month] = [0, 0, set()]
        figures[2].add(trainee)
        if status == "absent":
            figures[1] += days
            absent_people.add(trainee)
            slot = reasons[index.get(reason, len(REASONS))]
            slot[0] += days
            slot[1].add(trainee)
        else:
            figures[0] += days
    for month, (attended, absent, people) in sorted(by_month.items()):
        year, number = map(int, month.split("-"))
        result.by_month[date(year, number, 1)] = (attended, attended + absent, len(people))
        result.attended += attended
        result.absent += absent
        expected |= people
    result.people, result.absent_people = len(expected), len(absent_people)
    result.absences = [(days, len(people)) for days, people in reasons]
    paid = _allowance(conn, envs, codes_sql, params, start, end, weekly_cap)
    result.allowance_days = sum(paid.values())
    result.allowance_people = len(paid)
    return result


def plans(conn: sqlite3.Connection, codes: tuple[str, ...], day: date) -> Plans:
    params: dict[str, object] = {"day": day.isoformat()}
    result = Plans(day=day)
    for period_id, has_plan, plan_period, review in conn.execute(
            _PLANS_SQL.format(codes=placeholders(codes, params)), params):
        if not has_plan or plan_period not in (None, period_id):
            result.without += 1
        elif review and review < day.isoformat():
            result.overdue += 1
        else:
            result.on_time += 1
    return result


def weekly_cap(conn: sqlite3.Connection) -> int:
    from toimi_desktop.services.settings import ALLOWANCE_WEEKLY_CAP

    return int(_setting(conn, ALLOWANCE_WEEKLY_CAP.key, ALLOWANCE_WEEKLY_CAP.default))


def threshold(conn: sqlite3.Connection) -> int:
    from toimi_desktop.services.settings import SUPPRESSION_THRESHOLD

    return int(_setting(conn, SUPPRESSION_THRESHOLD.key, SUPPRESSION_THRESHOLD.default))


def _setting(conn: sqlite3.Connection, key: str, default: object) -> object:
    row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default
