"""Coaching periods: most trainees in one active period at their municipality's environment,
others ended with an outcome, planned, paused, ended and started again, or without any.
Never more than one open (not ended) period per trainee, as the services enforce."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from toimi_desktop.models.enums import ExitOutcome, PeriodKind, PeriodStatus, Role, TargetGroup
from toimi_desktop.models.trainee import pause_id
from toimi_desktop.services.demo.stamps import add_months
from toimi_desktop.services.demo.texts import (
    EARLY_OUTCOMES,
    END_OUTCOMES,
    EXIT_NOTES,
    GOALS,
    PACKAGES,
)
from toimi_desktop.services.demo.world import DemoPeriod, DemoTrainee, DemoWorld

RWA, COACHING, OTHER = PeriodKind.REHABILITATIVE_WORK, PeriodKind.COACHING, PeriodKind.OTHER
RWA_MAX_MONTHS = 24
# kind → ((planned months, weights), (hours a day, weights), (days a week, weights))
_SHAPES = {
    RWA: (((3, 4, 6, 9, 12, 18, 24), (8, 4, 30, 10, 30, 10, 8)),
          ((4.0, 5.0, 6.0), (80, 10, 10)), ((1, 2, 3, 4), (5, 20, 35, 40))),
    COACHING: (((3, 4, 6, 9, 12), (25, 15, 40, 10, 10)),
               ((4.0, 5.0, 6.0, 7.0), (30, 25, 30, 15)), ((2, 3, 4, 5), (10, 30, 35, 25))),
    OTHER: (((3, 6, 12), (40, 40, 20)), ((3.0, 4.0, 6.0), (30, 50, 20)),
            ((1, 2, 3, 4, 5), (10, 25, 30, 25, 10))),
}
_END_OUTCOMES = (tuple(END_OUTCOMES), tuple(END_OUTCOMES.values()))
PAUSE_REASONS = ("Sairausloma", "Lääkinnällinen kuntoutusjakso", "Lastenhoito järjestymättä",
                 "Päihdekuntoutus", "Muutto, asunnon etsintä")
PAST_PAUSE = 0.05  # of open periods: a pause of 1–3 weeks that has ended
_EARLY_OUTCOMES = (tuple(EARLY_OUTCOMES), tuple(EARLY_OUTCOMES.values()))


@dataclass(frozen=True)
class Spec:
    """One period's dates and shape, before people and texts are attached."""

    kind: PeriodKind
    start: date
    planned_end: date | None
    hours: float
    days: int
    status: PeriodStatus = PeriodStatus.ACTIVE
    end: date | None = None
    outcome: ExitOutcome | None = None


def _pick(rng: random.Random, options: tuple[tuple, tuple]) -> object:
    return rng.choices(*options)[0]


def _planned_end(start: date, months: int) -> date:
    end = add_months(start, months)
    if months == 3 and end.day < start.day:
        # Clamped to a short month's end (30.11. → 28.2.): keep the legal 3-month minimum.
        end += timedelta(days=start.day - end.day)
    return end


def _months_since(start: date, day: date) -> int:
    return (day.year - start.year) * 12 + day.month - start.month + (day.day >= start.day)


def new_spec(rng: random.Random, trainee: DemoTrainee, start: date) -> Spec:
    young = TargetGroup.YOUNG_GRADUATE in trainee.target_groups
    kind = rng.choices((RWA, COACHING, OTHER), (40, 52, 8) if young else (70, 22, 8))[0]
    months_shape, hours_shape, days_shape = _SHAPES[kind]
    months = _pick(rng, months_shape)
    planned = None if kind is OTHER and rng.random() < 0.4 else _planned_end(start, months)
    return Spec(kind, start, planned, _pick(rng, hours_shape), _pick(rng, days_shape))


def _open_or_closed(rng: random.Random, spec: Spec, today: date) -> Spec:
    """Decide how a period that has started by `today` stands now."""
    if rng.random() < 0.14:  # ends early: dropout, a job found, moved away…
        end = spec.start + timedelta(days=rng.randint(14, 120))
        if end < today:
            return replace(spec, status=PeriodStatus.ENDED, end=end,
                           outcome=_pick(rng, _EARLY_OUTCOMES))
    natural_end = spec.planned_end or add_months(spec.start, 6)
    if natural_end >= today:
        return replace(spec, status=PeriodStatus.PAUSED) if rng.random() < 0.06 else spec
    if spec.planned_end is not None and rng.random() < 0.15:  # extended past the plan
        months = _months_since(spec.start, today) + rng.randint(1, 4)
        if spec.kind is not RWA or months <= RWA_MAX_MONTHS:
            return replace(spec, planned_end=_planned_end(spec.start, months))
    end = max(spec.start, natural_end - timedelta(days=rng.randint(0, 14)))
    return replace(spec, status=PeriodStatus.ENDED, end=end, outcome=_pick(rng, _END_OUTCOMES))


