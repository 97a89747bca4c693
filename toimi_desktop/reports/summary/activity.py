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
from dataclasses import dataclass, field
from datetime import date, timedelta

from toimi_desktop.models.enums import AbsenceReason
from toimi_desktop.reports.summary.people import placeholders

REASONS = tuple(AbsenceReason)  # and "not recorded" last
_ENVIRONMENTS = "SELECT id FROM environment WHERE municipality_code IN ({codes})"

_ATTENDANCE_SQL = """
    SELECT strftime('%Y-%m', day), sum(status IN ('present', 'partly_present')),
           sum(status = 'absent'), count(DISTINCT CASE WHEN status != 'not_held'
                                                  THEN trainee_id END)
    FROM attendance WHERE deleted = 0 AND environment_id IN ({envs})
      AND day BETWEEN :start AND :end GROUP BY 1"""

_PEOPLE_SQL = """
    SELECT count(DISTINCT CASE WHEN status != 'not_held' THEN trainee_id END),
           count(DISTINCT CASE WHEN status = 'absent' THEN trainee_id END)
    FROM attendance WHERE deleted = 0 AND environment_id IN ({envs})
      AND day BETWEEN :start AND :end"""

_ABSENCE_SQL = """
    SELECT absence_reason, count(*), count(DISTINCT trainee_id)
    FROM attendance WHERE deleted = 0 AND status = 'absent' AND environment_id IN ({envs})
      AND day BETWEEN :start AND :end GROUP BY 1"""

_ALLOWANCE_SQL = """
    SELECT count(*), count(DISTINCT trainee_id) FROM (
      SELECT a.trainee_id, a.day, row_number() OVER (
               PARTITION BY a.trainee_id,
                 date(a.day, '-' || ((strftime('%w', a.day) + 6) % 7) || ' days')
               ORDER BY a.day) AS n
      FROM attendance a JOIN period p ON p.id = a.period_id
      WHERE a.deleted = 0 AND p.kind = 'rehabilitative_work'
        AND a.status IN ('present', 'partly_present') AND a.environment_id IN ({envs})
        AND a.day BETWEEN :monday AND :end)
    WHERE n <= :cap AND day >= :start"""

_SCORES_SQL = """
    WITH criteria AS (
      SELECT t.id AS template_id, t.family, t.name,
             json_extract(j.value, '$.key') AS key, json_extract(j.value, '$.group') AS grp,
             json_extract(j.value, '$.min') AS low, json_extract(j.value, '$.max') AS high
      FROM assessment_template t, json_each(t.criteria) j)
    SELECT a.trainee_id, c.family, a.assessed_on, a.id, c.grp, sum(s.coach_score), count(*),
           min(c.low), max(c.high)
    FROM assessment a
    JOIN assessment_score s ON s.assessment_id = a.id AND s.deleted = 0
         AND s.coach_score IS NOT NULL
    JOIN criteria c ON c.template_id = a.template_id AND c.key = s.criterion_key
    WHERE a.deleted = 0 AND a.assessed_on <= :end AND a.trainee_id IN (
      SELECT trainee_id FROM assessment WHERE deleted = 0 AND assessed_on BETWEEN :start AND :end
        AND municipality_code IN ({codes}))
    GROUP BY a.id, c.grp"""

_FAMILY_NAMES_SQL = """
    SELECT family, name FROM assessment_template t
    WHERE version = (SELECT max(version) FROM assessment_template u WHERE u.family = t.family)"""

_PLANS_SQL = """
    WITH open_period AS (
      SELECT trainee_id, max(id) AS period_id FROM period
      WHERE deleted = 0 AND municipality_code IN ({codes}) AND start_date <= :day
        AND (end_date IS NULL OR end_date > :day) GROUP BY trainee_id)
    SELECT o.trainee_id, o.period_id, (
      SELECT v.snapshot FROM plan_version v JOIN continuation_plan c ON c.id = v.plan_id
      WHERE c.trainee_id = o.trainee_id AND c.deleted = 0 AND v.deleted = 0
        AND date(v.saved_at) <= :day ORDER BY v.saved_at DESC, v.version DESC LIMIT 1)
    FROM open_period o JOIN trainee t ON t.id = o.trainee_id AND t.deleted = 0"""


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


