"""Report figures against hand-computed cases, and the PDFs' text read back with pypdf."""

from datetime import date

import pytest
from pypdf import PdfReader

from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, PeriodKind
from toimi_desktop.reports import absences, allowance, attendance_sheet
from toimi_desktop.services import settings
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 20)
P, PART, A, N = (AttendanceStatus.PRESENT, AttendanceStatus.PARTLY_PRESENT,
              AttendanceStatus.ABSENT, AttendanceStatus.NOT_HELD)
ILL, UNEXPLAINED, INTERVIEW = (AbsenceReason.OWN_ILLNESS, AbsenceReason.UNEXPLAINED,
                               AbsenceReason.JOB_INTERVIEW)


@pytest.fixture
def october(as_user, world):
    """Aalto and Berg in rehabilitative work activity, Colliander in coaching (no allowance)."""
    ctx = as_user("valmentaja")
    env = world["joensuu_env"]
    ids = {}
    for last, kind, hetu in (("Aalto", PeriodKind.REHABILITATIVE_WORK, "010594Y9032"),
                             ("Berg", PeriodKind.REHABILITATIVE_WORK, None),
                             ("Colliander", PeriodKind.COACHING, None)):
        ids[last] = create_trainee(ctx, TraineeInput("Testi", last, "167", hetu=hetu),
                                   today=TODAY).id
        start_period(ctx, ids[last], PeriodInput(env, kind, date(2026, 9, 1),
                                                 date(2027, 2, 28), 4, 4))
    plan = {
        # Week 40 spans the months: Sep 28–30 count toward its cap of 4 days.
        "Aalto": {date(2026, 9, d): (P,) for d in (28, 29, 30)}
        | {date(2026, 10, d): (P,) for d in (1, 2, 5, 6, 7, 8, 12, 13)}
        | {date(2026, 10, 14): (A, ILL), date(2026, 10, 15): (A, ILL),
           date(2026, 10, 16): (A, ILL), date(2026, 10, 19): (A, ILL)},
        "Berg": {date(2026, 10, 5): (PART, None, 2), date(2026, 10, 6): (A, UNEXPLAINED),
                 date(2026, 10, 7): (A, INTERVIEW), date(2026, 10, 8): (N,)},
        "Colliander": {date(2026, 10, 5): (P,)},
    }
    by_day: dict[date, list[AttendanceEntry]] = {}
    for last, days in plan.items():
        for day, spec in days.items():
            status, reason, hours = (*spec, None, None)[:3]
            by_day.setdefault(day, []).append(
                AttendanceEntry(ids[last], status, hours=hours, absence_reason=reason))
    for day, entries in by_day.items():
        save_day(ctx, env, day, entries, today=TODAY)
    return ids


def test_allowance_figures_match_the_hand_computed_ones(as_user, world, october):
    report = allowance.allowance_report(as_user("valmentaja"), world["joensuu_env"],
                                        date(2026, 10, 1))
    lines = {line.name: line for line in report.lines}
    assert set(lines) == {"Aalto Testi", "Berg Testi"}  # coaching earns no allowance
    aalto, berg = lines["Aalto Testi"], lines["Berg Testi"]
    # Aalto: Oct 1 (week 40, after 3 September days), Oct 2 over the cap; 4 in week 41; 2 in 42
    assert (aalto.days_attended, aalto.allowance_days, aalto.euros) == (8, 7, 63.0)
    assert aalto.absences == {ILL: 4}
    assert (berg.days_attended, berg.allowance_days, berg.euros) == (1, 1, 9.0)
    assert berg.absences == {UNEXPLAINED: 1, INTERVIEW: 1}
    assert (report.total_attended, report.total_allowance_days, report.total_euros) == (
        9, 8, 72.0)


