"""Who may see whose data: the one place that decides it. Every read service that shows a
person calls these checks, so the UI and the CLI cannot differ.

Whose data (scope):
- coordinator: every trainee;
- work coach: the trainees with a coaching period (in any state) at an environment they
  coach, and the trainees of their municipalities who have no period yet (just referred:
  the coach starts their first period);
- career agent and business agent: the trainees of their municipalities;
- steering group: nobody. Steering groups see aggregate reports only.

Which data (rights), so each role sees what its work needs and no more:
- coach, career agent: the record, attendance, assessments (work ability is health data),
  suitable tasks, plans, outcomes, ESF+ entry data and a HETU on an explicit reveal;
- business agent: the basic record, periods and the continuation plan — who is ready for
  which work and how to reach them, for placing people in companies and the employment
  bonus — but no work-ability assessments, attendance, ESF+ special-category entry data
  (disability, minority…) or whole HETUs;
- coordinator: everything, and alone the subject-access export, access reports and the
  access log.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import Role
from toimi_desktop.services.errors import NotFound, PermissionDenied

if TYPE_CHECKING:
    from toimi_desktop.services.actor import Actor, ReadContext

NO_PERSONAL_DATA = N_("errors", "Your role ({role}) does not allow viewing personal data.")
NO_RIGHT = N_("errors", "Your role ({role}) does not allow viewing this data.")
NOT_IN_SCOPE = N_("errors", "You have no rights to this person's data.")
NOT_COACHED = N_("errors", "You are not a coach of this coaching environment.")
GONE = N_("errors", "The trainee no longer exists.")


class Right(StrEnum):
    REGISTER = "register"  # find trainees; the basic record and the periods
    SPECIAL = "special"  # ESF+ special-category entry data (disability, minority…)
    ATTENDANCE = "attendance"  # a person's days (absence reasons include illness)
    ASSESSMENTS = "assessments"  # work and functional capacity, suitable tasks
    PLANS = "plans"  # continuation plans and period outcomes
    HETU = "hetu"  # a whole personal identity code, shown on request
    SUBJECT_ACCESS = "subject_access"  # everything of a person, access reports, the log


_STAFF = frozenset({Right.REGISTER, Right.SPECIAL, Right.ATTENDANCE, Right.ASSESSMENTS,
                    Right.PLANS, Right.HETU})
RIGHTS: dict[Role, frozenset[Right]] = {
    Role.COORDINATOR: frozenset(Right),
    Role.COACH: _STAFF,
    Role.CAREER_AGENT: _STAFF,
    Role.BUSINESS_AGENT: frozenset({Right.REGISTER, Right.PLANS}),
    Role.STEERING_GROUP: frozenset(),
}


def has_right(actor: Actor, right: Right) -> bool:
    return right in RIGHTS[actor.role]


def require_right(actor: Actor, right: Right) -> None:
    if not has_right(actor, right):
        template = NO_PERSONAL_DATA if right is Right.REGISTER else NO_RIGHT
        raise PermissionDenied(template, role=actor.role)


def trainee_scope(actor: Actor, alias: str = "t") -> tuple[str, list[object]]:
    """An SQL condition on the trainee table (as `alias`) that holds exactly for the
    trainees the actor may see, with its `?` parameters."""
    if actor.role is Role.COORDINATOR:
        return "1", []
    if not has_right(actor, Right.REGISTER):
        return "0", []
    codes = sorted(actor.municipality_codes) or [""]
    in_codes = f"{alias}.municipality_code IN ({','.join('?' * len(codes))})"
    if actor.role is not Role.COACH:
        return in_codes, list(codes)
    sql = (f"(EXISTS (SELECT 1 FROM period sp JOIN environment_coach sc"
           f" ON sc.environment_id = sp.environment_id AND sc.deleted = 0 AND sc.user_id = ?"
           f" WHERE sp.trainee_id = {alias}.id AND sp.deleted = 0)"
           f" OR ({in_codes} AND NOT EXISTS (SELECT 1 FROM period sp"
           f" WHERE sp.trainee_id = {alias}.id AND sp.deleted = 0)))")
    return sql, [actor.user_id, *codes]


def coach_scope_queries(actor: Actor) -> list[tuple[str, list[object]]]:
    """SELECTs of trainee ids whose union is a coach's scope (`trainee_scope` as sets, for
    building a lookup table fast: no per-trainee subquery)."""
    codes = sorted(actor.municipality_codes) or [""]
    return [
        ("SELECT sp.trainee_id FROM period sp JOIN environment_coach sc"
         " ON sc.environment_id = sp.environment_id AND sc.deleted = 0 AND sc.user_id = ?"
         " JOIN trainee t ON t.id = sp.trainee_id AND t.deleted = 0 WHERE sp.deleted = 0",
         [actor.user_id]),
        (f"SELECT t.id FROM trainee t WHERE t.deleted = 0 AND t.municipality_code IN"
         f" ({','.join('?' * len(codes))}) AND NOT EXISTS (SELECT 1 FROM period sp"
         f" WHERE sp.trainee_id = t.id AND sp.deleted = 0)", codes),
    ]


def named(sql: str, params: list[object], prefix: str) -> tuple[str, dict[str, object]]:
    """`trainee_scope`'s condition with named parameters (for queries that use them)."""
    parts = sql.split("?")
    text = parts[0] + "".join(f":{prefix}{i}{part}" for i, part in enumerate(parts[1:]))
    return text, {f"{prefix}{i}": value for i, value in enumerate(params)}


