"""Rules of a saved day beyond the basics: days the service is not held, Kela's absence rules,
32 hours a week, the period's weekdays on the day sheet, and namesakes in lists."""

from datetime import date

import pytest

from toimi_desktop.models import EnvironmentClosedDay
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, PeriodKind
from toimi_desktop.services.attendance import AttendanceEntry, day_sheet, save_day
from toimi_desktop.services.attendance_views import attendance_grid
from toimi_desktop.services.errors import ValidationError
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 12, 18)  # a Friday
P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.NOT_HELD
ILL, CHILD = AbsenceReason.OWN_ILLNESS, AbsenceReason.SICK_CHILD


def new_trainee(ctx, env, last="Aalto", first="Testi", born=None, weekdays=None,
                days=4, hours=5.0, kind=PeriodKind.REHABILITATIVE_WORK):
    trainee = create_trainee(ctx, TraineeInput(first, last, "167", birth_date=born),
                             today=TODAY).id
    start_period(ctx, trainee, PeriodInput(env, kind, date(2026, 9, 1), date(2027, 6, 30),
                                           hours, days, weekdays=weekdays))
    return trainee


@pytest.fixture
def ctx(as_user):
    return as_user("valmentaja")


def save(ctx, env, day, *entries):
    return save_day(ctx, env, day, list(entries), today=TODAY)


def texts(result):
    return [w.text("en") for w in result.warnings]


def test_attended_on_a_public_holiday_needs_a_note(ctx, world):
    env = world["joensuu_env"]
    t = new_trainee(ctx, env)
    independence_day = date(2026, 12, 6)  # a Sunday, and a holiday: holiday wins
    eve = date(2026, 12, 24)  # Thursday, Christmas Eve
    with pytest.raises(ValidationError) as caught:
        save_day(ctx, env, eve, [AttendanceEntry(t, P)], today=date(2026, 12, 28))
    assert caught.value.errors[t].text("fi") == (
        "Jouluaatto: yleisinä vapaapäivinä palvelua ei järjestetä. Kirjoita huomautukseen, "
        "miksi valmentautuja oli läsnä.")
    with pytest.raises(ValidationError, match="public holidays"):
        save(ctx, env, independence_day, AttendanceEntry(t, P))
    result = save_day(ctx, env, eve, [AttendanceEntry(t, P, note="Joulumyyjäiset")],
                      today=date(2026, 12, 28))
    assert result.saved == 1


def test_closed_days_and_non_working_weekdays(db, ctx, world):
    env = world["joensuu_env"]
    t = new_trainee(ctx, env)
    with db.session() as session, session.begin():
        session.add(EnvironmentClosedDay(environment_id=env, municipality_code="167",
                                         day=date(2026, 12, 16), reason="Joulusiivous",
                                         updated_hlc="0"))
    with pytest.raises(ValidationError, match=r"closed on this day \(Joulusiivous\)"):
        save(ctx, env, date(2026, 12, 16), AttendanceEntry(t, P))
    with pytest.raises(ValidationError, match="does not work on this weekday"):
        save(ctx, env, date(2026, 12, 12), AttendanceEntry(t, P))  # a Saturday
    # A day the service is not held is no absence: E, not S.
    with pytest.raises(ValidationError, match="mark E"):
        save(ctx, env, date(2026, 12, 16), AttendanceEntry(t, A, absence_reason=ILL))
    assert save(ctx, env, date(2026, 12, 16), AttendanceEntry(t, E)).saved == 1


def test_own_illness_over_three_days_in_a_row_without_a_certificate(ctx, world):
    env = world["joensuu_env"]
    t = new_trainee(ctx, env)
    ill = AttendanceEntry(t, A, absence_reason=ILL)
    for day in (date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3)):
        assert texts(save(ctx, env, day, ill)) == []
    # Thursday 3.12. to Monday 7.12.: the weekend between does not break the run.
    assert texts(save(ctx, env, date(2026, 12, 7), ill)) == [
        "Aalto Testi: own illness 4 days in a row from 1.12.2026: over 3 days needs a medical "
        "certificate (mark “illness with certificate”)."]
    # Another mark between breaks the run.
    save(ctx, env, date(2026, 12, 8), AttendanceEntry(t, P))
    assert texts(save(ctx, env, date(2026, 12, 9), ill)) == []


