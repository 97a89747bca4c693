"""Coaching environments: create and edit them with their sites, contact, opening weekdays
and the coaches working there (closed days: `services.closed_days`). Coordinators edit any
environment, coaches those of their own municipalities.

The ORM is imported when a write runs; the reads use the thread's plain sqlite3 connection
(the UI builds its views from them while the window is being shown)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import EnvironmentKind, Role
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext, Transaction
from toimi_desktop.services.errors import DomainError, NotFound, PermissionDenied, Problems
from toimi_desktop.services.trainees import SaveResult
from toimi_desktop.services.work_rules import (
    EMAIL,
    ENVIRONMENT_EDITORS,
    PHONE,
    READERS,
    clean,
)

# Natural keys become ids, so two devices adding the same link or day merge on sync.
_COACH_NS = uuid.UUID("a7d3e0c4-5b1f-4c8e-b2a9-1e6f3d7c9b52")


def environment_coach_id(environment_id: str, user_id: str) -> str:
    return str(uuid.uuid5(_COACH_NS, f"{environment_id}/{user_id}"))


@dataclass
class SiteInput:
    name: str
    address: str | None = None
    id: str | None = None  # None: a new site


@dataclass
class EnvironmentInput:
    municipality_code: str
    name: str
    kind: EnvironmentKind = EnvironmentKind.INTERNAL_MUNICIPAL
    address: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    open_weekdays: str = "12345"  # ISO weekdays
    sites: list[SiteInput] = field(default_factory=list)
    coach_ids: list[str] = field(default_factory=list)


def _validate(tx: Transaction, data: EnvironmentInput, environment_id: str | None
              ) -> dict[str, object]:
    from sqlalchemy import select

    from toimi_desktop.models import Environment, Municipality, User, user_municipality

    problems = Problems()
    name = clean(data.name)
    if not name:
        problems.add("name", N_("errors", "Name is required."))
    elif len(name) > 120:
        problems.add("name", N_("errors", "At most {n} characters."), n=120)
    elif tx.session.scalar(select(Environment.id).where(
            Environment.name == name, Environment.deleted.is_(False),
            Environment.id != (environment_id or ""))):
        problems.add("name", N_("errors", "Another coaching environment already has this "
                                          "name."))
    if tx.session.get(Municipality, data.municipality_code or "") is None:
        problems.add("municipality_code", N_("errors", "Choose a municipality."))
    elif not tx.actor.may_access(data.municipality_code):
        problems.add("municipality_code", N_("errors", "You have no rights to data of this "
                                                       "municipality."))
    try:
        kind = EnvironmentKind(data.kind)
    except ValueError:
        problems.add("kind", N_("errors", "Choose the kind of the environment."))
        kind = None
    email, phone = clean(data.contact_email), clean(data.contact_phone)
    if email and not EMAIL.match(email):
        problems.add("contact_email", N_("errors", "The e-mail address is not valid."))
    if phone and not PHONE.match(phone):
        problems.add("contact_phone", N_("errors", "The phone number may contain digits, "
                                                   "spaces, +, - and brackets."))
    weekdays = "".join(sorted(set(data.open_weekdays or "")))
    if not weekdays or any(c not in "1234567" for c in weekdays):
        problems.add("open_weekdays", N_("errors", "Choose at least one opening weekday."))
    if any(not clean(site.name) for site in data.sites):
        problems.add("sites", N_("errors", "Every site needs a name."))
    coach_ids = list(dict.fromkeys(c for c in data.coach_ids if c))
    if coach_ids:
        coaches = {u.id: u for u in tx.session.scalars(
            select(User).where(User.id.in_(coach_ids)))}
        local = set(tx.session.scalars(select(user_municipality.c.user_id).where(
            user_municipality.c.user_id.in_(coach_ids),
            user_municipality.c.municipality_code == (data.municipality_code or ""))))
        if any(c not in coaches or coaches[c].role is not Role.COACH
               or not coaches[c].active or c not in local for c in coach_ids):
            problems.add("coach_ids", N_("errors", "Choose coaches who work in the "
                                                   "environment's municipality."))
    problems.raise_if_any()
    return {"name": name, "municipality_code": data.municipality_code, "kind": kind,
            "address": clean(data.address), "contact_name": clean(data.contact_name),
            "contact_phone": phone, "contact_email": email, "open_weekdays": weekdays,
            "coach_ids": coach_ids}


def create_environment(ctx: ServiceContext, data: EnvironmentInput) -> SaveResult:
    from toimi_desktop.models import Environment

    ctx.require_role(*ENVIRONMENT_EDITORS)
    with ctx.transaction() as tx:
        values = _validate(tx, data, None)
        coach_ids = values.pop("coach_ids")
        environment = Environment(**values)
        tx.stamp(environment, list(values))
        tx.session.flush()
        _save_sites(tx, environment, data.sites)
        _save_coaches(tx, environment, coach_ids)
        tx.audit("environment.create", "environment", environment.id,
                 environment.municipality_code, {"fields": sorted(values)})
        return SaveResult(environment.id)


def update_environment(ctx: ServiceContext, environment_id: str, data: EnvironmentInput
                       ) -> SaveResult:
    ctx.require_role(*ENVIRONMENT_EDITORS)
    with ctx.transaction() as tx:
        environment = environment_for_write(ctx, tx, environment_id)
        if data.municipality_code != environment.municipality_code:
            raise DomainError(N_("errors", "The municipality of a coaching environment cannot "
                                           "be changed."))
        values = _validate(tx, data, environment_id)
        coach_ids = values.pop("coach_ids")
        changed = [k for k, v in values.items() if getattr(environment, k) != v]
        for name in changed:
            setattr(environment, name, values[name])
        if changed:
            tx.stamp(environment, changed)
        sites = _save_sites(tx, environment, data.sites)
        coaches = _save_coaches(tx, environment, coach_ids)
        if changed or sites or coaches:
            tx.audit("environment.update", "environment", environment.id,
                     environment.municipality_code,
                     {"fields": sorted(changed), "sites": sites, "coaches": coaches})
        return SaveResult(environment.id)


def environment_for_write(ctx: ServiceContext, tx: Transaction, environment_id: str):
    """The environment, if it exists and is in the actor's municipalities."""
    from toimi_desktop.models import Environment

    environment = tx.session.get(Environment, environment_id)
    if environment is None or environment.deleted:
        raise NotFound(N_("errors", "The coaching environment no longer exists."))
    ctx.require_municipality(environment.municipality_code)
    return environment


