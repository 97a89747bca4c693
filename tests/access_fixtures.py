"""A small world for the rights and access-log tests: four trainees placed so that each
role's scope is visible, with attendance, an assessment and a plan.

- "A": Joensuu, a rehabilitative period at Taitamo (whose coach is "valmentaja"), a HETU,
  a day of attendance, an assessment and a continuation plan;
- "B": Liperi, a period at Liperin työpaja (coach "liperi");
- "C": Joensuu, referred, no period yet;
- "D": Joensuu, a period at "Toinen paja", which "valmentaja" does not coach.
Users: those of `world`, plus the business agent "yritys" (Joensuu).
"""

from __future__ import annotations

from datetime import date

import pytest
from assessment_helpers import COACHING, add_user, assess
from people_helpers import add_environment

from toimi_desktop.models.enums import AttendanceStatus, PeriodKind, PlanPath, Role
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.plans import PlanInput, save_plan
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)
DAY = date(2026, 11, 16)  # a Monday
HETU_A = "010594Y9032"
USERS = ("koordinaattori", "valmentaja", "agentti", "yritys", "ohjausryhma", "liperi")


def _trainee(ctx, first: str, code: str, hetu: str | None = None) -> str:
    return create_trainee(ctx, TraineeInput(first, "Testinen", code, hetu=hetu),
                          today=TODAY).id


def _period(ctx, trainee: str, environment: str, kind=PeriodKind.COACHING) -> str:
    return start_period(ctx, trainee, PeriodInput(
        environment_id=environment, kind=kind, start_date=date(2026, 9, 1),
        planned_end_date=date(2027, 2, 26), hours_per_day=5, days_per_week=4)).id


@pytest.fixture
def people(db, world, as_user) -> dict[str, str]:
    """Trainee ids by letter, the environments, and the users' ids."""
    add_user(db, "yritys", Role.BUSINESS_AGENT, ["167"])
    other = add_environment(db, "167", "Toinen paja")
    boss = as_user("koordinaattori")
    ids = {"A": _trainee(boss, "Aino", "167", HETU_A), "B": _trainee(boss, "Bertta", "426"),
           "C": _trainee(boss, "Cecilia", "167"), "D": _trainee(boss, "Doris", "167")}
    _period(boss, ids["A"], world["joensuu_env"], PeriodKind.REHABILITATIVE_WORK)
    _period(boss, ids["B"], world["liperi_env"])
    _period(boss, ids["D"], other)
    save_day(as_user("valmentaja"), world["joensuu_env"], DAY,
             [AttendanceEntry(ids["A"], AttendanceStatus.PRESENT)], today=TODAY)
    assess(as_user("valmentaja"), ids["A"], DAY, {"punctuality": 3}, template=COACHING)
    save_plan(as_user("agentti"), ids["A"], PlanInput(path=PlanPath.OPEN_LABOUR_MARKET,
                                                        goal="Töihin."), today=TODAY)
    ids["other_env"] = other
    return ids
