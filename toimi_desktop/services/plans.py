"""Continuation plans (jatkosuunnitelmat): the next step toward work, education,
entrepreneurship or another solution, written by a career agent or coach with the trainee.

Each save that changes something raises the plan's version and appends a `PlanVersion`
snapshot in the same transaction, so what was agreed at any time can be read and printed
again. A save names the version it was edited from: if someone saved in between, nothing is
overwritten and the user is told.

Two laptops saving offline may both make "version 4": both are kept, and versions are shown
numbered 1, 2, 3… in the order (stored number, saved at, id), the same on every device.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.access_enums import AccessTarget
from toimi_desktop.models.enums import PlanPath, Role, StepStatus
from toimi_desktop.models.ids import new_id
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.access_log import log_view
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import DomainError, NotFound, Problems
from toimi_desktop.services.trainees import SaveResult

PLAN_WRITERS = (Role.CAREER_AGENT, Role.COACH)
SAVED_MEANWHILE = N_("errors", "Someone saved this plan in the meantime (version {version}). "
                               "Nothing was overwritten: open the plan again and make your "
                               "changes there.")
_PLAN_NS = uuid.UUID("5b0f6c1e-2a7d-4e49-9c3b-8d1f0a6e7c25")
MAX_GOAL, MAX_SERVICES, MAX_STEP, MAX_STEPS = 4000, 2000, 500, 30


@dataclass
class StepInput:
    what: str
    responsible: str | None = None
    due_on: date | None = None
    status: StepStatus = StepStatus.OPEN
    id: str | None = None  # an existing step's id, None for a new one


@dataclass
class PlanInput:
    path: PlanPath | None
    goal: str
    steps: list[StepInput] = field(default_factory=list)
    services_referred: str | None = None
    next_review_on: date | None = None
    agreed_on: date | None = None


@dataclass(frozen=True)
class StepView:
    id: str
    what: str
    responsible: str | None
    due_on: date | None
    status: StepStatus


@dataclass(frozen=True)
class PlanView:
    id: str
    trainee_id: str
    period_id: str | None
    path: PlanPath
    goal: str
    services_referred: str | None
    next_review_on: date | None
    agreed_on: date | None
    career_agent: str | None
    version: int
    saved_at: datetime | None
    saved_by: str | None
    steps: tuple[StepView, ...] = ()

    def to_input(self) -> PlanInput:
        return PlanInput(path=self.path, goal=self.goal, services_referred=self.services_referred,
                         next_review_on=self.next_review_on, agreed_on=self.agreed_on,
                         steps=[StepInput(s.what, s.responsible, s.due_on, s.status, s.id)
                                for s in self.steps])


@dataclass(frozen=True)
class VersionRow:
    version: int  # the shown number: 1 the oldest
    saved_at: datetime
    saved_by: str | None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def snapshot(path: PlanPath, goal: str, services_referred: str | None,
             next_review_on: date | None, agreed_on: date | None, career_agent_id: str | None,
             period_id: str | None, steps: list[StepView]) -> dict:
    """What a `PlanVersion` keeps: the whole plan as JSON-ready data."""
    return {"path": PlanPath(path).value, "goal": goal, "services_referred": services_referred,
            "next_review_on": _iso(next_review_on), "agreed_on": _iso(agreed_on),
            "career_agent_id": career_agent_id, "period_id": period_id,
            "steps": [{"id": s.id, "what": s.what, "responsible": s.responsible,
                       "due_on": _iso(s.due_on), "status": StepStatus(s.status).value}
                      for s in steps]}


def _clean(value: str | None) -> str | None:
    return (value or "").strip() or None


def _validate(data: PlanInput, today: date, problems: Problems) -> list[StepInput]:
    try:
        PlanPath(data.path)
    except ValueError:
        problems.add("path", N_("errors", "Choose the path the plan aims at."))
    goal = _clean(data.goal)
    if not goal:
        problems.add("goal", N_("errors", "Write the goal of the plan."))
    elif len(goal) > MAX_GOAL:
        problems.add("goal", N_("errors", "At most {n} characters."), n=MAX_GOAL)
    if len(_clean(data.services_referred) or "") > MAX_SERVICES:
        problems.add("services_referred", N_("errors", "At most {n} characters."),
                     n=MAX_SERVICES)
    if data.agreed_on and data.agreed_on > today:
        problems.add("agreed_on", N_("errors", "The plan cannot be agreed in the future."))
    if data.next_review_on and data.next_review_on < today:
        problems.add("next_review_on", N_("errors", "The next review cannot be in the past."))
    steps = [s for s in data.steps if _clean(s.what) or _clean(s.responsible) or s.due_on]
    if len(steps) > MAX_STEPS:
        problems.add("steps", N_("errors", "At most {n} steps."), n=MAX_STEPS)
    for row, step in enumerate(steps, start=1):
        what = _clean(step.what)
        if not what:
            problems.add("steps", N_("errors", "Step {row}: say what is to be done."), row=row)
        elif len(what) > MAX_STEP or len(_clean(step.responsible) or "") > 120:
            problems.add("steps", N_("errors", "Step {row} is too long."), row=row)
        try:
            StepStatus(step.status)
        except ValueError:
            problems.add("steps", N_("errors", "Step {row}: unknown status."), row=row)
    return steps


def plan_id_for(trainee_id: str, period_id: str | None) -> str:
    """A new plan's id, from its trainee and period: two laptops writing the first plan
    offline make one plan with two versions, not two plans."""
    return str(uuid.uuid5(_PLAN_NS, f"{trainee_id}/{period_id or '-'}"))


# The order versions are shown and numbered in (see the module's docstring).
_VERSION_ORDER = "version, saved_at, id"


def _numbered(conn, plan_id: str) -> list[tuple[int, str, str | None, str | None]]:
    """(shown number, saved at, saved by, version row id) of every version, oldest first."""
    return [(number, saved_at, saved_by, row_id) for number, (saved_at, saved_by, row_id)
            in enumerate(conn.execute(
                "SELECT saved_at, saved_by, id FROM plan_version WHERE plan_id = ?"
                f" AND deleted = 0 ORDER BY {_VERSION_ORDER}", (plan_id,)), start=1)]


def save_plan(ctx: ServiceContext, trainee_id: str, data: PlanInput, plan_id: str | None = None,
              expected_version: int | None = None, today: date | None = None) -> SaveResult:
    """Write a new plan for the trainee (`plan_id` None; it belongs to the open period) or a
    new version of `plan_id`, edited from `expected_version`."""
    from sqlalchemy import func, select

    from toimi_desktop.models import ContinuationPlan, Period, PlanStep, PlanVersion, Trainee
    from toimi_desktop.models.enums import PeriodStatus

    ctx.require_role(*PLAN_WRITERS)
    today = today or date.today()
    with ctx.transaction() as tx:
        session = tx.session
        trainee = session.get(Trainee, trainee_id)
        if trainee is None or trainee.deleted:
            raise NotFound(N_("errors", "The trainee no longer exists."))
        ctx.require_municipality(trainee.municipality_code)
        require_trainee(ctx, trainee_id, Right.PLANS)
        plan = session.get(ContinuationPlan, plan_id) if plan_id else None
        if plan_id and (plan is None or plan.deleted or plan.trainee_id != trainee_id):
            raise NotFound(N_("errors", "The plan no longer exists."))
        # Versions here: how many (the newest's shown number) and the highest stored number.
        shown, highest = session.execute(
            select(func.count(), func.max(PlanVersion.version)).where(
                PlanVersion.plan_id == (plan_id or ""), PlanVersion.deleted.is_(False))).one()
        if plan is not None and expected_version is not None and shown != expected_version:
            raise DomainError(SAVED_MEANWHILE, version=shown)
        problems = Problems()
        steps = _validate(data, today, problems)
        known = {} if plan is None else {s.id: s for s in session.scalars(
            select(PlanStep).where(PlanStep.plan_id == plan.id, PlanStep.deleted.is_(False)))}
        if any(s.id and s.id not in known for s in steps):
            problems.add("steps", N_("errors", "A step has been removed in the meantime."))
        problems.raise_if_any()

        revived = False
        if plan is None:
            period = session.scalar(select(Period).where(
                Period.trainee_id == trainee_id, Period.deleted.is_(False),
                Period.status != PeriodStatus.ENDED).limit(1))
            natural = plan_id_for(trainee_id, period.id if period else None)
            plan = session.get(ContinuationPlan, natural)
            if plan is not None and not plan.deleted:  # it came from another laptop meanwhile
                raise DomainError(SAVED_MEANWHILE, version=session.scalar(
                    select(func.count()).where(PlanVersion.plan_id == natural,
                                               PlanVersion.deleted.is_(False))))
            if plan is None:
                plan = ContinuationPlan(id=natural, trainee_id=trainee_id, municipality_code=(
                    period.municipality_code if period else trainee.municipality_code),
                    period_id=period.id if period else None, version=0,
                    career_agent_id=period.career_agent_id if period else None)
            else:
                plan.deleted, revived = False, True
        if ctx.actor.role is Role.CAREER_AGENT:
            values_agent = ctx.actor.user_id
        else:
            values_agent = plan.career_agent_id
        values = {"path": PlanPath(data.path), "goal": _clean(data.goal),
                  "services_referred": _clean(data.services_referred),
                  "next_review_on": data.next_review_on, "agreed_on": data.agreed_on,
                  "career_agent_id": values_agent}
        changed = [k for k, v in values.items() if getattr(plan, k, None) != v]
        for name in changed:
            setattr(plan, name, values[name])
        if revived:
            changed.append("deleted")

        views: list[StepView] = []
        touched: list[tuple[object, list[str]]] = []
        kept = {s.id for s in steps if s.id}
        for position, step in enumerate(steps):
            row = known.get(step.id or "") or PlanStep(
                id=new_id(), plan_id=plan.id, municipality_code=plan.municipality_code)
            fields = {"position": position, "what": _clean(step.what),
                      "responsible": _clean(step.responsible), "due_on": step.due_on,
                      "status": StepStatus(step.status)}
            diff = [k for k, v in fields.items() if getattr(row, k, None) != v]
            for name in diff:
                setattr(row, name, fields[name])
            if diff:
                touched.append((row, ["*"] if row.id not in known else diff))
            views.append(StepView(row.id, row.what, row.responsible, row.due_on, row.status))
        for step_id, row in known.items():
            if step_id not in kept:
                row.deleted = True
                touched.append((row, ["deleted"]))
        if plan.version and not changed and not touched:
            return SaveResult(plan.id)  # nothing new to keep

        # Above every version this device knows of (pulled ones included).
        plan.version = max(plan.version or 0, highest or 0) + 1
        tx.stamp(plan, ["*"] if plan.version == 1 else [*changed, "version"])
        for row, fields_changed in touched:
            tx.stamp(row, fields_changed)
        session.flush()
        version = PlanVersion(
            plan_id=plan.id, version=plan.version, saved_at=datetime.now(UTC),
            saved_by=ctx.actor.user_id, municipality_code=plan.municipality_code,
            snapshot=snapshot(plan.path, plan.goal, plan.services_referred, plan.next_review_on,
                              plan.agreed_on, plan.career_agent_id, plan.period_id, views))
        tx.stamp(version, ["*"])
        tx.audit("plan.save", "continuation_plan", plan.id, plan.municipality_code,
                 {"trainee_id": trainee_id, "version": shown + 1,
                  "fields": sorted(changed), "steps_changed": len(touched)})
        return SaveResult(plan.id)


def _names(ctx: ReadContext) -> dict[str, str]:
    return dict(ctx.db.reader().execute("SELECT id, display_name FROM app_user").fetchall())


def current_plan(ctx: ReadContext, trainee_id: str) -> PlanView | None:
    """The trainee's newest plan as it stands now, or None (a logged view)."""
    require_trainee(ctx, trainee_id, Right.PLANS, AccessTarget.PLAN)
    log_view(ctx, trainee_id, AccessTarget.PLAN)
    return plan_of(ctx, trainee_id)


