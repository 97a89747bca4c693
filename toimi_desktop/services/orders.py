"""Work orders from municipal departments (the orderer, tilaaja): what, where, when, planned
hours, contact; the status flow requested → agreed → in progress → done (or cancelled);
and the orderer's quality feedback once done.

Hours done are never stored: they are the attendance hours (present or partly present) that
name the order's task on the days the order wins by the rule of `order_coverage` (between its
start and its end, or today while it has none; where orders of a task overlap, the one that
starts earliest). So the order fills up as coaches record attendance, no hour counts for two
orders, and the steering summary reads the same.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import OrderStatus, WorkField
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext, Transaction
from toimi_desktop.services.errors import DomainError, Message, NotFound, PermissionDenied, Problems
from toimi_desktop.services.order_coverage import Overlap, overlaps
from toimi_desktop.services.order_hours import order_done_hours
from toimi_desktop.services.trainees import SaveResult
from toimi_desktop.services.work_rules import (
    ORDER_WRITERS,
    PHONE,
    READERS,
    allowed_transitions,
    clean,
)

MAX_PLANNED_HOURS = 10_000.0
FEEDBACK_SCORES = (1, 2, 3, 4, 5)
LOW_SCORE = 2  # a score this low needs a comment: what to put right
@dataclass
class OrderInput:
    environment_id: str
    task_id: str
    orderer_department: str
    title: str
    starts_on: date | None
    ends_on: date | None = None
    planned_hours: float = 0.0
    location: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None


def _validate(tx: Transaction, data: OrderInput, order=None
              ) -> tuple[object, dict[str, object]]:
    from toimi_desktop.models import Environment, WorkTask

    problems = Problems()
    environment = tx.session.get(Environment, data.environment_id or "")
    if environment is None or environment.deleted:
        problems.add("environment_id", N_("errors", "Choose a coaching environment."))
    elif not tx.actor.may_access(environment.municipality_code):
        problems.add("environment_id", N_("errors", "You have no rights to data of this "
                                                    "municipality."))
    task = tx.session.get(WorkTask, data.task_id or "")
    same_task = order is not None and task is not None and task.id == order.task_id
    if task is None or task.deleted or (environment and task.environment_id != environment.id):
        problems.add("task_id", N_("errors", "Choose a task of this environment."))
    elif not task.active and not same_task:
        problems.add("task_id", N_("errors", "The task is no longer in use."))
    values: dict[str, object] = {}
    for name, limit in (("title", 200), ("orderer_department", 120), ("location", 200),
                        ("contact_name", 120), ("contact_phone", 40)):
        values[name] = clean(getattr(data, name))
        if values[name] and len(values[name]) > limit:
            problems.add(name, N_("errors", "At most {n} characters."), n=limit)
    if not values["title"]:
        problems.add("title", N_("errors", "Say briefly what is ordered."))
    if not values["orderer_department"]:
        problems.add("orderer_department", N_("errors", "Name the ordering department."))
    if values["contact_phone"] and not PHONE.match(values["contact_phone"]):
        problems.add("contact_phone", N_("errors", "The phone number may contain digits, "
                                                   "spaces, +, - and brackets."))
    if data.starts_on is None:
        problems.add("starts_on", N_("errors", "Start date is required."))
    elif data.ends_on is not None and data.ends_on < data.starts_on:
        problems.add("ends_on", N_("errors", "The end cannot be before the start."))
    hours = data.planned_hours
    if hours is None or not 0 <= float(hours) <= MAX_PLANNED_HOURS:
        problems.add("planned_hours", N_("errors", "Planned hours must be 0–{high}."),
                     high=int(MAX_PLANNED_HOURS))
    problems.raise_if_any()
    values.update(environment_id=environment.id, task_id=task.id, starts_on=data.starts_on,
                  ends_on=data.ends_on, planned_hours=float(hours))
    return environment, values


def _overlap_warnings(tx: Transaction, values: dict[str, object], order_id: str | None
                      ) -> list[Message]:
    """Another order of the same task (not cancelled) on some of the same days: those days
    count for the one that starts earlier (`order_coverage`). A warning, not a refusal."""
    from sqlalchemy import text

    def execute(sql: str, params: dict[str, object]) -> list[tuple]:
        return [tuple(r) for r in tx.session.execute(text(sql), params)]

    return [o.message() for o in overlaps(execute, values["task_id"], values["starts_on"],
                                          values["ends_on"], order_id)]


def create_order(ctx: ServiceContext, data: OrderInput) -> SaveResult:
    """A new order, status requested."""
    from toimi_desktop.models import WorkOrder

    ctx.require_role(*ORDER_WRITERS)
    with ctx.transaction() as tx:
        environment, values = _validate(tx, data)
        warnings = _overlap_warnings(tx, values, None)
        order = WorkOrder(municipality_code=environment.municipality_code,
                          status=OrderStatus.REQUESTED, **values)
        tx.stamp(order, [*values, "status"])
        tx.session.flush()
        tx.audit("work_order.create", "work_order", order.id, order.municipality_code,
                 {"fields": sorted(values)})
        return SaveResult(order.id, warnings)


def _order(ctx: ServiceContext, tx: Transaction, order_id: str):
    from toimi_desktop.models import WorkOrder

    order = tx.session.get(WorkOrder, order_id)
    if order is None or order.deleted:
        raise NotFound(N_("errors", "The work order no longer exists."))
    ctx.require_municipality(order.municipality_code)
    return order


def update_order(ctx: ServiceContext, order_id: str, data: OrderInput) -> SaveResult:
    ctx.require_role(*ORDER_WRITERS)
    with ctx.transaction() as tx:
        order = _order(ctx, tx, order_id)
        if order.status is OrderStatus.CANCELLED:
            raise DomainError(N_("errors", "The order is cancelled: restore it before "
                                           "editing."))
        _, values = _validate(tx, data, order)
        if values["environment_id"] != order.environment_id:
            raise DomainError(N_("errors", "An order cannot move to another environment."))
        changed = [k for k, v in values.items() if getattr(order, k) != v]
        if not changed:
            return SaveResult(order.id)
        for name in changed:
            setattr(order, name, values[name])
        tx.stamp(order, changed)
        tx.audit("work_order.update", "work_order", order.id, order.municipality_code,
                 {"fields": sorted(changed)})
        return SaveResult(order.id, _overlap_warnings(tx, values, order.id))


def change_order_status(ctx: ServiceContext, order_id: str, status: OrderStatus,
                        today: date | None = None) -> SaveResult:
    """Move an order along its flow (`work_rules.TRANSITIONS`). Work can be in progress or
    done only once it has started; marking it done closes its date range at today when it
    had no end or a later one, so later attendance no longer counts for it."""
    ctx.require_role(*ORDER_WRITERS)
    today = today or date.today()
    status = OrderStatus(status)
    with ctx.transaction() as tx:
        order = _order(ctx, tx, order_id)
        if status is order.status:
            return SaveResult(order.id)
        if status not in allowed_transitions(order.status, order.feedback_score is not None):
            raise DomainError(N_("errors", "An order that is “{current}” cannot become "
                                           "“{target}”."), current=order.status, target=status)
        if status in (OrderStatus.IN_PROGRESS, OrderStatus.DONE) and order.starts_on > today:
            raise DomainError(N_("errors", "The order starts on {day}: its work cannot be "
                                           "under way before that."),
                              day=f"{order.starts_on.day}.{order.starts_on.month}."
                                  f"{order.starts_on.year}")
        changed = ["status"]
        previous = order.status
        order.status = status
        if status is OrderStatus.DONE and (order.ends_on is None or order.ends_on > today):
            order.ends_on = today
            changed.append("ends_on")
        tx.stamp(order, changed)
        tx.audit("work_order.status", "work_order", order.id, order.municipality_code,
                 {"from": previous.value, "to": status.value})
        return SaveResult(order.id)


def record_feedback(ctx: ServiceContext, order_id: str, score: int | None,
                    comment: str | None = None, feedback_on: date | None = None,
                    today: date | None = None) -> SaveResult:
    """The orderer's quality feedback on a done order: a score 1–5 and a comment (needed
    when the score is low). Recording it again corrects it."""
    ctx.require_role(*ORDER_WRITERS)
    today = today or date.today()
    feedback_on = feedback_on or today
    with ctx.transaction() as tx:
        order = _order(ctx, tx, order_id)
        if order.status is not OrderStatus.DONE:
            raise DomainError(N_("errors", "Feedback is recorded when the order is done."))
        problems = Problems()
        comment = clean(comment)
        if score not in FEEDBACK_SCORES:
            problems.add("feedback_score", N_("errors", "Choose a score 1–5."))
        elif score <= LOW_SCORE and not comment:
            problems.add("feedback_comment", N_("errors", "Write down what the orderer was not "
                                                          "happy with."))
        if feedback_on > today:
            problems.add("feedback_on", N_("errors", "The date cannot be in the future."))
        elif feedback_on < order.starts_on:
            problems.add("feedback_on", N_("errors", "The feedback cannot be from before the "
                                                     "order started."))
        problems.raise_if_any()
        values = {"feedback_score": score, "feedback_comment": comment,
                  "feedback_on": feedback_on}
        changed = [k for k, v in values.items() if getattr(order, k) != v]
        for name in changed:
            setattr(order, name, values[name])
        if changed:
            tx.stamp(order, changed)
            tx.audit("work_order.feedback", "work_order", order.id, order.municipality_code,
                     {"score": score})
        return SaveResult(order.id)


# --- reads ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderFilter:
    environment_id: str | None = None
    municipality_code: str | None = None
    statuses: tuple[OrderStatus, ...] = ()  # empty: all
    text: str = ""
    awaiting_feedback: bool = False  # also done orders whose feedback is not recorded


@dataclass(frozen=True)
class OrderRow:
    id: str
    environment_id: str
    environment: str
    municipality_code: str
    task_id: str
    task: str
    field: WorkField
    orderer_department: str
    title: str
    location: str | None
    starts_on: date
    ends_on: date | None
    planned_hours: float
    done_hours: float
    status: OrderStatus
    contact_name: str | None
    contact_phone: str | None
    feedback_score: int | None
    feedback_comment: str | None
    feedback_on: date | None

    @property
    def progress(self) -> float | None:
        """Done hours as a share of planned hours (None without a plan)."""
        return self.done_hours / self.planned_hours if self.planned_hours else None

    def is_on(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


_ORDER_SQL = """
    SELECT o.id, o.environment_id, e.name, o.municipality_code, o.task_id, t.name, t.field,
      o.orderer_department, o.title, o.location, o.starts_on, o.ends_on, o.planned_hours,
      0, o.status, o.contact_name, o.contact_phone, o.feedback_score,
      o.feedback_comment, o.feedback_on
    FROM work_order o JOIN environment e ON e.id = o.environment_id
      JOIN work_task t ON t.id = o.task_id
    WHERE o.deleted = 0"""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _order_rows(conn: sqlite3.Connection, found: list[tuple], today: date) -> list[OrderRow]:
    """Rows of `_ORDER_SQL` with their hours done summed in one pass (`order_hours`)."""
    done = order_done_hours(conn, [(r[0], r[4]) for r in found], today)
    return [OrderRow(r[0], r[1], r[2], r[3], r[4], r[5], WorkField(r[6]), r[7], r[8], r[9],
                     date.fromisoformat(r[10]), _day(r[11]), float(r[12]), done[r[0]],
                     OrderStatus(r[14]), r[15], r[16], r[17], r[18], _day(r[19]))
            for r in found]


def _require_reader(ctx: ReadContext) -> None:
    if ctx.actor.role not in READERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)


def order_list(ctx: ReadContext, flt: OrderFilter | None = None, today: date | None = None
               ) -> list[OrderRow]:
    """Orders in the actor's municipalities with planned and done hours, newest first."""
    _require_reader(ctx)
    flt = flt or OrderFilter()
    params: dict[str, object] = {}
    sql = _ORDER_SQL
    if flt.environment_id:
        sql += " AND o.environment_id = :environment"
        params["environment"] = flt.environment_id
    if flt.municipality_code:
        sql += " AND o.municipality_code = :municipality"
        params["municipality"] = flt.municipality_code
    if flt.statuses:
        names = [f":s{i}" for i in range(len(flt.statuses))]
        awaiting = (" OR (o.status = 'done' AND o.feedback_score IS NULL)"
                    if flt.awaiting_feedback else "")
        sql += f" AND (o.status IN ({', '.join(names)}){awaiting})"
        params.update({n[1:]: OrderStatus(s).value for n, s in zip(names, flt.statuses,
                                                                     strict=True)})
    conn = ctx.db.reader()
    found = [r for r in conn.execute(sql + " ORDER BY o.starts_on DESC, o.title", params)
             if ctx.actor.may_access(r[3])]
    rows = _order_rows(conn, found, today or date.today())
    words = flt.text.casefold().split()
    if words:
        rows = [r for r in rows if all(w in " ".join(
            (r.title, r.orderer_department, r.task, r.location or "", r.contact_name or "")
        ).casefold() for w in words)]
    return rows


