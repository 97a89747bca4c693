"""Everything about one trainee as a readable PDF (the subject-access request), from the
same data as the JSON export (`services.subject_access.trainee_export`)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import (
    AbsenceReason,
    AssessmentKind,
    AttendanceStatus,
    EducationLevel,
    EmploymentStatus,
    ExitOutcome,
    Gender,
    LabelledEnum,
    PeriodKind,
    PeriodStatus,
    PlanPath,
    Role,
    StepStatus,
    TargetGroup,
    TaskFit,
)
from toimi_desktop.reports import pdf
from toimi_desktop.reports.access_report import CHANGE_LABELS, detail_text
from toimi_desktop.services.access_log_search import LogRow

TITLE = N_("reports", "All data of a person")
SUBTITLE = N_("reports", "{name}: everything stored in TOIMI Desktop on {day}")
INTRO = N_("reports", "Made for a subject access request. The same data is available as a "
                      "machine-readable JSON file.")
YES, NO, NONE = N_("reports", "yes"), N_("reports", "no"), "–"
NOT_ASKED = N_("reports", "not asked / not told")
SECTIONS = {
    "person": N_("reports", "Basic details"),
    "periods": N_("reports", "Coaching periods and outcomes"),
    "attendance": N_("reports", "Attendance"),
    "assessments": N_("reports", "Assessments"),
    "task_evaluations": N_("reports", "Task evaluations"),
    "plans": N_("reports", "Continuation plans"),
    "other_versions": N_("reports", "Other versions of texts (sync conflicts)"),
    "changes": N_("reports", "Changes to the data"),
    "access_log": N_("reports", "Uses of the data (access log)"),
}
EMPTY = N_("reports", "Nothing recorded.")
LABELS = {
    "last_name": N_("reports", "Last name"), "first_name": N_("reports", "First name"),
    "hetu": N_("reports", "Personal identity code"), "birth_date": N_("reports", "Birth date"),
    "gender": N_("reports", "Gender"), "municipality": N_("reports", "Municipality"),
    "phone": N_("reports", "Phone"), "email": N_("reports", "E-mail"),
    "address": N_("reports", "Address"), "languages": N_("reports", "Languages"),
    "target_groups": N_("reports", "Target groups"),
    "consent_date": N_("reports", "Consent date"),
    "referred_by": N_("reports", "Referred by"),
    "employment_status": N_("reports", "Employment status"),
    "education_level": N_("reports", "Education"),
    "disability": N_("reports", "Disability"),
    "third_country_national": N_("reports", "Third-country national"),
    "foreign_background": N_("reports", "Foreign background"),
    "minority": N_("reports", "Minority"), "homeless": N_("reports", "Homeless"),
    "rural": N_("reports", "Lives in a rural area"),
    "created_at": N_("reports", "Recorded"), "created_by": N_("reports", "Recorded by"),
    "updated_at": N_("reports", "Last changed"), "updated_by": N_("reports", "Changed by"),
    "environment": N_("reports", "Environment"), "kind": N_("reports", "Kind"),
    "start_date": N_("reports", "Start"), "planned_end_date": N_("reports", "Planned end"),
    "end_date": N_("reports", "End"), "status": N_("reports", "Status"),
    "coach_id": N_("reports", "Work coach"), "career_agent_id": N_("reports", "Career agent"),
    "hours_per_day": N_("reports", "Hours a day"),
    "days_per_week": N_("reports", "Days a week"), "goals": N_("reports", "Goals"),
    "coaching_package": N_("reports", "Coaching package"),
    "exit_outcome": N_("reports", "Outcome"), "exit_note": N_("reports", "Note on the exit"),
    "exit_job_search": N_("reports", "Engaged in job search on leaving"),
    "exit_in_education": N_("reports", "In education or training on leaving"),
    "exit_qualification": N_("reports", "Gained a qualification"),
    "exit_employed": N_("reports", "In employment on leaving"),
    "followup_on": N_("reports", "Six-month follow-up"),
    "followup_employed": N_("reports", "In employment after six months"),
    "followup_improved": N_("reports", "Situation improved after six months"),
    "day": N_("reports", "Day"), "hours": N_("reports", "Hours"),
    "absence_reason": N_("reports", "Absence reason"), "work_task": N_("reports", "Task"),
    "note": N_("reports", "Note"), "recorded_by": N_("reports", "Recorded by"),
    "criterion": N_("reports", "Criterion"), "coach_score": N_("reports", "Coach"),
    "self_score": N_("reports", "Own"), "strengths": N_("reports", "Strengths"),
    "needs": N_("reports", "Needs"), "notes": N_("reports", "Notes"),
    "assessor_id": N_("reports", "Assessor"), "trainee_level": N_("reports", "Level"),
    "fit": N_("reports", "Fit"), "evaluated_on": N_("reports", "Evaluated"),
    "evaluator_id": N_("reports", "Evaluator"), "path": N_("reports", "Path"),
    "goal": N_("reports", "Goal"), "services_referred": N_("reports", "Services referred to"),
    "next_review_on": N_("reports", "Next review"), "agreed_on": N_("reports", "Agreed"),
    "version": N_("reports", "Version"), "what": N_("reports", "Step"),
    "responsible": N_("reports", "Responsible"), "due_on": N_("reports", "Due"),
    "saved_at": N_("reports", "Saved"), "saved_by": N_("reports", "Saved by"),
    "field": N_("reports", "Field"), "other_value": N_("reports", "Other version"),
    "other_by": N_("reports", "Written by"), "at": N_("reports", "Time"),
    "user": N_("reports", "User"), "role": N_("reports", "Role"),
    "action": N_("reports", "What was done"), "target": N_("reports", "Data"),
    "success": N_("reports", "Done"), "fields": N_("reports", "Fields"),
}
ENUMS: dict[str, type[LabelledEnum]] = {
    "gender": Gender, "employment_status": EmploymentStatus,
    "education_level": EducationLevel, "kind": PeriodKind, "exit_outcome": ExitOutcome,
    "absence_reason": AbsenceReason, "fit": TaskFit, "path": PlanPath, "role": Role,
    "action": AccessAction, "target": AccessTarget,
}
_PERSON = ("last_name", "first_name", "hetu", "birth_date", "gender", "municipality", "phone",
           "email", "address", "languages", "target_groups", "consent_date", "referred_by",
           "employment_status", "education_level", "disability", "third_country_national",
           "foreign_background", "minority", "homeless", "rural", "created_at", "created_by",
           "updated_at", "updated_by")
# Yes/no values (stored as 0/1).
_FLAGS = {"disability", "third_country_national", "foreign_background", "minority",
          "homeless", "rural", "exit_job_search", "exit_in_education", "exit_qualification",
          "exit_employed", "followup_employed", "followup_improved", "resolved"}
_SPECIAL = {"disability", "third_country_national", "foreign_background", "minority",
            "homeless", "rural"}
_PERIOD_FACTS = ("coach_id", "career_agent_id", "hours_per_day", "days_per_week",
                 "coaching_package", "goals", "exit_outcome", "exit_note", "exit_job_search",
                 "exit_in_education", "exit_qualification", "exit_employed", "followup_on",
                 "followup_employed", "followup_improved")


class _Writer:
    def __init__(self, language: str | None) -> None:
        self.language = language
        self.t = pdf.translator(language)
        self.cell = pdf.styles()["cell"]
        self.body = pdf.styles()["body"]

    def value(self, name: str, value: Any, kind: str = "") -> str:
        """A stored value as a reader reads it."""
        if value is None and name in _SPECIAL:
            return self.t(NOT_ASKED)  # special-category data: None is a choice, not a gap
        if value is None or value == "" or value == []:
            return NONE
        if isinstance(value, bool) or name in _FLAGS:
            return self.t(YES) if value else self.t(NO)
        if name == "status":
            enum = {"period": PeriodStatus, "attendance": AttendanceStatus,
                    "step": StepStatus}.get(kind)
            return self._enum(enum, value) if enum else str(value)
        if name == "kind" and kind == "assessment":
            return self._enum(AssessmentKind, value)
        if name in ENUMS:
            return self._enum(ENUMS[name], value)
        if name == "target_groups":
            return ", ".join(self._enum(TargetGroup, v) for v in value)
        if isinstance(value, list):
            return ", ".join(map(str, value))
        if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return self._moment(value)
        if isinstance(value, float):
            return pdf.fi_number(value, 1)
        return str(value)

    def _enum(self, enum: type[LabelledEnum], value: Any) -> str:
        try:
            return enum(value).translated(self.language)
        except ValueError:
            return str(value)

    def _moment(self, text: str) -> str:
        if len(text) == 10:
            return pdf.fi_date(date.fromisoformat(text))
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            from datetime import UTC

            moment = moment.replace(tzinfo=UTC)
        here = moment.astimezone()
        return f"{pdf.fi_date(here)} {here:%H:%M}"

    def label(self, name: str) -> str:
        return self.t(LABELS[name]) if name in LABELS else name

    def facts(self, row: dict[str, Any], names: tuple[str, ...], kind: str = "") -> pdf.Table:
        data = [[pdf.Paragraph(f"<b>{escape(self.label(n))}</b>", self.cell),
                 pdf.Paragraph(escape(self.value(n, row.get(n), kind)).replace("\n", "<br/>"),
                               self.cell)]
                for n in names if n in row]
        table = pdf.Table(data, colWidths=[62 * pdf.mm, 116 * pdf.mm], hAlign="LEFT")
        table.setStyle(pdf.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
        return table

    def table(self, rows: list[dict[str, Any]], names: tuple[str, ...], widths: list[float],
              kind: str = "") -> pdf.Table:
        return pdf.data_table(
            [self.label(n) for n in names],
            [[pdf.Paragraph(escape(self.value(n, row.get(n), kind)), self.cell)
              for n in names] for row in rows],
            col_widths=[w * pdf.mm for w in widths])


def _plan_story(w: _Writer, plans: list[dict[str, Any]]) -> list:
    story: list = []
    for plan in plans:
        story.append(w.facts(plan, ("path", "goal", "services_referred", "next_review_on",
                                    "agreed_on", "career_agent_id", "version", "created_at",
                                    "updated_at")))
        if plan["steps"]:
            story += [pdf.spacer(2), w.table(plan["steps"], ("what", "responsible", "due_on",
                                                             "status"), [90, 40, 24, 24],
                                             "step")]
        for version in plan["versions"]:
            snapshot = version.get("snapshot") or {}
            text = (f"{w.label('version')} {version['version']}: "
                    f"{w.value('saved_at', version.get('saved_at'))}, "
                    f"{version.get('saved_by') or NONE} — {w.label('goal')}: "
                    f"{snapshot.get('goal', '')}; {w.label('path')}: "
                    f"{w.value('path', snapshot.get('path'))}")
            story.append(pdf.para(escape(text), "small"))
        story.append(pdf.spacer(4))
    return story


def _assessment_story(w: _Writer, assessments: list[dict[str, Any]]) -> list:
    story: list = []
    for item in assessments:
        head = (f"{w.value('day', item['assessed_on'])} · {item.get('template', '')} · "
                f"{w.value('kind', item['kind'], 'assessment')} · "
                f"{item.get('assessor_id') or NONE}")
        story.append(pdf.para(f"<b>{escape(head)}</b>"))
        if item["scores"]:
            story.append(w.table(item["scores"], ("criterion", "coach_score", "self_score"),
                                 [110, 34, 34]))
        story.append(w.facts(item, ("strengths", "needs", "notes")))
        story.append(pdf.spacer(3))
    return story


def _log_rows(data: list[dict[str, Any]]) -> list[LogRow]:
    return [LogRow(id="", at=datetime.fromisoformat(r["at"]), user=r["user"],
                   role=Role(r["role"]) if r["role"] else None,
                   action=AccessAction(r["action"]),
                   target=AccessTarget(r["target"]) if r["target"] else None,
                   trainee_id=None, trainee="", success=r["success"],
                   details=r.get("details") or {}) for r in data]


def _heading(text: str) -> pdf.Paragraph:
    """A section heading that never ends a page alone."""
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("keep", parent=pdf.styles()["heading"], keepWithNext=1)
    return pdf.Paragraph(text, style)


def write_pdf(data: dict[str, Any], out: Path | str, who: str, language: str | None = None
              ) -> None:
    w = _Writer(language)
    t = w.t
    person = data["person"]
    name = f"{person['last_name']} {person['first_name']}"
    made = w.value("at", data["generated_at"])
    story: list = [pdf.para(escape(t(TITLE)), "title"),
                   pdf.para(escape(t(SUBTITLE).format(name=name, day=made)), "subtitle"),
                   pdf.para(escape(t(INTRO)), "small"),
                   _heading(escape(t(SECTIONS["person"]))), w.facts(person, _PERSON)]

    def section(key: str, parts: list) -> None:
        story.append(_heading(escape(t(SECTIONS[key]))))
        story.extend(parts if data[key] else [pdf.para(escape(t(EMPTY)))])

    periods: list = []
    for period in data["periods"]:
        periods += [w.table([period], ("environment", "kind", "start_date", "planned_end_date",
                                       "end_date", "status"), [42, 34, 22, 32, 22, 26],
                            "period"),
                    w.facts(period, _PERIOD_FACTS, "period"), pdf.spacer(3)]
    section("periods", periods)
    section("attendance", [w.table(data["attendance"], ("day", "status", "hours",
                                                        "absence_reason", "work_task", "note"),
                                   [22, 26, 14, 38, 40, 38], "attendance")])
    section("assessments", _assessment_story(w, data["assessments"]))
    section("task_evaluations", [w.table(data["task_evaluations"], (
        "evaluated_on", "work_task", "trainee_level", "fit", "note", "evaluator_id"),
        [22, 40, 14, 30, 44, 28])])
    section("plans", _plan_story(w, data["plans"]))
    section("other_versions", [w.table(data["other_versions"], (
        "field", "other_value", "other_by", "created_at"), [30, 90, 30, 28])])
    changes = [{**c, "action": t(CHANGE_LABELS[c["action"]]) if c["action"] in CHANGE_LABELS
                else c["action"]} for c in data["changes"]]
    section("changes", [pdf.data_table(
        [w.label(n) for n in ("at", "user", "action", "fields")],
        [[w.value("at", c["at"]), pdf.Paragraph(escape(c["user"] or NONE), w.cell),
          pdf.Paragraph(escape(c["action"]), w.cell),
          pdf.Paragraph(escape(", ".join(c["fields"])), w.cell)] for c in changes],
        col_widths=[28 * pdf.mm, 40 * pdf.mm, 50 * pdf.mm, 60 * pdf.mm])])
    log_story = []
    if data["access_log"]:
        rows = _log_rows(data["access_log"])
        log_story = [pdf.data_table(
            [w.label(n) for n in ("at", "user", "role", "action", "target", "success")],
            [[w.value("at", r.at.isoformat()), pdf.Paragraph(escape(r.user or NONE), w.cell),
              r.role.translated(language) if r.role else NONE,
              pdf.Paragraph(escape(r.action.translated(language)), w.cell),
              pdf.Paragraph(escape(", ".join(x for x in (
                  r.target.translated(language) if r.target else "",
                  detail_text(r, language)) if x)), w.cell),
              t(YES) if r.success else t(NO)] for r in rows],
            col_widths=[26 * pdf.mm, 32 * pdf.mm, 24 * pdf.mm, 32 * pdf.mm, 44 * pdf.mm,
                        20 * pdf.mm])]
    section("access_log", log_story)
    pdf.build_pdf(out, t(TITLE), story, who=who, language=language)
