"""A continuation plan as a PDF for signing by the trainee and the career agent: who, the
path and goal, the steps with who is responsible and by when, the services referred to, the
next review, the version printed, and the signature lines.

`toimi report plan --db PATH --trainee ID --out FILE.pdf` and the plan dialog's Print both
use `plan_report` + `write_pdf`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import PeriodKind
from toimi_desktop.reports import pdf
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.access_log import log_access
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.errors import NotFound
from toimi_desktop.services.plans import PlanView, plan_of, plan_version

TITLE = N_("reports", "Continuation plan")
SUBTITLE = N_("reports", "{name}, born {birth}")
TRAINEE = N_("reports", "Trainee")
MUNICIPALITY = N_("reports", "Municipality")
PERIOD = N_("reports", "Coaching period")
PERIOD_TEXT = N_("reports", "{environment}, {kind}, {start}–{end}")
CAREER_AGENT = N_("reports", "Career agent")
PATH = N_("reports", "Path")
AGREED = N_("reports", "Agreed with the trainee")
REVIEW = N_("reports", "Next review")
VERSION = N_("reports", "Version")
VERSION_TEXT = N_("reports", "{version}, saved {when} by {who}")
GOAL = N_("reports", "Goal")
STEPS = N_("reports", "Steps")
COL_WHAT = N_("reports", "What")
COL_WHO = N_("reports", "Responsible")
COL_DUE = N_("reports", "By")
COL_STATUS = N_("reports", "Status")
NO_STEPS = N_("reports", "No steps written.")
SERVICES = N_("reports", "Services referred to")
AGREEMENT = N_("reports", "We have made this plan together. The trainee has received a "
                          "copy of it.")
SIGN_TRAINEE = N_("reports", "Trainee: signature and name in block letters")
SIGN_AGENT = N_("reports", "Career agent: signature and name in block letters")
PLACE_DATE = N_("reports", "Place and date")
NOT_SET = "–"


@dataclass(frozen=True)
class PlanReport:
    trainee_name: str
    birth_date: date | None
    municipality: str
    period: tuple[str, PeriodKind, date, date | None] | None  # environment, kind, dates
    plan: PlanView


def plan_report(ctx: ReadContext, trainee_id: str, version: int | None = None) -> PlanReport:
    """The trainee's current plan, or the given `version` of it."""
    require_trainee(ctx, trainee_id, Right.PLANS, AccessTarget.PLAN_PRINT)
    plan = plan_of(ctx, trainee_id)
    if plan is None:
        raise NotFound(N_("errors", "The trainee has no continuation plan yet."))
    if version is not None and version != plan.version:
        plan = plan_version(ctx, plan.id, version)
    conn = ctx.db.reader()
    first, last, birth, municipality = conn.execute(
        "SELECT t.first_name, t.last_name, t.birth_date, m.name FROM trainee t"
        " JOIN municipality m ON m.code = t.municipality_code WHERE t.id = ?",
        (trainee_id,)).fetchone()
    period = None
    if plan.period_id:
        row = conn.execute(
            "SELECT e.name, p.kind, p.start_date, coalesce(p.end_date, p.planned_end_date)"
            " FROM period p JOIN environment e ON e.id = p.environment_id WHERE p.id = ?",
            (plan.period_id,)).fetchone()
        if row:
            period = (row[0], PeriodKind(row[1]), date.fromisoformat(row[2]),
                      date.fromisoformat(row[3]) if row[3] else None)
    log_access(ctx, AccessAction.EXPORT, AccessTarget.PLAN_PRINT, [trainee_id],
               details={"version": plan.version})
    return PlanReport(f"{first} {last}", date.fromisoformat(birth) if birth else None,
                      municipality, period, plan)


def _text(value: str | None) -> str:
    """User text for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(value or NOT_SET).replace("\n", "<br/>")


def _day(value: date | None) -> str:
    return pdf.fi_date(value) if value else NOT_SET


def write_pdf(report: PlanReport, out: Path | str, who: str, language: str | None = None
              ) -> None:
    t = pdf.translator(language)
    plan = report.plan
    cell, body = pdf.styles()["cell"], pdf.styles()["body"]
    period = NOT_SET
    if report.period:
        environment, kind, start, end = report.period
        period = t(PERIOD_TEXT).format(environment=environment,
                                       kind=kind.translated(language), start=_day(start),
                                       end=_day(end) if end else "")
    saved = t(VERSION_TEXT).format(
        version=plan.version, when=_day(plan.saved_at.date()) if plan.saved_at else NOT_SET,
        who=plan.saved_by or NOT_SET)
    facts = [
        (t(TRAINEE), report.trainee_name), (t(MUNICIPALITY), report.municipality),
        (t(PERIOD), period), (t(CAREER_AGENT), plan.career_agent or NOT_SET),
        (t(PATH), plan.path.translated(language)), (t(AGREED), _day(plan.agreed_on)),
        (t(REVIEW), _day(plan.next_review_on)), (t(VERSION), saved),
    ]
    info = pdf.Table([[pdf.Paragraph(f"<b>{escape(label)}</b>", body),
                       pdf.Paragraph(_text(value), body)] for label, value in facts],
                     colWidths=[58 * pdf.mm, 114 * pdf.mm], hAlign="LEFT")
    info.setStyle(pdf.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    title = t(TITLE)
    story = [
        pdf.para(escape(title), "title"),
        pdf.para(escape(t(SUBTITLE).format(name=report.trainee_name,
                                           birth=_day(report.birth_date))
                        if report.birth_date else report.trainee_name), "subtitle"),
        info,
        pdf.heading(escape(t(GOAL))), pdf.para(_text(plan.goal)),
        pdf.heading(escape(t(STEPS))),
    ]
    if plan.steps:
        rows = [[pdf.Paragraph(_text(s.what), cell), pdf.Paragraph(_text(s.responsible), cell),
                 _day(s.due_on), s.status.translated(language)] for s in plan.steps]
        story.append(pdf.data_table([t(COL_WHAT), t(COL_WHO), t(COL_DUE), t(COL_STATUS)], rows,
                                    col_widths=[78 * pdf.mm, 40 * pdf.mm, 30 * pdf.mm,
                                                24 * pdf.mm]))
    else:
        story.append(pdf.para(escape(t(NO_STEPS))))
    place = pdf.signature_block([t(PLACE_DATE)])
    signatures = pdf.signature_block([t(SIGN_TRAINEE), t(SIGN_AGENT)])
    place.hAlign = signatures.hAlign = "LEFT"
    story += [pdf.heading(escape(t(SERVICES))), pdf.para(_text(plan.services_referred)),
              pdf.spacer(8), pdf.para(escape(t(AGREEMENT))), pdf.spacer(2),
              place,
              signatures]
    pdf.build_pdf(out, f"{title} – {report.trainee_name}", story, who=who, language=language)