def _save_sites(tx: Transaction, environment, sites: list[SiteInput]) -> int:
    """Sites as given: new ones added, changed ones updated, missing ones tombstoned."""
    from sqlalchemy import select

    from toimi_desktop.models import EnvironmentSite

    existing = {s.id: s for s in tx.session.scalars(select(EnvironmentSite).where(
        EnvironmentSite.environment_id == environment.id, EnvironmentSite.deleted.is_(False)))}
    changes = 0
    kept: set[str] = set()
    for site in sites:
        values = {"name": clean(site.name), "address": clean(site.address)}
        record = existing.get(site.id or "")
        if record is None:
            record = EnvironmentSite(environment_id=environment.id,
                                     municipality_code=environment.municipality_code, **values)
            tx.stamp(record, list(values))
            changes += 1
            continue
        kept.add(record.id)
        changed = [k for k, v in values.items() if getattr(record, k) != v]
        for name in changed:
            setattr(record, name, values[name])
        if changed:
            tx.stamp(record, changed)
            changes += 1
    for record in existing.values():
        if record.id not in kept:
            record.deleted = True
            tx.stamp(record, ["deleted"])
            changes += 1
    return changes


def _save_coaches(tx: Transaction, environment, coach_ids: list[str]) -> int:
    from sqlalchemy import select

    from toimi_desktop.models import EnvironmentCoach

    links = {c.user_id: c for c in tx.session.scalars(select(EnvironmentCoach).where(
        EnvironmentCoach.environment_id == environment.id))}
    changes = 0
    for user_id in coach_ids:
        link = links.get(user_id)
        if link is None:
            link = EnvironmentCoach(id=environment_coach_id(environment.id, user_id),
                                    environment_id=environment.id, user_id=user_id,
                                    municipality_code=environment.municipality_code,
                                    deleted=False)
            tx.stamp(link, ["environment_id", "user_id"])
            changes += 1
        elif link.deleted:
            link.deleted = False
            tx.stamp(link, ["deleted"])
            changes += 1
    for user_id, link in links.items():
        if user_id not in coach_ids and not link.deleted:
            link.deleted = True
            tx.stamp(link, ["deleted"])
            changes += 1
    return changes


# --- reads ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class EnvironmentRow:
    id: str
    name: str
    municipality_code: str
    municipality: str
    kind: EnvironmentKind
    address: str | None
    open_weekdays: str
    coaches: tuple[str, ...]
    sites: int
    active_tasks: int
    open_orders: int


@dataclass(frozen=True)
class SiteRow:
    id: str
    name: str
    address: str | None


@dataclass(frozen=True)
class EnvironmentDetails:
    id: str
    name: str
    municipality_code: str
    municipality: str
    kind: EnvironmentKind
    address: str | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    open_weekdays: str
    sites: tuple[SiteRow, ...]
    coach_ids: tuple[str, ...]
    coaches: tuple[str, ...]
    closed_days: tuple[tuple[date, str | None], ...]  # from the given day on


