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
from toimi_desktop.services.names import list_names


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
    people: dict[str, tuple[str, str]] = {}  # trainee id → (name, birth date or "")
    period_of: dict[str, str] = {}  # period id → trainee id
    legacy_paused: dict[str, range] = {}  # paused before pauses had dates: on no day
    for trainee_id, name, born, period_id, p_start, p_end, status in conn.execute(
        "SELECT p.trainee_id, t.last_name || ' ' || t.first_name, t.birth_date, p.id,"
        " p.start_date, p.end_date, p.status"
        " FROM period p JOIN trainee t ON t.id = p.trainee_id"
        " WHERE p.environment_id = ? AND p.deleted = 0 AND t.deleted = 0"
        " AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)",
        (environment_id, iso[1], iso[0]),
    ):
        people[trainee_id] = (name, born or "")
        period_of[period_id] = trainee_id
        flags = spans.setdefault(trainee_id, [False] * len(days))
        first = max(date.fromisoformat(p_start), start)
        last = min(date.fromisoformat(p_end), end) if p_end else end
        covered = range(index[first], index[last] + 1) if first <= last else range(0)
        if status == "paused" and p_end is None:
            legacy_paused[period_id] = covered
        for i in covered:
            flags[i] = True
    _clear_pauses(conn, period_of, legacy_paused, spans, index, start, end)
    names = list_names((t, name, born or None) for t, (name, born) in people.items())
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
        for t, name in sorted(names.items(), key=lambda item: (*people[item[0]], item[0]))
        if any(spans[t]) or any(marks[t])  # a period paused all along shows no row
    )
    return AttendanceGrid(environment_id, tuple(calendar[d] for d in days), rows)


def _clear_pauses(conn, period_of: dict[str, str], legacy_paused: dict[str, range],
                  spans: dict[str, list[bool]], index: dict[date, int], start: date,
                  end: date) -> None:
    """Days in a pause are not in the period (`Period.is_active_on`)."""
    if not period_of:
        return
    ids = list(period_of)
    paused: set[str] = set()
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for period_id, p_start, p_end in conn.execute(
                "SELECT period_id, start_date, end_date FROM period_pause WHERE deleted = 0"
                f" AND period_id IN ({','.join('?' * len(part))})", part):
            paused.add(period_id)
            first = max(date.fromisoformat(p_start), start)
            last = min(date.fromisoformat(p_end), end) if p_end else end
            flags = spans[period_of[period_id]]
            for i in range(index[first], index[last] + 1) if first <= last else ():
                flags[i] = False
    for period_id, covered in legacy_paused.items():
        if period_id not in paused:
            for i in covered:
                spans[period_of[period_id]][i] = False


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
