"""Daily attendance for the last ~6 months up to yesterday, as coaches would have recorded it.

Each period's trainee comes on the period's weekdays, and not while it is paused, when the
service is held: not on Finnish public holidays
(`services.calendar`) or the environment's closed days (the environments step). Mostly
present for the period's planned hours; sometimes partly present (2–3 h); absent with a
reason (own illness in runs of 1–5 days, with a certificate when longer than 3, a sick
child, a job interview, public office, another accepted reason, unexplained); a few days
per environment the service was cancelled (`not_held`). Dropouts come less and less and
then stop before their period ends. Rows are written as tuples through the writer's fast
path: at 20,000 trainees this is millions of rows.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from toimi_desktop.models import summary_totals
from toimi_desktop.models.attendance import attendance_id
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, ExitOutcome
from toimi_desktop.services.calendar import days_between, holiday_name
from toimi_desktop.services.demo.stamps import add_months, attendance_ids
from toimi_desktop.services.demo.world import DemoEnvironment, DemoPeriod, DemoWorld

WINDOW_MONTHS = 6  # whole months back from today's month, up to yesterday
COLUMNS = ("id", "municipality_code", "created_by", "trainee_id", "day", "period_id",
           "environment_id", "status", "absence_reason", "hours", "work_task_id", "note",
           "recorded_by")

PRESENT = AttendanceStatus.PRESENT.value
PARTLY = AttendanceStatus.PARTLY_PRESENT.value
ABSENT = AttendanceStatus.ABSENT.value
NOT_HELD = AttendanceStatus.NOT_HELD.value
ILLNESS = AbsenceReason.OWN_ILLNESS.value
CERTIFIED = AbsenceReason.ILLNESS_CERTIFIED.value
SICK_CHILD = AbsenceReason.SICK_CHILD.value
INTERVIEW = AbsenceReason.JOB_INTERVIEW.value
PUBLIC_OFFICE = AbsenceReason.PUBLIC_OFFICE.value
OTHER_ACCEPTED = AbsenceReason.OTHER_ACCEPTED.value
UNEXPLAINED = AbsenceReason.UNEXPLAINED.value

# Chances per scheduled day (a 4-day trainee has ~75 scheduled days in 6 months).
ILLNESS_START = 0.017
SICK_CHILD_START = 0.012  # only trainees with small children
INTERVIEW_DAY, PUBLIC_OFFICE_DAY, OTHER_ACCEPTED_DAY = 0.004, 0.0015, 0.006
PARTLY_DAY = 0.05
# The same as cumulative limits for one random draw per day.
UNTIL_ILLNESS = ILLNESS_START
UNTIL_SICK_CHILD = UNTIL_ILLNESS + SICK_CHILD_START
UNTIL_INTERVIEW = UNTIL_SICK_CHILD + INTERVIEW_DAY
UNTIL_PUBLIC_OFFICE = UNTIL_INTERVIEW + PUBLIC_OFFICE_DAY
UNTIL_OTHER_ACCEPTED = UNTIL_PUBLIC_OFFICE + OTHER_ACCEPTED_DAY
# Unexplained absences per scheduled day: most trainees rarely, some often.
UNEXPLAINED_RATES = ((0.006, 0.03, 0.10), (65, 27, 8))
ILLNESS_RUN = ((1, 2, 3, 4, 5), (34, 26, 18, 12, 10))
SICK_CHILD_RUN = ((1, 2, 3, 4), (45, 30, 15, 10))
TASK_MAIN, TASK_OTHER = 0.80, 0.12  # the trainee's usual task, another task, or none
NOT_HELD_DAYS = (2, 4)  # per environment in the window
DROPOUT_TAIL_ABSENCES = 5  # unexplained absences marked after the last visit

PARTLY_NOTES = ("Lähti aikaisemmin lääkäriin.", "Tuli myöhässä, linja-auto ei kulkenut.",
                "Lähti kesken päivän, huono olo.", "Asiointi Kelassa iltapäivällä.")
CERTIFIED_NOTE = "Lääkärintodistus toimitettu."
NOT_HELD_NOTES = ("Valmentaja sairaana, ei sijaista.", "Vesivahinko työtiloissa.",
                  "Koko henkilöstön koulutus.", "Sähkökatko, toiminta peruttu.")
ABSENCE_NOTES = {INTERVIEW: "Työhaastattelu.", PUBLIC_OFFICE: "Kunnanvaltuuston kokous.",
                 OTHER_ACCEPTED: "Omaisen hautajaiset.", UNEXPLAINED: "Ei ilmoitusta."}


def window(today: date) -> tuple[date, date]:
    """First and last day with attendance: the start of the month 6 months back, yesterday."""
    return add_months(today.replace(day=1), -WINDOW_MONTHS), today - timedelta(days=1)


@dataclass(frozen=True)
class ServiceDays:
    """The days an environment's service is held in the window, as the calendar says."""

    days: list[date]
    isos: list[str]
    weekdays: list[int]  # ISO weekday of each day
    cancelled: dict[int, str]  # index → note: held by the calendar, but called off


