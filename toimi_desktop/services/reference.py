"""Choices for forms and filters: municipalities, environments, people by role.

Plain reads on the thread's read connection: the filter bar needs them before the window
first paints, and that path stays free of the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass

from toimi_desktop.models.enums import Role
from toimi_desktop.services.actor import ReadContext


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    group: str = ""  # e.g. the municipality code of an environment


def municipalities(ctx: ReadContext) -> list[Choice]:
    """The municipalities the actor may work with, by name."""
    rows = ctx.db.reader().execute(
        "SELECT code, name, service_area_code FROM municipality ORDER BY name").fetchall()
    return [Choice(*row) for row in rows if ctx.actor.may_access(row[0])]


def environments(ctx: ReadContext, municipality_code: str | None = None,
                 people: bool = False) -> list[Choice]:
    """Environments of the actor's municipalities; with `people`, only those whose people
    the actor may see and place (for a coach: the ones they coach)."""
    from toimi_desktop.services.access import may_see_environment_people

    sql = "SELECT id, name, municipality_code FROM environment WHERE deleted = 0"
    params: tuple = ()
    if municipality_code:
        sql += " AND municipality_code = ?"
        params = (municipality_code,)
    rows = ctx.db.reader().execute(sql + " ORDER BY name", params).fetchall()
    return [Choice(*row) for row in rows if ctx.actor.may_access(row[2]) and (
        not people or may_see_environment_people(ctx, row[0], row[2]))]


def people(ctx: ReadContext, role: Role, municipality_code: str | None = None) -> list[Choice]:
    """Active users of `role`, optionally only those working in `municipality_code`."""
    sql = "SELECT u.id, u.display_name FROM app_user u WHERE u.role = ? AND u.active"
    params: list[object] = [Role(role).value]
    if municipality_code:
        sql += (" AND EXISTS (SELECT 1 FROM user_municipality um WHERE um.user_id = u.id"
                " AND um.municipality_code = ?)")
        params.append(municipality_code)
    rows = ctx.db.reader().execute(sql + " ORDER BY u.display_name", params).fetchall()
    return [Choice(*row) for row in rows]


def users(ctx: ReadContext) -> list[tuple[str, str, Role]]:
    """(username, display name, role) of every active user, for switching user."""
    rows = ctx.db.reader().execute(
        "SELECT username, display_name, role FROM app_user WHERE active"
        " ORDER BY role, display_name").fetchall()
    return [(username, name, Role(role)) for username, name, role in rows]
