"""Importing attendance: one `save_day` per row, for the period the trainee is in that day.
A trainee's day is one record (its natural key): the same day again is skipped when it says
the same, and reported when it says something else (a coach's record is never overwritten
from a spreadsheet)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
from toimi_desktop.services.errors import Message
from toimi_desktop.services.imports.rows import (
    EXISTS,
    Row,
    RowImporter,
    TraineeFinder,
    lookup_by_name,
    name_key,
)
from toimi_desktop.services.imports.values import (
    parse_date,
    parse_enum,
    parse_mark,
    parse_number,
)

if TYPE_CHECKING:
    from toimi_desktop.models import Attendance, Period
    from toimi_desktop.services.attendance import AttendanceEntry
    from toimi_desktop.services.context import ServiceContext, Transaction


@dataclass(frozen=True)
class _NewDay:
    environment_id: str
    day: date
    entry: AttendanceEntry


class AttendanceImporter(RowImporter):
    def __init__(self, ctx: ServiceContext, tx: Transaction, today: date) -> None:
        super().__init__(ctx, tx, today)
        from sqlalchemy import select

        from toimi_desktop.models import Environment, WorkTask

        self.finder = TraineeFinder(self)
        self.environments = {name_key(name): env_id for env_id, name in self.session.execute(
            select(Environment.id, Environment.name).where(Environment.deleted.is_(False)))}
        self.tasks: dict[str, dict[str, str]] = {}
        for task_id, name, env_id in self.session.execute(
                select(WorkTask.id, WorkTask.name, WorkTask.environment_id)
                .where(WorkTask.deleted.is_(False))):
            self.tasks.setdefault(env_id, {})[name_key(name)] = task_id
        self._periods: dict[str, list[Period]] = {}

    def column_of(self, service_field: str) -> str | None:
        # save_day names every problem of an entry by its trainee: they are about the mark.
        return "status"

    def prepare(self, row: Row) -> object:
        trainee = self.finder.find(row)
        day = row.parse("day", parse_date)
        if day is None and row.text("day") is None:
            row.problem("day", N_("errors", "Date is required."))
        mark = row.parse("status", lambda v: parse_mark(v, None))
        if mark is None and row.text("status") is None:
            row.problem("status", N_("errors", "Give the attendance status."))
        reason = row.parse("absence_reason", lambda v: parse_enum(AbsenceReason, v))
        hours = row.parse("hours", parse_number)
        environment_name = row.text("environment")
        environment_id = lookup_by_name(self.environments, environment_name)
        if environment_name and environment_id is None:
            row.problem("environment", N_("errors", "Unknown coaching environment “{name}”."),
                        name=environment_name)
        if day is not None and day > self.today:
            row.problem("day", N_("errors", "Attendance cannot be recorded for a future day."))
        if trainee is None or not row.ok:
            return None
        period = self._period_on(trainee.id, day, environment_id)
        if period is None:
            row.problem("day", N_("errors", "{date} is outside the trainee's coaching "
                                            "periods."), date=f"{day.day}.{day.month}.{day.year}")
            return None
        task_id = self._task(row, period.environment_id)
        if not row.ok or not self._unlocked(row, period.environment_id, day):
            return None
        if not self.first_time(row, (trainee.id, day),
                               N_("errors", "The same trainee and day as on row {row}.")):
            return None
        from toimi_desktop.services.attendance import AttendanceEntry

        status, reason = mark[0], reason or mark[1]
        entry = AttendanceEntry(trainee_id=trainee.id, status=status, hours=hours,
                                absence_reason=reason, work_task_id=task_id,
                                note=row.text("note"))
        recorded = self._recorded(trainee.id, day)
        if recorded is not None:
            if self._same(recorded, entry, period):
                return EXISTS
            row.problem("status", N_("errors", "This day is already recorded differently "
                                               "({status}): change it in the attendance "
                                               "view."),
                        status=recorded.absence_reason or recorded.status)
            return None
        return _NewDay(period.environment_id, day, entry)

    def _period_on(self, trainee_id: str, day: date, environment_id: str | None
                   ) -> Period | None:
        if trainee_id not in self._periods:
            from sqlalchemy import select

            from toimi_desktop.models import Period

            self._periods[trainee_id] = list(self.session.scalars(select(Period).where(
                Period.trainee_id == trainee_id, Period.deleted.is_(False))
                .order_by(Period.start_date)))
        return next((p for p in self._periods[trainee_id] if p.is_active_on(day) and (
            environment_id is None or p.environment_id == environment_id)), None)

    def _task(self, row: Row, environment_id: str) -> str | None:
        name = row.text("work_task")
        if name is None:
            return None
        task_id = lookup_by_name(self.tasks.get(environment_id, {}), name)
        if task_id is None:
            row.problem("work_task", N_("errors", "Unknown work task “{name}” at the "
                                                  "trainee's environment."), name=name)
        return task_id

    def _unlocked(self, row: Row, environment_id: str, day: date) -> bool:
        from toimi_desktop.services.attendance import is_locked

        if is_locked(self.session, environment_id, day):
            row.problem("day", N_("errors", "The allowance of {month} has been approved: "
                                            "attendance cannot be imported into it."),
                        month=f"{day.month}/{day.year}")
            return False
        return True

    def _recorded(self, trainee_id: str, day: date) -> Attendance | None:
        from toimi_desktop.models import Attendance
        from toimi_desktop.models.attendance import attendance_id

        record = self.session.get(Attendance, attendance_id(trainee_id, day))
        return None if record is None or record.deleted else record

    @staticmethod
    def _same(record: Attendance, entry: AttendanceEntry, period: Period) -> bool:
        status = AttendanceStatus(entry.status)
        reason = AbsenceReason(entry.absence_reason) if entry.absence_reason else None
        if status is not AttendanceStatus.ABSENT:
            reason = None
        if entry.hours is not None:
            hours = float(entry.hours) if status.attended else 0.0
        else:
            hours = period.hours_per_day if status.attended else 0.0
        return (record.status is status and record.absence_reason == reason
                and abs(record.hours - hours) < 0.001
                and (entry.work_task_id is None or record.work_task_id == entry.work_task_id)
                and (entry.note is None or record.note == entry.note))

    def write(self, prepared: _NewDay) -> list[Message]:
        from toimi_desktop.services.attendance import save_day

        result = save_day(self.ctx, prepared.environment_id, prepared.day, [prepared.entry],
                          today=self.today)
        return list(result.warnings)