def service_days(environment: DemoEnvironment, closed: list[date], start: date, end: date,
                 rng: random.Random) -> ServiceDays:
    """Open weekdays that are neither a Finnish public holiday nor a closed day (the rules
    of `services.calendar.service_calendar`), plus a few days the service was called off."""
    open_weekdays = {int(c) for c in environment.open_weekdays}
    shut = set(closed)
    days = [d for d in days_between(start, end) if d.isoweekday() in open_weekdays
            and d not in shut and not holiday_name(d)]
    count = min(len(days), rng.randint(*NOT_HELD_DAYS))
    cancelled = {i: rng.choice(NOT_HELD_NOTES) for i in sorted(rng.sample(range(len(days)),
                                                                           count))}
    return ServiceDays(days, [d.isoformat() for d in days], [d.isoweekday() for d in days],
                       cancelled)


@dataclass
class _Trainee:
    """How one trainee behaves during one period."""

    weekdays: frozenset[int]
    unexplained: float
    has_child: bool
    task: str | None
    fade_from: date | None = None  # dropouts: absences grow from here…
    last_visit: date | None = None  # …and they never come after this day


def _behaviour(rng: random.Random, period: DemoPeriod, tasks: list[str]) -> _Trainee:
    fixed = frozenset(int(c) for c in period.weekdays)  # the period's own weekdays
    behaviour = _Trainee(weekdays=fixed, unexplained=rng.choices(*UNEXPLAINED_RATES)[0],
                         has_child=rng.random() < 0.22,
                         task=rng.choice(tasks) if tasks else None)
    if period.exit_outcome is ExitOutcome.DROPOUT and period.end_date is not None:
        behaviour.last_visit = period.end_date - timedelta(days=rng.randint(4, 21))
        behaviour.fade_from = behaviour.last_visit - timedelta(days=rng.randint(14, 42))
    return behaviour


def _task(rng: random.Random, who: _Trainee, tasks: list[str]) -> str | None:
    roll = rng.random()
    if roll < TASK_MAIN:
        return who.task
    return rng.choice(tasks) if roll < TASK_MAIN + TASK_OTHER and tasks else None


