"""The rules a saved day is checked against, for rehabilitative work activity (Act 189/2001
§13, municipal guidance and Kela's absence rules): warnings, never refusals. And the one
refusal about the calendar: no absence, and no attendance without a reason, on a day the
service is not held."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import current_language
from toimi_desktop.models import Attendance, Period, Trainee
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
from toimi_desktop.services.calendar import DayInfo, DayKind
from toimi_desktop.services.errors import Message, Problems
from toimi_desktop.services.names import list_names
from toimi_desktop.services.period_days import fi_date

# Act 189/2001 §13 and municipal guidance: warn (never block) beyond these.
RWA_MAX_DAYS_A_WEEK, RWA_MAX_HOURS, RWA_MIN_HOURS = 4, 8.0, 4.0
RWA_MAX_HOURS_A_WEEK = 32.0
# Kela: own illness over 3 days needs a medical certificate; a sick child (under 10) is an
# accepted absence for up to 4 days.
OWN_ILLNESS_DAYS, SICK_CHILD_DAYS = 3, 4
RUN_GAP_DAYS = 7  # records further apart than this are not "in a row" (a once-a-week trainee)
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.PARTLY_PRESENT)

NOT_HELD_HOLIDAY = N_("errors", "{holiday}: the service is not held on public holidays. "
                                "Write in the note why the trainee attended.")
NOT_HELD_CLOSED = N_("errors", "The environment is closed on this day ({reason}). Write in "
                               "the note why the trainee attended.")
NOT_HELD_WEEKDAY = N_("errors", "The environment does not work on this weekday. Write in the "
                                "note why the trainee attended.")
NO_ABSENCE = N_("errors", "The service is not held on this day, so it is no absence: mark E "
                          "(service not held).")


@dataclass(frozen=True)
class Hours:
    """Hours in a message: a decimal comma in Finnish."""

    value: float

    def translated(self, language: str | None = None) -> str:
        text = f"{self.value:g}"
        return text if (language or current_language()) == "en" else text.replace(".", ",")

    def __str__(self) -> str:  # the UI formats messages with str(): its current language
        return self.translated()


def check_service_day(info: DayInfo, key: str, status: AttendanceStatus, note: str | None,
                      problems: Problems) -> None:
    """On a day the service is not held (holiday, closed day, a weekday the environment does
    not work): attendance needs its reason in the note, and there is no absence."""
    if info.held or status is AttendanceStatus.NOT_HELD:
        return
    if status is AttendanceStatus.ABSENT:
        problems.add(key, NO_ABSENCE)
    elif status.attended and not (note or "").strip():
        if info.kind is DayKind.HOLIDAY:
            problems.add(key, NOT_HELD_HOLIDAY, holiday=info.name or "")
        elif info.kind is DayKind.CLOSED:
            problems.add(key, NOT_HELD_CLOSED, reason=info.name or "–")
        else:
            problems.add(key, NOT_HELD_WEEKDAY)


def day_warnings(session: Session, environment_id: str, day: date,
                 saved: list[tuple[str, AttendanceStatus, float]]) -> list[Message]:
    """Warnings for the rows just saved; `hours` < 0 marks a row of another kind of period
    than rehabilitative work activity (no limits to check)."""
    rows = [(t, status, hours) for t, status, hours in saved if hours >= 0]
    if not rows:
        return []
    session.flush()
    ids = [t for t, _s, _h in rows]
    names = _names(session, environment_id, day, ids)
    week = _week_totals(session, ids, day)
    runs = _absence_runs(session, [t for t, s, _h in rows if s is AttendanceStatus.ABSENT],
                         day)
    warnings = []
    for trainee_id, status, hours in rows:
        name = names.get(trainee_id, "?")
        days, week_hours = week.get(trainee_id, (0, 0.0))
        if status.attended:
            if hours > RWA_MAX_HOURS:
                warnings.append(Message(N_("errors", "{name}: over 8 hours in a day."),
                                        {"name": name}))
            if hours < RWA_MIN_HOURS:
                warnings.append(Message(N_("errors", "{name}: under 4 hours is counted as "
                                                     "attended."), {"name": name}))
            if days > RWA_MAX_DAYS_A_WEEK:
                warnings.append(Message(
                    N_("errors", "{name}: more than {days} days attended in week {week}."),
                    {"name": name, "days": RWA_MAX_DAYS_A_WEEK, "week": day.isocalendar()[1]}))
            if week_hours > RWA_MAX_HOURS_A_WEEK:
                warnings.append(Message(
                    N_("errors", "{name}: {hours} hours attended in week {week}, more than "
                                 "{limit}."),
                    {"name": name, "hours": Hours(week_hours), "week": day.isocalendar()[1],
                     "limit": int(RWA_MAX_HOURS_A_WEEK)}))
        run = runs.get(trainee_id)
        if run is None:
            continue
        reason, first, length = run
        if reason is AbsenceReason.OWN_ILLNESS and length > OWN_ILLNESS_DAYS:
            warnings.append(Message(
                N_("errors", "{name}: own illness {days} days in a row from {start}: over "
                             "{limit} days needs a medical certificate (mark “illness with "
                             "certificate”)."),
                {"name": name, "days": length, "start": fi_date(first),
                 "limit": OWN_ILLNESS_DAYS}))
        elif reason is AbsenceReason.SICK_CHILD and length > SICK_CHILD_DAYS:
            warnings.append(Message(
                N_("errors", "{name}: sick child {days} days in a row from {start}: an "
                             "accepted absence lasts at most {limit} days."),
                {"name": name, "days": length, "start": fi_date(first),
                 "limit": SICK_CHILD_DAYS}))
    return warnings


def _names(session: Session, environment_id: str, day: date, ids: list[str]
           ) -> dict[str, str]:
    """Names as the day's list shows them: namesakes at the environment get birth dates."""
    people = session.execute(
        select(Trainee.id, Trainee.last_name, Trainee.first_name, Trainee.birth_date)
        .join(Period, Period.trainee_id == Trainee.id)
        .where(Period.environment_id == environment_id, Period.deleted.is_(False),
               Period.start_date <= day,
               (Period.end_date.is_(None)) | (Period.end_date >= day))
        .distinct()).all()
    names = list_names((t, f"{last} {first}", born) for t, last, first, born in people)
    for trainee in session.scalars(select(Trainee).where(Trainee.id.in_(
            [t for t in ids if t not in names]))):
        names[trainee.id] = trainee.full_name
    return names


