"""Planning help for the coach: for a day (tomorrow by default), the environment's open orders
and its active trainees, each with the tasks that fit them.

Which tasks fit a trainee is decided in one place, `trainee_fits`: a trainee with an
assessment is judged by `services.suitability` (levels from the latest assessment, the same
verdicts as the trainee view: suitable, or with support for a step up); one without falls
back to the period: the latest task evaluation's level, else a cautious default by the
period's kind, with work ability kept at 1 and heavy tasks left out when the goals speak of
load or coping. Tasks the trainee was found not suitable for are left out either way. The
goals also rank the tasks: a task whose words the goals use comes first.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import OrderStatus, PeriodKind, PhysicalLoad, TaskFit
from toimi_desktop.services.access import require_environment_people
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.catalogue import TaskFilter, TaskRow, task_list
from toimi_desktop.services.environments import environment_details
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.orders import OrderFilter, OrderRow, order_list
from toimi_desktop.services.work_rules import OPEN_STATUSES, PLANNERS, in_season, task_fits

FITTING_SHOWN = 4  # tasks suggested per trainee
LOOKAHEAD_DAYS = 14
# Goal words that say the load must stay light (stems, lower case).
LIGHT_LOAD_CUES = ("kuormitu", "jaksami", "toimintaky", "kuntoutu", "pienin askel", "osa-aika",
                   "workload", "coping", "part-time")
GROUP_CUES = ("ryhmä", "sosiaali", "kielen", "kieli", "group", "social", "language")
_STOP = {"työelämä", "työkokeilu", "työnhaun", "vahvistaminen", "kartoitus", "tunnistaminen",
         "mahdollisuuksien", "suunnitelma", "työtehtäviin", "työkokemus", "tuettuna"}


class LevelSource(StrEnum):
    ASSESSMENT = "assessment"
    EVALUATION = "evaluation"  # the trainee's latest task evaluation
    DEFAULT = "default"  # by the period's kind (and goals)


class Reason(StrEnum):
    GOAL = "goal"  # the period's goals name this kind of work
    PROVEN = "proven"  # evaluated suitable for this trainee
    ORDER = "order"  # an open order of the day needs it
    FAMILIAR = "familiar"  # done in the last 30 days


@dataclass(frozen=True)
class TraineeLevels:
    skill: int
    work_ability: int
    source: LevelSource
    light_load: bool = False
    group: bool = False


@dataclass(frozen=True)
class FittingTask:
    task_id: str
    name: str
    fit: TaskFit  # suitable, or suitable with support (a step up)
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class TraineePlan:
    trainee_id: str
    name: str
    period_kind: PeriodKind
    hours_per_day: float
    goals: str | None
    levels: TraineeLevels
    fitting: tuple[FittingTask, ...]


@dataclass(frozen=True)
class DayPlan:
    environment_id: str
    day: date
    held: bool
    day_note: str | None  # the holiday or closed day, when the service is not held
    orders: tuple[OrderRow, ...]
    trainees: tuple[TraineePlan, ...]


def _cues(goals: str | None, cues: tuple[str, ...]) -> bool:
    text = (goals or "").casefold()
    return any(cue in text for cue in cues)


def _period_levels(conn: sqlite3.Connection, trainee_ids: list[str],
                   periods: dict[str, tuple[PeriodKind, str | None]]
                   ) -> dict[str, TraineeLevels]:
    """Levels without an assessment: the latest task evaluation's level, else level 1 in
    rehabilitative work activity and 2 in coaching; goals about load keep work ability at 1."""
    latest: dict[str, int] = {}
    if trainee_ids:
        marks = ",".join("?" * len(trainee_ids))
        for trainee_id, level in conn.execute(
                "SELECT trainee_id, trainee_level FROM task_evaluation WHERE deleted = 0"
                f" AND trainee_id IN ({marks}) ORDER BY evaluated_on, id", trainee_ids):
            latest[trainee_id] = level
    result = {}
    for trainee_id in trainee_ids:
        kind, goals = periods[trainee_id]
        light, group = _cues(goals, LIGHT_LOAD_CUES), _cues(goals, GROUP_CUES)
        if trainee_id in latest:
            level, source = latest[trainee_id], LevelSource.EVALUATION
        else:
            level = 2 if kind is PeriodKind.COACHING else 1
            source = LevelSource.DEFAULT
        result[trainee_id] = TraineeLevels(level, 1 if light else level, source, light, group)
    return result


def _assessed(ctx: ReadContext, trainee_id: str):
    """The trainee's levels from their latest assessments, or None without any (or before
    the assessments issue's `services.suitability` is there)."""
    try:
        from toimi_desktop.services import suitability
    except ImportError:  # pragma: no cover - the assessments issue not installed
        return None, None
    from toimi_desktop.services.assessments import assessments_of

    # The day plan is checked for the environment (`require_environment_people`) and is a
    # working list, not a view of one person's record: no per-person check or log here.
    levels = suitability.trainee_levels(assessments_of(ctx, trainee_id))
    return (None, None) if levels.assumed else (suitability, levels)