def period_rows(rng: random.Random, period: DemoPeriod, environment: DemoEnvironment,
                service: ServiceDays, tasks: list[str], start: date, end: date
                ) -> Iterator[tuple]:
    """The period's attendance rows (COLUMNS order) on its scheduled days in [start, end]."""
    first = bisect_left(service.days, max(period.start_date, start))
    last = bisect_right(service.days, min(period.end_date or end, end))
    if first >= last:
        return
    who = _behaviour(rng, period, tasks)
    make_id = attendance_ids(period.trainee_id)
    if make_id(service.isos[first]) != attendance_id(period.trainee_id, service.days[first]):
        raise AssertionError("demo attendance ids differ from models.attendance_id")
    coach, hours = period.coach_id, float(period.hours_per_day)
    head = (period.municipality_code, coach, period.trainee_id)
    tail = (period.id, environment.id)
    random_, choices = rng.random, rng.choices
    run_reason: str | None = None
    previous: str | None = None  # the last record's absence reason
    run_left = tail_absences = 0
    for i in range(first, last):
        if service.weekdays[i] not in who.weekdays:
            continue
        iso, day = service.isos[i], service.days[i]
        if period.pauses and period.paused_on(day):
            continue  # no attendance while paused (Period.is_active_on)
        status, reason, worked, task, note = PRESENT, None, hours, None, None
        if i in service.cancelled:
            status, worked, note = NOT_HELD, 0.0, service.cancelled[i]
        elif who.last_visit is not None and day > who.last_visit:
            if tail_absences >= DROPOUT_TAIL_ABSENCES:
                return  # the coach stops marking someone who no longer comes
            tail_absences += 1
            status, reason, worked = ABSENT, UNEXPLAINED, 0.0
        elif run_left:
            run_left -= 1
            status, reason, worked = ABSENT, run_reason, 0.0
        else:
            roll = random_()
            if who.fade_from is not None and day >= who.fade_from:
                # Fading out: up to 80 % of the days missed by the last visit.
                span = max((who.last_visit - who.fade_from).days, 1)
                if roll < 0.15 + 0.65 * (day - who.fade_from).days / span:
                    status, worked = ABSENT, 0.0
                    reason = UNEXPLAINED if random_() < 0.75 or previous else ILLNESS
                roll = 1.0
            if roll < UNTIL_ILLNESS:
                if previous != ILLNESS:  # no uncertified illness over 3 days in a row
                    run = choices(*ILLNESS_RUN)[0]
                    run_reason = CERTIFIED if run > 3 or random_() < 0.08 else ILLNESS
                    status, reason, worked, run_left = ABSENT, run_reason, 0.0, run - 1
                    note = CERTIFIED_NOTE if run_reason == CERTIFIED and random_() < 0.5 \
                        else None
            elif roll < UNTIL_SICK_CHILD:
                if who.has_child:
                    run_left = choices(*SICK_CHILD_RUN)[0] - 1
                    status, reason, worked, run_reason = ABSENT, SICK_CHILD, 0.0, SICK_CHILD
            elif roll < UNTIL_INTERVIEW:
                status, reason, worked = ABSENT, INTERVIEW, 0.0
            elif roll < UNTIL_PUBLIC_OFFICE:
                status, reason, worked = ABSENT, PUBLIC_OFFICE, 0.0
            elif roll < UNTIL_OTHER_ACCEPTED:
                status, reason, worked = ABSENT, OTHER_ACCEPTED, 0.0
            elif roll < UNTIL_OTHER_ACCEPTED + who.unexplained:
                status, reason, worked = ABSENT, UNEXPLAINED, 0.0
            elif roll < UNTIL_OTHER_ACCEPTED + who.unexplained + PARTLY_DAY:
                status, worked = PARTLY, min(rng.choice((2.0, 2.5, 3.0)), hours - 1.0)
                note = rng.choice(PARTLY_NOTES) if random_() < 0.6 else None
            if status == ABSENT and note is None and reason in ABSENCE_NOTES \
                    and random_() < 0.3:
                note = ABSENCE_NOTES[reason]
        if status in (PRESENT, PARTLY):
            task = _task(rng, who, tasks)
        previous = reason
        yield (make_id(iso), *head, iso, *tail, status, reason, worked, task, note, coach)


def run(world: DemoWorld) -> None:
    rng = world.rng_for("attendance")
    start, end = window(world.today)
    services = {env.id: service_days(env, world.closed_days.get(env.id, []), start, end, rng)
                for env in world.environments.values()}
    by_id = {env.id: env for env in world.environments.values()}

    def rows() -> Iterator[tuple]:
        for period in world.periods:
            env_id = period.environment_id
            yield from period_rows(rng, period, by_id[env_id], services[env_id],
                                   world.tasks_by_environment.get(env_id, []), start, end)

    # The summary's totals are built in one pass after the rows and their indexes (innermost
    # exits first), not by a trigger per row.
    with summary_totals.triggers_deferred(world.writer.conn), \
            world.writer.indexes_deferred("attendance"):
        world.writer.insert_synced_values("attendance", COLUMNS, rows())