_OUTPUTS = frozenset({AccessTarget.ALLOWANCE_REPORT, AccessTarget.ABSENCE_LIST,
                      AccessTarget.ATTENDANCE_SHEET, AccessTarget.PLAN_PRINT,
                      AccessTarget.SUBJECT_EXPORT, AccessTarget.ACCESS_REPORT,
                      AccessTarget.ESF_EXPORT, AccessTarget.LIST_EXPORT})


def action_for(target: AccessTarget) -> AccessAction:
    """What reaching `target` is: a printout or export, a HETU reveal, or a view."""
    if target in _OUTPUTS:
        return AccessAction.EXPORT
    return AccessAction.REVEAL_HETU if target is AccessTarget.HETU else AccessAction.VIEW


@dataclass(frozen=True)
class TraineeRef:
    id: str
    municipality_code: str
    name: str  # "Last First"


def require_trainee(ctx: ReadContext, trainee_id: str, right: Right,
                    target: AccessTarget | None = None) -> TraineeRef:
    """The trainee, if the actor may see this part (`right`) of their data; otherwise
    PermissionDenied — and an attempt on an existing person's data is logged as failed."""
    scope, params = trainee_scope(ctx.actor)
    row = ctx.db.reader().execute(
        f"SELECT t.municipality_code, t.last_name || ' ' || t.first_name, {scope}"
        " FROM trainee t WHERE t.id = ? AND t.deleted = 0", (*params, trainee_id)).fetchone()
    if row is None:
        if not has_right(ctx.actor, Right.REGISTER):
            require_right(ctx.actor, right)  # no rights at all: say so, not "not found"
        raise NotFound(GONE)
    try:
        require_right(ctx.actor, right)
        if not row[2]:
            raise PermissionDenied(NOT_IN_SCOPE)
    except PermissionDenied:
        if target is not None:
            from toimi_desktop.services.access_log import log_access

            log_access(ctx, action_for(target), target, [trainee_id], success=False,
                       details={"reason": "no_rights"})
        raise
    return TraineeRef(trainee_id, row[0], row[1])


def coached_environments(ctx: ReadContext) -> frozenset[str]:
    """The environments the actor is a coach of (live: a coordinator may link them now)."""
    return frozenset(r[0] for r in ctx.db.reader().execute(
        "SELECT environment_id FROM environment_coach WHERE user_id = ? AND deleted = 0",
        (ctx.actor.user_id,)))


def may_see_environment_people(ctx: ReadContext, environment_id: str,
                               municipality_code: str) -> bool:
    """Whether the actor may see who is at this environment and their days (attendance,
    the day plan, the attendance reports): its municipality, and for a coach one they
    coach."""
    if not ctx.actor.may_access(municipality_code):
        return False
    if ctx.actor.role is Role.COACH:
        return environment_id in coached_environments(ctx)
    return True


def require_environment_people(ctx: ReadContext, environment_id: str,
                               municipality_code: str) -> None:
    if not ctx.actor.may_access(municipality_code):
        raise PermissionDenied(N_("errors", "You have no rights to data of this "
                                            "municipality."))
    if not may_see_environment_people(ctx, environment_id, municipality_code):
        raise PermissionDenied(NOT_COACHED)
