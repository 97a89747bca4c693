"""The work-task catalogue and the evaluation phase's evidence.

A task belongs to one environment; its skill and work-ability demands (1–3) say which
trainees it suits. Coaches record how a task worked for trainees at each level (suitable,
with support, not suitable, with a note); the catalogue shows the accumulated counts and
what they suggest about the task's level (`work_rules.level_advice`).

Writes import the ORM when they run; reads use the plain sqlite3 read connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import PhysicalLoad, Role, Season, TaskFit, WorkField
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext, Transaction
from toimi_desktop.services.errors import NotFound, PermissionDenied, Problems
from toimi_desktop.services.trainees import SaveResult
from toimi_desktop.services.work_rules import (
    CATALOGUE_READERS,
    CATALOGUE_WRITERS,
    EVALUATORS,
    LEVELS,
    READERS,
    LevelAdvice,
    LevelEvidence,
    clean,
    demand_level,
    evidence_by_level,
    level_advice,
)

_TEXT_LIMITS = {"name": 120, "orderer_department": 120, "protective_equipment": 200}


@dataclass
class TaskInput:
    environment_id: str
    name: str
    field: WorkField
    orderer_department: str | None = None
    skill_level: int = 1
    work_ability_level: int = 1
    description: str | None = None
    tools: str | None = None
    safety_notes: str | None = None
    protective_equipment: str | None = None
    induction_needed: bool = False
    physical_load: PhysicalLoad = PhysicalLoad.MODERATE
    group_work: bool = True
    season: Season = Season.ALL_YEAR
    active: bool = True


def _validate_task(tx: Transaction, data: TaskInput) -> tuple[object, dict[str, object]]:
    from toimi_desktop.models import Environment

    problems = Problems()
    environment = tx.session.get(Environment, data.environment_id or "")
    if environment is None or environment.deleted:
        problems.add("environment_id", N_("errors", "Choose a coaching environment."))
    elif not tx.actor.may_access(environment.municipality_code):
        problems.add("environment_id", N_("errors", "You have no rights to data of this "
                                                    "municipality."))
    values: dict[str, object] = {}
    for name in ("name", "orderer_department", "description", "tools", "safety_notes",
                 "protective_equipment"):
        values[name] = clean(getattr(data, name))
        limit = _TEXT_LIMITS.get(name)
        if limit and values[name] and len(values[name]) > limit:
            problems.add(name, N_("errors", "At most {n} characters."), n=limit)
    if not values["name"]:
        problems.add("name", N_("errors", "Name is required."))
    for name in ("skill_level", "work_ability_level"):
        level = getattr(data, name)
        if level not in LEVELS:
            problems.add(name, N_("errors", "Choose a level 1–3."))
        values[name] = level
    for name, enum_cls, message in (
            ("field", WorkField, N_("errors", "Choose the field of work.")),
            ("physical_load", PhysicalLoad, N_("errors", "Choose the physical load.")),
            ("season", Season, N_("errors", "Choose the season."))):
        try:
            values[name] = enum_cls(getattr(data, name))
        except ValueError:
            problems.add(name, message)
    values.update(induction_needed=bool(data.induction_needed),
                  group_work=bool(data.group_work), active=bool(data.active))
    problems.raise_if_any()
    values["environment_id"] = environment.id
    return environment, values


def create_task(ctx: ServiceContext, data: TaskInput) -> SaveResult:
    from toimi_desktop.models import WorkTask

    ctx.require_role(*CATALOGUE_WRITERS)
    with ctx.transaction() as tx:
        environment, values = _validate_task(tx, data)
        task = WorkTask(municipality_code=environment.municipality_code, **values)
        tx.stamp(task, list(values))
        tx.session.flush()
        tx.audit("work_task.create", "work_task", task.id, task.municipality_code,
                 {"fields": sorted(values)})
        return SaveResult(task.id)


def _task(ctx: ServiceContext, tx: Transaction, task_id: str):
    from toimi_desktop.models import WorkTask

    task = tx.session.get(WorkTask, task_id)
    if task is None or task.deleted:
        raise NotFound(N_("errors", "The work task no longer exists."))
    ctx.require_municipality(task.municipality_code)
    return task


def update_task(ctx: ServiceContext, task_id: str, data: TaskInput) -> SaveResult:
    """Edit a task. It stays in its environment: attendance and orders name it there."""
    ctx.require_role(*CATALOGUE_WRITERS)
    with ctx.transaction() as tx:
        task = _task(ctx, tx, task_id)
        _, values = _validate_task(tx, data)
        if values["environment_id"] != task.environment_id:
            problems = Problems()
            problems.add("environment_id", N_("errors", "A task cannot move to another "
                                                        "environment: make a new one."))
            problems.raise_if_any()
        changed = [k for k, v in values.items() if getattr(task, k) != v]
        if not changed:
            return SaveResult(task.id)
        for name in changed:
            setattr(task, name, values[name])
        tx.stamp(task, changed)
        tx.audit("work_task.update", "work_task", task.id, task.municipality_code,
                 {"fields": sorted(changed)})
        return SaveResult(task.id)


def set_task_active(ctx: ServiceContext, task_id: str, active: bool) -> SaveResult:
    """Take a task out of use (or back): inactive tasks stay in old records and reports."""
    ctx.require_role(*CATALOGUE_WRITERS)
    with ctx.transaction() as tx:
        task = _task(ctx, tx, task_id)
        if task.active != bool(active):
            task.active = bool(active)
            tx.stamp(task, ["active"])
            tx.audit("work_task.update", "work_task", task.id, task.municipality_code,
                     {"fields": ["active"]})
        return SaveResult(task.id)


# --- evaluations ----------------------------------------------------------------------------

@dataclass
class EvaluationInput:
    task_id: str
    trainee_level: int
    fit: TaskFit
    note: str | None = None
    evaluated_on: date | None = None  # default: today
    trainee_id: str | None = None  # optional: whose work it was


def record_evaluation(ctx: ServiceContext, data: EvaluationInput, today: date | None = None
                      ) -> SaveResult:
    """Record how a task worked for a trainee at a level (the evaluation phase)."""
    from toimi_desktop.models import TaskEvaluation, Trainee

    ctx.require_role(*EVALUATORS)
    today = today or date.today()
    with ctx.transaction() as tx:
        task = _task(ctx, tx, data.task_id)
        problems = Problems()
        if data.trainee_level not in LEVELS:
            problems.add("trainee_level", N_("errors", "Choose a level 1–3."))
        try:
            fit: TaskFit | None = TaskFit(data.fit)
        except ValueError:
            fit = None
            problems.add("fit", N_("errors", "Choose how the task suited the trainee."))
        evaluated_on = data.evaluated_on or today
        if evaluated_on > today:
            problems.add("evaluated_on", N_("errors", "The date cannot be in the future."))
        note = clean(data.note)
        if fit is not None and fit is not TaskFit.SUITABLE and not note:
            problems.add("note", N_("errors", "Say in a note what needed support or did not "
                                              "work."))
        if data.trainee_id:
            trainee = tx.session.get(Trainee, data.trainee_id)
            if trainee is None or trainee.deleted or not ctx.actor.may_access(
                    trainee.municipality_code):
                problems.add("trainee_id", N_("errors", "Choose a trainee of your "
                                                        "municipalities."))
        problems.raise_if_any()
        evaluation = TaskEvaluation(
            task_id=task.id, trainee_id=data.trainee_id or None,
            trainee_level=data.trainee_level, fit=fit, note=note, evaluated_on=evaluated_on,
            evaluator_id=ctx.actor.user_id, municipality_code=task.municipality_code)
        tx.stamp(evaluation, ["task_id", "trainee_id", "trainee_level", "fit", "note",
                              "evaluated_on", "evaluator_id"])
        tx.session.flush()
        tx.audit("task_evaluation.create", "work_task", task.id, task.municipality_code,
                 {"evaluation_id": evaluation.id, "level": data.trainee_level,
                  "fit": fit.value})
        return SaveResult(evaluation.id)


def delete_evaluation(ctx: ServiceContext, evaluation_id: str) -> None:
    """Withdraw an evaluation made by mistake (its author or a coordinator)."""
    from toimi_desktop.models import TaskEvaluation

    ctx.require_role(*EVALUATORS)
    with ctx.transaction() as tx:
        evaluation = tx.session.get(TaskEvaluation, evaluation_id)
        if evaluation is None or evaluation.deleted:
            raise NotFound(N_("errors", "The evaluation no longer exists."))
        ctx.require_municipality(evaluation.municipality_code)
        if ctx.actor.role is not Role.COORDINATOR and evaluation.evaluator_id != \
                ctx.actor.user_id:
            raise PermissionDenied(N_("errors", "Only the evaluator or a coordinator can "
                                                "withdraw an evaluation."))
        evaluation.deleted = True
        tx.stamp(evaluation, ["deleted"])
        tx.audit("task_evaluation.delete", "work_task", evaluation.task_id,
                 evaluation.municipality_code, {"evaluation_id": evaluation.id})


# --- reads ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TaskFilter:
    text: str = ""
    environment_id: str | None = None
    municipality_code: str | None = None
    field: WorkField | None = None
    level: int | None = None  # tasks a trainee at this level can do (both demands ≤ level)
    season: Season | None = None
    active: bool | None = True  # None: active and inactive


@dataclass(frozen=True)
class TaskRow:
    id: str
    environment_id: str
    environment: str
    municipality_code: str
    name: str
    field: WorkField
    orderer_department: str | None
    skill_level: int
    work_ability_level: int
    physical_load: PhysicalLoad
    group_work: bool
    season: Season
    induction_needed: bool
    active: bool
    description: str | None
    evidence: tuple[LevelEvidence, ...]

    @property
    def evaluations(self) -> int:
        return sum(e.total for e in self.evidence)

    @property
    def advice(self) -> LevelAdvice | None:
        return level_advice(self.evidence, demand_level(self.skill_level,
                                                        self.work_ability_level))


@dataclass(frozen=True)
class EvidenceNote:
    id: str
    evaluated_on: date
    level: int
    fit: TaskFit
    note: str | None
    evaluator: str | None


@dataclass(frozen=True)
class TaskDetails:
    row: TaskRow
    tools: str | None
    safety_notes: str | None
    protective_equipment: str | None
    notes: tuple[EvidenceNote, ...]  # empty for the steering group (no persons)


_TASK_COLUMNS = ("t.id, t.environment_id, e.name, t.municipality_code, t.name, t.field,"
                 " t.orderer_department, t.skill_level, t.work_ability_level, t.physical_load,"
                 " t.group_work, t.season, t.induction_needed, t.active, t.description")


def _require(ctx: ReadContext, roles: tuple[Role, ...]) -> None:
    if ctx.actor.role not in roles:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)


def _evidence(conn, task_ids: list[str]) -> dict[str, tuple[LevelEvidence, ...]]:
    counts: dict[str, dict[tuple[int, str], int]] = {}
    if not task_ids:
        return {}
    marks = ",".join("?" * len(task_ids))
    for task_id, level, fit, n in conn.execute(
            "SELECT task_id, trainee_level, fit, count(*) FROM task_evaluation"
            f" WHERE deleted = 0 AND task_id IN ({marks}) GROUP BY task_id, trainee_level, fit",
            task_ids):
        counts.setdefault(task_id, {})[(level, fit)] = n
    return {task_id: evidence_by_level(counts.get(task_id, {})) for task_id in task_ids}


def _row(values: tuple, evidence: tuple[LevelEvidence, ...]) -> TaskRow:
    return TaskRow(values[0], values[1], values[2], values[3], values[4],
                   WorkField(values[5]), values[6], values[7], values[8],
                   PhysicalLoad(values[9]), bool(values[10]), Season(values[11]),
                   bool(values[12]), bool(values[13]), values[14], evidence)


def task_list(ctx: ReadContext, flt: TaskFilter | None = None) -> list[TaskRow]:
    """Tasks matching the filter in the actor's municipalities, by environment and name,
    each with its evaluation counts per level."""
    _require(ctx, CATALOGUE_READERS)
    flt = flt or TaskFilter()
    sql = (f"SELECT {_TASK_COLUMNS} FROM work_task t JOIN environment e"
           " ON e.id = t.environment_id WHERE t.deleted = 0")
    params: list[object] = []
    for column, value in (("t.environment_id", flt.environment_id),
                          ("t.municipality_code", flt.municipality_code),
                          ("t.field", flt.field and WorkField(flt.field).value),
                          ("t.season", flt.season and Season(flt.season).value)):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    if flt.level:
        sql += " AND t.skill_level <= ? AND t.work_ability_level <= ?"
        params += [flt.level, flt.level]
    if flt.active is not None:
        sql += " AND t.active = ?"
        params.append(1 if flt.active else 0)
    conn = ctx.db.reader()
    rows = [r for r in conn.execute(sql + " ORDER BY e.name, t.name", params)
            if ctx.actor.may_access(r[3])]
    words = flt.text.casefold().split()
    if words:
        rows = [r for r in rows if all(
            w in " ".join(str(v or "") for v in (r[4], r[6], r[14], r[2])).casefold()
            for w in words)]
    evidence = _evidence(conn, [r[0] for r in rows])
    return [_row(r, evidence[r[0]]) for r in rows]


def task_details(ctx: ReadContext, task_id: str) -> TaskDetails:
    """A task with its safety details and the evaluation notes behind its evidence."""
    _require(ctx, CATALOGUE_READERS)
    conn = ctx.db.reader()
    found = conn.execute(
        f"SELECT {_TASK_COLUMNS}, t.tools, t.safety_notes, t.protective_equipment"
        " FROM work_task t JOIN environment e ON e.id = t.environment_id"
        " WHERE t.id = ? AND t.deleted = 0", (task_id,)).fetchone()
    if found is None:
        raise NotFound(N_("errors", "The work task no longer exists."))
    if not ctx.actor.may_access(found[3]):
        raise PermissionDenied(N_("errors", "You have no rights to data of this "
                                            "municipality."))
    notes: tuple[EvidenceNote, ...] = ()
    if ctx.actor.role in READERS:
        notes = tuple(EvidenceNote(r[0], date.fromisoformat(r[1]), r[2], TaskFit(r[3]), r[4],
                                   r[5]) for r in conn.execute(
            "SELECT v.id, v.evaluated_on, v.trainee_level, v.fit, v.note, u.display_name"
            " FROM task_evaluation v LEFT JOIN app_user u ON u.id = v.evaluator_id"
            " WHERE v.task_id = ? AND v.deleted = 0"
            " ORDER BY v.evaluated_on DESC, v.id DESC", (task_id,)))
    row = _row(found[:15], _evidence(conn, [task_id])[task_id])
    return TaskDetails(row, found[15], found[16], found[17], notes)


def input_from_task(details: TaskDetails) -> TaskInput:
    """The editable fields of a stored task, e.g. to pre-fill the edit dialog."""
    row = details.row
    return TaskInput(
        environment_id=row.environment_id, name=row.name, field=row.field,
        orderer_department=row.orderer_department, skill_level=row.skill_level,
        work_ability_level=row.work_ability_level, description=row.description,
        tools=details.tools, safety_notes=details.safety_notes,
        protective_equipment=details.protective_equipment,
        induction_needed=row.induction_needed, physical_load=row.physical_load,
        group_work=row.group_work, season=row.season, active=row.active)
