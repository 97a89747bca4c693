"""Read models over attendance: the week/month grid of an environment and one trainee's
calendar with the attendance rate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from toimi_desktop.models.access_enums import AccessTarget
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.access_log import log_view
from toimi_desktop.services.attendance import (
    RECORDERS,
    attendance_between,
    environment_in_scope,
)
from toimi_desktop.services.calendar import DayInfo, service_calendar
from toimi_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class Mark:
    status: AttendanceStatus
    hours: float
    reason: AbsenceReason | None


@dataclass(frozen=True)
class GridRow:
    trainee_id: str
    name: str
    in_period: tuple[bool, ...]  # per day of the grid: is the trainee's period on?
    marks: tuple[Mark | None, ...]


@dataclass(frozen=True)
class AttendanceGrid:
    environment_id: str
    days: tuple[DayInfo, ...]
    rows: tuple[GridRow, ...]


def attendance_grid(ctx: ServiceContext, environment_id: str, start: date, end: date
                    ) -> AttendanceGrid:
    """Every trainee whose period at the environment touches [start, end], day by day.

    Plain rows, not ORM objects: a month of a large environment is tens of thousands of
    records, and this opens while the coach waits."""
    ctx.require_role(*RECORDERS)
    with ctx.db.session() as session:
        environment_in_scope(ctx, session, environment_id)
        calendar = service_calendar(session, environment_id, start, end)
    days = sorted(calendar)
    index = {d: i for i, d in enumerate(days)}
    conn = ctx.db.reader()
    iso = (start.isoformat(), end.isoformat())
    spans: dict[str, list[bool]] = {}
    names: dict[str, str] = {}
    for trainee_id, name, p_start, p_end in conn.execute(
        "SELECT p.trainee_id, t.last_name || ' ' || t.first_name, p.start_date, p.end_date"
        " FROM period p JOIN trainee t ON t.id = p.trainee_id"
        " WHERE p.environment_id = ? AND p.deleted = 0 AND t.deleted = 0"
        " AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)"
        " AND (p.status != 'paused' OR p.end_date IS NOT NULL)",
        (environment_id, iso[1], iso[0]),
    ):
        names[trainee_id] = name
        flags = spans.setdefault(trainee_id, [False] * len(days))
        first = max(date.fromisoformat(p_start), start)
        last = min(date.fromisoformat(p_end), end) if p_end else end
        for i in range(index[first], index[last] + 1) if first <= last else ():
            flags[i] = True
    marks: dict[str, list[Mark | None]] = {t: [None] * len(days) for t in names}
    for trainee_id, day, status, hours, reason in conn.execute(
        "SELECT trainee_id, day, status, hours, absence_reason FROM attendance"
        " WHERE environment_id = ? AND day BETWEEN ? AND ? AND deleted = 0",
        (environment_id, *iso),
    ):
        row = marks.get(trainee_id)
        if row is not None:
            row[index[date.fromisoformat(day)]] = Mark(
                _STATUS[status], hours, _REASON[reason] if reason else None)
    rows = tuple(
        GridRow(trainee_id=t, name=name, in_period=tuple(spans[t]), marks=tuple(marks[t]))
        for t, name in sorted(names.items(), key=lambda item: item[1])
    )
    return AttendanceGrid(environment_id, tuple(calendar[d] for d in days), rows)


_STATUS = {s.value: s for s in AttendanceStatus}
_REASON = {r.value: r for r in AbsenceReason}


@dataclass(frozen=True)
class TraineeAttendance:
    start: date
    end: date
    marks: dict[date, Mark]
    attended_days: int
    absent_days: int
    hours: float

    @property
    def rate(self) -> float | None:
        """Attended days of the days that were due (service-not-held days are not due)."""
        due = self.attended_days + self.absent_days
        return self.attended_days / due if due else None


def trainee_attendance(ctx: ServiceContext, trainee_id: str, start: date, end: date
                       ) -> TraineeAttendance:
    """A trainee's days between `start` and `end` (a logged view of their attendance)."""
    require_trainee(ctx, trainee_id, Right.ATTENDANCE, AccessTarget.ATTENDANCE)
    log_view(ctx, trainee_id, AccessTarget.ATTENDANCE)
    with ctx.db.session() as session:
        records = attendance_between(session, [trainee_id], start, end).get(trainee_id, [])
        marks = {r.day: Mark(r.status, r.hours, r.absence_reason) for r in records}
        attended = [m for m in marks.values() if m.status.attended]
        return TraineeAttendance(
            start=start, end=end, marks=marks, attended_days=len(attended),
            absent_days=sum(1 for m in marks.values() if m.status is AttendanceStatus.ABSENT),
            hours=sum(m.hours for m in attended),
        )
