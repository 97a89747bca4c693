"""A person's access report (Act 906/2019 §17; GDPR Art. 15): who has used their data,
when, with which role, what was done and whether it succeeded — and who changed it.

    report = access_report(ctx, trainee_id)   # coordinators; logged, and in the report
    write_pdf(report, "loki.pdf", ctx.actor.display_name, "fi")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import translate
from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.reports import pdf
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.access_log import VIEW_REPEAT, log_access
from toimi_desktop.services.access_log_search import (
    ChangeRow,
    LogRow,
    trainee_access_rows,
    trainee_changes,
)
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.hetu import mask_hetu

TITLE = N_("reports", "Access report")
SUBTITLE = N_("reports", "Who has used the data of {name} ({hetu}) in TOIMI Desktop")
INTRO = N_("reports", "Every view of the person's record, every showing of the whole "
                      "personal identity code, every printout and export holding their data "
                      "and every refused attempt, as logged on the devices and the sync "
                      "server up to {day}. Views of the same data by the same user within "
                      "{minutes} minutes are one row.")
USES = N_("reports", "Uses of the data")
CHANGES = N_("reports", "Changes to the data")
CHANGES_NOTE = N_("reports", "Who changed the person's records; the changed fields are named, "
                             "their values are in the records.")
NO_USES = N_("reports", "No use of the data has been logged.")
NO_CHANGES = N_("reports", "No changes have been logged.")
COL_TIME = N_("reports", "Time")
COL_USER = N_("reports", "User")
COL_ROLE = N_("reports", "Role")
COL_ACTION = N_("reports", "What was done")
COL_DATA = N_("reports", "Data")
COL_OUTCOME = N_("reports", "Outcome")
COL_CHANGE = N_("reports", "Change")
COL_FIELDS = N_("reports", "Fields")
DONE = N_("reports", "done")
REFUSED = N_("reports", "refused")
UNKNOWN_USER = N_("reports", "unknown user")
MONTH_DETAIL = N_("reports", "month {month}")
RANGE_DETAIL = N_("reports", "{start}–{end}")
FORMAT_DETAIL = N_("reports", "as {format}")
WHOLE_HETU = N_("reports", "with whole identity codes")
# The audit trail's actions about a person, in words (others are shown as they are).
CHANGE_LABELS = {
    "trainee.create": N_("reports", "Record created"),
    "trainee.update": N_("reports", "Record changed"),
    "period.start": N_("reports", "Coaching period started"),
    "period.close": N_("reports", "Coaching period closed"),
    "period.exit_results": N_("reports", "Results on leaving recorded"),
    "period.followup": N_("reports", "Six-month follow-up recorded"),
    "attendance.record": N_("reports", "Attendance recorded"),
    "attendance.locked_change": N_("reports", "Approved attendance corrected"),
    "assessment.create": N_("reports", "Assessment recorded"),
    "assessment.update": N_("reports", "Assessment corrected"),
    "plan.save": N_("reports", "Continuation plan saved"),
    "task_evaluation.create": N_("reports", "Task evaluation recorded"),
    "task_evaluation.delete": N_("reports", "Task evaluation removed"),
}


@dataclass(frozen=True)
class AccessReport:
    trainee_name: str
    hetu_masked: str
    birth_date: date | None
    municipality: str
    rows: tuple[LogRow, ...]
    changes: tuple[ChangeRow, ...]
    made_on: date


def access_report(ctx: ReadContext, trainee_id: str) -> AccessReport:
    """The person's log, for a subject-access request. Making it is logged first, so the
    report shows it too."""
    require_trainee(ctx, trainee_id, Right.SUBJECT_ACCESS, AccessTarget.ACCESS_REPORT)
    log_access(ctx, AccessAction.EXPORT, AccessTarget.ACCESS_REPORT, [trainee_id])
    first, last, hetu, birth, municipality = ctx.db.reader().execute(
        "SELECT t.first_name, t.last_name, t.hetu, t.birth_date, m.name FROM trainee t"
        " JOIN municipality m ON m.code = t.municipality_code WHERE t.id = ?",
        (trainee_id,)).fetchone()
    return AccessReport(f"{last} {first}", mask_hetu(hetu),
                        date.fromisoformat(birth) if birth else None, municipality,
                        tuple(trainee_access_rows(ctx, trainee_id)),
                        tuple(trainee_changes(ctx, trainee_id)), date.today())


def local_time(moment: datetime) -> str:
    here = moment.astimezone()
    return f"{pdf.fi_date(here)} {here:%H:%M}"


def detail_text(row: LogRow, language: str | None) -> str:
    """What the row's details say, in words (month, date range, format)."""
    t = pdf.translator(language)
    details, parts = row.details, []
    if details.get("month"):
        year, month = str(details["month"]).split("-")
        parts.append(t(MONTH_DETAIL).format(month=f"{int(month)}/{year}"))
    if details.get("from") and details.get("to"):
        parts.append(t(RANGE_DETAIL).format(
            start=pdf.fi_date(date.fromisoformat(details["from"])),
            end=pdf.fi_date(date.fromisoformat(details["to"]))))
    if details.get("format"):
        parts.append(t(FORMAT_DETAIL).format(format=str(details["format"]).upper()))
    if details.get("full_hetu"):
        parts.append(t(WHOLE_HETU))
    return ", ".join(parts)