def plan_of(ctx: ReadContext, trainee_id: str) -> PlanView | None:
    """`current_plan` without the checks and the log, for services that have made them."""
    conn = ctx.db.reader()
    row = conn.execute(
        "SELECT id, period_id, path, goal, services_referred, next_review_on, agreed_on,"
        " career_agent_id, version FROM continuation_plan WHERE trainee_id = ? AND deleted = 0"
        " ORDER BY created_at DESC, id DESC LIMIT 1", (trainee_id,)).fetchone()
    if row is None:
        return None
    names = _names(ctx)
    versions = _numbered(conn, row[0])
    saved = versions[-1][1:3] if versions else None
    steps = tuple(StepView(s[0], s[1], s[2], _date(s[3]), StepStatus(s[4])) for s in conn.execute(
        "SELECT id, what, responsible, due_on, status FROM plan_step WHERE plan_id = ?"
        " AND deleted = 0 ORDER BY position, id", (row[0],)))
    return PlanView(
        id=row[0], trainee_id=trainee_id, period_id=row[1], path=PlanPath(row[2]), goal=row[3],
        services_referred=row[4], next_review_on=_date(row[5]), agreed_on=_date(row[6]),
        career_agent=names.get(row[7]), version=len(versions),
        saved_at=_moment(saved[0]) if saved else None,
        saved_by=names.get(saved[1]) if saved else None, steps=steps)