def test_rate_and_cap_are_settings(db, as_user, world, october):
    with db.session() as session, session.begin():
        settings.write(session, settings.ALLOWANCE_RATE, 10.5)
        settings.write(session, settings.ALLOWANCE_WEEKLY_CAP, 5)
    report = allowance.allowance_report(as_user("valmentaja"), world["joensuu_env"],
                                        date(2026, 10, 1))
    aalto = next(line for line in report.lines if line.name == "Aalto Testi")
    assert (aalto.allowance_days, aalto.euros) == (8, 84.0)


def test_weekly_cap_counts_days_of_the_previous_month():
    september_end = [date(2026, 9, 28), date(2026, 9, 29), date(2026, 9, 30)]
    october_days = [date(2026, 10, 1), date(2026, 10, 2)]
    assert allowance.allowance_days(september_end + october_days, date(2026, 10, 1), 4) == 1
    assert allowance.allowance_days(october_days, date(2026, 10, 1), 4) == 2


def test_absence_runs_for_kela(as_user, world, october):
    runs = absences.absence_runs(as_user("valmentaja"), date(2026, 10, 1), date(2026, 10, 31))
    summary = [(r.name, r.start.day, r.end.day, r.days, r.reason) for r in runs]
    assert summary == [
        ("Aalto Testi", 14, 19, 4, ILL),  # Wed–Fri and Monday: the weekend is no break
        ("Berg Testi", 6, 6, 1, UNEXPLAINED),
        ("Berg Testi", 7, 7, 1, INTERVIEW),
    ]
    assert absences.default_range(TODAY) == (date(2026, 11, 2), date(2026, 11, 15))


def test_allowance_pdf_and_csv(tmp_path, as_user, world, october):
    report = allowance.allowance_report(as_user("valmentaja"), world["joensuu_env"],
                                        date(2026, 10, 1))
    allowance.write_pdf(report, tmp_path / "a.pdf", who="Valmentaja", language="fi")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "a.pdf").pages)
    for expected in ("Kulukorvaukset 10/2026", "Taitamo", "Joensuu", "Aalto Testi", "63,00",
                     "72,00", "Oma sairaus", "Sivu 1 / 1", "Valmentaja"):
        assert expected in text, expected
    allowance.write_csv(report, tmp_path / "a.csv", language="fi")
    lines = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("Aalto Testi;8;7;63,00;4;")
    assert lines[-1].startswith("Yhteensä;9;8;72,00;")


def test_absence_pdf_shows_full_hetu_for_kela(tmp_path, as_user, world, october):
    runs = absences.absence_runs(as_user("valmentaja"), date(2026, 10, 1), date(2026, 10, 31),
                                 full_hetu=True)
    absences.write_pdf(runs, date(2026, 10, 1), date(2026, 10, 31), tmp_path / "k.pdf",
                       who="Valmentaja", language="fi")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "k.pdf").pages)
    for expected in ("Poissaolot 1.10.2026 – 31.10.2026", "010594Y9032",
                     "14.10.2026–19.10.2026", "Selvittämätön", "Työhaastattelu"):
        assert expected in text, expected


def test_absence_list_masks_hetus_unless_asked(tmp_path, as_user, world, october):
    runs = absences.absence_runs(as_user("valmentaja"), date(2026, 10, 1), date(2026, 10, 31))
    assert runs and {run.hetu for run in runs} <= {"010594Y****", None, ""}
    absences.write_csv(runs, tmp_path / "k.csv", language="fi")
    assert "010594Y9032" not in (tmp_path / "k.csv").read_text(encoding="utf-8-sig")


def test_monthly_attendance_sheet(tmp_path, as_user, world, october):
    sheet = attendance_sheet.month_sheet(as_user("valmentaja"), october["Berg"],
                                         date(2026, 10, 1))
    assert len(sheet.days) == 31
    assert [d.status for d in sheet.days[4:8]] == [PART, A, A, N]
    attendance_sheet.write_pdf(sheet, tmp_path / "s.pdf", who="Valmentaja", language="fi")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "s.pdf").pages)
    for expected in ("Läsnäolokortti 10/2026", "Berg Testi", "Osittain paikalla",
                     "Valmentautujan allekirjoitus", "Pyhäinpäivä"):
        assert expected in text, expected
