"""Service packages: the productisation of tasks into named work services with a
description, the levels they suit, typical hours and an internal price per hour.

Level rule: a package that suits skill levels a–b (and work-ability levels c–d) may hold
only tasks that a trainee at its highest levels can do; a task demanding more than the
package's lowest level is allowed, with a warning that the lowest-level trainees need
support or other tasks of the package.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext, Transaction
from toimi_desktop.services.errors import Message, NotFound, PermissionDenied, Problems
from toimi_desktop.services.trainees import SaveResult
from toimi_desktop.services.work_rules import (
    CATALOGUE_READERS,
    LEVELS,
    PACKAGE_WRITERS,
    clean,
)

_LINK_NS = uuid.UUID("9b57c1e2-3f4a-4d6b-a8c0-5e7f1d2b3c49")
MAX_PRICE, MAX_HOURS = 1000.0, 10_000.0


def package_task_id(package_id: str, task_id: str) -> str:
    return str(uuid.uuid5(_LINK_NS, f"{package_id}/{task_id}"))


@dataclass
class PackageInput:
    environment_id: str
    name: str
    description: str | None = None
    min_skill_level: int = 1
    max_skill_level: int = 3
    min_work_ability_level: int = 1
    max_work_ability_level: int = 3
    typical_hours: float | None = None
    price_per_hour: float | None = None
    task_ids: list[str] = field(default_factory=list)
    active: bool = True


def _validate(tx: Transaction, data: PackageInput, package_id: str | None
              ) -> tuple[object, dict[str, object], list[str], list[Message]]:
    from sqlalchemy import select

    from toimi_desktop.models import Environment, ServicePackage, WorkTask

    problems = Problems()
    warnings: list[Message] = []
    environment = tx.session.get(Environment, data.environment_id or "")
    if environment is None or environment.deleted:
        problems.add("environment_id", N_("errors", "Choose a coaching environment."))
    elif not tx.actor.may_access(environment.municipality_code):
        problems.add("environment_id", N_("errors", "You have no rights to data of this "
                                                    "municipality."))
    name = clean(data.name)
    if not name:
        problems.add("name", N_("errors", "Name is required."))
    elif len(name) > 120:
        problems.add("name", N_("errors", "At most {n} characters."), n=120)
    elif environment is not None and tx.session.scalar(select(ServicePackage.id).where(
            ServicePackage.environment_id == environment.id, ServicePackage.name == name,
            ServicePackage.deleted.is_(False), ServicePackage.id != (package_id or ""))):
        problems.add("name", N_("errors", "The environment already has a package with this "
                                          "name."))
    for low, high in (("min_skill_level", "max_skill_level"),
                      ("min_work_ability_level", "max_work_ability_level")):
        for name_ in (low, high):
            if getattr(data, name_) not in LEVELS:
                problems.add(name_, N_("errors", "Choose a level 1–3."))
        if low not in problems and high not in problems and \
                getattr(data, low) > getattr(data, high):
            problems.add(high, N_("errors", "The highest level cannot be below the lowest."))
    if data.typical_hours is not None and not 0 < data.typical_hours <= MAX_HOURS:
        problems.add("typical_hours", N_("errors", "Typical hours must be more than 0 and at "
                                                   "most {high}."), high=int(MAX_HOURS))
    if data.price_per_hour is not None and not 0 <= data.price_per_hour <= MAX_PRICE:
        problems.add("price_per_hour", N_("errors", "The price per hour must be 0–{high} €."),
                     high=int(MAX_PRICE))
    task_ids = list(dict.fromkeys(t for t in data.task_ids if t))
    tasks = {t.id: t for t in tx.session.scalars(
        select(WorkTask).where(WorkTask.id.in_(task_ids)))} if task_ids else {}
    if not task_ids:
        problems.add("task_ids", N_("errors", "Choose the tasks of the package."))
    elif environment is not None and any(
            t not in tasks or tasks[t].deleted or tasks[t].environment_id != environment.id
            for t in task_ids):
        problems.add("task_ids", N_("errors", "Choose tasks of this environment."))
    elif "max_skill_level" not in problems and "max_work_ability_level" not in problems:
        for task_id in task_ids:
            task = tasks[task_id]
            if task.skill_level > data.max_skill_level or \
                    task.work_ability_level > data.max_work_ability_level:
                problems.add("task_ids", N_("errors", "“{task}” demands more than the "
                                                      "package's highest levels."),
                             task=task.name)
            elif task.skill_level > data.min_skill_level or \
                    task.work_ability_level > data.min_work_ability_level:
                warnings.append(Message(N_("errors", "“{task}” demands more than the "
                                                     "package's lowest levels: those trainees "
                                                     "need support or other tasks."),
                                        {"task": task.name}))
    problems.raise_if_any()
    values = {"environment_id": environment.id, "name": name,
              "description": clean(data.description),
              "min_skill_level": data.min_skill_level, "max_skill_level": data.max_skill_level,
              "min_work_ability_level": data.min_work_ability_level,
              "max_work_ability_level": data.max_work_ability_level,
              "typical_hours": data.typical_hours, "price_per_hour": data.price_per_hour,
              "active": bool(data.active)}
    return environment, values, task_ids, warnings


def _save_links(tx: Transaction, package, task_ids: list[str]) -> int:
    from sqlalchemy import select

    from toimi_desktop.models import ServicePackageTask

    links = {link.task_id: link for link in tx.session.scalars(
        select(ServicePackageTask).where(ServicePackageTask.package_id == package.id))}
    changes = 0
    for task_id in task_ids:
        link = links.get(task_id)
        if link is None:
            link = ServicePackageTask(id=package_task_id(package.id, task_id),
                                      package_id=package.id, task_id=task_id,
                                      municipality_code=package.municipality_code,
                                      deleted=False)
            tx.stamp(link, ["package_id", "task_id"])
            changes += 1
        elif link.deleted:
            link.deleted = False
            tx.stamp(link, ["deleted"])
            changes += 1
    for task_id, link in links.items():
        if task_id not in task_ids and not link.deleted:
            link.deleted = True
            tx.stamp(link, ["deleted"])
            changes += 1
    return changes


def create_package(ctx: ServiceContext, data: PackageInput) -> SaveResult:
    from toimi_desktop.models import ServicePackage

    ctx.require_role(*PACKAGE_WRITERS)
    with ctx.transaction() as tx:
        environment, values, task_ids, warnings = _validate(tx, data, None)
        package = ServicePackage(municipality_code=environment.municipality_code, **values)
        tx.stamp(package, list(values))
        tx.session.flush()
        _save_links(tx, package, task_ids)
        tx.audit("service_package.create", "service_package", package.id,
                 package.municipality_code, {"tasks": len(task_ids)})
        return SaveResult(package.id, warnings)


def update_package(ctx: ServiceContext, package_id: str, data: PackageInput) -> SaveResult:
    from toimi_desktop.models import ServicePackage

    ctx.require_role(*PACKAGE_WRITERS)
    with ctx.transaction() as tx:
        package = tx.session.get(ServicePackage, package_id)
        if package is None or package.deleted:
            raise NotFound(N_("errors", "The service package no longer exists."))
        ctx.require_municipality(package.municipality_code)
        _, values, task_ids, warnings = _validate(tx, data, package_id)
        if values["environment_id"] != package.environment_id:
            problems = Problems()
            problems.add("environment_id", N_("errors", "A package cannot move to another "
                                                        "environment."))
            problems.raise_if_any()
        changed = [k for k, v in values.items() if getattr(package, k) != v]
        for name in changed:
            setattr(package, name, values[name])
        if changed:
            tx.stamp(package, changed)
        links = _save_links(tx, package, task_ids)
        if changed or links:
            tx.audit("service_package.update", "service_package", package.id,
                     package.municipality_code, {"fields": sorted(changed), "tasks": links})
        return SaveResult(package.id, warnings)


# --- reads ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackageTask:
    id: str
    name: str
    field: str  # WorkField value
    skill_level: int
    work_ability_level: int
    description: str | None


@dataclass(frozen=True)
class PackageRow:
    id: str
    environment_id: str
    environment: str
    municipality_code: str
    name: str
    description: str | None
    min_skill_level: int
    max_skill_level: int
    min_work_ability_level: int
    max_work_ability_level: int
    typical_hours: float | None
    price_per_hour: float | None
    active: bool
    tasks: tuple[PackageTask, ...]

    @property
    def typical_price(self) -> float | None:
        if self.typical_hours is None or self.price_per_hour is None:
            return None
        return round(self.typical_hours * self.price_per_hour, 2)


def package_list(ctx: ReadContext, environment_id: str | None = None,
                 active: bool | None = None) -> list[PackageRow]:
    """Packages in the actor's municipalities, by environment and name, with their tasks."""
    if ctx.actor.role not in CATALOGUE_READERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)
    conn = ctx.db.reader()
    sql = ("SELECT p.id, p.environment_id, e.name, p.municipality_code, p.name, p.description,"
           " p.min_skill_level, p.max_skill_level, p.min_work_ability_level,"
           " p.max_work_ability_level, p.typical_hours, p.price_per_hour, p.active"
           " FROM service_package p JOIN environment e ON e.id = p.environment_id"
           " WHERE p.deleted = 0")
    params: list[object] = []
    if environment_id:
        sql += " AND p.environment_id = ?"
        params.append(environment_id)
    if active is not None:
        sql += " AND p.active = ?"
        params.append(1 if active else 0)
    rows = [r for r in conn.execute(sql + " ORDER BY e.name, p.name", params)
            if ctx.actor.may_access(r[3])]
    tasks: dict[str, list[PackageTask]] = {}
    for package_id, *task in conn.execute(
            "SELECT l.package_id, t.id, t.name, t.field, t.skill_level, t.work_ability_level,"
            " t.description FROM service_package_task l JOIN work_task t ON t.id = l.task_id"
            " WHERE l.deleted = 0 AND t.deleted = 0 ORDER BY t.name"):
        tasks.setdefault(package_id, []).append(PackageTask(*task))
    return [PackageRow(*r[:12], bool(r[12]), tuple(tasks.get(r[0], ()))) for r in rows]


def package_details(ctx: ReadContext, package_id: str) -> PackageRow:
    for row in package_list(ctx):
        if row.id == package_id:
            return row
    raise NotFound(N_("errors", "The service package no longer exists."))


def input_from_package(row: PackageRow) -> PackageInput:
    return PackageInput(
        environment_id=row.environment_id, name=row.name, description=row.description,
        min_skill_level=row.min_skill_level, max_skill_level=row.max_skill_level,
        min_work_ability_level=row.min_work_ability_level,
        max_work_ability_level=row.max_work_ability_level, typical_hours=row.typical_hours,
        price_per_hour=row.price_per_hour, task_ids=[t.id for t in row.tasks],
        active=row.active)
