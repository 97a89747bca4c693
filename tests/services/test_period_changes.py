"""Changing, pausing, resuming and closing a period: the rules, the audit and outbox rows,
and the attendance a shorter period or a pause would leave outside it."""

import json
from datetime import date

import pytest

from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import AttendanceStatus, ExitOutcome, PeriodKind, PeriodStatus
from toimi_desktop.services.attendance import AttendanceEntry, approve_month, day_sheet, save_day
from toimi_desktop.services.errors import DomainError, PermissionDenied, ValidationError
from toimi_desktop.services.period_changes import (
    PeriodUpdate,
    pause_period,
    resume_period,
    update_period,
)
from toimi_desktop.services.period_days import AttendanceOutside
from toimi_desktop.services.periods import PeriodInput, close_period, start_period
from toimi_desktop.services.register import trainee_details
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 12, 1)  # a Tuesday
P = AttendanceStatus.PRESENT
RWA = PeriodKind.REHABILITATIVE_WORK


def rows(db, sql, *params):
    with connect(db.path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def period(as_user, world):
    """A rehabilitative period at Taitamo from 1.9.2026, 4 h a day, 4 days a week."""
    ctx = as_user("valmentaja")
    trainee = create_trainee(ctx, TraineeInput("Testi", "Katselmus", "167"), today=TODAY).id
    return start_period(ctx, trainee, PeriodInput(world["joensuu_env"], RWA, date(2026, 9, 1),
                                                  date(2027, 3, 1), 4, 4)).id


def trainee_of(db, period_id):
    return rows(db, "SELECT trainee_id FROM period WHERE id = ?", period_id)[0][0]


def mark(ctx, world, trainee, *days):
    for day in days:
        save_day(ctx, world["joensuu_env"], day, [AttendanceEntry(trainee, P)], today=TODAY)


def test_a_new_period_stores_its_weekdays_from_days_a_week(db, period):
    assert rows(db, "SELECT weekdays FROM period") == [("1234",)]


def test_closing_before_recorded_days_is_refused_and_lists_them(db, as_user, world, period):
    ctx = as_user("valmentaja")
    trainee = trainee_of(db, period)
    mark(ctx, world, trainee, date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26))
    with pytest.raises(AttendanceOutside) as caught:
        close_period(ctx, period, date(2026, 11, 20), ExitOutcome.DROPOUT, today=TODAY)
    assert caught.value.days == [date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26)]
    assert caught.value.errors["end_date"].text("fi") == (
        "Päättymispäivän jälkeen on kirjattu läsnäoloja 3 päivälle (24.11.2026, 25.11.2026, "
        "26.11.2026). Poista kirjaukset tai valitse myöhäisempi päättymispäivä.")
    assert rows(db, "SELECT status, end_date FROM period") == [("active", None)]


def test_closing_with_removal_tombstones_the_later_days_audited(db, as_user, world, period):
    ctx = as_user("valmentaja")
    trainee = trainee_of(db, period)
    mark(ctx, world, trainee, date(2026, 11, 19), date(2026, 11, 24), date(2026, 11, 25))
    close_period(ctx, period, date(2026, 11, 20), ExitOutcome.DROPOUT, today=TODAY,
                 remove_later_attendance=True)
    assert rows(db, "SELECT day, deleted FROM attendance ORDER BY day") == [
        ("2026-11-19", 0), ("2026-11-24", 1), ("2026-11-25", 1)]
    (details,), = rows(db, "SELECT details FROM audit_entry WHERE action = 'attendance.remove'")
    assert json.loads(details)["days"] == ["2026-11-24", "2026-11-25"]
    removed = rows(db, "SELECT count(*) FROM sync_outbox WHERE table_name = 'attendance'"
                   " AND fields = '[\"deleted\"]'")
    assert removed == [(2,)]


