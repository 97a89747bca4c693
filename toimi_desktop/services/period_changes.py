"""Changing an open coaching period: its plan (end, hours, weekdays, people, goals), and
pausing and resuming it. Closing is `services.periods.close_period`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models import Environment, Period, PeriodPause
from toimi_desktop.models.enums import PeriodStatus
from toimi_desktop.models.trainee import pause_id
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.context import ServiceContext, Transaction
from toimi_desktop.services.errors import DomainError, NotFound, Problems
from toimi_desktop.services.period_days import (
    IN_PAUSE,
    AttendanceOutside,
    attendance_from,
    fi_date,
    remove_attendance,
)
from toimi_desktop.services.periods import PeriodInput, check_plan
from toimi_desktop.services.trainees import WRITERS, SaveResult

PAUSE_REASON_MAX = 200


@dataclass
class PeriodUpdate:
    """What can change in an open period (its environment, kind and start cannot)."""

    planned_end_date: date | None
    hours_per_day: float
    days_per_week: int
    weekdays: str | None = None
    coach_id: str | None = None
    career_agent_id: str | None = None
    goals: str | None = None
    coaching_package: str | None = None


def update_input(period: Period) -> PeriodUpdate:
    return PeriodUpdate(
        planned_end_date=period.planned_end_date, hours_per_day=period.hours_per_day,
        days_per_week=period.days_per_week, weekdays=period.weekdays,
        coach_id=period.coach_id, career_agent_id=period.career_agent_id,
        goals=period.goals, coaching_package=period.coaching_package)


def _open_period(ctx: ServiceContext, tx: Transaction, period_id: str) -> Period:
    period = tx.session.get(Period, period_id)
    if period is None or period.deleted:
        raise NotFound(N_("errors", "The period no longer exists."))
    ctx.require_municipality(period.municipality_code)
    require_trainee(ctx, period.trainee_id, Right.REGISTER)
    if period.status is PeriodStatus.ENDED:
        raise DomainError(N_("errors", "The period has been closed: it can no longer be "
                                       "changed."))
    return period


def update_period(ctx: ServiceContext, period_id: str, data: PeriodUpdate) -> SaveResult:
    """Change the plan of an open period: the same rules as when starting one."""
    ctx.require_role(*WRITERS)
    with ctx.transaction() as tx:
        period = _open_period(ctx, tx, period_id)
        environment = tx.session.get(Environment, period.environment_id)
        problems = Problems()
        full = PeriodInput(
            environment_id=period.environment_id, kind=period.kind,
            start_date=period.start_date, planned_end_date=data.planned_end_date,
            hours_per_day=data.hours_per_day, days_per_week=data.days_per_week,
            coach_id=data.coach_id, career_agent_id=data.career_agent_id,
            goals=data.goals, coaching_package=data.coaching_package,
            weekdays=data.weekdays)
        weekdays = check_plan(tx.session, full, period.kind, problems,
                              environment.open_weekdays if environment else "12345")
        problems.raise_if_any()
        values = {
            "planned_end_date": data.planned_end_date,
            "hours_per_day": float(data.hours_per_day),
            "days_per_week": int(data.days_per_week),
            "weekdays": weekdays,
            "coach_id": data.coach_id or None,
            "career_agent_id": data.career_agent_id or None,
            "goals": (data.goals or "").strip() or None,
            "coaching_package": (data.coaching_package or "").strip() or None,
        }
        changed = [name for name, value in values.items() if getattr(period, name) != value]
        if not changed:
            return SaveResult(period.id)
        for name in changed:
            setattr(period, name, values[name])
        tx.stamp(period, changed)
        tx.audit("period.update", "period", period.id, period.municipality_code,
                 {"trainee_id": period.trainee_id, "fields": sorted(changed)})
        return SaveResult(period.id)


def pause_period(ctx: ServiceContext, period_id: str, start: date, reason: str | None = None,
                 today: date | None = None, *, remove_attendance_from: bool = False
                 ) -> SaveResult:
    """Pause an active period from `start` (today at the latest) until it is resumed; no
    attendance can be recorded while it is paused. Attendance already recorded from `start`
    on is refused with `AttendanceOutside`, or removed with `remove_attendance_from`."""
    ctx.require_role(*WRITERS)
    today = today or date.today()
    with ctx.transaction() as tx:
        period = _open_period(ctx, tx, period_id)
        problems = Problems()
        reason = (reason or "").strip() or None
        if period.status is PeriodStatus.PAUSED:
            raise DomainError(N_("errors", "The period is already paused."))
        if start < period.start_date:
            problems.add("start_date", N_("errors", "A pause cannot start before the "
                                                    "period."))
        elif start > today:
            problems.add("start_date", N_("errors", "A pause cannot start in the future: "
                                                    "pause the period on its first day."))
        elif any(p.end_date is not None and start <= p.end_date for p in period.pauses):
            problems.add("start_date", N_("errors", "The period was already paused on that "
                                                    "day: choose a later day."))
        if reason and len(reason) > PAUSE_REASON_MAX:
            problems.add("reason", N_("errors", "At most {n} characters."),
                         n=PAUSE_REASON_MAX)
        problems.raise_if_any()
        later = attendance_from(tx.session, period, start)
        if later and not remove_attendance_from:
            raise AttendanceOutside("start_date", IN_PAUSE, [r.day for r in later])
        remove_attendance(tx, period, later, f"period paused from {fi_date(start)}")
        pause = tx.session.get(PeriodPause, pause_id(period.id, start))
        if pause is None:
            pause = PeriodPause(id=pause_id(period.id, start), period_id=period.id,
                                trainee_id=period.trainee_id,
                                municipality_code=period.municipality_code)
        pause.start_date, pause.end_date = start, None
        pause.reason, pause.deleted = reason, False
        tx.stamp(pause, ["*"])
        period.status = PeriodStatus.PAUSED
        tx.stamp(period, ["status"])
        tx.audit("period.pause", "period", period.id, period.municipality_code,
                 {"trainee_id": period.trainee_id, "from": start.isoformat(),
                  **({"reason": reason} if reason else {})})
        return SaveResult(period.id)


def resume_period(ctx: ServiceContext, period_id: str, back_on: date,
                  today: date | None = None) -> SaveResult:
    """The trainee is back from `back_on` (today at the latest): the pause ends the day
    before, and attendance can be recorded again from `back_on`. Back on the pause's first
    day undoes the pause."""
    ctx.require_role(*WRITERS)
    today = today or date.today()
    with ctx.transaction() as tx:
        period = _open_period(ctx, tx, period_id)
        if period.status is not PeriodStatus.PAUSED:
            raise DomainError(N_("errors", "The period is not paused."))
        pause = period.open_pause
        problems = Problems()
        if back_on > today:
            problems.add("back_on", N_("errors", "The return day cannot be in the future: "
                                                 "resume the period on the day the trainee "
                                                 "is back."))
        elif pause is not None and back_on < pause.start_date:
            problems.add("back_on", N_("errors", "The return day cannot be before the first "
                                                 "day of the pause ({day})."),
                         day=fi_date(pause.start_date))
        elif back_on < period.start_date:
            problems.add("back_on", N_("errors", "The return day cannot be before the "
                                                 "period."))
        problems.raise_if_any()
        if pause is not None and back_on == pause.start_date:
            pause.deleted = True  # back on the first day: a pause made by mistake, undone
            tx.stamp(pause, ["deleted"])
        elif pause is not None:
            pause.end_date = back_on - timedelta(days=1)
            tx.stamp(pause, ["end_date"])
        period.status = PeriodStatus.ACTIVE
        tx.stamp(period, ["status"])
        tx.audit("period.resume", "period", period.id, period.municipality_code,
                 {"trainee_id": period.trainee_id, "back_on": back_on.isoformat()})
        return SaveResult(period.id)
