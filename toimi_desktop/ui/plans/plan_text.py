"""A plan as HTML for the trainee page and the version viewer (user text escaped)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.plans import PlanView
from toimi_desktop.ui.text import enum_label, format_date

LATE_COLOUR = "#b3261e"
LATE = N_("PlanText", "late")
SAVED = N_("PlanText", "version {version}, saved {day} by {who}")
PATH = N_("PlanText", "Path")
REVIEW = N_("PlanText", "Next review")
AGREED = N_("PlanText", "Agreed with the trainee")
AGENT = N_("PlanText", "Career agent")
SAVED_LABEL = N_("PlanText", "Saved")
WHAT = N_("PlanText", "What")
RESPONSIBLE = N_("PlanText", "Responsible")
BY = N_("PlanText", "By")
STATUS = N_("PlanText", "Status")
NO_STEPS = N_("PlanText", "No steps written.")
GOAL = N_("PlanText", "Goal")
STEPS = N_("PlanText", "Steps")
SERVICES = N_("PlanText", "Services referred to")


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanText", text)


def _text(value: str | None) -> str:
    return escape(value).replace("\n", "<br>") if value else "–"


def _steps(plan: PlanView) -> str:
    if not plan.steps:
        return f"<p>{_t(NO_STEPS)}</p>"
    head = "".join(f"<th align='left'>{_t(h)}</th>" for h in (WHAT, RESPONSIBLE, BY, STATUS))
    rows = "".join(
        f"<tr><td>{_text(s.what)}</td><td>{_text(s.responsible)}</td>"
        f"<td>{format_date(s.due_on) or '–'}</td><td>{escape(enum_label(s.status))}</td></tr>"
        for s in plan.steps)
    return ("<table cellspacing='0' cellpadding='3' border='1' style='border-color:#bbb'>"
            f"<tr>{head}</tr>{rows}</table>")


def plan_html(plan: PlanView, today: date | None = None, mark_late: bool = True) -> str:
    """`mark_late`: say when the next review is past (not for an earlier version)."""
    today = today or date.today()
    review = format_date(plan.next_review_on) if plan.next_review_on else "–"
    if mark_late and plan.next_review_on and plan.next_review_on < today:
        review = f'<span style="color:{LATE_COLOUR}">{review} ({_t(LATE)})</span>'
    saved = _t(SAVED).format(
        version=plan.version,
        day=format_date(plan.saved_at.astimezone().date()) if plan.saved_at else "–",
        who=escape(plan.saved_by or "–"))
    facts = [(PATH, escape(enum_label(plan.path))), (REVIEW, review),
             (AGREED, format_date(plan.agreed_on) or "–"),
             (AGENT, escape(plan.career_agent or "–")), (SAVED_LABEL, saved)]
    rows = "".join(f"<tr><td style='padding-right:14px'><b>{_t(label)}</b></td>"
                   f"<td>{value}</td></tr>" for label, value in facts)
    return (f"<table>{rows}</table>"
            f"<h4>{_t(GOAL)}</h4><p>{_text(plan.goal)}</p>"
            f"<h4>{_t(STEPS)}</h4>{_steps(plan)}"
            f"<h4>{_t(SERVICES)}</h4><p>{_text(plan.services_referred)}</p>")