def trainee_fits(ctx: ReadContext, trainee_ids: list[str],
                 periods: dict[str, tuple[PeriodKind, str | None]], tasks: list[TaskRow],
                 history: dict[str, dict[str, str]], day: date
                 ) -> dict[str, tuple[TraineeLevels, dict[str, TaskFit]]]:
    """THE switch between the latest assessment and the period: each trainee's levels and
    the tasks (of `tasks`, already in season) that can be given to them, with the fit."""
    fallback = _period_levels(ctx.db.reader(), trainee_ids, periods)
    result = {}
    for trainee_id in trainee_ids:
        past = history.get(trainee_id, {})
        module, assessed = _assessed(ctx, trainee_id)
        fits: dict[str, TaskFit] = {}
        if module is not None:
            base = fallback[trainee_id]
            levels = TraineeLevels(assessed.level(module.SKILL),
                                   assessed.level(module.WORK_ABILITY), LevelSource.ASSESSMENT,
                                   False, base.group)
            for task in tasks:
                evidence = module.Evidence(TaskFit(past[task.id]), day) if task.id in past \
                    else None
                fit, _reasons = module.fit_task(task.skill_level, task.work_ability_level,
                                                task.physical_load, task.season, assessed,
                                                day, evidence)
                if fit is not TaskFit.NOT_SUITABLE:
                    fits[task.id] = fit
        else:
            levels = fallback[trainee_id]
            for task in tasks:
                if past.get(task.id) == TaskFit.NOT_SUITABLE.value or not task_fits(
                        task.skill_level, task.work_ability_level, levels.skill,
                        levels.work_ability):
                    continue
                if levels.light_load and task.physical_load is PhysicalLoad.HEAVY:
                    continue
                fits[task.id] = TaskFit.SUITABLE
        result[trainee_id] = (levels, fits)
    return result


def _stems(text: str | None) -> set[str]:
    words = "".join(c if c.isalpha() or c == "-" else " " for c in (text or "").casefold())
    return {w[:5] for w in words.split() if len(w) >= 6 and w not in _STOP}


def _fitting(tasks: list[TaskRow], levels: TraineeLevels, fits: dict[str, TaskFit],
             goals: str | None, history: dict[str, str], recent: set[str], ordered: set[str]
             ) -> tuple[FittingTask, ...]:
    """The best few of the tasks that fit, with why: goals, proven, ordered, familiar."""
    stems = _stems(goals)
    weight = {Reason.GOAL: 4, Reason.PROVEN: 3, Reason.ORDER: 2, Reason.FAMILIAR: 1}
    scored = []
    for task in tasks:
        fit = fits.get(task.id)
        if fit is None:
            continue
        text = f"{task.name} {task.description or ''}".casefold()
        reasons = []
        if stems and any(stem in text for stem in stems):
            reasons.append(Reason.GOAL)
        if history.get(task.id) in (TaskFit.SUITABLE.value, TaskFit.WITH_SUPPORT.value):
            reasons.append(Reason.PROVEN)
        if task.id in ordered:
            reasons.append(Reason.ORDER)
        if task.id in recent:
            reasons.append(Reason.FAMILIAR)
        score = sum(weight[r] for r in reasons) + (1 if levels.group and task.group_work else 0)
        score -= 2 if fit is TaskFit.WITH_SUPPORT else 0
        scored.append((-score, task.name, FittingTask(task.id, task.name, fit,
                                                      tuple(reasons))))
    scored.sort(key=lambda item: item[:2])
    return tuple(item[2] for item in scored[:FITTING_SHOWN])


def _day_info(ctx: ReadContext, environment_id: str, first: date, last: date):
    from toimi_desktop.services.calendar import service_calendar

    with ctx.db.session() as session:
        return service_calendar(session, environment_id, first, last)


def next_service_day(ctx: ReadContext, environment_id: str, after: date) -> date:
    """The first day after `after` on which the environment's service is held (within two
    weeks), else the next day."""
    calendar = _day_info(ctx, environment_id, after + timedelta(days=1),
                         after + timedelta(days=LOOKAHEAD_DAYS))
    return next((d for d in sorted(calendar) if calendar[d].held), after + timedelta(days=1))