def require_reader(ctx: ReadContext) -> None:
    if ctx.actor.role not in READERS:
        raise PermissionDenied(N_("errors", "Your role ({role}) does not allow this."),
                               role=ctx.actor.role)


def list_environments(ctx: ReadContext, municipality_code: str | None = None
                      ) -> list[EnvironmentRow]:
    """The environments the actor may see, by name, with their coaches and counts."""
    require_reader(ctx)
    conn = ctx.db.reader()
    sql = """
        SELECT e.id, e.name, e.municipality_code, m.name, e.kind, e.address, e.open_weekdays,
          (SELECT count(*) FROM environment_site s WHERE s.environment_id = e.id
             AND s.deleted = 0),
          (SELECT count(*) FROM work_task t WHERE t.environment_id = e.id AND t.deleted = 0
             AND t.active = 1),
          (SELECT count(*) FROM work_order o WHERE o.environment_id = e.id AND o.deleted = 0
             AND o.status IN ('requested', 'agreed', 'in_progress'))
        FROM environment e JOIN municipality m ON m.code = e.municipality_code
        WHERE e.deleted = 0"""
    params: list[object] = []
    if municipality_code:
        sql += " AND e.municipality_code = ?"
        params.append(municipality_code)
    rows = [r for r in conn.execute(sql + " ORDER BY e.name", params)
            if ctx.actor.may_access(r[2])]
    coaches: dict[str, list[str]] = {}
    for env_id, name in conn.execute(
            "SELECT c.environment_id, u.display_name FROM environment_coach c"
            " JOIN app_user u ON u.id = c.user_id WHERE c.deleted = 0"
            " ORDER BY u.display_name"):
        coaches.setdefault(env_id, []).append(name)
    return [EnvironmentRow(r[0], r[1], r[2], r[3], EnvironmentKind(r[4]), r[5], r[6],
                           tuple(coaches.get(r[0], ())), r[7], r[8], r[9]) for r in rows]


def environment_details(ctx: ReadContext, environment_id: str,
                        closed_from: date | None = None) -> EnvironmentDetails:
    """One environment with its sites, coaches and closed days from `closed_from` on
    (default: 30 days back)."""
    require_reader(ctx)
    conn = ctx.db.reader()
    row = conn.execute(
        "SELECT e.id, e.name, e.municipality_code, m.name, e.kind, e.address, e.contact_name,"
        " e.contact_phone, e.contact_email, e.open_weekdays FROM environment e"
        " JOIN municipality m ON m.code = e.municipality_code"
        " WHERE e.id = ? AND e.deleted = 0", (environment_id,)).fetchone()
    if row is None:
        raise NotFound(N_("errors", "The coaching environment no longer exists."))
    if not ctx.actor.may_access(row[2]):
        raise PermissionDenied(N_("errors", "You have no rights to data of this "
                                            "municipality."))
    sites = tuple(SiteRow(*r) for r in conn.execute(
        "SELECT id, name, address FROM environment_site WHERE environment_id = ?"
        " AND deleted = 0 ORDER BY name", (environment_id,)))
    coaches = conn.execute(
        "SELECT u.id, u.display_name FROM environment_coach c JOIN app_user u"
        " ON u.id = c.user_id WHERE c.environment_id = ? AND c.deleted = 0"
        " ORDER BY u.display_name", (environment_id,)).fetchall()
    since = closed_from or date.today() - timedelta(days=30)
    closed = tuple((date.fromisoformat(d), reason) for d, reason in conn.execute(
        "SELECT day, reason FROM environment_closed_day WHERE environment_id = ?"
        " AND deleted = 0 AND day >= ? ORDER BY day", (environment_id, since.isoformat())))
    return EnvironmentDetails(
        id=row[0], name=row[1], municipality_code=row[2], municipality=row[3],
        kind=EnvironmentKind(row[4]), address=row[5], contact_name=row[6],
        contact_phone=row[7], contact_email=row[8], open_weekdays=row[9], sites=sites,
        coach_ids=tuple(c[0] for c in coaches), coaches=tuple(c[1] for c in coaches),
        closed_days=closed)


def input_from_details(details: EnvironmentDetails) -> EnvironmentInput:
    """The editable fields of a stored environment, e.g. to pre-fill the edit dialog."""
    return EnvironmentInput(
        municipality_code=details.municipality_code, name=details.name, kind=details.kind,
        address=details.address, contact_name=details.contact_name,
        contact_phone=details.contact_phone, contact_email=details.contact_email,
        open_weekdays=details.open_weekdays,
        sites=[SiteInput(s.name, s.address, s.id) for s in details.sites],
        coach_ids=list(details.coach_ids))
