"""The vocabulary of the access log: what was done, to which part of a person's data.

Kept apart from `models.access` so the UI and services can use it without SQLAlchemy."""

from __future__ import annotations

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import LabelledEnum


class AccessAction(LabelledEnum):
    SIGN_IN = "sign_in"
    UNLOCK = "unlock"
    VIEW = "view"
    REVEAL_HETU = "reveal_hetu"
    EXPORT = "export"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "sign_in": N_("enums", "Sign-in"),
            "unlock": N_("enums", "Unlocking the screen"),
            "view": N_("enums", "Viewing"),
            "reveal_hetu": N_("enums", "Showing the personal identity code"),
            "export": N_("enums", "Printout or export"),
        }


class AccessTarget(LabelledEnum):
    """Which part of a person's data (or which output holding it)."""

    RECORD = "record"
    ATTENDANCE = "attendance"
    ASSESSMENTS = "assessments"
    SUITABILITY = "suitability"
    PLAN = "plan"
    RESULTS = "results"
    HETU = "hetu"
    ALLOWANCE_REPORT = "allowance_report"
    ABSENCE_LIST = "absence_list"
    ATTENDANCE_SHEET = "attendance_sheet"
    PLAN_PRINT = "plan_print"
    SUBJECT_EXPORT = "subject_export"
    ACCESS_REPORT = "access_report"
    # For outputs made elsewhere: the per-participant ESF+ export and list exports (XLSX/CSV
    # of a list view) log their people with these.
    ESF_EXPORT = "esf_export"
    LIST_EXPORT = "list_export"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "record": N_("enums", "Basic details and periods"),
            "attendance": N_("enums", "Attendance"),
            "assessments": N_("enums", "Assessments"),
            "suitability": N_("enums", "Suitable tasks"),
            "plan": N_("enums", "Continuation plan"),
            "results": N_("enums", "Period outcomes and follow-up"),
            "hetu": N_("enums", "Personal identity code"),
            "allowance_report": N_("enums", "Monthly allowance report"),
            "absence_list": N_("enums", "Absence list for Kela"),
            "attendance_sheet": N_("enums", "Monthly attendance sheet"),
            "plan_print": N_("enums", "Continuation plan for signing"),
            "subject_export": N_("enums", "All data of the person (subject access)"),
            "access_report": N_("enums", "Access report"),
            "esf_export": N_("enums", "ESF+ participant data"),
            "list_export": N_("enums", "List exported to a spreadsheet"),
        }