def _week_totals(session: Session, ids: list[str], day: date
                 ) -> dict[str, tuple[int, float]]:
    """Days attended and hours attended in the calendar week of `day`, per trainee."""
    monday = day - timedelta(days=day.weekday())
    return {t: (n, float(h or 0)) for t, n, h in session.execute(
        select(Attendance.trainee_id, func.count(), func.sum(Attendance.hours)).where(
            Attendance.trainee_id.in_(ids),
            Attendance.day.between(monday, monday + timedelta(days=6)),
            Attendance.status.in_(ATTENDED),
            Attendance.deleted.is_(False),
        ).group_by(Attendance.trainee_id))}


def _absence_runs(session: Session, ids: list[str], day: date
                  ) -> dict[str, tuple[AbsenceReason, date, int]]:
    """For trainees absent on `day`: (reason, first day, days) of the run of the same
    reason that `day` is in — the trainee's records in a row, none between with another
    mark, at most `RUN_GAP_DAYS` apart."""
    if not ids:
        return {}
    span = timedelta(days=RUN_GAP_DAYS * (SICK_CHILD_DAYS + 2))
    records: dict[str, list[tuple[date, AttendanceStatus, AbsenceReason | None]]] = (
        defaultdict(list))
    for trainee_id, d, status, reason in session.execute(
            select(Attendance.trainee_id, Attendance.day, Attendance.status,
                   Attendance.absence_reason).where(
                Attendance.trainee_id.in_(ids), Attendance.day.between(day - span, day + span),
                Attendance.deleted.is_(False)).order_by(Attendance.day)):
        records[trainee_id].append((d, status, reason))
    runs = {}
    for trainee_id, rows in records.items():
        at = next((i for i, r in enumerate(rows) if r[0] == day), None)
        if at is None or rows[at][2] is None:
            continue
        reason = rows[at][2]
        first = last = at
        while first > 0 and _same(rows[first - 1], rows[first], reason):
            first -= 1
        while last + 1 < len(rows) and _same(rows[last], rows[last + 1], reason):
            last += 1
        runs[trainee_id] = (reason, rows[first][0], last - first + 1)
    return runs


def _same(earlier: tuple, later: tuple, reason: AbsenceReason) -> bool:
    return (earlier[1] is AttendanceStatus.ABSENT and later[1] is AttendanceStatus.ABSENT
            and earlier[2] is reason and later[2] is reason
            and (later[0] - earlier[0]).days <= RUN_GAP_DAYS)
