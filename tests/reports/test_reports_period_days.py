"""The allowance and absence reports count only days inside the period (not after its end,
not in a pause) — whatever sync or an older version left outside — and tell namesakes apart;
the absence CSV gives the reason in words and as a stable code."""

from datetime import date

import pytest
from sqlalchemy import select

from toimi_desktop.models import Period, PeriodPause
from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, PeriodKind
from toimi_desktop.models.trainee import pause_id
from toimi_desktop.reports import absences, allowance
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 12, 1)
P, A = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT
ILL = AbsenceReason.OWN_ILLNESS


@pytest.fixture
def two(as_user, world):
    """Two namesakes in rehabilitative work activity at Taitamo, present or ill in November:
    the older on 2.–5.11., the younger absent (own illness) on 9.11. and 10.11."""
    ctx = as_user("valmentaja")
    env = world["joensuu_env"]
    ids = []
    for born in (date(1971, 3, 5), date(1994, 11, 12)):
        trainee = create_trainee(ctx, TraineeInput("Mika", "Hirvonen", "167", birth_date=born),
                                 today=TODAY).id
        start_period(ctx, trainee, PeriodInput(env, PeriodKind.REHABILITATIVE_WORK,
                                               date(2026, 9, 1), date(2027, 3, 1), 4, 4))
        ids.append(trainee)
    for day in (2, 3, 4, 5):
        save_day(ctx, env, date(2026, 11, day), [AttendanceEntry(ids[0], P)], today=TODAY)
    for day in (9, 10):
        save_day(ctx, env, date(2026, 11, day),
                 [AttendanceEntry(ids[1], A, absence_reason=ILL)], today=TODAY)
    return ids


def end_period_behind_its_back(db, trainee_id, end):
    """What a close on another device (synced in) or an older version could leave."""
    with connect(db.path) as conn:
        conn.execute("UPDATE period SET end_date = ?, status = 'ended' WHERE trainee_id = ?",
                     (end.isoformat(), trainee_id))


def november(ctx, world):
    return allowance.allowance_report(ctx, world["joensuu_env"], date(2026, 11, 1))


def test_days_after_the_end_are_not_paid_nor_reported(db, as_user, world, two):
    ctx = as_user("valmentaja")
    end_period_behind_its_back(db, two[0], date(2026, 11, 3))
    end_period_behind_its_back(db, two[1], date(2026, 11, 9))
    lines = {line.trainee_id: line for line in november(ctx, world).lines}
    assert (lines[two[0]].days_attended, lines[two[0]].allowance_days,
            lines[two[0]].euros) == (2, 2, 18.0)
    assert lines[two[1]].absences == {ILL: 1}
    runs = absences.absence_runs(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert [(r.start, r.days) for r in runs] == [(date(2026, 11, 9), 1)]


def test_days_in_a_pause_are_not_paid(db, as_user, world, two):
    ctx = as_user("valmentaja")
    # A pause on 4.11. synced in from another device after the day was recorded here.
    with db.session() as session, session.begin():
        period = session.scalar(select(Period).where(Period.trainee_id == two[0]))
        session.add(PeriodPause(id=pause_id(period.id, date(2026, 11, 4)), period_id=period.id,
                                trainee_id=two[0], municipality_code="167", updated_hlc="0",
                                start_date=date(2026, 11, 4), end_date=date(2026, 11, 4)))
    line = next(x for x in november(ctx, world).lines if x.trainee_id == two[0])
    assert (line.days_attended, line.allowance_days) == (3, 3)


def test_namesakes_get_birth_dates_in_the_reports(as_user, world, two):
    ctx = as_user("valmentaja")
    assert [line.name for line in november(ctx, world).lines] == [
        "Hirvonen Mika (5.3.1971)", "Hirvonen Mika (12.11.1994)"]
    save_day(ctx, world["joensuu_env"], date(2026, 11, 11),
             [AttendanceEntry(two[0], A, absence_reason=ILL)], today=TODAY)
    runs = absences.absence_runs(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert [r.name for r in runs] == ["Hirvonen Mika (5.3.1971)", "Hirvonen Mika (12.11.1994)"]


def test_absence_csv_reason_in_finnish_and_as_a_code(tmp_path, as_user, world, two):
    runs = absences.absence_runs(as_user("valmentaja"), date(2026, 11, 1), date(2026, 11, 30))
    absences.write_csv(runs, tmp_path / "poissaolot.csv", language="fi")
    lines = (tmp_path / "poissaolot.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines == ["Valmentautuja;Henkilötunnus;Ympäristö;Päivät;Päiviä;Syy;Syykoodi",
                     "Hirvonen Mika;;Taitamo;9.11.2026–10.11.2026;2;Oma sairaus;own_illness"]