def plan(rng: random.Random, trainee: DemoTrainee, today: date) -> list[Spec]:
    """The trainee's periods, oldest first; at most the last one is open."""
    if rng.random() < 0.04:  # referred, but no period agreed yet
        return []
    start = trainee.referred_on + timedelta(days=rng.randint(3, 30))
    if start > today:
        return [] if rng.random() < 0.15 else [new_spec(rng, trainee, start)]  # planned
    first = _open_or_closed(rng, new_spec(rng, trainee, start), today)
    if first.end is None or rng.random() >= 0.35:
        return [first]
    again = first.end + timedelta(days=rng.randint(7, 90))
    if again > today:
        return [first, new_spec(rng, trainee, again)] if rng.random() < 0.5 else [first]
    second = new_spec(rng, trainee, again)
    if (second.planned_end or add_months(again, 6)) < today:
        second = replace(second, planned_end=None, kind=OTHER)  # a short follow-up, still on
    if rng.random() < 0.06:
        second = replace(second, status=PeriodStatus.PAUSED)
    return [first, second]


def _weekdays(rng: random.Random, days: int, open_weekdays: str) -> str:
    """`days` of the environment's open weekdays (all of them if it opens on fewer)."""
    opened = sorted(open_weekdays)
    return "".join(sorted(rng.sample(opened, min(days, len(opened)))))


def _pauses(rng: random.Random, spec: Spec, today: date
            ) -> tuple[tuple[date, date | None], ...]:
    """A paused period's pause (from a few weeks back at most); a few open periods had a
    short pause before that has ended."""
    if spec.start > today or spec.status is PeriodStatus.ENDED:
        return ()
    if spec.status is PeriodStatus.PAUSED:
        return ((max(spec.start, today - timedelta(days=rng.randint(1, 45))), None),)
    if (today - spec.start).days > 60 and rng.random() < PAST_PAUSE:
        first = today - timedelta(days=rng.randint(25, min(150, (today - spec.start).days)))
        return ((first, first + timedelta(days=rng.randint(6, 20))),)
    return ()


def run(world: DemoWorld) -> None:
    rng = world.rng_for("periods")
    schedule = world.rng_for("period_weekdays")  # its own stream: the periods stay as they were
    rows, pause_rows = [], []
    for trainee in world.trainees:
        code = trainee.municipality_code
        coaches = world.users_with(Role.COACH, code)
        agents = world.users_with(Role.CAREER_AGENT, code)
        coach = rng.choice(coaches)
        environment = world.environments[code]
        for spec in plan(rng, trainee, world.today):
            if rng.random() < 0.3:  # a new period sometimes brings another coach
                coach = rng.choice(coaches)
            agent = rng.choice(agents) if rng.random() < 0.85 else None
            group = rng.choice(trainee.target_groups)
            weekdays = _weekdays(schedule, spec.days, environment.open_weekdays)
            pauses = _pauses(schedule, spec, world.today)
            period = DemoPeriod(
                id=world.ids.new(), trainee_id=trainee.id,
                environment_id=environment.id, municipality_code=code,
                coach_id=coach.id, career_agent_id=agent.id if agent else None,
                kind=spec.kind, start_date=spec.start, planned_end_date=spec.planned_end,
                end_date=spec.end, hours_per_day=spec.hours, days_per_week=len(weekdays),
                status=spec.status, exit_outcome=spec.outcome, weekdays=weekdays,
                pauses=pauses)
            world.periods.append(period)
            rows.append({
                "id": period.id, "municipality_code": code, "created_by": coach.id,
                "trainee_id": trainee.id, "environment_id": period.environment_id,
                "coach_id": period.coach_id, "career_agent_id": period.career_agent_id,
                "kind": spec.kind, "start_date": spec.start,
                "planned_end_date": spec.planned_end, "end_date": spec.end,
                "hours_per_day": spec.hours, "days_per_week": len(weekdays),
                "weekdays": weekdays,
                "goals": rng.choice(GOALS[group]) if rng.random() < 0.8 else None,
                "coaching_package": PACKAGES[group] if rng.random() < 0.65 else None,
                "status": spec.status, "exit_outcome": spec.outcome,
                "exit_note": rng.choice(EXIT_NOTES[spec.outcome])
                if spec.outcome and rng.random() < 0.6 else None,
            })
            pause_rows += [{
                "id": pause_id(period.id, first), "municipality_code": code,
                "created_by": coach.id, "period_id": period.id, "trainee_id": trainee.id,
                "start_date": first, "end_date": last,
                "reason": schedule.choice(PAUSE_REASONS)} for first, last in pauses]
    world.writer.insert_synced("period", rows)
    world.writer.insert_synced("period_pause", pause_rows)
