"""Monthly allowance report per environment: days attended, allowance days and euros per
trainee in rehabilitative work activity, absence days by reason, totals, signature line."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, text

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models import (
    AllowanceApproval,
    Attendance,
    Environment,
    Municipality,
    Period,
    Trainee,
    User,
)
from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.attendance import approval_id
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, PeriodKind
from toimi_desktop.reports import pdf
from toimi_desktop.services import settings
from toimi_desktop.services.access import require_environment_people
from toimi_desktop.services.access_log import log_access
from toimi_desktop.services.attendance import RECORDERS, month_end, month_start
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import NotFound
from toimi_desktop.services.names import list_names
from toimi_desktop.services.period_days import period_on_sql

TITLE = N_("reports", "Allowance report {month}")
SUBTITLE = N_("reports", "{environment}, {municipality} – rehabilitative work activity")
RATE_LINE = N_("reports", "Allowance {rate} € per day attended, at most {cap} days a "
                          "calendar week.")
APPROVED = N_("reports", "Approved {when} by {who}.")
NOT_APPROVED = N_("reports", "Not yet approved.")
COL_NAME = N_("reports", "Trainee")
COL_ATTENDED = N_("reports", "Days attended")
COL_ALLOWANCE_DAYS = N_("reports", "Allowance days")
COL_EUROS = N_("reports", "Allowance €")
COL_ABSENCES = N_("reports", "Absences")
TOTAL = N_("reports", "Total")
NONE = N_("reports", "No rehabilitative work activity in this month.")
SIGN_COACH = N_("reports", "Work coach: signature and name in block letters")
SIGN_APPROVER = N_("reports", "Approved by: signature and name in block letters")
REASONS_HEADING = N_("reports", "Absence days by reason")


@dataclass(frozen=True)
class AllowanceLine:
    trainee_id: str
    name: str
    days_attended: int
    allowance_days: int
    euros: float
    absences: dict[AbsenceReason, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AllowanceReport:
    environment: str
    municipality: str
    month: date
    rate: float
    weekly_cap: int
    lines: tuple[AllowanceLine, ...]
    approved_at: date | None
    approved_by: str | None

    @property
    def total_attended(self) -> int:
        return sum(line.days_attended for line in self.lines)

    @property
    def total_allowance_days(self) -> int:
        return sum(line.allowance_days for line in self.lines)

    @property
    def total_euros(self) -> float:
        return round(sum(line.euros for line in self.lines), 2)

    def absences_by_reason(self) -> dict[AbsenceReason, int]:
        totals: Counter[AbsenceReason] = Counter()
        for line in self.lines:
            totals.update(line.absences)
        return {reason: totals[reason] for reason in AbsenceReason if totals[reason]}


def allowance_days(attended: list[date], month: date, weekly_cap: int) -> int:
    """Days of `month` that earn the allowance: in each calendar week the first
    `weekly_cap` attended days count, including those that fell in the previous month."""
    by_week: dict[tuple[int, int], list[date]] = defaultdict(list)
    for day in sorted(attended):
        by_week[day.isocalendar()[:2]].append(day)
    return sum(1 for days in by_week.values() for day in days[:weekly_cap]
               if day.year == month.year and day.month == month.month)


def find_environment(ctx: ServiceContext, name_or_id: str) -> Environment:
    with ctx.db.session() as session:
        environment = session.get(Environment, name_or_id) or session.scalar(
            select(Environment).where(Environment.name == name_or_id,
                                      Environment.deleted.is_(False)))
        if environment is None:
            raise NotFound(N_("errors", "No coaching environment “{name}”."), name=name_or_id)
        ctx.require_municipality(environment.municipality_code)
        return environment


def allowance_report(ctx: ServiceContext, environment_id: str, month: date) -> AllowanceReport:
    ctx.require_role(*RECORDERS)
    month = month_start(month)
    last = month_end(month)
    first_monday = month - timedelta(days=month.weekday())
    with ctx.db.session() as session:
        environment = session.get(Environment, environment_id)
        if environment is None or environment.deleted:
            raise NotFound(N_("errors", "The coaching environment no longer exists."))
        require_environment_people(ctx, environment_id, environment.municipality_code)
        rate = float(settings.read(session, settings.ALLOWANCE_RATE))
        cap = int(settings.read(session, settings.ALLOWANCE_WEEKLY_CAP))
        rows = session.execute(
            select(Attendance.trainee_id, Attendance.day, Attendance.status,
                   Attendance.absence_reason)
            .join(Period, Period.id == Attendance.period_id)
            .where(Attendance.environment_id == environment_id,
                   Attendance.day.between(first_monday, last),
                   Attendance.deleted.is_(False),
                   Period.kind == PeriodKind.REHABILITATIVE_WORK,
                   # Only days inside the period: not after its end, not in a pause.
                   text(period_on_sql("period", "attendance.day")))
        ).all()
        attended: dict[str, list[date]] = defaultdict(list)
        absences: dict[str, Counter] = defaultdict(Counter)
        in_month: set[str] = set()
        for trainee_id, day, status, reason in rows:
            if day >= month:
                in_month.add(trainee_id)
            if AttendanceStatus(status).attended:
                attended[trainee_id].append(day)
            elif status == AttendanceStatus.ABSENT and day >= month and reason:
                absences[trainee_id][AbsenceReason(reason)] += 1
        trainees = {t.id: t for t in session.scalars(
            select(Trainee).where(Trainee.id.in_(in_month)))}
        names = list_names((t.id, t.full_name, t.birth_date) for t in trainees.values())
        lines = []
        for trainee_id in sorted(in_month, key=lambda t: _sort_key(trainees.get(t), t)):
            days = allowance_days(attended[trainee_id], month, cap)
            lines.append(AllowanceLine(
                trainee_id=trainee_id, name=names.get(trainee_id, "?"),
                days_attended=sum(1 for d in attended[trainee_id] if d >= month),
                allowance_days=days, euros=round(days * rate, 2),
                absences=dict(absences[trainee_id]),
            ))
        approval = session.get(AllowanceApproval, approval_id(environment_id, month))
        approver = session.get(User, approval.approved_by) if approval else None
        log_access(ctx, AccessAction.EXPORT, AccessTarget.ALLOWANCE_REPORT,
                   [line.trainee_id for line in lines], details={"month": f"{month:%Y-%m}"})
        return AllowanceReport(
            environment=environment.name,
            municipality=session.get(Municipality, environment.municipality_code).name,
            month=month, rate=rate, weekly_cap=cap, lines=tuple(lines),
            approved_at=approval.approved_at.date() if approval else None,
            approved_by=approver.display_name if approver else None,
        )


def _sort_key(trainee: Trainee | None, trainee_id: str) -> tuple[str, str, str]:
    """By name; namesakes by birth date."""
    if trainee is None:
        return ("", "", trainee_id)
    born = trainee.birth_date.isoformat() if trainee.birth_date else ""
    return (trainee.full_name, born, trainee_id)


def write_csv(report: AllowanceReport, out: Path | str, language: str | None = None) -> None:
    """Semicolon-separated with decimal commas and a BOM: opens right in Finnish Excel."""
    t = pdf.translator(language)
    reasons = list(AbsenceReason)
    with open(out, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([t(COL_NAME), t(COL_ATTENDED), t(COL_ALLOWANCE_DAYS), t(COL_EUROS),
                         *(r.translated(language) for r in reasons)])
        for line in report.lines:
            writer.writerow([line.name, line.days_attended, line.allowance_days,
                             f"{line.euros:.2f}".replace(".", ","),
                             *(line.absences.get(r, 0) for r in reasons)])
        totals = report.absences_by_reason()
        writer.writerow([t(TOTAL), report.total_attended, report.total_allowance_days,
                         f"{report.total_euros:.2f}".replace(".", ","),
                         *(totals.get(r, 0) for r in reasons)])


def write_pdf(report: AllowanceReport, out: Path | str, who: str,
              language: str | None = None) -> None:
    t = pdf.translator(language)
    month_text = f"{report.month.month}/{report.month.year}"
    title = t(TITLE).format(month=month_text)
    story = [
        pdf.para(title, "title"),
        pdf.para(t(SUBTITLE).format(environment=report.environment,
                                    municipality=report.municipality), "subtitle"),
        pdf.para(t(RATE_LINE).format(rate=pdf.fi_number(report.rate), cap=report.weekly_cap)),
        pdf.para(t(APPROVED).format(when=pdf.fi_date(report.approved_at),
                                    who=report.approved_by)
                 if report.approved_at else t(NOT_APPROVED)),
        pdf.spacer(),
    ]
    if not report.lines:
        story.append(pdf.para(t(NONE)))
    else:
        cell = pdf.styles()["cell"]
        rows = [[pdf.Paragraph(line.name, cell), line.days_attended, line.allowance_days,
                 pdf.fi_number(line.euros),
                 pdf.Paragraph(", ".join(f"{r.translated(language)} {n}"
                                         for r, n in line.absences.items()), cell)]
                for line in report.lines]
        rows.append([t(TOTAL), report.total_attended, report.total_allowance_days,
                     pdf.fi_number(report.total_euros), sum(report.absences_by_reason()
                                                            .values())])
        story.append(pdf.data_table(
            [t(COL_NAME), t(COL_ATTENDED), t(COL_ALLOWANCE_DAYS), t(COL_EUROS),
             t(COL_ABSENCES)], rows, col_widths=[46 * pdf.mm, 28 * pdf.mm, 28 * pdf.mm,
                                                 26 * pdf.mm, 50 * pdf.mm],
            total_row=True, align_right_from=1))
        reasons = report.absences_by_reason()
        if reasons:
            story += [pdf.heading(t(REASONS_HEADING)),
                      pdf.data_table([t(COL_ABSENCES), t(TOTAL)],
                                     [[r.translated(language), n] for r, n in reasons.items()],
                                     col_widths=[80 * pdf.mm, 25 * pdf.mm],
                                     align_right_from=1)]
    story += [pdf.spacer(10), pdf.signature_block([t(SIGN_COACH), t(SIGN_APPROVER)])]
    pdf.build_pdf(out, title, story, who=who, language=language)
