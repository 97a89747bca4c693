from datetime import date

import pytest

from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, PeriodKind
from toimi_desktop.services.attendance import (
    AttendanceEntry,
    approve_month,
    day_sheet,
    save_day,
)
from toimi_desktop.services.calendar import DayKind, service_calendar
from toimi_desktop.services.errors import DomainError, PermissionDenied, ValidationError
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 20)  # a Friday
P, A = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT


@pytest.fixture
def group(as_user, world):
    """Three trainees at Taitamo: two in rehabilitative work activity, one in coaching."""
    ctx = as_user("valmentaja")
    ids = []
    rwa, coaching = PeriodKind.REHABILITATIVE_WORK, PeriodKind.COACHING
    for last, kind in (("Aalto", rwa), ("Berg", rwa), ("Colliander", coaching)):
        trainee = create_trainee(ctx, TraineeInput("Testi", last, "167"), today=TODAY).id
        start_period(ctx, trainee, PeriodInput(world["joensuu_env"], kind, date(2026, 10, 1),
                                               date(2027, 3, 31), hours_per_day=5,
                                               days_per_week=4))
        ids.append(trainee)
    return ids


def count(db, sql):
    with connect(db.path) as conn:
        return conn.execute(sql).fetchone()[0]


def test_day_sheet_lists_exactly_the_trainees_whose_period_is_on(as_user, world, group):
    sheet = day_sheet(as_user("valmentaja"), world["joensuu_env"], TODAY)
    assert [r.name for r in sheet.rows] == ["Aalto Testi", "Berg Testi", "Colliander Testi"]
    assert sheet.info.held and not sheet.locked
    before = day_sheet(as_user("valmentaja"), world["joensuu_env"], date(2026, 9, 30))
    assert before.rows == ()


def test_two_coaches_marking_the_same_day_make_one_record(db, as_user, world, group):
    day = date(2026, 11, 17)
    save_day(as_user("valmentaja"), world["joensuu_env"], day,
             [AttendanceEntry(group[0], P)], today=TODAY)
    save_day(as_user("koordinaattori"), world["joensuu_env"], day,
             [AttendanceEntry(group[0], A, absence_reason=AbsenceReason.OWN_ILLNESS)],
             today=TODAY)
    assert count(db, "SELECT count(*) FROM attendance") == 1
    row = day_sheet(as_user("valmentaja"), world["joensuu_env"], day).rows[0]
    assert (row.status, row.absence_reason, row.hours) == (A, AbsenceReason.OWN_ILLNESS, 0)
    assert row.recorded_by == "Koordinaattori"


def test_hours_default_to_the_planned_hours(as_user, world, group):
    save_day(as_user("valmentaja"), world["joensuu_env"], TODAY,
             [AttendanceEntry(group[0], P),
              AttendanceEntry(group[1], AttendanceStatus.PARTLY_PRESENT, 2)],
             today=TODAY)
    rows = day_sheet(as_user("valmentaja"), world["joensuu_env"], TODAY).rows
    assert [r.hours for r in rows[:2]] == [5.0, 2.0]


def test_saving_the_same_again_writes_nothing_new(db, as_user, world, group):
    entries = [AttendanceEntry(g, P) for g in group]
    assert save_day(as_user("valmentaja"), world["joensuu_env"], TODAY, entries,
                    today=TODAY).saved == 3
    outbox = count(db, "SELECT count(*) FROM sync_outbox")
    assert save_day(as_user("valmentaja"), world["joensuu_env"], TODAY, entries,
                    today=TODAY).saved == 0
    assert count(db, "SELECT count(*) FROM sync_outbox") == outbox


@pytest.mark.parametrize(
    "entry",
    [
        AttendanceEntry("x", A),  # replaced with a real trainee below: absent without reason
        AttendanceEntry("x", P, hours=13),
        AttendanceEntry("x", P, hours=0),
        AttendanceEntry("x", P, work_task_id="not-a-task"),
    ],
)
def test_invalid_rows_are_refused_and_nothing_is_written(db, as_user, world, group, entry):
    entry.trainee_id = group[1]
    with pytest.raises(ValidationError) as caught:
        save_day(as_user("valmentaja"), world["joensuu_env"], TODAY,
                 [AttendanceEntry(group[0], P), entry], today=TODAY)
    assert list(caught.value.errors) == [group[1]]
    assert count(db, "SELECT count(*) FROM attendance") == 0


def test_no_attendance_outside_the_period_or_in_the_future(as_user, world, group):
    with pytest.raises(ValidationError):
        save_day(as_user("valmentaja"), world["joensuu_env"], date(2026, 9, 30),
                 [AttendanceEntry(group[0], P)], today=TODAY)
    with pytest.raises(DomainError, match="future"):
        save_day(as_user("valmentaja"), world["joensuu_env"], date(2026, 11, 21),
                 [AttendanceEntry(group[0], P)], today=TODAY)


