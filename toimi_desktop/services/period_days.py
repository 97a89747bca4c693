"""Which days belong to a period (its dates and pauses), that rule as SQL for reports, and
the attendance that a shorter period or a pause would leave outside it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models import AllowanceApproval, Attendance, Period
from toimi_desktop.models.attendance import approval_id
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import Transaction
from toimi_desktop.services.errors import Message, ValidationError

LISTED_DAYS = 5  # more days than this are shown as a range


def fi_date(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def period_on_sql(period: str, day: str) -> str:
    """SQL that is true when the period row `period` (a table name or alias) is on the day
    `day` (a column, or a quoted ISO date): the rule of `Period.is_active_on`."""
    return (
        f"({period}.start_date <= {day} AND ({period}.end_date IS NULL"
        f" OR {period}.end_date >= {day})"
        f" AND NOT EXISTS (SELECT 1 FROM period_pause pp WHERE pp.period_id = {period}.id"
        f" AND pp.deleted = 0 AND pp.start_date <= {day}"
        f" AND (pp.end_date IS NULL OR pp.end_date >= {day}))"
        # Paused before pauses had dates: on no day (as `Period.is_active_on`).
        f" AND NOT ({period}.status = 'paused' AND {period}.end_date IS NULL"
        f" AND NOT EXISTS (SELECT 1 FROM period_pause pq WHERE pq.period_id = {period}.id"
        f" AND pq.deleted = 0)))"
    )


def sql_date(day: date) -> str:
    """A date as an SQL literal for `period_on_sql` (ISO digits only: nothing to escape)."""
    return f"'{day.isoformat()}'"


class AttendanceOutside(ValidationError):
    """Closing or pausing the period would leave recorded attendance outside it. `days`
    lists them; the same action with the removal option tombstones them (audited)."""

    def __init__(self, field_name: str, template: str, days: list[date]) -> None:
        self.days = days
        super().__init__({field_name: Message(template, {"count": len(days),
                                                         "days": days_text(days)})})


AFTER_END = N_("errors", "Attendance is recorded for {count} day(s) after the end date "
                         "({days}). Remove those records or choose a later end date.")
IN_PAUSE = N_("errors", "Attendance is recorded for {count} day(s) from the start of the "
                        "pause ({days}). Remove those records or choose a later start.")


def days_text(days: list[date]) -> str:
    if len(days) <= LISTED_DAYS:
        return ", ".join(fi_date(d) for d in days)
    return f"{fi_date(days[0])}–{fi_date(days[-1])}"


def attendance_from(session: Session, period: Period, first: date) -> list[Attendance]:
    """The period's live attendance records on `first` or later, oldest first."""
    return list(session.scalars(select(Attendance).where(
        Attendance.period_id == period.id, Attendance.day >= first,
        Attendance.deleted.is_(False)).order_by(Attendance.day)))


def remove_attendance(tx: Transaction, period: Period, records: list[Attendance],
                      why: str) -> None:
    """Tombstone `records` (one trainee's) with one audit entry that lists the days; days
    of an approved month are logged as a locked change."""
    if not records:
        return
    locked = sorted({f"{r.day:%Y-%m}" for r in records
                     if _approved(tx.session, r.environment_id, r.day)})
    for record in records:
        record.deleted = True
        tx.stamp(record, ["deleted"])
    details: dict[str, object] = {"days": [r.day.isoformat() for r in records],
                                  "reason": why, "period_id": period.id}
    if locked:
        details["approved_months"] = locked
    tx.audit("attendance.locked_change" if locked else "attendance.remove", "trainee",
             period.trainee_id, period.municipality_code, details)


def _approved(session: Session, environment_id: str, day: date) -> bool:
    approval = session.get(AllowanceApproval, approval_id(environment_id, day.replace(day=1)))
    return approval is not None and not approval.deleted



def environment_open_weekdays(ctx: ReadContext, environment_id: str) -> str:
    """The ISO weekdays an environment works ("12345" if it is not known here)."""
    row = ctx.db.reader().execute("SELECT open_weekdays FROM environment WHERE id = ?",
                                  (environment_id,)).fetchone()
    return row[0] if row and row[0] else "12345"