def test_sick_child_over_four_days_in_a_row(ctx, world):
    env = world["joensuu_env"]
    t = new_trainee(ctx, env, weekdays="1234")
    child = AttendanceEntry(t, A, absence_reason=CHILD)
    for day in (date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3)):
        assert texts(save(ctx, env, day, child)) == []
    assert texts(save(ctx, env, date(2026, 12, 7), child)) == [
        "Aalto Testi: sick child 5 days in a row from 30.11.2026: an accepted absence lasts "
        "at most 4 days."]


def test_more_than_32_hours_in_a_calendar_week(ctx, world):
    env = world["joensuu_env"]
    t = new_trainee(ctx, env, hours=8)
    for day in (1, 2, 3):
        assert texts(save(ctx, env, date(2026, 12, day), AttendanceEntry(t, P))) == []
    assert texts(save(ctx, env, date(2026, 12, 4), AttendanceEntry(t, P, hours=8.5))) == [
        "Aalto Testi: over 8 hours in a day.",
        "Aalto Testi: 32.5 hours attended in week 49, more than 32."]
    result = save(ctx, env, date(2026, 12, 4), AttendanceEntry(t, P, hours=8.5, note="x"))
    assert result.saved == 1 and [w.text("fi") for w in result.warnings][-1] == (
        "Aalto Testi: viikolla 49 läsnäolotunteja 32,5, yli 32.")


def test_kela_rules_are_for_rehabilitative_work_activity_only(ctx, world):
    env = world["joensuu_env"]
    t = new_trainee(ctx, env, kind=PeriodKind.COACHING, hours=9, days=5)
    for day in (1, 2, 3, 4):
        assert texts(save(ctx, env, date(2026, 12, day), AttendanceEntry(t, P))) == []


def test_the_day_sheet_greys_out_trainees_not_due_that_weekday(ctx, world):
    env = world["joensuu_env"]
    monday_thursday = new_trainee(ctx, env, "Aalto")
    friday = new_trainee(ctx, env, "Berg", weekdays="5", days=1)
    sheet = day_sheet(ctx, env, date(2026, 12, 4))  # a Friday
    assert [(r.trainee_id, r.scheduled) for r in sheet.rows] == [
        (friday, True), (monday_thursday, False)]  # the day's own trainees first
    # Not due is no refusal: a trainee who came on another day can be marked.
    assert save(ctx, env, date(2026, 12, 4), AttendanceEntry(monday_thursday, P)).saved == 1


def test_namesakes_get_their_birth_dates_in_lists(ctx, world):
    env = world["joensuu_env"]
    older = new_trainee(ctx, env, "Hirvonen", "Mika", born=date(1971, 3, 5))
    younger = new_trainee(ctx, env, "Hirvonen", "Mika", born=date(1994, 11, 12))
    other = new_trainee(ctx, env, "Hirvonen", "Pekka", born=date(1980, 1, 1))
    names = {r.trainee_id: r.name for r in day_sheet(ctx, env, date(2026, 12, 3)).rows}
    assert names == {older: "Hirvonen Mika (5.3.1971)", younger: "Hirvonen Mika (12.11.1994)",
                     other: "Hirvonen Pekka"}
    grid = attendance_grid(ctx, env, date(2026, 11, 30), date(2026, 12, 6))
    assert [r.name for r in grid.rows] == ["Hirvonen Mika (5.3.1971)",
                                           "Hirvonen Mika (12.11.1994)", "Hirvonen Pekka"]
    result = save(ctx, env, date(2026, 12, 3), AttendanceEntry(older, P, hours=9))
    assert texts(result) == ["Hirvonen Mika (5.3.1971): over 8 hours in a day."]
