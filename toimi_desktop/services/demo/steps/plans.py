"""Continuation plans with their saved versions, and the ESF+ results of closed periods.

Plans: most closed periods had one, aiming at the path the period then ended in (dropouts
and movers less often); open periods get one after the first weeks, revised every month or
two, with steps done over time. A few reviews are due or late, and about a third of the
periods ending within a month still have no plan: the follow-up dashboard's work.

Results: the ESF+ answers on leaving follow the outcome (work is employment, education is
education); the 6-month follow-up is recorded for most periods that ended over six months
ago, with employment six months on in shares like earlier projects' reports.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from toimi_desktop.models.enums import ExitOutcome, PeriodStatus, PlanPath, StepStatus, TargetGroup
from toimi_desktop.services.demo.plan_texts import PLANS
from toimi_desktop.services.demo.world import DemoPeriod, DemoWorld
from toimi_desktop.services.followup import EDUCATION_OUTCOMES, EMPLOYED_OUTCOMES, followup_due
from toimi_desktop.services.plans import StepView, snapshot

# Paths of open periods' plans by target group (weights in PlanPath order).
_PATHS = tuple(PlanPath)
_PATH_VALUES = frozenset(p.value for p in PlanPath)
PATH_WEIGHTS = {
    TargetGroup.LONG_TERM_UNEMPLOYED: (20, 25, 12, 2, 1, 3, 7, 15, 15),
    TargetGroup.PARTIAL_WORK_ABILITY: (8, 22, 8, 1, 1, 2, 15, 30, 13),
    TargetGroup.IMMIGRANT: (25, 20, 30, 2, 1, 3, 1, 6, 12),
    TargetGroup.YOUNG_GRADUATE: (32, 15, 35, 3, 1, 4, 0, 5, 5),
    TargetGroup.LONG_AWAY_FROM_WORK: (10, 20, 10, 1, 1, 2, 12, 25, 19),
}
# Employed six months after leaving, by outcome (job search at exit in brackets below).
EMPLOYED_LATER = {
    ExitOutcome.OPEN_LABOUR_MARKET: 0.8, ExitOutcome.SUBSIDISED_WORK: 0.6,
    ExitOutcome.SOLE_TRADER: 0.7, ExitOutcome.COOPERATIVE: 0.65,
    ExitOutcome.LIGHT_ENTREPRENEURSHIP: 0.6, ExitOutcome.EDUCATION: 0.15,
    ExitOutcome.PENSION: 0.03, ExitOutcome.REHABILITATION: 0.1,
    ExitOutcome.OTHER_SERVICE: 0.2, ExitOutcome.DROPOUT: 0.15, ExitOutcome.MOVED_AWAY: 0.25,
}
JOB_SEARCH = {ExitOutcome.OTHER_SERVICE: 0.55, ExitOutcome.DROPOUT: 0.3,
              ExitOutcome.MOVED_AWAY: 0.2, ExitOutcome.REHABILITATION: 0.2,
              ExitOutcome.EDUCATION: 0.05}
PLAN_COLUMNS = ("id", "municipality_code", "created_by", "trainee_id", "period_id", "path",
                "goal", "services_referred", "next_review_on", "agreed_on", "career_agent_id",
                "version")


def _path(rng: random.Random, period: DemoPeriod, groups: tuple[str, ...]) -> PlanPath:
    if period.exit_outcome is not None and period.exit_outcome.value in _PATH_VALUES:
        return PlanPath(period.exit_outcome.value)
    return rng.choices(_PATHS, PATH_WEIGHTS[TargetGroup(rng.choice(groups))])[0]


def _version_days(rng: random.Random, period: DemoPeriod, today: date) -> list[date]:
    """The days the plan was saved, or [] when the period has none."""
    if period.status is PeriodStatus.ENDED:
        chance = 0.4 if period.exit_outcome in (ExitOutcome.DROPOUT, ExitOutcome.MOVED_AWAY) \
            else 0.85
        if rng.random() >= chance:
            return []
        first = max(period.start_date + timedelta(days=14),
                    period.end_date - timedelta(days=rng.randint(20, 70)))
        last = period.end_date
    else:
        age = (today - period.start_date).days
        ending = period.planned_end_date and period.planned_end_date <= today + timedelta(30)
        chance = 0.68 if ending else 0.65 if age >= 45 else 0.3 if age >= 21 else 0.0
        if rng.random() >= chance:
            return []
        first = period.start_date + timedelta(days=rng.randint(20, 50))
        last = today
    first = min(first, last)
    days = [first]
    while len(days) < 4 and (day := days[-1] + timedelta(days=rng.randint(30, 60))) <= last:
        days.append(day)
    return days


def _steps(rng: random.Random, path: PlanPath, day: date) -> list[tuple[str, str, date]]:
    chosen = rng.sample(PLANS[path][1], min(len(PLANS[path][1]), rng.randint(2, 4)))
    return [(what, who, day + timedelta(days=14 + 21 * i + rng.randint(0, 10)))
            for i, (what, who) in enumerate(chosen)]


def _plan(world: DemoWorld, rng: random.Random, period: DemoPeriod, groups: tuple[str, ...],
          days: list[date]) -> tuple[dict, list[dict], list[dict]]:
    path = _path(rng, period, groups)
    goals, _steps_bank, services = PLANS[path]
    writer = period.career_agent_id or period.coach_id or world.coordinator.id
    plan_id = world.ids.new()
    steps = [(world.ids.new(), what, who, due) for what, who, due in _steps(rng, path, days[0])]
    goal = rng.choice(goals)
    referred = "; ".join(rng.sample(services, min(len(services), rng.randint(1, 2))))
    versions = []
    for number, day in enumerate(days, start=1):
        views = [StepView(step_id, what, who, due,
                          StepStatus.DONE if due < day and rng.random() < 0.8 else StepStatus.OPEN)
                 for step_id, what, who, due in steps]
        if period.status is PeriodStatus.ENDED:
            review = day + timedelta(days=rng.randint(21, 60))
        elif number < len(days):
            review = days[number]
        elif rng.random() < 0.88:
            review = world.today + timedelta(days=rng.randint(15, 90))
        else:
            review = max(day + timedelta(days=7), world.today + timedelta(days=rng.randint(-25,
                                                                                           14)))
        saved = datetime.combine(day, time(8, rng.randint(0, 59)), tzinfo=UTC)
        versions.append({
            "id": world.ids.new(), "municipality_code": period.municipality_code,
            "created_by": writer, "plan_id": plan_id, "version": number, "saved_at": saved,
            "saved_by": writer, "snapshot": snapshot(
                path, goal, referred, review, days[0], period.career_agent_id, period.id,
                views)})
    plan = {"id": plan_id, "municipality_code": period.municipality_code, "created_by": writer,
            "trainee_id": period.trainee_id, "period_id": period.id, "path": path, "goal": goal,
            "services_referred": referred, "next_review_on": review, "agreed_on": days[0],
            "career_agent_id": period.career_agent_id, "version": len(days)}
    step_rows = [{"id": v.id, "municipality_code": period.municipality_code,
                  "created_by": writer, "plan_id": plan_id, "position": i, "what": v.what,
                  "responsible": v.responsible, "due_on": v.due_on, "status": v.status}
                 for i, v in enumerate(views)]
    return plan, step_rows, versions


def _results(rng: random.Random, period: DemoPeriod, today: date) -> tuple:
    outcome = period.exit_outcome
    employed = True if outcome in EMPLOYED_OUTCOMES else (rng.random() < 0.03)
    education = True if outcome in EDUCATION_OUTCOMES else (rng.random() < 0.04)
    qualification = rng.random() < (0.12 if outcome in EDUCATION_OUTCOMES else 0.04)
    job_search = rng.random() < JOB_SEARCH.get(outcome, 0.05)
    followup = (None, None, None)
    due = followup_due(period.end_date)
    if due + timedelta(days=rng.randint(0, 40)) <= today and rng.random() < 0.9:
        later = rng.random() < EMPLOYED_LATER[outcome]
        improved = later or rng.random() < 0.35
        followup = (min(today, due + timedelta(days=rng.randint(0, 30))), later, improved)
    return (job_search, education, qualification, employed, *followup, period.id)


def run(world: DemoWorld) -> None:
    rng = world.rng_for("plans")
    groups = {t.id: t.target_groups for t in world.trainees}
    plans, steps, versions, results = [], [], [], []
    for period in world.periods:
        if period.start_date > world.today:
            continue
        days = _version_days(rng, period, world.today)
        if days:
            plan, step_rows, version_rows = _plan(world, rng, period,
                                                  groups[period.trainee_id], days)
            plans.append(plan)
            steps += step_rows
            versions += version_rows
        if period.status is PeriodStatus.ENDED and period.exit_outcome is not None:
            results.append(_results(rng, period, world.today))
    world.writer.insert_synced("continuation_plan", plans)
    world.writer.insert_synced("plan_step", steps)
    world.writer.insert_synced("plan_version", versions)
    world.writer.conn.executemany(
        "UPDATE period SET exit_job_search = ?, exit_in_education = ?, exit_qualification = ?,"
        " exit_employed = ?, followup_on = ?, followup_employed = ?, followup_improved = ?"
        " WHERE id = ?",
        [(*r[:4], r[4].isoformat() if r[4] else None, *r[5:]) for r in results])
