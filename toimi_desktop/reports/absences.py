"""The absence list for Kela (form TT3 is filed at least every two weeks): trainees in
rehabilitative work activity, their absence dates grouped into runs, and the reason."""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, text

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models import Attendance, Environment, Period, Trainee
from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, PeriodKind
from toimi_desktop.reports import pdf
from toimi_desktop.services.access import Right, may_see_environment_people, require_right
from toimi_desktop.services.access_log import log_access
from toimi_desktop.services.attendance import RECORDERS
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.hetu import mask_hetu
from toimi_desktop.services.names import with_birth_date
from toimi_desktop.services.period_days import period_on_sql

TITLE = N_("reports", "Absences {start} – {end}")
SUBTITLE = N_("reports", "Rehabilitative work activity, absence notification to Kela")
SCOPE_ALL = N_("reports", "All coaching environments you have access to")
COL_NAME = N_("reports", "Trainee")
COL_HETU = N_("reports", "Personal identity code")
COL_DATES = N_("reports", "Dates")
COL_DAYS = N_("reports", "Days")
COL_REASON = N_("reports", "Reason")
COL_CODE = N_("reports", "Reason code")
COL_ENVIRONMENT = N_("reports", "Environment")
NONE = N_("reports", "No absences in this period.")
SIGN = N_("reports", "Organiser: signature and name in block letters")


@dataclass(frozen=True)
class AbsenceRun:
    trainee_id: str
    name: str
    hetu: str | None
    environment: str
    start: date
    end: date
    days: int
    reason: AbsenceReason


def default_range(today: date) -> tuple[date, date]:
    """The two full calendar weeks before the current one."""
    monday = today - timedelta(days=today.weekday())
    return monday - timedelta(days=14), monday - timedelta(days=1)


def absence_runs(ctx: ServiceContext, start: date, end: date,
                 environment_id: str | None = None, full_hetu: bool = False
                 ) -> list[AbsenceRun]:
    """Runs of absence days in rehabilitative work activity, of the environments whose
    people the actor may see. HETUs are masked unless `full_hetu` (for the copy sent to
    Kela: then each person's code counts as revealed, and is logged so)."""
    ctx.require_role(*RECORDERS)
    if full_hetu:
        require_right(ctx.actor, Right.HETU)
    allowed: dict[str, bool] = {}
    with ctx.db.session() as session:
        query = (
            select(Attendance, Trainee, Environment.name)
            .join(Trainee, Trainee.id == Attendance.trainee_id)
            .join(Period, Period.id == Attendance.period_id)
            .join(Environment, Environment.id == Attendance.environment_id)
            .where(Attendance.day.between(start, end),
                   Attendance.status == AttendanceStatus.ABSENT,
                   Attendance.deleted.is_(False),
                   Period.kind == PeriodKind.REHABILITATIVE_WORK,
                   # Only days inside the period: not after its end, not in a pause.
                   text(period_on_sql("period", "attendance.day")))
            .order_by(Trainee.last_name, Trainee.first_name, Trainee.birth_date, Trainee.id,
                      Attendance.day)
        )
        if environment_id:
            query = query.where(Attendance.environment_id == environment_id)
        runs: list[AbsenceRun] = []
        born: dict[str, date | None] = {}
        for record, trainee, environment in session.execute(query):
            if record.environment_id not in allowed:
                allowed[record.environment_id] = may_see_environment_people(
                    ctx, record.environment_id, record.municipality_code)
            if not allowed[record.environment_id]:
                continue
            hetu = trainee.hetu if full_hetu else mask_hetu(trainee.hetu)
            reason = AbsenceReason(record.absence_reason or AbsenceReason.UNEXPLAINED)
            last = runs[-1] if runs else None
            # Consecutive working days (a weekend between is no break) with the same reason.
            if (last and last.trainee_id == trainee.id and last.reason is reason
                    and 0 < (record.day - last.end).days <= 3
                    and all(d.weekday() >= 5 for d in _between(last.end, record.day))):
                runs[-1] = AbsenceRun(last.trainee_id, last.name, last.hetu, last.environment,
                                      last.start, record.day, last.days + 1, reason)
            else:
                born[trainee.id] = trainee.birth_date
                runs.append(AbsenceRun(trainee.id, trainee.full_name, hetu,
                                       environment, record.day, record.day, 1, reason))
    runs = _namesakes_dated(runs, born)
    people = [run.trainee_id for run in runs]
    details = {"from": start.isoformat(), "to": end.isoformat(), "full_hetu": full_hetu}
    log_access(ctx, AccessAction.EXPORT, AccessTarget.ABSENCE_LIST, people, details=details)
    if full_hetu and people:
        log_access(ctx, AccessAction.REVEAL_HETU, AccessTarget.ABSENCE_LIST, people)
    return runs


def _namesakes_dated(runs: list[AbsenceRun], born: dict[str, date | None]
                     ) -> list[AbsenceRun]:
    """Where two people in the list share a name, both get their birth date after it."""
    ids_by_name: dict[str, set[str]] = {}
    for run in runs:
        ids_by_name.setdefault(run.name, set()).add(run.trainee_id)
    return [replace(run, name=with_birth_date(run.name, born.get(run.trainee_id)))
            if len(ids_by_name[run.name]) > 1 else run for run in runs]


def _between(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range(1, (end - start).days)]


def _dates(run: AbsenceRun) -> str:
    if run.start == run.end:
        return pdf.fi_date(run.start)
    return f"{pdf.fi_date(run.start)}–{pdf.fi_date(run.end)}"


def write_csv(runs: list[AbsenceRun], out: Path | str, language: str | None = None) -> None:
    t = pdf.translator(language)
    with open(out, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        # The reason as a person reads it, then its stable code for other systems.
        writer.writerow([t(COL_NAME), t(COL_HETU), t(COL_ENVIRONMENT), t(COL_DATES),
                         t(COL_DAYS), t(COL_REASON), t(COL_CODE)])
        for run in runs:
            writer.writerow([run.name, run.hetu or "", run.environment, _dates(run), run.days,
                             run.reason.translated(language), run.reason.value])


def write_pdf(runs: list[AbsenceRun], start: date, end: date, out: Path | str, who: str,
              environment: str | None = None, language: str | None = None) -> None:
    t = pdf.translator(language)
    title = t(TITLE).format(start=pdf.fi_date(start), end=pdf.fi_date(end))
    story = [pdf.para(title, "title"), pdf.para(t(SUBTITLE), "subtitle"),
             pdf.para(environment or t(SCOPE_ALL)), pdf.spacer()]
    if runs:
        cell = pdf.styles()["cell"]
        story.append(pdf.data_table(
            [t(COL_NAME), t(COL_HETU), t(COL_ENVIRONMENT), t(COL_DATES), t(COL_DAYS),
             t(COL_REASON)],
            [[pdf.Paragraph(r.name, cell), r.hetu or "", pdf.Paragraph(r.environment, cell),
              _dates(r), r.days, r.reason.translated(language)] for r in runs],
            col_widths=[36 * pdf.mm, 28 * pdf.mm, 30 * pdf.mm, 40 * pdf.mm, 14 * pdf.mm,
                        30 * pdf.mm]))
    else:
        story.append(pdf.para(t(NONE)))
    story += [pdf.spacer(10), pdf.signature_block([t(SIGN)])]
    pdf.build_pdf(out, title, story, who=who, language=language)
