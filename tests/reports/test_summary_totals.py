"""The steering summary reads attendance from totals kept by triggers (migration 0012). On a
generated demo database, its figures must equal the straightforward computation from the
attendance rows, for ranges cut anywhere in a month or week, for every scope, and still after
attendance is changed, deleted, restored and pulled from the server."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta

import pytest

from toimi_desktop.models import summary_totals
from toimi_desktop.models.database import Database
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
from toimi_desktop.reports.summary import activity
from toimi_desktop.reports.summary.activity import GroupChange, Progress
from toimi_desktop.reports.summary.assessment_change import progress_pair
from toimi_desktop.reports.summary.people import people_figures, period_rows, placeholders
from toimi_desktop.reports.summary.scope import previous_range
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.context import ServiceContext, actor_for
from toimi_desktop.services.demo import generate_demo
from toimi_desktop.sync.apply import apply_page
from toimi_desktop.sync.wire import PulledRecord, PullResponse

TODAY = date(2026, 11, 22)
RANGES = [
    (date(2026, 7, 1), date(2026, 9, 30)),  # a quarter: whole months, weeks cut at both ends
    (date(2026, 4, 1), date(2026, 6, 30)),
    (date(2026, 7, 15), date(2026, 10, 7)),  # months and weeks cut
    (date(2026, 8, 3), date(2026, 8, 30)),  # Monday to Sunday: whole weeks only
    (date(2026, 8, 5), date(2026, 8, 7)),  # inside one week
    (date(2026, 8, 1), date(2026, 8, 31)),  # one month, from a Saturday
    (date(2026, 5, 1), date(2026, 11, 30)),  # the whole attendance window
]

# The straightforward computation, as the summary did it before the totals: every row of the
# range from attendance, the allowance per trainee and week.
_ROWS_SQL = """
    SELECT trainee_id, substr(day, 1, 7), status, absence_reason, count(*) FROM attendance
    WHERE deleted = 0 AND environment_id IN ({envs}) AND day BETWEEN :start AND :end
    GROUP BY 1, 2, 3, 4"""
_WEEKS_SQL = """
    SELECT trainee_id, sum(day < :start), sum(day >= :start) FROM attendance
    WHERE deleted = 0 AND environment_id IN ({envs}) AND day BETWEEN :monday AND :end
      AND status IN ('present', 'partly_present')
      AND period_id IN (SELECT id FROM period WHERE kind = 'rehabilitative_work'
                        AND municipality_code IN ({codes}))
    GROUP BY trainee_id, date(day, '-' || ((strftime('%w', day) + 6) % 7) || ' days')"""


def straight_attendance(conn, codes, start: date, end: date, cap: int) -> activity.Attendance:
    params = {"start": start.isoformat(), "end": end.isoformat(),
              "monday": (start - timedelta(days=start.weekday())).isoformat()}
    marks = placeholders(codes, params)
    envs = f"SELECT id FROM environment WHERE municipality_code IN ({marks})"
    reasons = [r.value for r in activity.REASONS]
    result = activity.Attendance()
    months: dict[str, list] = {}
    absences = [[0, set()] for _ in range(len(reasons) + 1)]
    expected, absent = set(), set()
    for trainee, month, status, reason, days in conn.execute(_ROWS_SQL.format(envs=envs),
                                                             params):
        if status == "not_held":
            continue
        figures = months.setdefault(month, [0, 0, set()])
        figures[2].add(trainee)
        expected.add(trainee)
        if status == "absent":
            figures[1] += days
            absent.add(trainee)
            slot = absences[reasons.index(reason) if reason in reasons else len(reasons)]
            slot[0] += days
            slot[1].add(trainee)
        else:
            figures[0] += days
    for month, (attended, missed, people) in sorted(months.items()):
        result.by_month[date.fromisoformat(month + "-01")] = (attended, attended + missed,
                                                              len(people))
        result.attended += attended
        result.absent += missed
    result.people, result.absent_people = len(expected), len(absent)
    result.absences = [(days, len(people)) for days, people in absences]
    paid = set()
    for trainee, before, within in conn.execute(_WEEKS_SQL.format(envs=envs, codes=marks),
                                                params):
        counted = max(0, min(within, cap - before))
        if counted:
            result.allowance_days += counted
            paid.add(trainee)
    result.allowance_people = len(paid)
    return result


# Progress in assessments as the summary read it before, one range at a time.
# Each trainee's first assessment per template family and their latest one in the range
# (ids sort by time: UUIDv7), for the trainees assessed in the range in the scope.
_ENDS_SQL = """
    SELECT a.trainee_id, t.family, min(a.assessed_on || ' ' || a.id),
           max(CASE WHEN a.assessed_on >= :start THEN a.assessed_on || ' ' || a.id END)
    FROM assessment a JOIN assessment_template t ON t.id = a.template_id
    WHERE a.deleted = 0 AND a.assessed_on <= :end AND a.trainee_id IN (
      SELECT trainee_id FROM assessment WHERE deleted = 0 AND assessed_on BETWEEN :start AND :end
        AND municipality_code IN ({codes}))
    GROUP BY 1, 2"""

_SCORES_SQL = """
    SELECT s.assessment_id, s.criterion_key, s.coach_score, a.template_id
    FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id
    WHERE s.deleted = 0 AND s.coach_score IS NOT NULL
      AND s.assessment_id IN (SELECT value FROM json_each(:ids))"""

_CRITERIA_SQL = "SELECT id, family, criteria FROM assessment_template"

_FAMILY_NAMES_SQL = """
    SELECT family, name FROM assessment_template t
    WHERE version = (SELECT max(version) FROM assessment_template u WHERE u.family = t.family)"""



def _criteria(conn) -> dict[str, dict[str, tuple[str, float, float]]]:
    """{template id: {criterion key: (group, low, high)}}"""
    found = {}
    for template_id, _family, criteria in conn.execute(_CRITERIA_SQL):
        found[template_id] = {c["key"]: (c.get("group") or "", float(c["min"]),
                                         float(c["max"]))
                              for c in json.loads(criteria or "[]")}
    return found


def straight_progress(conn, codes, start: date, end: date) -> Progress:
    params: dict[str, object] = {"start": start.isoformat(), "end": end.isoformat()}
    pairs = []  # (trainee, family, first assessment id, latest assessment id)
    for trainee, family, first, latest in conn.execute(
            _ENDS_SQL.format(codes=placeholders(codes, params)), params):
        if latest is not None and latest != first:
            pairs.append((trainee, family, first.split(" ")[1], latest.split(" ")[1]))
    criteria = _criteria(conn)
    # assessment id → {group: (sum of coach scores, count)}, and each group's scale
    scores: dict[str, dict[str, list[float]]] = defaultdict(dict)
    scales: dict[tuple[str, str], tuple[float, float]] = {}
    wanted = json.dumps([i for pair in pairs for i in pair[2:]])
    families = {}
    for assessment, key, score, template_id in conn.execute(_SCORES_SQL, {"ids": wanted}):
        criterion = criteria.get(template_id, {}).get(key)
        if criterion is None:
            continue
        group, low, high = criterion
        slot = scores[assessment].setdefault(group, [0.0, 0])
        slot[0] += score
        slot[1] += 1
        families[assessment] = template_id
        scales.setdefault((template_id, group), (low, high))
    family_of = {t: f for t, f, _c in conn.execute(_CRITERIA_SQL)}
    names = dict(conn.execute(_FAMILY_NAMES_SQL).fetchall())
    result = Progress()
    changes: dict[str, list[float]] = defaultdict(list)
    for trainee, family, first_id, last_id in pairs:
        first, last = scores.get(first_id, {}), scores.get(last_id, {})
        relative = []
        for group in sorted(set(first) & set(last)):
            low, high = _scale(scales, families, family_of, family, group, last_id)
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


def _scale(scales: dict[tuple[str, str], tuple[float, float]], templates: dict[str, str],
           family_of: dict[str, str], family: str, group: str, assessment: str
           ) -> tuple[float, float]:
    """The group's scale in the latest assessment's template version."""
    return scales.get((templates.get(assessment, ""), group)) or next(
        scale for (template, g), scale in scales.items()
        if g == group and family_of.get(template) == family)


# Plans at a day as the summary read them before: every version's whole snapshot.
_STRAIGHT_PLANS_SQL = """
    WITH open_period AS (
      SELECT trainee_id, max(id) AS period_id FROM period
      WHERE deleted = 0 AND municipality_code IN ({codes}) AND start_date <= :day
        AND (end_date IS NULL OR end_date > :day) GROUP BY trainee_id)
    SELECT o.trainee_id, o.period_id, (
      SELECT v.snapshot FROM plan_version v JOIN continuation_plan c ON c.id = v.plan_id
      WHERE c.trainee_id = o.trainee_id AND c.deleted = 0 AND v.deleted = 0
        AND date(v.saved_at) <= :day ORDER BY v.saved_at DESC, v.version DESC LIMIT 1)
    FROM open_period o JOIN trainee t ON t.id = o.trainee_id AND t.deleted = 0"""


def straight_plans(conn, codes, day: date) -> activity.Plans:
    params: dict[str, object] = {"day": day.isoformat()}
    result = activity.Plans(day=day)
    for _trainee, period_id, snapshot in conn.execute(
            _STRAIGHT_PLANS_SQL.format(codes=placeholders(codes, params)), params):
        plan = json.loads(snapshot) if snapshot else None
        if plan is None or plan.get("period_id") not in (None, period_id):
            result.without += 1
        elif plan.get("next_review_on") and plan["next_review_on"] < day.isoformat():
            result.overdue += 1
        else:
            result.on_time += 1
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("totals") / "demo.db"
    generate_demo(path, trainees=160, seed=5, today=TODAY)
    db = Database(path)
    yield db
    db.dispose()


def _scopes(conn) -> list[tuple[str, ...]]:
    codes = [r[0] for r in conn.execute(
        "SELECT DISTINCT municipality_code FROM environment ORDER BY 1")]
    return [(code,) for code in codes] + [tuple(codes)]


def assert_same_figures(conn, caps=(5,)) -> None:
    assert summary_totals.differences(conn) == dict.fromkeys(summary_totals.TABLES, 0)
    compared = 0
    for codes in _scopes(conn):
        for start, end in RANGES:
            for cap in caps:
                assert activity.attendance(conn, codes, start, end, cap) == \
                    straight_attendance(conn, codes, start, end, cap), (codes, start, end, cap)
                compared += 1
    assert compared > len(RANGES)


def test_totals_after_generation_give_the_same_figures(demo):
    conn = demo.reader()
    assert conn.execute("SELECT count(*) FROM summary_attendance_month").fetchone()[0] > 0
    quarter = activity.attendance(conn, _scopes(conn)[-1], *RANGES[0], 5)
    assert quarter.attended > 1000 and quarter.allowance_days > 100 and quarter.absent > 0
    assert_same_figures(conn, caps=(5, 3, 0))


def test_progress_of_both_ranges_in_one_pass_is_the_same(demo):
    conn = demo.reader()
    # Some trainees assessed in another municipality too (moved, or a second environment):
    # who counts in a scope's range is decided by the assessments made in the scope.
    writer = demo.raw_connection()
    moved = writer.execute(
        "SELECT id FROM assessment WHERE deleted = 0 AND assessed_on BETWEEN '2026-07-01'"
        " AND '2026-09-30' ORDER BY id LIMIT 60").fetchall()
    writer.executemany("UPDATE assessment SET municipality_code = CASE municipality_code"
                       " WHEN '167' THEN '426' ELSE '167' END WHERE id = ?", moved)
    writer.commit()
    writer.close()
    compared = 0
    for codes in _scopes(conn):
        for start, end in RANGES:
            previous = previous_range(start, end)
            both = progress_pair(conn, codes, (start, end), previous)
            assert both == (straight_progress(conn, codes, start, end),
                            straight_progress(conn, codes, *previous)), (codes, start, end)
            compared += bool(both[0].groups) + bool(both[1].groups)
    assert compared > len(RANGES)


def test_plans_read_from_the_latest_version_only_are_the_same(demo):
    conn = demo.reader()
    days = [date(2026, 6, 30), date(2026, 9, 30), date(2026, 11, 21), date(2026, 8, 14)]
    for codes in _scopes(conn):
        for day in days:
            assert activity.plans(conn, codes, day) == straight_plans(conn, codes, day)
    everywhere = activity.plans(conn, _scopes(conn)[-1], date(2026, 9, 30))
    assert everywhere.on_time and everywhere.overdue and everywhere.without


def test_people_of_both_ranges_from_one_read_are_the_same(demo):
    conn = demo.reader()
    for codes in _scopes(conn):
        for start, end in RANGES:
            previous_start, previous_end = previous_range(start, end)
            periods = period_rows(conn, codes, previous_start, end)
            for first, last in ((start, end), (previous_start, previous_end)):
                assert people_figures(conn, codes, first, last, periods) == \
                    people_figures(conn, codes, first, last), (codes, first, last)


def _some_rows(conn, day: date, n: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, trainee_id, environment_id, period_id, status FROM attendance"
        " WHERE deleted = 0 AND day = ? ORDER BY id LIMIT ?", (day.isoformat(), n)).fetchall()


def test_totals_follow_every_kind_of_write(demo):
    conn = demo.reader()
    ctx = ServiceContext(demo, actor_for(demo, "koordinaattori"))
    # A coach's corrections through the service: a locked month (with a reason) and an open one.
    for day, reason in ((date(2026, 8, 12), "Korjaus"), (date(2026, 11, 18), None)):
        rows = _some_rows(conn, day, 40)
        environment = rows[0][2]
        flipped = [AttendanceEntry(trainee, AttendanceStatus.ABSENT,
                                   absence_reason=AbsenceReason.SICK_CHILD)
                   if status != "absent" else AttendanceEntry(trainee, AttendanceStatus.PRESENT)
                   for _id, trainee, env, _period, status in rows if env == environment]
        assert flipped
        save_day(ctx, environment, day, flipped, change_reason=reason, today=TODAY)
    # Other writers, straight to the table: deleted, undeleted, moved, removed for good.
    writer = demo.raw_connection()
    deleted = _some_rows(writer, date(2026, 9, 2), 30)
    writer.executemany("UPDATE attendance SET deleted = 1 WHERE id = ?",
                       [(r[0],) for r in deleted])
    writer.executemany("UPDATE attendance SET deleted = 0 WHERE id = ?",
                       [(r[0],) for r in deleted[:10]])
    moved = _some_rows(writer, date(2026, 7, 29), 5)
    writer.executemany("UPDATE attendance SET day = '2026-06-28', status = 'partly_present'"
                       " WHERE id = ?", [(r[0],) for r in moved])
    other = writer.execute("SELECT id, municipality_code FROM period WHERE kind ="
                           " 'rehabilitative_work' ORDER BY id LIMIT 1").fetchone()
    writer.executemany("UPDATE attendance SET period_id = ? WHERE id = ?",
                       [(other[0], r[0]) for r in _some_rows(writer, date(2026, 10, 6), 20)])
    writer.executemany("DELETE FROM attendance WHERE id = ?",
                       [(r[0],) for r in _some_rows(writer, date(2026, 8, 19), 25)])
    writer.commit()
    assert_same_figures(conn)
    # A page from the server: a row changed, a tombstone and a new row.
    writer.isolation_level = None
    writer.execute("UPDATE sync_outbox SET pushed_at = '2026-11-22' WHERE pushed_at IS NULL")
    columns = [d[0] for d in writer.execute("SELECT * FROM attendance LIMIT 0").description]

    def full_rows(day: str, n: int) -> list[dict]:
        return [dict(zip(columns, row, strict=True)) for row in writer.execute(
            "SELECT * FROM attendance WHERE deleted = 0 AND status = 'present' AND day = ?"
            " ORDER BY id LIMIT ?", (day, n))]

    changed, gone = full_rows("2026-09-16", 2)
    new = full_rows("2026-09-17", 1)[0]
    writer.execute("DELETE FROM attendance WHERE id = ?", (new["id"],))
    assert summary_totals.differences(writer) == dict.fromkeys(summary_totals.TABLES, 0)
    hlc = "0000019a00000000-0000-remote"
    page = PullResponse(cursor=3, more=False, users_version=0, records=[
        PulledRecord(seq=seq, table="attendance", id=values["id"], hlc=hlc,
                     values={**values, "updated_hlc": hlc})
        for seq, values in enumerate((
            {**changed, "status": "absent", "absence_reason": "job_interview", "hours": 0.0},
            {**gone, "deleted": True}, new), start=1)])
    apply_page(writer, page)
    assert writer.execute("SELECT status, absence_reason FROM attendance WHERE id = ?",
                          (changed["id"],)).fetchone() == ("absent", "job_interview")
    assert writer.execute("SELECT deleted FROM attendance WHERE id = ?",
                          (gone["id"],)).fetchone() == (1,)
    assert writer.execute("SELECT count(*) FROM attendance WHERE id = ?",
                          (new["id"],)).fetchone() == (1,)
    writer.close()
    assert_same_figures(conn)


def test_a_rebuild_gives_what_the_triggers_kept(demo):
    conn = demo.raw_connection()
    kept = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3, 4").fetchall()
            for t in summary_totals.TABLES}
    summary_totals.rebuild(conn)
    assert {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3, 4").fetchall()
            for t in summary_totals.TABLES} == kept
    # And a drifted table is noticed.
    conn.execute("DELETE FROM summary_attendance_month WHERE days = 1 AND status = 'absent'")
    conn.execute("UPDATE summary_attendance_week SET days = days + 1 WHERE week = '2026-08-10'")
    drift = summary_totals.differences(conn)
    assert drift["summary_attendance_month"] > 0 and drift["summary_attendance_week"] > 0
    conn.rollback()
    conn.close()