def order_details(ctx: ReadContext, order_id: str, today: date | None = None) -> OrderRow:
    _require_reader(ctx)
    conn = ctx.db.reader()
    found = conn.execute(_ORDER_SQL + " AND o.id = :id", {"id": order_id}).fetchone()
    if found is None:
        raise NotFound(N_("errors", "The work order no longer exists."))
    if not ctx.actor.may_access(found[3]):
        raise PermissionDenied(N_("errors", "You have no rights to data of this "
                                            "municipality."))
    return _order_rows(conn, [found], today or date.today())[0]


def hours_done(conn: sqlite3.Connection, order_ids: list[str], today: date
               ) -> dict[str, float]:
    """Hours done for each order (see the module's docstring); no role check: for services
    and reports that have checked it already."""
    if not order_ids:
        return {}
    marks = ",".join("?" * len(order_ids))
    return order_done_hours(conn, conn.execute(
        f"SELECT id, task_id FROM work_order WHERE id IN ({marks})", order_ids).fetchall(),
        today)


def order_overlaps(ctx: ReadContext, task_id: str, starts_on: date, ends_on: date | None,
                   order_id: str | None = None) -> list[Overlap]:
    """The other orders of the task (not cancelled) on some of starts_on..ends_on, as an
    order being edited would warn of them; each says which of the two wins those days."""
    _require_reader(ctx)
    if not task_id or (ends_on is not None and ends_on < starts_on):
        return []
    conn = ctx.db.reader()
    return overlaps(lambda sql, params: conn.execute(sql, params).fetchall(), task_id,
                    starts_on, ends_on, order_id)


def departments(ctx: ReadContext, environment_id: str | None = None) -> list[str]:
    """Ordering departments already named in tasks and orders (for completing input)."""
    sql = ("SELECT orderer_department, municipality_code FROM work_task WHERE deleted = 0"
           " AND orderer_department IS NOT NULL {env} UNION SELECT orderer_department,"
           " municipality_code FROM work_order WHERE deleted = 0 {env}")
    env = "AND environment_id = :env" if environment_id else ""
    rows = ctx.db.reader().execute(sql.format(env=env), {"env": environment_id})
    return sorted({name for name, code in rows if ctx.actor.may_access(code)})


def input_from_order(row: OrderRow) -> OrderInput:
    return OrderInput(
        environment_id=row.environment_id, task_id=row.task_id,
        orderer_department=row.orderer_department, title=row.title, starts_on=row.starts_on,
        ends_on=row.ends_on, planned_hours=row.planned_hours, location=row.location,
        contact_name=row.contact_name, contact_phone=row.contact_phone)
