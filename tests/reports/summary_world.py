"""A small Joensuu whose steering summary and ESF+ figures are worked out by hand in the
tests. Made through the services, as users would. The range is Q3 2026, the previous one
Q2 2026; threshold 5.

- Women A–F (Aaltonen, Blomqvist, Cederberg, Damsten, Eskola, Forsman): rehabilitative work
  activity from 6.7.2026 at Taitamo. Attendance: 7.7. and 8.7. all present (4 h, cleaning
  for "Koulut"); 9.7. A–E absent (own illness), F present. So 13 days attended, 5 absent,
  rate 13/18 = 72 %, 52 h of cleaning, 13 allowance days.
- Men G and H (Grönlund, Hakkarainen): work coaching 4.5.–31.8.2026, left for the open
  labour market, in employment on leaving.
- Man I (Ilvesniemi): work coaching from 1.4.2026, still in coaching.
"""

from __future__ import annotations

from datetime import date

from toimi_desktop.models.enums import (
    AbsenceReason,
    AttendanceStatus,
    EducationLevel,
    EmploymentStatus,
    ExitOutcome,
    Gender,
    PeriodKind,
    TargetGroup,
)
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.catalogue import TaskInput, create_task
from toimi_desktop.services.followup import ExitResults
from toimi_desktop.services.periods import PeriodInput, close_period, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)
START, END = date(2026, 7, 1), date(2026, 9, 30)
WOMEN = ("Aaltonen", "Blomqvist", "Cederberg", "Damsten", "Eskola", "Forsman")
MEN = ("Grönlund", "Hakkarainen", "Ilvesniemi")
NAMES = WOMEN + MEN
STATUS = [EmploymentStatus.LONG_TERM_UNEMPLOYED] * 3 + [
    EmploymentStatus.UNEMPLOYED, EmploymentStatus.INACTIVE, None]


def make_world(as_user, world) -> dict[str, object]:
    ctx = as_user("koordinaattori")
    env = world["joensuu_env"]
    task = create_task(ctx, TaskInput(env, "Koulun siivous", "cleaning_services",
                                      orderer_department="Koulut")).id
    ids: dict[str, str] = {}
    for i, last in enumerate(WOMEN):
        ids[last] = create_trainee(ctx, TraineeInput(
            "Testi", last, "167", gender=Gender.FEMALE, birth_date=date(1990 + 2 * i, 3, 15),
            target_groups=[TargetGroup.LONG_TERM_UNEMPLOYED], employment_status=STATUS[i],
            education_level=EducationLevel.ISCED_0_2 if i < 5 else None, disability=False,
            third_country_national=False, foreign_background=False, homeless=False,
            rural=i < 2), today=TODAY).id
        start_period(ctx, ids[last], PeriodInput(env, PeriodKind.REHABILITATIVE_WORK,
                                                 date(2026, 7, 6), date(2026, 12, 31)))
    periods = {}
    for last in MEN:
        ids[last] = create_trainee(ctx, TraineeInput("Testi", last, "167", gender=Gender.MALE),
                                   today=TODAY).id
        first = date(2026, 4, 1) if last == "Ilvesniemi" else date(2026, 5, 4)
        periods[last] = start_period(ctx, ids[last], PeriodInput(
            env, PeriodKind.COACHING, first, date(2026, 12, 31))).id
    for last in ("Grönlund", "Hakkarainen"):
        close_period(ctx, periods[last], date(2026, 8, 31), ExitOutcome.OPEN_LABOUR_MARKET,
                     today=TODAY, results=ExitResults(job_search=False, employed=True))
    present = AttendanceStatus.PRESENT
    women = [ids[w] for w in WOMEN]
    for day in (date(2026, 7, 7), date(2026, 7, 8)):
        save_day(ctx, env, day, [AttendanceEntry(t, present, work_task_id=task)
                                 for t in women], today=TODAY)
    save_day(ctx, env, date(2026, 7, 9), [
        *(AttendanceEntry(t, AttendanceStatus.ABSENT, absence_reason=AbsenceReason.OWN_ILLNESS)
          for t in women[:5]),
        AttendanceEntry(women[5], present, work_task_id=task)], today=TODAY)
    return {"ids": ids, "task": task}