def test_removing_days_of_an_approved_month_is_logged_as_a_locked_change(
        db, as_user, world, period):
    ctx = as_user("valmentaja")
    trainee = trainee_of(db, period)
    mark(ctx, world, trainee, date(2026, 10, 27), date(2026, 10, 28))
    approve_month(ctx, world["joensuu_env"], date(2026, 10, 1), today=TODAY)
    close_period(ctx, period, date(2026, 10, 27), ExitOutcome.DROPOUT, today=TODAY,
                 remove_later_attendance=True)
    (details,), = rows(db, "SELECT details FROM audit_entry"
                           " WHERE action = 'attendance.locked_change'")
    assert json.loads(details)["approved_months"] == ["2026-10"]


def test_update_changes_the_plan_with_audit_and_outbox(db, as_user, world, period):
    ctx = as_user("valmentaja")
    update_period(ctx, period, PeriodUpdate(date(2027, 5, 31), 5, 3, weekdays="135",
                                            goals="Kohti palkkatyötä"))
    assert rows(db, "SELECT planned_end_date, hours_per_day, days_per_week, weekdays, goals"
                    " FROM period") == [("2027-05-31", 5.0, 3, "135", "Kohti palkkatyötä")]
    (fields,), = rows(db, "SELECT fields FROM sync_outbox WHERE table_name = 'period'"
                          " ORDER BY seq DESC LIMIT 1")
    assert json.loads(fields) == ["days_per_week", "goals", "hours_per_day",
                                  "planned_end_date", "weekdays"]
    assert rows(db, "SELECT count(*) FROM audit_entry WHERE action = 'period.update'") == [(1,)]


@pytest.mark.parametrize(("update", "field"), [
    (PeriodUpdate(date(2028, 9, 30), 4, 4), "planned_end_date"),  # RWA lasts 3–24 months…
    (PeriodUpdate(date(2026, 10, 1), 4, 4), "planned_end_date"),  # …at least 3
    (PeriodUpdate(date(2027, 3, 1), 9, 4), "hours_per_day"),
    (PeriodUpdate(date(2027, 3, 1), 4, 5), "days_per_week"),
    (PeriodUpdate(date(2027, 3, 1), 4, 3, weekdays="12"), "weekdays"),
    (PeriodUpdate(date(2027, 3, 1), 4, 4, coach_id="nobody"), "coach_id"),
])
def test_update_follows_the_rules_of_starting(db, as_user, world, period, update, field):
    with pytest.raises(ValidationError) as caught:
        update_period(as_user("valmentaja"), period, update)
    assert field in caught.value.errors
    assert rows(db, "SELECT count(*) FROM audit_entry WHERE action = 'period.update'") == [(0,)]


def test_roles_scope_and_closed_periods(db, as_user, world, period):
    update = PeriodUpdate(date(2027, 3, 1), 4, 4)
    with pytest.raises(PermissionDenied):
        update_period(as_user("ohjausryhma"), period, update)
    with pytest.raises(PermissionDenied):
        pause_period(as_user("liperi"), period, TODAY, today=TODAY)
    close_period(as_user("valmentaja"), period, TODAY, ExitOutcome.EDUCATION, today=TODAY)
    with pytest.raises(DomainError, match="closed"):
        update_period(as_user("valmentaja"), period, update)


