"""ESF+ reporting (Regulation (EU) 2021/1057 Annex I, reported in EURA 2021): per
participant the entry data, the results on leaving and six months after; the common
indicators by gender; and the trainees whose entry data is incomplete.

Who counts, for a date range:
- a participant is a trainee with a coaching period overlapping the range;
- they entered when their first period ever started (output indicators EECO count those who
  entered in the range, with their age on that day);
- they left when their latest period ended, with no later period (results EECR01–04 count
  those who left in the range, with the results recorded on that period: within 28 days,
  the last event counts);
- the six-month results (EECR05–06) count those whose six-month point fell in the range.

Personal data: the per-participant export is the coordinator's (they report to the
funder) and every export is written to the audit log (Act 906/2019 §17: who, when, whose
data). The missing-data list is for staff who can complete the data, never for steering
groups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import EducationLevel, EmploymentStatus, Gender, Role
from toimi_desktop.services.access_log import log_access
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.followup import followup_due
from toimi_desktop.services.trainees import WRITERS

EXPORTERS = (Role.COORDINATOR,)
NOT_COORDINATOR = N_("errors", "Only a coordinator can export the ESF+ participant data.")
GENDERS = tuple(Gender)
FLAGS = ("disability", "third_country_national", "foreign_background", "minority",
         "homeless", "rural")
# Special-category data (GDPR Art. 9) may be declined: not asked again as "missing".
MAY_DECLINE = ("disability", "minority")

_PARTICIPANTS_SQL = """
    SELECT t.id, t.last_name, t.first_name, t.gender, t.birth_date, t.employment_status,
           t.education_level, t.disability, t.third_country_national, t.foreign_background,
           t.minority, t.homeless, t.rural,
           (SELECT min(f.start_date) FROM period f WHERE f.trainee_id = t.id
              AND f.deleted = 0) AS entered,
           l.id, l.municipality_code, l.start_date, l.end_date, l.status, l.exit_outcome,
           l.exit_job_search, l.exit_in_education, l.exit_qualification, l.exit_employed,
           l.followup_on, l.followup_employed, l.followup_improved, m.name
    FROM trainee t
    JOIN period l ON l.id = (SELECT p.id FROM period p WHERE p.trainee_id = t.id
                               AND p.deleted = 0 AND p.start_date <= :end
                             ORDER BY p.start_date DESC, p.id DESC LIMIT 1)
    JOIN municipality m ON m.code = l.municipality_code
    WHERE t.deleted = 0 AND t.id IN (
      SELECT trainee_id FROM period WHERE deleted = 0 AND municipality_code IN ({codes})
        AND start_date <= :end AND (end_date IS NULL OR end_date >= :first))
    ORDER BY t.last_name, t.first_name, t.id"""


@dataclass(frozen=True)
class Participant:
    trainee_id: str
    last_name: str
    first_name: str
    municipality: str
    municipality_code: str
    gender: Gender
    entered: date
    age_at_entry: int | None
    employment_status: EmploymentStatus | None
    education_level: EducationLevel | None
    flags: dict[str, bool | None]
    left: date | None  # the end of their latest period, when it has ended by the range's end
    exit_outcome: str | None
    exit_results: tuple[bool | None, bool | None, bool | None, bool | None]
    followup_due: date | None
    followup_on: date | None
    followup_results: tuple[bool | None, bool | None]

    def missing(self) -> list[str]:
        """Entry data not recorded (the keys of ENTRY_FIELDS)."""
        found = []
        if self.gender is Gender.UNKNOWN:
            found.append("gender")
        if self.age_at_entry is None:
            found.append("birth_date")
        if self.employment_status is None:
            found.append("employment_status")
        if self.education_level is None:
            found.append("education_level")
        found += [k for k in FLAGS if self.flags[k] is None and k not in MAY_DECLINE]
        return found


ENTRY_FIELDS = {
    "gender": N_("reports", "Gender"),
    "birth_date": N_("reports", "Date of birth"),
    "employment_status": N_("reports", "Employment status"),
    "education_level": N_("reports", "Education"),
    "disability": N_("reports", "Disability"),
    "third_country_national": N_("reports", "Third-country national"),
    "foreign_background": N_("reports", "Foreign background"),
    "minority": N_("reports", "Minority"),
    "homeless": N_("reports", "Homeless or housing exclusion"),
    "rural": N_("reports", "From a rural area"),
}


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _boolean(value: object) -> bool | None:
    return None if value is None else bool(value)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def participants(ctx: ReadContext, start: date, end: date) -> list[Participant]:
    """Everyone in coaching in [start, end] in the municipalities the actor may see."""
    conn = ctx.db.reader()
    codes = [c for (c,) in conn.execute("SELECT code FROM municipality ORDER BY code")
             if ctx.actor.may_access(c)]
    params: dict[str, object] = {"first": start.isoformat(), "end": end.isoformat()}
    names = []
    for i, code in enumerate(codes):
        params[f"m{i}"] = code
        names.append(f":m{i}")
    sql = _PARTICIPANTS_SQL.format(codes=", ".join(names) or "NULL")
    found = []
    for row in conn.execute(sql, params):
        (trainee_id, last, first, gender, born, status, education, *flags) = row[:13]
        entered = _date(row[13])
        latest_end, latest_status = _date(row[17]), row[18]
        left = latest_end if latest_status == "ended" and latest_end \
            and latest_end <= end else None
        born_day = _date(born)
        found.append(Participant(
            trainee_id, last, first, row[27], row[15],
            Gender(gender) if gender else Gender.UNKNOWN, entered,
            age_on(born_day, entered) if born_day and entered else None,
            EmploymentStatus(status) if status else None,
            EducationLevel(education) if education else None,
            {k: _boolean(v) for k, v in zip(FLAGS, flags, strict=True)},
            left, row[19] if left else None,
            tuple(_boolean(v) for v in row[20:24]) if left else (None,) * 4,
            followup_due(left) if left else None, _date(row[24]) if left else None,
            tuple(_boolean(v) for v in row[25:27]) if left else (None, None)))
    return found


# --- indicators -----------------------------------------------------------------------------
INDICATORS: tuple[tuple[str, str], ...] = (
    ("EECO01", N_("reports", "Total number of participants")),
    ("EECO02", N_("reports", "Unemployed, including long-term unemployed")),
    ("EECO03", N_("reports", "Long-term unemployed")),
    ("EECO04", N_("reports", "Inactive")),
    ("EECO05", N_("reports", "Employed, including self-employed")),
    ("EECO06", N_("reports", "Children below 18 years of age")),
    ("EECO07", N_("reports", "Young people between 18 and 29 years of age")),
    ("EECO08", N_("reports", "Participants 55 years of age and above")),
    ("EECO09", N_("reports", "With lower secondary education or less (ISCED 0–2)")),
    ("EECO10", N_("reports", "With upper secondary or post-secondary education (ISCED 3–4)")),
    ("EECO11", N_("reports", "With tertiary education (ISCED 5–8)")),
    ("EECO12", N_("reports", "Participants with disabilities")),
    ("EECO13", N_("reports", "Third-country nationals")),
    ("EECO14", N_("reports", "Participants with a foreign background")),
    ("EECO15", N_("reports", "Minorities (including marginalised communities)")),
    ("EECO16", N_("reports", "Homeless or affected by housing exclusion")),
    ("EECO17", N_("reports", "Participants from rural areas")),
    ("EECR01", N_("reports", "Participants engaged in job searching upon leaving")),
    ("EECR02", N_("reports", "Participants in education or training upon leaving")),
    ("EECR03", N_("reports", "Participants gaining a qualification upon leaving")),
    ("EECR04", N_("reports", "Participants in employment, including self-employment, upon "
                             "leaving")),
    ("EECR05", N_("reports", "Participants in employment, including self-employment, six "
                             "months after leaving")),
    ("EECR06", N_("reports", "Participants with an improved labour market situation six "
                             "months after leaving")),
)


def _tests(start: date, end: date) -> dict[str, object]:
    """code → predicate over a participant."""
    def entered(p: Participant) -> bool:
        return start <= p.entered <= end

    def left(p: Participant) -> bool:
        return p.left is not None and start <= p.left <= end

    def later(p: Participant) -> bool:
        return p.followup_due is not None and start <= p.followup_due <= end

    status, level = EmploymentStatus, EducationLevel
    unemployed = (status.UNEMPLOYED, status.LONG_TERM_UNEMPLOYED)
    age = lambda p, low, high: p.age_at_entry is not None and low <= p.age_at_entry <= high  # noqa: E731
    return {
        "EECO01": entered,
        "EECO02": lambda p: entered(p) and p.employment_status in unemployed,
        "EECO03": lambda p: entered(p) and p.employment_status is status.LONG_TERM_UNEMPLOYED,
        "EECO04": lambda p: entered(p) and p.employment_status is status.INACTIVE,
        "EECO05": lambda p: entered(p) and p.employment_status is status.EMPLOYED,
        "EECO06": lambda p: entered(p) and age(p, 0, 17),
        "EECO07": lambda p: entered(p) and age(p, 18, 29),
        "EECO08": lambda p: entered(p) and age(p, 55, 200),
        "EECO09": lambda p: entered(p) and p.education_level is level.ISCED_0_2,
        "EECO10": lambda p: entered(p) and p.education_level is level.ISCED_3_4,
        "EECO11": lambda p: entered(p) and p.education_level is level.ISCED_5_8,
        "EECO12": lambda p: entered(p) and p.flags["disability"] is True,
        "EECO13": lambda p: entered(p) and p.flags["third_country_national"] is True,
        "EECO14": lambda p: entered(p) and p.flags["foreign_background"] is True,
        "EECO15": lambda p: entered(p) and p.flags["minority"] is True,
        "EECO16": lambda p: entered(p) and p.flags["homeless"] is True,
        "EECO17": lambda p: entered(p) and p.flags["rural"] is True,
        "EECR01": lambda p: left(p) and p.exit_results[0] is True,
        "EECR02": lambda p: left(p) and p.exit_results[1] is True,
        "EECR03": lambda p: left(p) and p.exit_results[2] is True,
        "EECR04": lambda p: left(p) and p.exit_results[3] is True,
        "EECR05": lambda p: later(p) and p.followup_results[0] is True,
        "EECR06": lambda p: later(p) and p.followup_results[1] is True,
    }


def indicators(people: list[Participant], start: date, end: date
               ) -> list[tuple[str, str, list[int]]]:
    """(code, English label, counts by GENDERS and the total) for each indicator."""
    tests = _tests(start, end)
    rows = []
    for code, label in INDICATORS:
        counts = [0] * (len(GENDERS) + 1)
        for person in people:
            if tests[code](person):
                counts[GENDERS.index(person.gender)] += 1
                counts[-1] += 1
        rows.append((code, label, counts))
    return rows


@dataclass
class EsfReport:
    start: date
    end: date
    participants: list[Participant]
    indicators: list[tuple[str, str, list[int]]] = field(default_factory=list)


def export_participants(ctx: ServiceContext, start: date, end: date, file_kind: str
                        ) -> EsfReport:
    """The coordinator's ESF+ export: participants and indicators; the disclosure is
    logged per municipality, with the trainees it covers, in one transaction."""
    if ctx.actor.role not in EXPORTERS:
        raise PermissionDenied(NOT_COORDINATOR)
    people = participants(ctx, start, end)
    by_municipality: dict[str, list[str]] = {}
    for person in people:
        by_municipality.setdefault(person.municipality_code, []).append(person.trainee_id)
    with ctx.transaction() as tx:
        for code, ids in sorted(by_municipality.items()):
            tx.audit("esf.export", "trainee", None, code,
                     {"from": start.isoformat(), "to": end.isoformat(), "format": file_kind,
                      "trainees": ids})
    # Each participant's access report shows the disclosure (Act 906/2019 §17).
    log_access(ctx, AccessAction.EXPORT, AccessTarget.ESF_EXPORT,
               [person.trainee_id for person in people],
               details={"from": start.isoformat(), "to": end.isoformat(), "format": file_kind})
    return EsfReport(start, end, people, indicators(people, start, end))


@dataclass(frozen=True)
class MissingEntry:
    trainee_id: str
    name: str
    municipality: str
    missing: tuple[str, ...]  # keys of ENTRY_FIELDS


def missing_entry_data(ctx: ReadContext, start: date, end: date) -> list[MissingEntry]:
    """Participants of the range whose ESF+ entry data is incomplete, for staff to fill
    in (never for steering groups)."""
    if ctx.actor.role not in WRITERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)
    return [MissingEntry(p.trainee_id, f"{p.last_name} {p.first_name}", p.municipality,
                         tuple(p.missing()))
            for p in participants(ctx, start, end) if p.missing()]
