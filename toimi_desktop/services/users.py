"""Local user accounts. On a synced device they come from the central server; a fresh
stand-alone database needs one first account (bootstrap) before anything else can happen."""

from __future__ import annotations

import re

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.database import Database
from toimi_desktop.models.enums import Role
from toimi_desktop.models.ids import new_id
from toimi_desktop.services.context import Actor, ServiceContext, set_setting
from toimi_desktop.services.errors import PermissionDenied, Problems

# Records that belong to the whole project are scoped to the lead organisation, Joensuu.
PROJECT_SCOPE = "167"
_USERNAME = re.compile(r"^[a-z0-9._-]{3,64}$")

SYSTEM_ACTOR = Actor(user_id="system", username="system", display_name="system",
                     role=Role.COORDINATOR)


def has_users(db: Database) -> bool:
    return bool(db.reader().execute("SELECT EXISTS (SELECT 1 FROM app_user)").fetchone()[0])


def create_user(db: Database, username: str, display_name: str, role: Role,
                municipality_codes: list[str], actor: Actor | None = None,
                password: tuple[str, str] | None = None) -> Actor:
    """Create a user. Without `actor` this is the bootstrap of an empty database and is
    refused once any user exists; otherwise only a coordinator may add users. `password`
    (typed twice) is checked with the other fields and its verifier kept for signing in
    on this device."""
    if actor is None:
        if has_users(db):
            raise PermissionDenied(N_("errors", "Only a coordinator can add users."))
        actor = SYSTEM_ACTOR
    elif actor.role is not Role.COORDINATOR:
        raise PermissionDenied(N_("errors", "Only a coordinator can add users."))
    from sqlalchemy import select

    from toimi_desktop.models import Municipality, User

    ctx = ServiceContext(db, actor)
    username = username.strip().lower()
    display_name = display_name.strip()
    role = Role(role)
    with ctx.transaction() as tx:
        problems = Problems()
        if not _USERNAME.match(username):
            problems.add("username", N_("errors", "A user name has 3–64 characters: a–z, 0–9, "
                                                  "dot, hyphen or underscore."))
        elif tx.session.scalar(select(User.id).where(User.username == username)):
            problems.add("username", N_("errors", "This user name is already taken."))
        if not display_name:
            problems.add("display_name", N_("errors", "Name is required."))
        municipalities = [tx.session.get(Municipality, code) for code in municipality_codes]
        if any(m is None for m in municipalities):
            problems.add("municipality_codes", N_("errors", "Choose a municipality."))
        elif not municipalities and role is not Role.COORDINATOR:
            problems.add("municipality_codes", N_("errors", "Choose at least one "
                                                            "municipality."))
        if password is not None:
            from toimi_desktop.services.signin import check_new_password

            check_new_password(*password, problems=problems)
        problems.raise_if_any()
        user = User(id=new_id(), username=username, display_name=display_name, role=role,
                    municipalities=municipalities)
        tx.session.add(user)
        tx.session.flush()
        tx.audit("user.create", "user", user.id,
                 municipality_codes[0] if municipality_codes else PROJECT_SCOPE,
                 {"role": role.value})
        if actor is SYSTEM_ACTOR:
            set_setting(tx.session, "current_user", username)
    if password is not None:
        from toimi_desktop.services.signin import store_verifier

        store_verifier(db, username, password[0])
    return Actor(user.id, username, display_name, role, frozenset(municipality_codes))


def remember_user(db: Database, username: str) -> None:
    """This device's choice of whom to act as next time: a local preference, not a change
    of anyone's data, so no audit entry and nothing to sync."""
    import json

    conn = db.reader()
    with conn:
        conn.execute("INSERT INTO local_setting(key, value) VALUES ('current_user', ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (json.dumps(username),))
