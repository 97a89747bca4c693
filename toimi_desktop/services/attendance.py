"""The coach's day: who is expected where, recording attendance, and month approvals."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models import (
    AllowanceApproval,
    Attendance,
    Environment,
    Period,
    PeriodPause,
    Trainee,
    User,
    WorkTask,
)
from toimi_desktop.models.attendance import approval_id, attendance_id
from toimi_desktop.models.enums import (
    AbsenceReason,
    AttendanceStatus,
    PeriodKind,
    Role,
)
from toimi_desktop.services.attendance_rules import check_service_day, day_warnings
from toimi_desktop.services.calendar import DayInfo, service_calendar
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import DomainError, Message, NotFound, Problems
from toimi_desktop.services.names import list_names
from toimi_desktop.services.reference import Choice

RECORDERS = (Role.COACH, Role.CAREER_AGENT, Role.COORDINATOR)
APPROVERS = (Role.COACH, Role.COORDINATOR)


@dataclass
class AttendanceEntry:
    trainee_id: str
    status: AttendanceStatus
    hours: float | None = None  # None: the period's planned hours when attended, else 0
    absence_reason: AbsenceReason | None = None
    work_task_id: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SheetRow:
    trainee_id: str
    name: str
    period_id: str
    period_kind: PeriodKind
    planned_hours: float
    status: AttendanceStatus | None
    absence_reason: AbsenceReason | None
    hours: float | None
    work_task_id: str | None
    note: str | None
    recorded_by: str | None
    scheduled: bool = True  # one of the period's weekdays ("all remaining present" marks)
    weekdays: str = "12345"  # the period's weekdays as ISO digits


@dataclass(frozen=True)
class DaySheet:
    environment_id: str
    day: date
    info: DayInfo
    locked: bool
    rows: tuple[SheetRow, ...]
    tasks: tuple[Choice, ...]


@dataclass(frozen=True)
class SaveDayResult:
    saved: int
    warnings: list[Message] = field(default_factory=list)


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def environment_in_scope(ctx: ServiceContext, session: Session, environment_id: str
                         ) -> Environment:
    """The environment, if the actor may see and record its people's days (for a coach:
    one they coach)."""
    from toimi_desktop.services.access import require_environment_people

    environment = session.get(Environment, environment_id)
    if environment is None or environment.deleted:
        raise NotFound(N_("errors", "The coaching environment no longer exists."))
    require_environment_people(ctx, environment_id, environment.municipality_code)
    return environment


def active_periods(session: Session, environment_id: str, start: date, end: date,
                   trainee_ids: list[str] | None = None) -> list[Period]:
    """Periods at the environment whose dates touch [start, end], optionally only those of
    `trainee_ids`; whether one is on a given day (pauses) is `Period.is_active_on`."""
    where = [Period.environment_id == environment_id, Period.deleted.is_(False),
             Period.start_date <= end, (Period.end_date.is_(None)) | (Period.end_date >= start)]
    if trainee_ids is not None:
        where.append(Period.trainee_id.in_(trainee_ids))
    periods = list(session.scalars(select(Period).where(*where)))
    # Their pauses by the period index, a chunk of ids a query (few periods have any),
    # instead of one load per period.
    pauses: dict[str, list[PeriodPause]] = defaultdict(list)
    ids = [p.id for p in periods]
    for at in range(0, len(ids), 900):
        for pause in session.scalars(select(PeriodPause).where(
                PeriodPause.period_id.in_(ids[at:at + 900]), PeriodPause.deleted.is_(False))
                .order_by(PeriodPause.start_date)):
            pauses[pause.period_id].append(pause)
    for period in periods:
        set_committed_value(period, "pauses", pauses.get(period.id, []))
    return periods


def is_locked(session: Session, environment_id: str, day: date) -> bool:
    approval = session.get(AllowanceApproval, approval_id(environment_id, month_start(day)))
    return approval is not None and not approval.deleted


def day_sheet(ctx: ServiceContext, environment_id: str, day: date) -> DaySheet:
    """Exactly the trainees whose period is on that day, with what is already recorded."""
    ctx.require_role(*RECORDERS)
    with ctx.db.session() as session:
        environment_in_scope(ctx, session, environment_id)
        periods = [p for p in active_periods(session, environment_id, day, day)
                   if p.is_active_on(day)]
        trainees = {t.id: t for t in session.scalars(
            select(Trainee).where(Trainee.id.in_([p.trainee_id for p in periods]),
                                  Trainee.deleted.is_(False)))}
        records = {a.trainee_id: a for a in session.scalars(
            select(Attendance).where(Attendance.day == day,
                                     Attendance.trainee_id.in_(list(trainees)),
                                     Attendance.deleted.is_(False)))}
        names = dict(session.execute(select(User.id, User.display_name)).all())
        shown = list_names((t.id, t.full_name, t.birth_date) for t in trainees.values())
        rows = []
        for period in periods:
            trainee = trainees.get(period.trainee_id)
            if trainee is None:
                continue
            record = records.get(trainee.id)
            rows.append(SheetRow(
                trainee_id=trainee.id, name=shown[trainee.id], period_id=period.id,
                period_kind=period.kind, planned_hours=period.hours_per_day,
                status=record.status if record else None,
                absence_reason=record.absence_reason if record else None,
                hours=record.hours if record else None,
                work_task_id=record.work_task_id if record else None,
                note=record.note if record else None,
                recorded_by=names.get(record.recorded_by) if record else None,
                scheduled=day.isoweekday() in (weekdays := period.scheduled_weekdays),
                weekdays="".join(str(d) for d in sorted(weekdays)),
            ))
        # The trainees due that day first; the others (greyed) after them. Namesakes by age.
        born = {t.id: t.birth_date.isoformat() if t.birth_date else "" for t in
                trainees.values()}
        rows.sort(key=lambda r: (not r.scheduled, trainees[r.trainee_id].full_name,
                                 born[r.trainee_id], r.trainee_id))
        tasks = session.scalars(select(WorkTask).where(
            WorkTask.environment_id == environment_id, WorkTask.deleted.is_(False))
            .order_by(WorkTask.name)).all()
        return DaySheet(
            environment_id=environment_id, day=day,
            info=service_calendar(session, environment_id, day, day)[day],
            locked=is_locked(session, environment_id, day), rows=tuple(rows),
            tasks=tuple(Choice(t.id, t.name, t.field.value) for t in tasks),
        )


def _normalise(entry: AttendanceEntry, planned_hours: float, problems: Problems
               ) -> tuple[AttendanceStatus, AbsenceReason | None, float]:
    key = entry.trainee_id
    try:
        status = AttendanceStatus(entry.status)
    except ValueError:
        problems.add(key, N_("errors", "Unknown attendance status."))
        return AttendanceStatus.ABSENT, None, 0.0
    reason = AbsenceReason(entry.absence_reason) if entry.absence_reason else None
    if status is AttendanceStatus.ABSENT and reason is None:
        problems.add(key, N_("errors", "Give the reason for the absence."))
    if status is not AttendanceStatus.ABSENT:
        reason = None
    if entry.hours is None:
        hours = planned_hours if status.attended else 0.0
    else:
        hours = float(entry.hours)
    if not 0 <= hours <= 12:
        problems.add(key, N_("errors", "Hours must be 0–12."))
    elif status.attended and hours == 0:
        problems.add(key, N_("errors", "A present trainee has more than 0 hours."))
    elif not status.attended:
        hours = 0.0
    return status, reason, hours


# Status, absence reason and hours only make sense together ("absent, 4 h" does not): a
# change of any is stamped as a change of all three, so on sync the later save wins them all.
_DAY_STATE = frozenset({"status", "absence_reason", "hours"})


def save_day(ctx: ServiceContext, environment_id: str, day: date,
             entries: list[AttendanceEntry], change_reason: str | None = None,
             today: date | None = None) -> SaveDayResult:
    """Record one day for a group. Two coaches saving the same trainee and day update one
    record (its id is derived from the natural key). All or nothing."""
    ctx.require_role(*RECORDERS)
    today = today or date.today()
    if day > today:
        raise DomainError(N_("errors", "Attendance cannot be recorded for a future day."))
    with ctx.transaction() as tx:
        session = tx.session
        environment = environment_in_scope(ctx, session, environment_id)
        locked = is_locked(session, environment_id, day)
        change_reason = (change_reason or "").strip() or None
        if locked and not change_reason:
            raise DomainError(N_("errors", "The allowance for this month has been approved: "
                                           "give a reason for the change."))
        trainee_ids = [e.trainee_id for e in entries]
        candidates = active_periods(session, environment_id, day, day, trainee_ids)
        periods = {p.trainee_id: p for p in candidates if p.is_active_on(day)}
        paused = {p.trainee_id for p in candidates if p.trainee_id not in periods}
        info = service_calendar(session, environment_id, day, day)[day]
        tasks = set(session.scalars(select(WorkTask.id).where(
            WorkTask.environment_id == environment_id)))
        # One query for the records the group already has that day (no per-row autoflush).
        existing = {a.trainee_id: a for a in session.scalars(select(Attendance).where(
            Attendance.id.in_([attendance_id(t, day) for t in trainee_ids])))}
        problems = Problems()
        saved: list[tuple[str, AttendanceStatus, float]] = []
        for entry in entries:
            period = periods.get(entry.trainee_id)
            if period is None:
                problems.add(entry.trainee_id, N_("errors", "The trainee's period is paused on "
                                                            "this day.")
                             if entry.trainee_id in paused else
                             N_("errors", "The trainee has no active period here on this day."))
                continue
            status, reason, hours = _normalise(entry, period.hours_per_day, problems)
            if entry.trainee_id not in problems:
                check_service_day(info, entry.trainee_id, status, entry.note, problems)
            if entry.work_task_id and entry.work_task_id not in tasks:
                problems.add(entry.trainee_id, N_("errors", "Choose a task of this "
                                                            "environment."))
            if entry.trainee_id in problems:
                continue
            values = {"period_id": period.id, "environment_id": environment_id,
                      "status": status, "absence_reason": reason, "hours": hours,
                      "work_task_id": entry.work_task_id or None,
                      "note": (entry.note or "").strip() or None}
            record = existing.get(entry.trainee_id)
            if record is None:
                record = Attendance(id=attendance_id(entry.trainee_id, day),
                                    trainee_id=entry.trainee_id, day=day,
                                    municipality_code=environment.municipality_code)
                changed = list(values)
            else:
                changed = [k for k, v in values.items() if getattr(record, k) != v]
                if record.deleted:
                    changed.append("deleted")
                    record.deleted = False
                if not changed:
                    continue
            stamped = changed  # status, reason and hours merge on sync as one: _DAY_STATE
            if _DAY_STATE & set(changed):
                stamped = [*changed, *sorted(_DAY_STATE - set(changed))]
            for name in changed:
                if name != "deleted":
                    setattr(record, name, values[name])
            record.recorded_by = ctx.actor.user_id
            tx.stamp(record, [*stamped, "recorded_by"])
            details = {"day": day.isoformat(), "fields": sorted(changed)}
            if locked:
                details["reason"] = change_reason
            tx.audit("attendance.locked_change" if locked else "attendance.record",
                     "trainee", entry.trainee_id, environment.municipality_code, details)
            if period.kind is PeriodKind.REHABILITATIVE_WORK:
                saved.append((entry.trainee_id, status, hours))
            else:
                saved.append((entry.trainee_id, status, -1.0))  # no legal limits to check
        problems.raise_if_any()
        warnings = day_warnings(session, environment_id, day, saved)
        return SaveDayResult(len(saved), warnings)


def approve_month(ctx: ServiceContext, environment_id: str, month: date,
                  today: date | None = None) -> None:
    """Approve a month's allowance: its attendance is locked from then on."""
    ctx.require_role(*APPROVERS)
    today = today or date.today()
    month = month_start(month)
    if month_end(month) >= today:
        raise DomainError(N_("errors", "A month can be approved once it has ended."))
    with ctx.transaction() as tx:
        environment = environment_in_scope(ctx, tx.session, environment_id)
        approval = tx.session.get(AllowanceApproval, approval_id(environment_id, month))
        if approval is not None and not approval.deleted:
            raise DomainError(N_("errors", "This month has already been approved."))
        if approval is None:
            approval = AllowanceApproval(id=approval_id(environment_id, month),
                                         environment_id=environment_id, month=month,
                                         municipality_code=environment.municipality_code)
        approval.deleted = False
        approval.approved_by = ctx.actor.user_id
        approval.approved_at = datetime.now(UTC)
        tx.stamp(approval, ["approved_by", "approved_at", "deleted"])
        tx.audit("allowance.approve", "environment", environment_id,
                 environment.municipality_code, {"month": f"{month:%Y-%m}"})


def attendance_between(session: Session, trainee_ids: list[str] | None, start: date, end: date,
                       environment_id: str | None = None) -> dict[str, list[Attendance]]:
    """Records per trainee in a date range (for grids, calendars and reports)."""
    query = select(Attendance).where(Attendance.day.between(start, end),
                                     Attendance.deleted.is_(False))
    if environment_id:
        query = query.where(Attendance.environment_id == environment_id)
    if trainee_ids is not None:
        query = query.where(Attendance.trainee_id.in_(trainee_ids))
    by_trainee: dict[str, list[Attendance]] = defaultdict(list)
    for record in session.scalars(query.order_by(Attendance.day)):
        by_trainee[record.trainee_id].append(record)
    return by_trainee
