"""The ESF+ export as files: XLSX (openpyxl; a sheet of participants, one of indicators by
gender, one of trainees with incomplete entry data) or CSV (the participants; semicolons and
a BOM, so it opens right in Finnish Excel). Dates are ISO 8601; yes/no answers are 1/0 and
an unknown answer is empty."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.reports import pdf
from toimi_desktop.reports.esf import ENTRY_FIELDS, FLAGS, GENDERS, EsfReport, Participant

PARTICIPANTS = N_("reports", "Participants")
INDICATORS = N_("reports", "Indicators")
MISSING = N_("reports", "Missing entry data")
RANGE = N_("reports", "ESF+ participants {start}–{end}")
COLUMNS = (
    N_("reports", "Trainee id"), N_("reports", "Last name"), N_("reports", "First name"),
    N_("reports", "Municipality"), N_("reports", "Gender"), N_("reports", "Entered"),
    N_("reports", "Age at entry"), N_("reports", "Employment status"),
    N_("reports", "Education"), N_("reports", "Disability"),
    N_("reports", "Third-country national"), N_("reports", "Foreign background"),
    N_("reports", "Minority"), N_("reports", "Homeless or housing exclusion"),
    N_("reports", "From a rural area"), N_("reports", "Left"), N_("reports", "Outcome"),
    N_("reports", "Job search on leaving"), N_("reports", "In education on leaving"),
    N_("reports", "Qualification on leaving"), N_("reports", "Employed on leaving"),
    N_("reports", "Six-month point"), N_("reports", "Followed up on"),
    N_("reports", "Employed after six months"), N_("reports", "Situation improved"),
)
CODE = N_("reports", "Code")
INDICATOR = N_("reports", "Indicator")
TOTAL = N_("reports", "Total")
MISSING_COLUMN = N_("reports", "Missing")


def _yes_no(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def participant_row(p: Participant, language: str | None) -> list[object]:
    from toimi_desktop.models.enums import ExitOutcome

    return [
        p.trainee_id, p.last_name, p.first_name, p.municipality,
        p.gender.translated(language), _day(p.entered), p.age_at_entry,
        p.employment_status.translated(language) if p.employment_status else None,
        p.education_level.translated(language) if p.education_level else None,
        *(_yes_no(p.flags[k]) for k in FLAGS), _day(p.left),
        ExitOutcome(p.exit_outcome).translated(language) if p.exit_outcome else None,
        *(_yes_no(v) for v in p.exit_results), _day(p.followup_due), _day(p.followup_on),
        *(_yes_no(v) for v in p.followup_results),
    ]


def write_csv(report: EsfReport, out: Path | str, language: str | None = None) -> None:
    t = pdf.translator(language)
    with open(out, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([t(c) for c in COLUMNS])
        for person in report.participants:
            writer.writerow(["" if v is None else v
                             for v in participant_row(person, language)])


def write_xlsx(report: EsfReport, out: Path | str, language: str | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    t = pdf.translator(language)
    book = Workbook()
    bold = Font(bold=True)

    def sheet(title: str, header: list[str], rows: list[list[object]], first: bool = False):
        page = book.active if first else book.create_sheet()
        page.title = title[:31]
        page.append(header)
        for cell in page[1]:
            cell.font = bold
        for row in rows:
            page.append(row)
        page.freeze_panes = "A2"
        for index, text in enumerate(header, start=1):
            page.column_dimensions[get_column_letter(index)].width = max(10, min(
                44, len(str(text)) + 2))
        return page

    sheet(t(PARTICIPANTS), [t(c) for c in COLUMNS],
          [participant_row(p, language) for p in report.participants], first=True)
    genders = [g.translated(language) for g in GENDERS]
    indicators = sheet(t(INDICATORS), [t(CODE), t(INDICATOR), *genders, t(TOTAL)],
                       [[code, t(label), *counts] for code, label, counts in report.indicators])
    indicators.column_dimensions["B"].width = 70
    missing = [[p.trainee_id, f"{p.last_name} {p.first_name}", p.municipality,
                ", ".join(t(ENTRY_FIELDS[k]) for k in p.missing())]
               for p in report.participants if p.missing()]
    sheet(t(MISSING), [t(COLUMNS[0]), t(PARTICIPANTS), t(COLUMNS[3]), t(MISSING_COLUMN)],
          missing)
    book.properties.title = t(RANGE).format(start=pdf.fi_date(report.start),
                                            end=pdf.fi_date(report.end))
    book.save(out)
