"""Starting and closing coaching periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import ExitOutcome, PeriodKind, PeriodStatus, Role
from toimi_desktop.models.weekdays import default_weekdays, normalise_weekdays
from toimi_desktop.services.access import (
    NOT_COACHED,
    Right,
    may_see_environment_people,
    require_trainee,
)
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import NotFound, Problems
from toimi_desktop.services.trainees import WRITERS, SaveResult

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from toimi_desktop.services.followup import ExitResults

# Act 189/2001 §13 and municipal guidance for rehabilitative work activity.
RWA_MIN_MONTHS, RWA_MAX_MONTHS = 3, 24
RWA_MIN_HOURS, RWA_MAX_HOURS = 4.0, 8.0
RWA_MIN_DAYS, RWA_MAX_DAYS = 1, 4


@dataclass
class PeriodInput:
    environment_id: str
    kind: PeriodKind
    start_date: date
    planned_end_date: date | None = None
    hours_per_day: float = 4.0
    days_per_week: int = 4
    coach_id: str | None = None
    career_agent_id: str | None = None
    goals: str | None = None
    coaching_package: str | None = None
    weekdays: str | None = None  # ISO weekdays, e.g. "1234"; None: from days_per_week


def _months_between(start: date, end: date) -> float:
    return (end.year - start.year) * 12 + (end.month - start.month) + (end.day - start.day) / 30


def start_period(ctx: ServiceContext, trainee_id: str, data: PeriodInput) -> SaveResult:
    from sqlalchemy import select

    from toimi_desktop.models import Environment, Period, Trainee

    ctx.require_role(*WRITERS)
    with ctx.transaction() as tx:
        trainee = tx.session.get(Trainee, trainee_id)
        if trainee is None or trainee.deleted:
            raise NotFound(N_("errors", "The trainee no longer exists."))
        ctx.require_municipality(trainee.municipality_code)
        require_trainee(ctx, trainee_id, Right.REGISTER)
        problems = Problems()
        environment = tx.session.get(Environment, data.environment_id or "")
        if environment is None or environment.deleted:
            problems.add("environment_id", N_("errors", "Choose a coaching environment."))
        elif not ctx.actor.may_access(environment.municipality_code):
            problems.add("environment_id", N_("errors", "You have no rights to data of this "
                                                        "municipality."))
        elif not may_see_environment_people(ctx, environment.id,
                                            environment.municipality_code):
            # A coach places trainees in the environments they coach (whose people they see).
            problems.add("environment_id", NOT_COACHED)
        kind = PeriodKind(data.kind)
        if data.start_date is None:
            problems.add("start_date", N_("errors", "Start date is required."))
        weekdays = check_plan(tx.session, data, kind, problems,
                              environment.open_weekdays if environment else "12345")
        open_period = tx.session.scalar(
            select(Period.id).where(
                Period.trainee_id == trainee_id,
                Period.deleted.is_(False),
                Period.status != PeriodStatus.ENDED,
            )
        )
        if open_period:
            problems.add("start_date", N_("errors", "The trainee already has an open period: "
                                                    "close it before starting a new one."))
        problems.raise_if_any()

        period = Period(
            trainee_id=trainee_id,
            environment_id=environment.id,
            municipality_code=environment.municipality_code,
            kind=kind,
            start_date=data.start_date,
            planned_end_date=data.planned_end_date,
            hours_per_day=float(data.hours_per_day),
            days_per_week=int(data.days_per_week),
            weekdays=weekdays,
            coach_id=data.coach_id or None,
            career_agent_id=data.career_agent_id or None,
            goals=(data.goals or "").strip() or None,
            coaching_package=(data.coaching_package or "").strip() or None,
            status=PeriodStatus.ACTIVE,
        )
        tx.stamp(period, ["*"])
        tx.session.flush()
        tx.audit("period.start", "period", period.id, period.municipality_code,
                 {"trainee_id": trainee_id})
        return SaveResult(period.id)


def check_plan(session: Session, data: PeriodInput, kind: PeriodKind, problems: Problems,
               open_weekdays: str) -> str:
    """Check what a period plans (shared by starting and changing one); returns its
    weekdays, by default the first `days_per_week` of the environment's open weekdays."""
    from toimi_desktop.models import User

    if data.planned_end_date and data.start_date and data.planned_end_date < data.start_date:
        problems.add("planned_end_date", N_("errors", "The planned end cannot be before the "
                                                      "start."))
    if not 0 < data.hours_per_day <= 12:
        problems.add("hours_per_day", N_("errors", "Hours per day must be more than 0 and "
                                                   "at most 12."))
    if not 1 <= data.days_per_week <= 5:
        problems.add("days_per_week", N_("errors", "Days per week must be 1–5."))
    weekdays = normalise_weekdays(data.weekdays)
    if not weekdays:
        weekdays = default_weekdays(data.days_per_week, open_weekdays)
    elif len(weekdays) != data.days_per_week and "days_per_week" not in problems:
        problems.add("weekdays", N_("errors", "Choose {days} weekdays: as many as days a "
                                              "week."), days=data.days_per_week)
    if kind is PeriodKind.REHABILITATIVE_WORK:
        _check_rehabilitative(data, problems)
    for field_name, role in (("coach_id", Role.COACH), ("career_agent_id", Role.CAREER_AGENT)):
        user_id = getattr(data, field_name)
        if user_id:
            user = session.get(User, user_id)
            if user is None or user.role is not role:
                problems.add(field_name, N_("errors", "Choose a person with the right "
                                                      "role."))
    return weekdays