def _plan_trainee(ctx: ReadContext, plan_id: str) -> str:
    row = ctx.db.reader().execute(
        "SELECT trainee_id FROM continuation_plan WHERE id = ? AND deleted = 0",
        (plan_id,)).fetchone()
    if row is None:
        raise NotFound(N_("errors", "The plan no longer exists."))
    require_trainee(ctx, row[0], Right.PLANS, AccessTarget.PLAN)
    log_view(ctx, row[0], AccessTarget.PLAN)
    return row[0]


def plan_versions(ctx: ReadContext, plan_id: str) -> list[VersionRow]:
    """Every saved version of the plan, newest first."""
    _plan_trainee(ctx, plan_id)
    names = _names(ctx)
    return [VersionRow(number, _moment(saved_at), names.get(saved_by))
            for number, saved_at, saved_by, _id in reversed(_numbered(ctx.db.reader(),
                                                                      plan_id))]


def plan_version(ctx: ReadContext, plan_id: str, version: int) -> PlanView:
    """The plan exactly as it was saved in `version` (its shown number, 1 the oldest)."""
    trainee_id = _plan_trainee(ctx, plan_id)
    conn = ctx.db.reader()
    numbered = _numbered(conn, plan_id)
    if not 1 <= version <= len(numbered):
        raise NotFound(N_("errors", "That version of the plan does not exist."))
    row = conn.execute("SELECT saved_at, saved_by, snapshot FROM plan_version WHERE id = ?",
                       (numbered[version - 1][3],)).fetchone()
    data, names = json.loads(row[2]), _names(ctx)
    return PlanView(
        id=plan_id, trainee_id=trainee_id, period_id=data.get("period_id"),
        path=PlanPath(data["path"]), goal=data["goal"],
        services_referred=data.get("services_referred"),
        next_review_on=_date(data.get("next_review_on")), agreed_on=_date(data.get("agreed_on")),
        career_agent=names.get(data.get("career_agent_id")), version=version,
        saved_at=_moment(row[0]), saved_by=names.get(row[1]),
        steps=tuple(StepView(s["id"], s["what"], s.get("responsible"), _date(s.get("due_on")),
                             StepStatus(s["status"])) for s in data.get("steps", ())))