def uses_table(rows: Sequence[LogRow], language: str | None) -> pdf.Table:
    t = pdf.translator(language)
    cell = pdf.styles()["cell"]
    body = []
    for row in rows:
        what = row.target.translated(language) if row.target else ""
        extra = detail_text(row, language)
        body.append([
            local_time(row.at),
            pdf.Paragraph(escape(row.user or t(UNKNOWN_USER)), cell),
            row.role.translated(language) if row.role else "",
            pdf.Paragraph(escape(row.action.translated(language)), cell),
            pdf.Paragraph(escape(f"{what} ({extra})" if extra else what), cell),
            t(DONE) if row.success else t(REFUSED)])
    return pdf.data_table([t(COL_TIME), t(COL_USER), t(COL_ROLE), t(COL_ACTION), t(COL_DATA),
                           t(COL_OUTCOME)], body,
                          col_widths=[30 * pdf.mm, 45 * pdf.mm, 30 * pdf.mm, 50 * pdf.mm,
                                      90 * pdf.mm, 20 * pdf.mm])


def changes_table(rows: Sequence[ChangeRow], language: str | None) -> pdf.Table:
    t = pdf.translator(language)
    cell = pdf.styles()["cell"]
    return pdf.data_table(
        [t(COL_TIME), t(COL_USER), t(COL_ROLE), t(COL_CHANGE), t(COL_FIELDS)],
        [[local_time(r.at), pdf.Paragraph(escape(r.user or t(UNKNOWN_USER)), cell),
          r.role.translated(language) if r.role else "",
          pdf.Paragraph(escape(t(CHANGE_LABELS[r.action]) if r.action in CHANGE_LABELS
                               else r.action), cell),
          pdf.Paragraph(escape(", ".join(r.fields)), cell)] for r in rows],
        col_widths=[30 * pdf.mm, 50 * pdf.mm, 32 * pdf.mm, 50 * pdf.mm, 103 * pdf.mm])


def write_pdf(report: AccessReport, out: Path | str, who: str, language: str | None = None
              ) -> None:
    t = pdf.translator(language)
    title = t(TITLE)
    intro = translate("reports", INTRO, language).format(
        day=pdf.fi_date(report.made_on), minutes=int(VIEW_REPEAT.total_seconds() // 60))
    name = f"{report.trainee_name}, {report.municipality}"
    story = [pdf.para(escape(title), "title"),
             pdf.para(escape(t(SUBTITLE).format(name=name, hetu=report.hetu_masked or "–")),
                      "subtitle"),
             pdf.para(escape(intro), "small"), pdf.heading(escape(t(USES)))]
    story.append(uses_table(report.rows, language) if report.rows
                 else pdf.para(escape(t(NO_USES))))
    story += [pdf.heading(escape(t(CHANGES))), pdf.para(escape(t(CHANGES_NOTE)), "small")]
    story.append(changes_table(report.changes, language) if report.changes
                 else pdf.para(escape(t(NO_CHANGES))))
    pdf.build_pdf(out, title, story, who=who, language=language, wide=True)
