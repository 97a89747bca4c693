"""A trainee's signable monthly attendance sheet: every day of the month with its status,
hours and task, holidays and closed days marked, totals, and signature lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models import Attendance, Environment, Period, Trainee, WorkTask
from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import AttendanceStatus
from toimi_desktop.reports import pdf
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.access_log import log_access
from toimi_desktop.services.attendance import RECORDERS, month_end, month_start
from toimi_desktop.services.calendar import days_between, service_calendar
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import NotFound

TITLE = N_("reports", "Attendance sheet {month}")
COL_DATE = N_("reports", "Date")
COL_WEEKDAY = N_("reports", "Day")
COL_STATUS = N_("reports", "Attendance")
COL_HOURS = N_("reports", "Hours")
COL_TASK = N_("reports", "Work task")
TOTALS = N_("reports", "Days attended {days}, hours {hours}, absence days {absent}.")
SIGN_TRAINEE = N_("reports", "Trainee: signature")
SIGN_COACH = N_("reports", "Work coach: signature and name in block letters")
WEEKDAYS = [N_("reports", "Mon"), N_("reports", "Tue"), N_("reports", "Wed"),
            N_("reports", "Thu"), N_("reports", "Fri"), N_("reports", "Sat"),
            N_("reports", "Sun")]
NOT_OPEN = N_("reports", "closed")


@dataclass(frozen=True)
class SheetDay:
    day: date
    note: str  # a holiday's name, a closed day's reason, or ""
    open: bool
    status: AttendanceStatus | None
    reason: str | None
    hours: float
    task: str | None


@dataclass(frozen=True)
class MonthSheet:
    name: str
    environment: str
    month: date
    days: tuple[SheetDay, ...]


def month_sheet(ctx: ServiceContext, trainee_id: str, month: date,
                language: str | None = None) -> MonthSheet:
    ctx.require_role(*RECORDERS)
    month = month_start(month)
    require_trainee(ctx, trainee_id, Right.ATTENDANCE, AccessTarget.ATTENDANCE_SHEET)
    with ctx.db.session() as session:
        trainee = session.get(Trainee, trainee_id)
        if trainee is None:
            raise NotFound(N_("errors", "The trainee no longer exists."))
        records = {a.day: a for a in session.scalars(
            select(Attendance).where(Attendance.trainee_id == trainee_id,
                                     Attendance.day.between(month, month_end(month)),
                                     Attendance.deleted.is_(False)))}
        period = session.scalar(
            select(Period).where(Period.trainee_id == trainee_id, Period.deleted.is_(False),
                                 Period.start_date <= month_end(month))
            .order_by(Period.start_date.desc()))
        environment = session.get(Environment, period.environment_id) if period else None
        calendar = (service_calendar(session, environment.id, month, month_end(month),
                                     language or "fi") if environment else {})
        tasks = dict(session.execute(select(WorkTask.id, WorkTask.name)).all())
        days = []
        for day in days_between(month, month_end(month)):
            info = calendar.get(day)
            record = records.get(day)
            days.append(SheetDay(
                day=day, note=(info.name or "") if info else "",
                open=bool(info and info.held),
                status=record.status if record else None,
                reason=record.absence_reason.translated(language)
                if record and record.absence_reason else None,
                hours=record.hours if record else 0.0,
                task=tasks.get(record.work_task_id) if record else None,
            ))
        log_access(ctx, AccessAction.EXPORT, AccessTarget.ATTENDANCE_SHEET, [trainee_id],
                   details={"month": f"{month:%Y-%m}"})
        return MonthSheet(trainee.full_name, environment.name if environment else "",
                          month, tuple(days))


def write_pdf(sheet: MonthSheet, out: Path | str, who: str, language: str | None = None
              ) -> None:
    t = pdf.translator(language)
    title = t(TITLE).format(month=f"{sheet.month.month}/{sheet.month.year}")
    rows = []
    for d in sheet.days:
        if d.status is not None:
            status = d.status.translated(language) + (f": {d.reason}" if d.reason else "")
        else:
            status = d.note or ("" if d.open else t(NOT_OPEN))
        rows.append([pdf.fi_date(d.day), t(WEEKDAYS[d.day.weekday()]), status,
                     pdf.fi_number(d.hours, 1) if d.hours else "", d.task or ""])
    attended = [d for d in sheet.days if d.status and d.status.attended]
    absent = sum(1 for d in sheet.days if d.status is AttendanceStatus.ABSENT)
    table = pdf.data_table([t(COL_DATE), t(COL_WEEKDAY), t(COL_STATUS), t(COL_HOURS),
                            t(COL_TASK)], rows,
                           col_widths=[22 * pdf.mm, 14 * pdf.mm, 62 * pdf.mm, 17 * pdf.mm,
                                       63 * pdf.mm])
    weekend_rows = [i + 1 for i, d in enumerate(sheet.days) if not d.open]
    for row in weekend_rows:
        table.setStyle([("TEXTCOLOR", (0, row), (-1, row), pdf.colors.HexColor("#777777"))])
    story = [
        pdf.para(title, "title"),
        pdf.para(f"{sheet.name} – {sheet.environment}", "subtitle"),
        table,
        pdf.spacer(),
        pdf.para(t(TOTALS).format(days=len(attended),
                                  hours=pdf.fi_number(sum(d.hours for d in attended), 1),
                                  absent=absent)),
        pdf.spacer(8),
        pdf.signature_block([t(SIGN_TRAINEE), t(SIGN_COACH)]),
    ]
    pdf.build_pdf(out, title, story, who=who, language=language)


