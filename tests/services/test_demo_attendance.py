"""Demo attendance and approvals: only on days the period is on and the service held, never
in the future, natural-key ids, every status and reason, dropouts fading out, approved months,
and allowance figures that make sense."""

from __future__ import annotations

import shutil
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import selectinload

from toimi_desktop.models import Period
from toimi_desktop.models.assessment import score_id
from toimi_desktop.models.attendance import approval_id, attendance_id
from toimi_desktop.models.database import Database, connect, dbapi
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, ExitOutcome, PeriodKind
from toimi_desktop.reports.allowance import allowance_report
from toimi_desktop.services.attendance import is_locked
from toimi_desktop.services.calendar import service_calendar
from toimi_desktop.services.context import ServiceContext, actor_for
from toimi_desktop.services.demo import generate_demo
from toimi_desktop.services.demo.stamps import attendance_ids, score_ids
from toimi_desktop.services.demo.steps.approvals import approved_months
from toimi_desktop.services.demo.steps.attendance import window

TODAY = date(2026, 11, 22)  # a Sunday
TRAINEES = 700


def _rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with connect(path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def demo(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("attendance") / "demo.db"
    shutil.copy(template_db, path)
    generate_demo(path, trainees=TRAINEES, seed=5, today=TODAY)
    return path


@pytest.fixture(scope="module")
def records(demo: Path) -> list[dbapi.Row]:
    with connect(demo) as conn:
        conn.row_factory = dbapi.Row
        return conn.execute("SELECT * FROM attendance ORDER BY trainee_id, day").fetchall()


@pytest.fixture(scope="module")
def periods(demo: Path) -> dict[str, Period]:
    db = Database(demo)
    with db.session() as session:
        found = {p.id: p for p in session.query(Period).options(
            selectinload(Period.pauses)).all()}
    db.dispose()
    return found


def test_only_on_days_the_period_is_on_and_the_service_held(demo, records, periods):
    start, end = window(TODAY)
    assert end == TODAY - timedelta(days=1)
    db = Database(demo)
    with db.session() as session:
        calendars = {env: service_calendar(session, env, start, end)
                     for (env,) in _rows(demo, "SELECT id FROM environment")}
    db.dispose()
    weekdays: dict[str, set[int]] = defaultdict(set)
    for r in records:
        day = date.fromisoformat(r["day"])
        period = periods[r["period_id"]]
        assert start <= day <= end
        assert period.trainee_id == r["trainee_id"]
        assert period.environment_id == r["environment_id"]
        assert period.municipality_code == r["municipality_code"]
        assert period.is_active_on(day), (period.id, day)  # in its dates, not in a pause
        assert period.is_scheduled_on(day), (period.id, day)  # on the period's weekdays
        assert calendars[r["environment_id"]][day].held, (r["environment_id"], day)
        weekdays[period.id].add(day.isoweekday())
    assert all(len(days) <= periods[pid].days_per_week for pid, days in weekdays.items())
    assert all(p.weekdays and len(p.weekdays) == p.days_per_week for p in periods.values())
    assert len(records) > 30 * TRAINEES  # ~6 months for most of the trainees
    # Yesterday was a Saturday: the last records are Friday's.
    assert max(r["day"] for r in records) == "2026-11-20"


def test_paused_periods_have_their_pause_and_some_pauses_have_ended(periods):
    paused = [p for p in periods.values() if p.status.value == "paused"]
    assert paused and all(p.open_pause is not None for p in paused)
    assert all(p.open_pause.start_date <= TODAY for p in paused)
    ended = [x for p in periods.values() for x in p.pauses if x.end_date is not None]
    assert ended and all(x.end_date < TODAY for x in ended)


def test_ids_are_the_natural_key(records):
    assert len({(r["trainee_id"], r["day"]) for r in records}) == len(records)
    for r in records:
        assert r["id"] == attendance_id(r["trainee_id"], date.fromisoformat(r["day"]))


def test_the_fast_ids_equal_the_models_ids():
    trainee = str(uuid.uuid4())
    make = attendance_ids(trainee)
    for n in range(400):
        day = date(2024, 1, 1) + timedelta(days=n)
        assert make(day.isoformat()) == attendance_id(trainee, day)
    assessment = str(uuid.uuid4())
    scores = score_ids(assessment)
    for key in ("pace", "safety", "työ/ä €", ""):
        assert scores(key) == score_id(assessment, key)


def test_every_status_and_reason_with_fitting_hours_tasks_and_recorders(demo, records,
                                                                         periods):
    statuses = Counter(r["status"] for r in records)
    assert set(statuses) == {s.value for s in AttendanceStatus}
    assert statuses["present"] > 0.7 * len(records)
    assert 0.02 * len(records) < statuses["partly_present"] < 0.08 * len(records)
    assert statuses["not_held"] < 0.03 * len(records)
    reasons = Counter(r["absence_reason"] for r in records if r["absence_reason"])
    assert set(reasons) == {r.value for r in AbsenceReason}
    illness = reasons["own_illness"] + reasons["illness_certified"]
    assert illness > max(reasons.values()) and reasons["public_office"] < reasons["sick_child"]
    tasks = defaultdict(set)
    for env, task in _rows(demo, "SELECT environment_id, id FROM work_task"):
        tasks[env].add(task)
    for r in records:
        period = periods[r["period_id"]]
        assert r["recorded_by"] == r["created_by"] == period.coach_id
        if r["status"] == "present":
            assert r["hours"] == period.hours_per_day
        elif r["status"] == "partly_present":
            assert 2 <= r["hours"] <= 3 and r["hours"] < period.hours_per_day
        else:
            assert r["hours"] == 0 and r["work_task_id"] is None
        assert (r["absence_reason"] is not None) == (r["status"] == "absent")
        assert r["work_task_id"] is None or r["work_task_id"] in tasks[r["environment_id"]]
    with_task = [r for r in records if r["status"] == "present"]
    assert sum(r["work_task_id"] is not None for r in with_task) > 0.8 * len(with_task)


def test_illness_runs_and_cancelled_days(records):
    runs: list[tuple[str, int]] = []  # (reason, length) of consecutive same-reason records
    previous = None
    for r in records:
        key = (r["trainee_id"], r["absence_reason"])
        if previous == key and r["absence_reason"]:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        elif r["absence_reason"]:
            runs.append((r["absence_reason"], 1))
        previous = key
    illness = [n for reason, n in runs if reason == "own_illness"]
    assert max(illness) <= 3  # a certificate is needed from the 4th day
    assert max(n for reason, n in runs if reason == "illness_certified") >= 4
    assert Counter(illness)[1] > Counter(illness)[3]
    # A cancelled day is cancelled for everyone at the environment that day.
    by_day = defaultdict(set)
    for r in records:
        by_day[(r["environment_id"], r["day"])].add(r["status"] == "not_held")
    assert all(len(kinds) == 1 for kinds in by_day.values())
    assert 13 * 2 <= sum(kinds == {True} for kinds in by_day.values()) <= 13 * 4


def test_dropouts_come_less_and_stop_before_their_period_ends(records, periods):
    start, _ = window(TODAY)
    by_period = defaultdict(list)
    for r in records:
        by_period[r["period_id"]].append(r)
    dropouts = [p for p in periods.values() if p.exit_outcome is ExitOutcome.DROPOUT
                and p.end_date and p.end_date < TODAY and p.start_date < p.end_date
                - timedelta(days=70) and p.end_date - timedelta(days=70) > start]
    assert len(dropouts) >= 3
    early, late = Counter(), Counter()
    for period in dropouts:
        marks = by_period[period.id]
        attended = [date.fromisoformat(r["day"]) for r in marks
                    if r["status"] in ("present", "partly_present")]
        assert attended and max(attended) <= period.end_date - timedelta(days=4)
        for r in marks:
            day = date.fromisoformat(r["day"])
            half = early if day < period.end_date - timedelta(days=35) else late
            half[r["status"] in ("present", "partly_present")] += 1
    assert late[True] / sum(late.values()) < early[True] / sum(early.values()) - 0.2


def test_months_that_ended_a_month_ago_are_approved(demo):
    months = approved_months(TODAY)
    assert [f"{m:%Y-%m}" for m in months] == ["2026-05", "2026-06", "2026-07", "2026-08",
                                               "2026-09"]
    rows = _rows(demo, "SELECT a.id, a.environment_id, a.month, a.approved_at, u.role"
                       " FROM allowance_approval a JOIN app_user u ON u.id = a.approved_by")
    assert len(rows) == 13 * len(months)
    for row_id, env, month, approved_at, role in rows:
        first = date.fromisoformat(month)
        assert row_id == approval_id(env, first) and role == "coach"
        assert first < date.fromisoformat(approved_at[:10]) < TODAY
    db = Database(demo)
    env = rows[0][1]
    with db.session() as session:
        assert is_locked(session, env, date(2026, 9, 30))
        assert not is_locked(session, env, date(2026, 10, 1))
    db.dispose()


def test_the_allowance_report_on_demo_data_is_plausible(demo, records, periods):
    db = Database(demo)
    ctx = ServiceContext(db, actor_for(db, "koordinaattori"))
    rwa = {pid for pid, p in periods.items() if p.kind is PeriodKind.REHABILITATIVE_WORK}
    weeks: Counter[tuple[str, tuple[int, int]]] = Counter()
    for r in records:
        if r["period_id"] in rwa and r["status"] in ("present", "partly_present"):
            weeks[(r["trainee_id"], date.fromisoformat(r["day"]).isocalendar()[:2])] += 1
    assert max(weeks.values()) <= 4  # rehabilitative work activity: 1–4 days a week
    try:
        for (env, name) in _rows(demo, "SELECT id, name FROM environment"):
            report = allowance_report(ctx, env, date(2026, 10, 1))
            assert report.lines, name
            assert report.rate == 9.0 and report.weekly_cap == 4
            for line in report.lines:
                assert line.allowance_days <= line.days_attended <= 23
                assert line.allowance_days <= 4 * 5  # October 2026 touches 5 ISO weeks
                assert line.euros == 9.0 * line.allowance_days
            assert report.total_euros == 9.0 * report.total_allowance_days
            if name == "Taitamo":
                average = report.total_allowance_days / len(report.lines)
                assert 6 <= average <= 16, average
                assert report.absences_by_reason()
                assert report.approved_at is None  # October is not approved yet
        september = allowance_report(ctx, env, date(2026, 9, 1))
        assert september.approved_at and september.approved_by
    finally:
        db.dispose()


def test_foreign_keys_hold(demo):
    assert _rows(demo, "PRAGMA foreign_key_check") == []


def test_a_new_file_is_made_fast_and_ends_in_wal_with_the_same_rows(template_db, tmp_path):
    new = tmp_path / "new.db"
    copied = tmp_path / "copied.db"
    shutil.copy(template_db, copied)
    generate_demo(new, trainees=40, seed=9, today=TODAY)
    generate_demo(copied, trainees=40, seed=9, today=TODAY)
    assert _rows(new, "PRAGMA journal_mode") == [("wal",)]
    for table in ("attendance", "allowance_approval", "sync_outbox", "trainee"):
        assert _rows(new, f"SELECT * FROM {table} ORDER BY 1, 2") == _rows(
            copied, f"SELECT * FROM {table} ORDER BY 1, 2")
    names = "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'attendance' ORDER BY 1"
    assert _rows(new, names) == _rows(template_db, names)  # indexes built again after