def test_pause_and_resume(db, as_user, world, period):
    ctx = as_user("valmentaja")
    trainee = trainee_of(db, period)
    mark(ctx, world, trainee, date(2026, 11, 16))
    with pytest.raises(ValidationError, match="future"):
        pause_period(ctx, period, date(2026, 12, 2), today=TODAY)
    pause_period(ctx, period, date(2026, 11, 17), "Sairausloma", today=TODAY)
    assert rows(db, "SELECT status FROM period") == [("paused",)]
    assert rows(db, "SELECT start_date, end_date, reason FROM period_pause") == [
        ("2026-11-17", None, "Sairausloma")]
    # No attendance while paused; the days before the pause stay as they were.
    with pytest.raises(ValidationError) as caught:
        mark(ctx, world, trainee, date(2026, 11, 23))
    assert caught.value.errors[trainee].text("en") == "The trainee's period is paused on this day."
    assert [r.trainee_id for r in day_sheet(ctx, world["joensuu_env"], date(2026, 11, 23)).rows
            ] == []
    assert [r.status for r in day_sheet(ctx, world["joensuu_env"], date(2026, 11, 16)).rows
            ] == [P]
    with pytest.raises(DomainError, match="already paused"):
        pause_period(ctx, period, TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="before the first day"):
        resume_period(ctx, period, date(2026, 11, 16), today=TODAY)
    resume_period(ctx, period, date(2026, 11, 30), today=TODAY)
    assert rows(db, "SELECT status FROM period") == [("active",)]
    assert rows(db, "SELECT end_date FROM period_pause") == [("2026-11-29",)]
    mark(ctx, world, trainee, date(2026, 11, 30))  # back again
    with pytest.raises(ValidationError):  # the pause still covers its days
        mark(ctx, world, trainee, date(2026, 11, 26))
    with pytest.raises(ValidationError, match="already paused on that day"):
        pause_period(ctx, period, date(2026, 11, 20), today=TODAY)
    actions = [a for (a,) in rows(db, "SELECT action FROM audit_entry WHERE action LIKE"
                                      " 'period.%' ORDER BY at")]
    assert actions == ["period.start", "period.pause", "period.resume"]
    assert rows(db, "SELECT count(*) FROM sync_outbox WHERE table_name = 'period_pause'") == [
        (2,)]
    shown = trainee_details(ctx, trainee, today=TODAY).periods[0]
    assert [(p.start, p.end, p.reason) for p in shown.pauses] == [
        (date(2026, 11, 17), date(2026, 11, 29), "Sairausloma")]


def test_resuming_on_the_first_day_undoes_a_pause_made_by_mistake(db, as_user, world, period):
    ctx = as_user("valmentaja")
    pause_period(ctx, period, TODAY, today=TODAY)
    resume_period(ctx, period, TODAY, today=TODAY)
    assert rows(db, "SELECT status FROM period") == [("active",)]
    assert rows(db, "SELECT deleted FROM period_pause") == [(1,)]
    pause_period(ctx, period, TODAY, today=TODAY)  # the same pause again: the same record
    assert rows(db, "SELECT deleted, end_date FROM period_pause") == [(0, None)]
    resume_period(ctx, period, TODAY, today=TODAY)
    mark(ctx, world, trainee_of(db, period), TODAY)  # not paused today any more


def test_pausing_over_recorded_days_is_refused_or_removes_them(db, as_user, world, period):
    ctx = as_user("valmentaja")
    trainee = trainee_of(db, period)
    mark(ctx, world, trainee, date(2026, 11, 23), date(2026, 11, 24))
    with pytest.raises(AttendanceOutside) as caught:
        pause_period(ctx, period, date(2026, 11, 24), today=TODAY)
    assert caught.value.days == [date(2026, 11, 24)]
    assert rows(db, "SELECT count(*) FROM period_pause") == [(0,)]
    pause_period(ctx, period, date(2026, 11, 24), today=TODAY, remove_attendance_from=True)
    assert rows(db, "SELECT day FROM attendance WHERE deleted = 0") == [("2026-11-23",)]


def test_a_period_paused_before_pauses_had_dates_is_on_no_day(db, as_user, world, period):
    """Older files (and demo data made before) have status "paused" without a pause row."""
    with connect(db.path) as conn:
        conn.execute("UPDATE period SET status = 'paused'")
    ctx = as_user("valmentaja")
    assert day_sheet(ctx, world["joensuu_env"], date(2026, 11, 23)).rows == ()
    resume_period(ctx, period, TODAY, today=TODAY)
    assert rows(db, "SELECT status FROM period") == [(PeriodStatus.ACTIVE.value,)]
    assert len(day_sheet(ctx, world["joensuu_env"], date(2026, 11, 23)).rows) == 1
