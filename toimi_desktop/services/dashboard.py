"""The follow-up dashboard of career agents and coaches: what is due, trainee by trainee.

Four lists, each a plain SQL read on the thread's read connection:
- plan reviews: the trainee's current plan's next review is past or within 14 days, when
  the plan belongs to the open period (a plan of an earlier period is not reviewed: the
  new period needs its own; after leaving, the 6-month follow-up takes over);
- periods ending within 30 days (or past their planned end and still open) without a plan
  made for them;
- assessments due: an active period with no assessment in 8 weeks, or none at all 2 weeks
  after its start;
- 6-month follow-ups due within 14 days or overdue, not yet recorded;
- steps of the current plan (of an open period) still open past their due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import PlanPath, Role
from toimi_desktop.services.access import named, trainee_scope
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.followup import FOLLOWUP_MONTHS, add_months, followup_due
from toimi_desktop.services.register import require_personal_data_reader

DASHBOARD_READERS = (Role.COACH, Role.CAREER_AGENT, Role.COORDINATOR)
REVIEW_NOTICE_DAYS = 14
ENDING_NOTICE_DAYS = 30
ASSESSMENT_INTERVAL_DAYS = 56  # 8 weeks
INITIAL_ASSESSMENT_DAYS = 14
FOLLOWUP_NOTICE_DAYS = 14


class DueKind(StrEnum):
    PLAN_REVIEW = "plan_review"
    ENDING_WITHOUT_PLAN = "ending_without_plan"
    ASSESSMENT = "assessment"
    INITIAL_ASSESSMENT = "initial_assessment"
    FOLLOWUP = "followup"
    PLAN_STEP = "plan_step"


@dataclass(frozen=True)
class DueRow:
    kind: DueKind
    trainee_id: str
    name: str
    municipality: str
    environment: str | None
    due_on: date
    record_id: str  # the plan (plan reviews) or the period (the others)
    responsible: str | None  # the career agent or coach
    last_on: date | None = None  # the latest assessment / the period's end
    path: PlanPath | None = None  # plan reviews: what the plan aims at
    step: str | None = None  # overdue steps: what was to be done

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days


@dataclass(frozen=True)
class Dashboard:
    today: date
    plan_reviews: tuple[DueRow, ...]
    ending_without_plan: tuple[DueRow, ...]
    assessments_due: tuple[DueRow, ...]
    followups_due: tuple[DueRow, ...]
    steps_overdue: tuple[DueRow, ...] = ()

    @property
    def total(self) -> int:
        return (len(self.plan_reviews) + len(self.ending_without_plan)
                + len(self.assessments_due) + len(self.followups_due)
                + len(self.steps_overdue))


_PERSON = ("t.id, t.last_name || ' ' || t.first_name, m.name, e.name")
_JOINS = (" JOIN trainee t ON t.id = p.trainee_id AND t.deleted = 0"
          " JOIN municipality m ON m.code = t.municipality_code"
          " LEFT JOIN environment e ON e.id = p.environment_id")
_OPEN = "p.deleted = 0 AND p.status != 'ended'"


class _Query:
    def __init__(self, ctx: ReadContext, today: date, mine: bool) -> None:
        self.conn = ctx.db.reader()
        self.today = today
        self.params: dict[str, object] = {"today": today.isoformat(),
                                          "me": ctx.actor.user_id}
        self.area = ""
        if not ctx.actor.sees_all_municipalities:  # whose data the actor may see
            scope, params = named(*trainee_scope(ctx.actor), prefix="scope")
            self.params.update(params)
            self.area = f" AND {scope}"
        self.mine = mine and ctx.actor.role is not Role.COORDINATOR
        self.names = dict(self.conn.execute("SELECT id, display_name FROM app_user"))

    def scope(self, *people: str) -> str:
        """The municipality filter, and with `mine` the actor as one of `people`."""
        if not self.mine:
            return self.area
        return self.area + " AND :me IN ({})".format(", ".join(people))

    def rows(self, sql: str, **params: object) -> list[tuple]:
        return self.conn.execute(sql, {**self.params, **params}).fetchall()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _plan_reviews(q: _Query) -> list[DueRow]:
    soon = q.today + timedelta(days=REVIEW_NOTICE_DAYS)
    rows = q.rows(
        f"SELECT {_PERSON}, c.next_review_on, c.id, coalesce(c.career_agent_id,"
        " p.career_agent_id, p.coach_id), c.path FROM continuation_plan c"
        f" JOIN period p ON p.trainee_id = c.trainee_id AND {_OPEN}"
        f" AND (c.period_id = p.id OR c.period_id IS NULL){_JOINS}"
        " WHERE c.deleted = 0 AND c.next_review_on <= :soon"
        " AND c.id = (SELECT c2.id FROM continuation_plan c2 WHERE c2.trainee_id ="
        " c.trainee_id AND c2.deleted = 0 ORDER BY c2.created_at DESC, c2.id DESC LIMIT 1)"
        + q.scope("c.career_agent_id", "p.coach_id", "p.career_agent_id"),
        soon=soon.isoformat())
    return [DueRow(DueKind.PLAN_REVIEW, r[0], r[1], r[2], r[3], _day(r[4]), r[5],
                   q.names.get(r[6]), path=PlanPath(r[7])) for r in rows]


def _steps_overdue(q: _Query) -> list[DueRow]:
    rows = q.rows(
        f"SELECT {_PERSON}, s.due_on, c.id, coalesce(s.responsible, c.career_agent_id,"
        " p.career_agent_id, p.coach_id), s.what, s.responsible IS NOT NULL"
        " FROM plan_step s JOIN continuation_plan c ON c.id = s.plan_id AND c.deleted = 0"
        f" JOIN period p ON p.trainee_id = c.trainee_id AND {_OPEN}"
        f" AND (c.period_id = p.id OR c.period_id IS NULL){_JOINS}"
        " WHERE s.deleted = 0 AND s.status = 'open' AND s.due_on < :today"
        " AND c.id = (SELECT c2.id FROM continuation_plan c2 WHERE c2.trainee_id ="
        " c.trainee_id AND c2.deleted = 0 ORDER BY c2.created_at DESC, c2.id DESC LIMIT 1)"
        + q.scope("c.career_agent_id", "p.coach_id", "p.career_agent_id"))
    # A step names its responsible as free text ("the trainee", "Kela"); else the agent.
    return [DueRow(DueKind.PLAN_STEP, r[0], r[1], r[2], r[3], _day(r[4]), r[5],
                   r[6] if r[8] else q.names.get(r[6]), step=r[7]) for r in rows]


def _ending_without_plan(q: _Query) -> list[DueRow]:
    soon = q.today + timedelta(days=ENDING_NOTICE_DAYS)
    rows = q.rows(
        f"SELECT {_PERSON}, p.planned_end_date, p.id, coalesce(p.career_agent_id, p.coach_id)"
        f" FROM period p{_JOINS}"
        f" WHERE {_OPEN} AND p.start_date <= :today AND p.planned_end_date <= :soon"
        " AND NOT EXISTS (SELECT 1 FROM continuation_plan c WHERE c.trainee_id = p.trainee_id"
        " AND c.deleted = 0 AND (c.period_id = p.id OR (c.period_id IS NULL"
        " AND date(c.created_at) >= p.start_date)))" + q.scope("p.coach_id", "p.career_agent_id"),
        soon=soon.isoformat())
    return [DueRow(DueKind.ENDING_WITHOUT_PLAN, r[0], r[1], r[2], r[3], _day(r[4]), r[5],
                   q.names.get(r[6])) for r in rows]


def _assessments_due(q: _Query) -> list[DueRow]:
    rows = q.rows(
        f"SELECT * FROM (SELECT {_PERSON}, p.start_date, p.id, p.coach_id,"
        " (SELECT max(a.assessed_on) FROM assessment a WHERE a.trainee_id = p.trainee_id"
        " AND a.deleted = 0 AND a.assessed_on >= p.start_date) AS last"
        f" FROM period p{_JOINS} WHERE p.deleted = 0 AND p.status = 'active'"
        " AND p.start_date <= :today" + q.scope("p.coach_id", "p.career_agent_id") + ")"
        " WHERE coalesce(date(last, :interval), date(start_date, :initial)) <= :today",
        interval=f"+{ASSESSMENT_INTERVAL_DAYS} days", initial=f"+{INITIAL_ASSESSMENT_DAYS} days")
    result = []
    for r in rows:
        last = _day(r[7])
        if last is None:
            due, kind = _day(r[4]) + timedelta(days=INITIAL_ASSESSMENT_DAYS), \
                DueKind.INITIAL_ASSESSMENT
        else:
            due, kind = last + timedelta(days=ASSESSMENT_INTERVAL_DAYS), DueKind.ASSESSMENT
        result.append(DueRow(kind, r[0], r[1], r[2], r[3], due, r[5], q.names.get(r[6]), last))
    return result


def _followups_due(q: _Query) -> list[DueRow]:
    limit = q.today + timedelta(days=FOLLOWUP_NOTICE_DAYS)
    latest_end = add_months(limit, -FOLLOWUP_MONTHS) + timedelta(days=3)  # exact check below
    rows = q.rows(
        f"SELECT {_PERSON}, p.end_date, p.id, coalesce(p.career_agent_id, p.coach_id)"
        f" FROM period p{_JOINS} WHERE p.deleted = 0 AND p.status = 'ended'"
        " AND p.followup_on IS NULL AND p.end_date <= :latest_end"
        + q.scope("p.coach_id", "p.career_agent_id"),
        latest_end=latest_end.isoformat())
    result = []
    for r in rows:
        end = _day(r[4])
        due = followup_due(end)
        if due <= limit:
            result.append(DueRow(DueKind.FOLLOWUP, r[0], r[1], r[2], r[3], due, r[5],
                                 q.names.get(r[6]), end))
    return result


def followup_dashboard(ctx: ReadContext, today: date | None = None, mine: bool = False
                       ) -> Dashboard:
    """What is due in the actor's municipalities (all of them for a coordinator); `mine`
    keeps the trainees whose coach or career agent the actor is. Each list soonest first."""
    require_personal_data_reader(ctx.actor)
    if ctx.actor.role not in DASHBOARD_READERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)
    q = _Query(ctx, today or date.today(), mine)

    def ordered(rows: list[DueRow]) -> tuple[DueRow, ...]:
        return tuple(sorted(rows, key=lambda r: (r.due_on, r.name, r.record_id)))

    return Dashboard(q.today, ordered(_plan_reviews(q)), ordered(_ending_without_plan(q)),
                     ordered(_assessments_due(q)), ordered(_followups_due(q)),
                     ordered(_steps_overdue(q)))