def _check_rehabilitative(data: PeriodInput, problems: Problems) -> None:
    if data.planned_end_date is None:
        problems.add("planned_end_date", N_("errors", "Rehabilitative work activity needs a "
                                                      "planned end date."))
    elif data.start_date and "planned_end_date" not in problems:
        months = _months_between(data.start_date, data.planned_end_date)
        if not RWA_MIN_MONTHS <= months <= RWA_MAX_MONTHS:
            problems.add("planned_end_date", N_("errors", "Rehabilitative work activity lasts "
                                                          "{low}–{high} months."),
                         low=RWA_MIN_MONTHS, high=RWA_MAX_MONTHS)
    if not RWA_MIN_HOURS <= data.hours_per_day <= RWA_MAX_HOURS:
        problems.add("hours_per_day", N_("errors", "Rehabilitative work activity is {low}–{high} "
                                                   "hours a day."),
                     low=int(RWA_MIN_HOURS), high=int(RWA_MAX_HOURS))
    if not RWA_MIN_DAYS <= data.days_per_week <= RWA_MAX_DAYS:
        problems.add("days_per_week", N_("errors", "Rehabilitative work activity is {low}–{high} "
                                                   "days a week."),
                     low=RWA_MIN_DAYS, high=RWA_MAX_DAYS)


def close_period(ctx: ServiceContext, period_id: str, end_date: date, outcome: ExitOutcome,
                 note: str | None = None, today: date | None = None, *,
                 results: ExitResults | None = None,
                 remove_later_attendance: bool = False) -> SaveResult:
    """End the period with its outcome; `results` are the ESF+ results on leaving
    (`services.followup`), which may add to the outcome but not contradict it.

    Attendance recorded after the end date would be left outside the period (paid, yet on
    no day sheet): refused with `AttendanceOutside`, unless `remove_later_attendance`, when
    those records are removed in the same transaction (audited)."""
    ctx.require_role(*WRITERS)
    from toimi_desktop.models import Period
    from toimi_desktop.services.followup import check_results
    from toimi_desktop.services.period_days import (
        AFTER_END,
        AttendanceOutside,
        attendance_from,
        fi_date,
        remove_attendance,
    )

    today = today or date.today()
    with ctx.transaction() as tx:
        period = tx.session.get(Period, period_id)
        if period is None or period.deleted:
            raise NotFound(N_("errors", "The period no longer exists."))
        ctx.require_municipality(period.municipality_code)
        require_trainee(ctx, period.trainee_id, Right.REGISTER)
        problems = Problems()
        if period.status is PeriodStatus.ENDED:
            problems.add("end_date", N_("errors", "The period has already been closed."))
        elif end_date < period.start_date:
            problems.add("end_date", N_("errors", "The end date cannot be before the start."))
        elif end_date > today:
            problems.add("end_date", N_("errors", "The end date cannot be in the future."))
        try:
            outcome = ExitOutcome(outcome)
        except ValueError:
            problems.add("exit_outcome", N_("errors", "Choose the outcome of the period."))
        if results is not None and "exit_outcome" not in problems:
            check_results(outcome, results, problems)
        problems.raise_if_any()
        later = attendance_from(tx.session, period, end_date + timedelta(days=1))
        if later and not remove_later_attendance:
            raise AttendanceOutside("end_date", AFTER_END, [r.day for r in later])
        remove_attendance(tx, period, later, f"period closed on {fi_date(end_date)}")
        period.end_date = end_date
        period.exit_outcome = outcome
        period.exit_note = (note or "").strip() or None
        period.status = PeriodStatus.ENDED
        changed = ["end_date", "exit_outcome", "exit_note", "status"]
        for name, value in (results.as_fields().items() if results is not None else ()):
            setattr(period, name, value)
            changed.append(name)
        tx.stamp(period, changed)
        tx.audit("period.close", "period", period.id, period.municipality_code,
                 {"outcome": outcome.value})
        return SaveResult(period.id)
