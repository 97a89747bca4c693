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
    week = _week_totals(session, ids, day)
    runs = _absence_runs(session, [t for t, s, _h in rows if s is AttendanceStatus.ABSENT],
                         day)
    found: list[tuple[str, str, dict[str, object]]] = []  # (trainee, template, params)
    for trainee_id, status, hours in rows:
        days, week_hours = week.get(trainee_id, (0, 0.0))
        if status.attended:
            if hours > RWA_MAX_HOURS:
                found.append((trainee_id, N_("errors", "{name}: over 8 hours in a day."), {}))
            if hours < RWA_MIN_HOURS:
                found.append((trainee_id, N_("errors", "{name}: under 4 hours is counted as "
                                                       "attended."), {}))
            if days > RWA_MAX_DAYS_A_WEEK:
                found.append((trainee_id, N_("errors", "{name}: more than {days} days attended "
                                                       "in week {week}."),
                               {"days": RWA_MAX_DAYS_A_WEEK, "week": day.isocalendar()[1]}))
            if week_hours > RWA_MAX_HOURS_A_WEEK:
                found.append((trainee_id, N_("errors", "{name}: {hours} hours attended in week "
                                                       "{week}, more than {limit}."),
                               {"hours": Hours(week_hours), "week": day.isocalendar()[1],
                                "limit": int(RWA_MAX_HOURS_A_WEEK)}))
        run = runs.get(trainee_id)
        if run is None:
            continue
        reason, first, length = run
        if reason is AbsenceReason.OWN_ILLNESS and length > OWN_ILLNESS_DAYS:
            found.append((trainee_id, N_(
                "errors", "{name}: own illness {days} days in a row from {start}: over "
                          "{limit} days needs a medical certificate (mark “illness with "
                          "certificate”)."),
                {"days": length, "start": fi_date(first), "limit": OWN_ILLNESS_DAYS}))
        elif reason is AbsenceReason.SICK_CHILD and length > SICK_CHILD_DAYS:
            found.append((trainee_id, N_(
                "errors", "{name}: sick child {days} days in a row from {start}: an accepted "
                          "absence lasts at most {limit} days."),
                {"days": length, "start": fi_date(first), "limit": SICK_CHILD_DAYS}))
    if not found:
        return []
    names = _names(session, environment_id, day, sorted({t for t, _m, _p in found}))
    return [Message(template, {"name": names.get(t, "?"), **params})
            for t, template, params in found]


def _names(session: Session, environment_id: str, day: date, ids: list[str]
           ) -> dict[str, str]:
    """Names as the day's list shows them: a namesake at the environment that day adds the
    birth date. Only the namesakes of `ids` are read (Taitamo has thousands on a day)."""
    warned = list(session.execute(select(
        Trainee.id, Trainee.last_name, Trainee.first_name, Trainee.birth_date)
        .where(Trainee.id.in_(ids))))
    # The few people so named (by the name index), then which of them are here that day:
    # their periods by the trainee index (the environment's would scan thousands).
    named = {row.id: row for row in session.execute(
        select(Trainee.id, Trainee.last_name, Trainee.first_name, Trainee.birth_date)
        .where(Trainee.last_name.in_({w.last_name for w in warned}),
               Trainee.first_name.in_({w.first_name for w in warned}),
               Trainee.deleted.is_(False)))}
    here = {t for t, env, start, end in session.execute(
        select(Period.trainee_id, Period.environment_id, Period.start_date, Period.end_date)
        .where(Period.trainee_id.in_(list(named)), Period.deleted.is_(False)))
        if env == environment_id and start <= day and (end is None or end >= day)}
    same = [named[t] for t in here]
    people = {t: (f"{last} {first}", born) for t, last, first, born in [*warned, *same]}
    return list_names((t, name, born) for t, (name, born) in people.items())


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