def day_plan(ctx: ReadContext, environment_id: str, day: date | None = None,
             today: date | None = None, coach_id: str | None = None) -> DayPlan:
    """Open orders and active trainees of an environment on `day` (default: the next day
    the service is held), each trainee with the tasks that fit them; with `coach_id` only
    the trainees whose period names that coach."""
    if ctx.actor.role not in PLANNERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)
    place = environment_details(ctx, environment_id)  # exists and is in scope
    require_environment_people(ctx, environment_id, place.municipality_code)
    today = today or date.today()
    day = day or next_service_day(ctx, environment_id, today)
    info = _day_info(ctx, environment_id, day, day)[day]
    orders = tuple(o for o in order_list(ctx, OrderFilter(environment_id=environment_id,
                                                          statuses=OPEN_STATUSES), today)
                   if o.is_on(day))
    ordered = {o.task_id for o in orders if o.status is not OrderStatus.REQUESTED}
    tasks = [t for t in task_list(ctx, TaskFilter(environment_id=environment_id))
             if in_season(t.season, day)]
    conn = ctx.db.reader()
    periods = [p for p in _periods_on(conn, environment_id, day)
               if coach_id is None or p[5] == coach_id]
    ids = [p[0] for p in periods]
    history, recent = _history(conn, ids, today)
    fits = trainee_fits(ctx, ids, {p[0]: (PeriodKind(p[2]), p[4]) for p in periods}, tasks,
                        history, day)
    trainees = tuple(TraineePlan(
        trainee_id=p[0], name=p[1], period_kind=PeriodKind(p[2]), hours_per_day=p[3],
        goals=p[4], levels=fits[p[0]][0],
        fitting=_fitting(tasks, fits[p[0]][0], fits[p[0]][1], p[4], history.get(p[0], {}),
                         recent.get(p[0], set()), ordered)) for p in periods)
    return DayPlan(environment_id, day, info.held, info.name, orders, trainees)


def _periods_on(conn: sqlite3.Connection, environment_id: str, day: date) -> list[tuple]:
    """(trainee id, name, kind, hours a day, goals, coach id) of the periods on at the
    environment on `day` (the rule of `Period.is_active_on`)."""
    from toimi_desktop.services.period_days import period_on_sql, sql_date

    return conn.execute(
        "SELECT p.trainee_id, tr.last_name || ' ' || tr.first_name, p.kind, p.hours_per_day,"
        " p.goals, p.coach_id FROM period p JOIN trainee tr ON tr.id = p.trainee_id"
        " WHERE p.environment_id = ? AND p.deleted = 0 AND tr.deleted = 0"
        f" AND {period_on_sql('p', sql_date(day))}"
        " ORDER BY tr.last_name, tr.first_name", (environment_id,)).fetchall()


def _history(conn: sqlite3.Connection, trainee_ids: list[str], today: date
             ) -> tuple[dict[str, dict[str, str]], dict[str, set[str]]]:
    """Per trainee: the latest evaluation fit per task, and the tasks done in 30 days."""
    history: dict[str, dict[str, str]] = {}
    recent: dict[str, set[str]] = {}
    if not trainee_ids:
        return history, recent
    marks = ",".join("?" * len(trainee_ids))
    for trainee_id, task_id, fit in conn.execute(
            "SELECT trainee_id, task_id, fit FROM task_evaluation WHERE deleted = 0"
            f" AND trainee_id IN ({marks}) ORDER BY evaluated_on, id", trainee_ids):
        history.setdefault(trainee_id, {})[task_id] = fit
    since = (today - timedelta(days=30)).isoformat()
    for trainee_id, task_id in conn.execute(
            "SELECT DISTINCT trainee_id, work_task_id FROM attendance WHERE deleted = 0"
            f" AND work_task_id IS NOT NULL AND day >= ? AND trainee_id IN ({marks})",
            [since, *trainee_ids]):
        recent.setdefault(trainee_id, set()).add(task_id)
    return history, recent


def active_trainees(ctx: ReadContext, environment_id: str, day: date) -> list[tuple[str, str]]:
    """(trainee id, "Last First") of the trainees whose period at the environment is on."""
    if ctx.actor.role not in PLANNERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)
    place = environment_details(ctx, environment_id)
    require_environment_people(ctx, environment_id, place.municipality_code)
    return [(r[0], r[1]) for r in _periods_on(ctx.db.reader(), environment_id, day)]
