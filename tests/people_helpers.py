"""Test set-up helpers about people and their rights, shared by every test folder."""

from __future__ import annotations

from toimi_desktop.models.database import Database


def link_coach(db: Database, environment_id: str, user_id: str) -> None:
    """Make the user a coach of the environment (a coach sees the people of the
    environments they coach)."""
    from toimi_desktop.models import Environment, EnvironmentCoach
    from toimi_desktop.services.environments import environment_coach_id

    with db.session() as session, session.begin():
        environment = session.get(Environment, environment_id)
        session.add(EnvironmentCoach(id=environment_coach_id(environment_id, user_id),
                                     municipality_code=environment.municipality_code,
                                     environment_id=environment_id, user_id=user_id,
                                     updated_hlc="0"))


def give_password(db: Database, username: str) -> None:
    """The user signs in with the demo password ("demo", which the autouse fixture puts in
    $TOIMI_PASSWORD for the CLI): its precomputed verifier, so no test pays for hashing."""
    from toimi_desktop.services.signin import DEMO_VERIFIER

    conn = db.reader()
    with conn:
        conn.execute("INSERT OR REPLACE INTO local_credential(username, verifier, updated_at)"
                     " VALUES (?, ?, '2026-01-01 00:00:00.000000')", (username, DEMO_VERIFIER))


def add_environment(db: Database, municipality_code: str, name: str) -> str:
    """An environment with no coach yet."""
    from toimi_desktop.models import Environment
    from toimi_desktop.models.enums import EnvironmentKind
    from toimi_desktop.models.ids import new_id

    with db.session() as session, session.begin():
        env = Environment(id=new_id(), municipality_code=municipality_code, name=name,
                          kind=EnvironmentKind.INTERNAL_MUNICIPAL, updated_hlc="0")
        session.add(env)
        return env.id
