"""Who is acting: plain data, safe to pass between threads, looked up without the ORM so the
start-up path stays light."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import Role
from toimi_desktop.services.errors import NotFound

if TYPE_CHECKING:
    from toimi_desktop.models.database import Database


@dataclass(frozen=True)
class Actor:
    user_id: str
    username: str
    display_name: str
    role: Role
    municipality_codes: frozenset[str] = field(default_factory=frozenset)

    @property
    def sees_all_municipalities(self) -> bool:
        return self.role is Role.COORDINATOR

    def may_access(self, municipality_code: str) -> bool:
        return self.sees_all_municipalities or municipality_code in self.municipality_codes


def actor_for(db: Database, username: str) -> Actor:
    conn = db.reader()
    row = conn.execute(
        "SELECT id, username, display_name, role FROM app_user WHERE username = ? AND active",
        (username,),
    ).fetchone()
    if row is None:
        raise NotFound(N_("errors", "No active user “{name}”."), name=username)
    codes = frozenset(code for (code,) in conn.execute(
        "SELECT municipality_code FROM user_municipality WHERE user_id = ?", (row[0],)))
    return Actor(row[0], row[1], row[2], Role(row[3]), codes)


def default_username(db: Database) -> str | None:
    """The user this device last acted as, else its first active coordinator, else any
    active user, else None (an empty database)."""
    import json

    conn = db.reader()
    remembered = conn.execute(
        "SELECT value FROM local_setting WHERE key = 'current_user'").fetchone()
    if remembered:
        username = json.loads(remembered[0])
        if conn.execute("SELECT 1 FROM app_user WHERE username = ? AND active",
                        (username,)).fetchone():
            return username
    row = conn.execute(
        "SELECT username FROM app_user WHERE active"
        " ORDER BY role != 'coordinator', display_name LIMIT 1").fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class ReadContext:
    """What read queries need: the database and the actor (a ServiceContext is one too)."""

    db: Database
    actor: Actor