def attendance(conn: sqlite3.Connection, codes: tuple[str, ...], start: date, end: date,
               weekly_cap: int) -> Attendance:
    params: dict[str, object] = {"start": start.isoformat(), "end": end.isoformat()}
    envs = _ENVIRONMENTS.format(codes=placeholders(codes, params))
    result = Attendance()
    for month, attended, absent, people in conn.execute(
            _ATTENDANCE_SQL.format(envs=envs), params):
        year, number = map(int, month.split("-"))
        result.by_month[date(year, number, 1)] = (attended, attended + absent, people)
        result.attended += attended
        result.absent += absent
    result.people, result.absent_people = conn.execute(_PEOPLE_SQL.format(envs=envs),
                                                       params).fetchone()
    index = {r.value: i for i, r in enumerate(REASONS)}
    absences = list(result.absences)
    for reason, days, people in conn.execute(_ABSENCE_SQL.format(envs=envs), params):
        absences[index.get(reason, len(REASONS))] = (days, people)
    result.absences = absences
    monday = start - timedelta(days=start.weekday())
    result.allowance_days, result.allowance_people = conn.execute(
        _ALLOWANCE_SQL.format(envs=envs),
        {**params, "monday": monday.isoformat(), "cap": weekly_cap}).fetchone()
    return result


def progress(conn: sqlite3.Connection, codes: tuple[str, ...], start: date, end: date
             ) -> Progress:
    params: dict[str, object] = {"start": start.isoformat(), "end": end.isoformat()}
    rows = conn.execute(_SCORES_SQL.format(codes=placeholders(codes, params)), params)
    # (trainee, family) → {(day, assessment id): {group: (sum, count)}}, and the scales
    series: dict[tuple[str, str], dict[tuple[str, str], dict[str, tuple[int, int]]]] = \
        defaultdict(lambda: defaultdict(dict))
    scales: dict[tuple[str, str], tuple[float, float]] = {}
    for trainee, family, day, assessment, group, total, count, low, high in rows:
        series[(trainee, family)][(day, assessment)][group] = (total, count)
        scales[(family, group)] = (float(low), float(high))
    names = dict(conn.execute(_FAMILY_NAMES_SQL).fetchall())
    result = Progress()
    changes: dict[str, list[float]] = defaultdict(list)
    for (trainee, family), assessments in series.items():
        ordered = sorted(assessments)
        latest = next((a for a in reversed(ordered) if a[0] >= start.isoformat()), None)
        if latest is None or latest == ordered[0]:
            continue
        first, last = assessments[ordered[0]], assessments[latest]
        relative = []
        for group in sorted(set(first) & set(last)):
            low, high = scales[(family, group)]
            change = last[group][0] / last[group][1] - first[group][0] / first[group][1]
            figure = result.groups.setdefault(
                (family, group), GroupChange(names.get(family, family), group, low, high))
            figure.total_change += change
            figure.people += 1
            relative.append(change / ((high - low) or 1.0))
        if relative:
            changes[trainee].append(sum(relative) / len(relative))
    for values in changes.values():
        mean = sum(values) / len(values)
        if mean > 1e-9:
            result.improved += 1
        elif mean < -1e-9:
            result.declined += 1
        else:
            result.unchanged += 1
    return result


def plans(conn: sqlite3.Connection, codes: tuple[str, ...], day: date) -> Plans:
    params: dict[str, object] = {"day": day.isoformat()}
    result = Plans(day=day)
    for _trainee, period_id, snapshot in conn.execute(
            _PLANS_SQL.format(codes=placeholders(codes, params)), params):
        plan = json.loads(snapshot) if snapshot else None
        if plan is None or plan.get("period_id") not in (None, period_id):
            result.without += 1
        elif plan.get("next_review_on") and plan["next_review_on"] < day.isoformat():
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