def test_roles_and_municipalities(as_user, world, group):
    with pytest.raises(PermissionDenied):
        save_day(as_user("ohjausryhma"), world["joensuu_env"], TODAY,
                 [AttendanceEntry(group[0], P)], today=TODAY)
    with pytest.raises(PermissionDenied):
        save_day(as_user("liperi"), world["joensuu_env"], TODAY,
                 [AttendanceEntry(group[0], P)], today=TODAY)


def test_legal_limit_warnings_for_rehabilitative_work_only(as_user, world, group):
    ctx = as_user("valmentaja")
    for day in range(16, 20):  # Monday to Thursday
        save_day(ctx, world["joensuu_env"], date(2026, 11, day),
                 [AttendanceEntry(g, P) for g in group], today=TODAY)
    result = save_day(ctx, world["joensuu_env"], TODAY,
                      [AttendanceEntry(g, P, hours=9) for g in group], today=TODAY)
    texts = [w.text("en") for w in result.warnings]
    assert texts == [
        "Aalto Testi: over 8 hours in a day.",
        "Aalto Testi: more than 4 days attended in week 47.",
        "Berg Testi: over 8 hours in a day.",
        "Berg Testi: more than 4 days attended in week 47.",
    ]


def test_an_approved_month_is_locked_and_changes_need_a_reason(db, as_user, world, group):
    ctx = as_user("valmentaja")
    october = date(2026, 10, 15)
    save_day(ctx, world["joensuu_env"], october, [AttendanceEntry(group[0], P)], today=TODAY)
    with pytest.raises(DomainError, match="ended"):
        approve_month(ctx, world["joensuu_env"], TODAY, today=TODAY)
    approve_month(ctx, world["joensuu_env"], october, today=TODAY)
    assert day_sheet(ctx, world["joensuu_env"], october).locked
    change = [AttendanceEntry(group[0], A, absence_reason=AbsenceReason.JOB_INTERVIEW)]
    with pytest.raises(DomainError, match="reason"):
        save_day(ctx, world["joensuu_env"], october, change, today=TODAY)
    save_day(ctx, world["joensuu_env"], october, change, change_reason="Korjaus: "
             "haastattelutodistus", today=TODAY)
    with connect(db.path) as conn:
        action, details = conn.execute(
            "SELECT action, details FROM audit_entry ORDER BY at DESC LIMIT 1").fetchone()
    assert action == "attendance.locked_change"
    assert "haastattelutodistus" in details
    with pytest.raises(DomainError, match="already"):
        approve_month(ctx, world["joensuu_env"], october, today=TODAY)


def test_calendar_knows_holidays_closed_days_and_weekends(db, world):
    from toimi_desktop.models import EnvironmentClosedDay

    with db.session() as session, session.begin():
        session.add(EnvironmentClosedDay(environment_id=world["joensuu_env"],
                                         municipality_code="167", day=date(2026, 12, 23),
                                         reason="Joulusiivous", updated_hlc="0"))
    with db.session() as session:
        calendar = service_calendar(session, world["joensuu_env"], date(2026, 12, 4),
                                    date(2026, 12, 24))
    assert calendar[date(2026, 12, 4)].held
    assert calendar[date(2026, 12, 5)].kind is DayKind.NOT_OPEN_WEEKDAY
    assert (calendar[date(2026, 12, 23)].kind, calendar[date(2026, 12, 23)].name) == (
        DayKind.CLOSED, "Joulusiivous")
    assert calendar[date(2026, 12, 24)].name == "Jouluaatto"


def test_grid_and_trainee_rate(as_user, world, group):
    from toimi_desktop.services.attendance_views import attendance_grid, trainee_attendance

    ctx = as_user("valmentaja")
    save_day(ctx, world["joensuu_env"], date(2026, 11, 16),
             [AttendanceEntry(g, P) for g in group], today=TODAY)
    save_day(ctx, world["joensuu_env"], date(2026, 11, 17),
             [AttendanceEntry(group[0], A, absence_reason=AbsenceReason.SICK_CHILD),
              AttendanceEntry(group[1], AttendanceStatus.NOT_HELD)], today=TODAY)
    grid = attendance_grid(ctx, world["joensuu_env"], date(2026, 9, 28), date(2026, 11, 22))
    assert [r.name for r in grid.rows] == ["Aalto Testi", "Berg Testi", "Colliander Testi"]
    first = grid.rows[0]
    assert first.in_period[0] is False and first.in_period[-1] is True  # starts 1.10.
    assert first.marks[-7].status is P and first.marks[-6].reason is AbsenceReason.SICK_CHILD
    assert grid.days[-1].kind.value == "not_open_weekday"
    summary = trainee_attendance(ctx, group[0], date(2026, 11, 1), date(2026, 11, 30))
    assert (summary.attended_days, summary.absent_days, summary.rate) == (1, 1, 0.5)
    berg = trainee_attendance(ctx, group[1], date(2026, 11, 1), date(2026, 11, 30))
    assert berg.rate == 1.0  # a day the service was not held is not due
