"""Signing in on this device without the network: against a password verifier kept from
the last online sign-in (or from when the account was made here). Never the password.

The verifier is argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): a
sign-in or unlock costs tens of milliseconds, while guessing from a copied verifier stays
slow (and the database it is in is itself encrypted). Online sign-in, which refreshes the
verifier, is in `toimi_desktop.sync.signin`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.access_enums import AccessAction
from toimi_desktop.services.actor import Actor, actor_for
from toimi_desktop.services.errors import DomainError, NotFound

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from toimi_desktop.models.database import Database
    from toimi_desktop.services.context import ServiceContext
    from toimi_desktop.services.errors import Problems

WRONG_PASSWORD = N_("errors", "Wrong user name or password.")
NO_VERIFIER = N_("errors", "This computer has no password for “{name}” yet: sign in once "
                           "while connected to the sync server.")
EMPTY_PASSWORD = N_("errors", "Give your password.")
SHORT_PASSWORD = N_("errors", "A password has at least {n} characters.")
PASSWORDS_DIFFER = N_("errors", "The passwords are not the same.")
MIN_PASSWORD = 8
# The documented password of every demo user (README), and its verifier: computed once, so
# demo generation stays fast and byte-for-byte reproducible.
DEMO_PASSWORD = "demo"
DEMO_VERIFIER = ("$argon2id$v=19$m=19456,t=2,p=1$Qy8VWFWd9aD3UOTfC+9CFQ$"
                 "OzVO9/SdYtl1LczuZuZ80C59voyOhXdZcbmfBFmxGwI")


class SignInFailed(DomainError):
    pass


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def make_verifier(password: str) -> str:
    return _hasher().hash(password)


def check_verifier(verifier: str | None, password: str) -> bool:
    """Whether `password` matches; the same work when there is no verifier (no probing of
    which user names have one by timing)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(verifier or DEMO_VERIFIER, password) and verifier is not None
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str, repeated: str, problems: Problems | None = None
                       ) -> None:
    """A password someone chooses here (the first account of a stand-alone database). With
    `problems`, the messages join the caller's (who raises them with its own)."""
    from toimi_desktop.services.errors import Problems

    collect = problems is not None
    problems = problems if problems is not None else Problems()
    if not password:
        problems.add("password", EMPTY_PASSWORD)
    elif len(password) < MIN_PASSWORD:
        problems.add("password", SHORT_PASSWORD, n=MIN_PASSWORD)
    elif password != repeated:
        problems.add("repeated", PASSWORDS_DIFFER)
    if not collect:
        problems.raise_if_any()


def verifier_of(db: Database, username: str) -> str | None:
    row = db.reader().execute("SELECT verifier FROM local_credential WHERE username = ?",
                              (username,)).fetchone()
    return row[0] if row else None


def store_verifier(db: Database, username: str, password: str) -> None:
    """Keep a verifier of `password` for offline sign-in (after the server accepted it)."""
    _write(db, username, make_verifier(password))


def _write(db: Database, username: str, verifier: str) -> None:
    conn = db.reader()
    with conn:
        conn.execute(
            "INSERT INTO local_credential(username, verifier, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(username) DO UPDATE SET verifier = excluded.verifier,"
            " updated_at = excluded.updated_at",
            (username, verifier, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")))


def forget_verifier(db: Database, username: str) -> None:
    """The server said the password is wrong: the old one must not open this device
    offline any more."""
    conn = db.reader()
    with conn:
        conn.execute("DELETE FROM local_credential WHERE username = ?", (username,))


def known_actor(db: Database, username: str) -> Actor | None:
    try:
        return actor_for(db, username)
    except NotFound:
        return None


def normalise(username: str) -> str:
    return username.strip().lower()


def verify_offline(db: Database, username: str, password: str,
                   action: AccessAction = AccessAction.SIGN_IN,
                   ctx: ServiceContext | None = None) -> Actor:
    """The user, if `password` matches the verifier kept here; every attempt is logged
    (with `ctx`, the running session's context, when unlocking)."""
    from toimi_desktop.services.access_log import log_sign_in

    username = normalise(username)
    actor = known_actor(db, username)
    verifier = verifier_of(db, username) if actor else None
    ok = check_verifier(verifier, password)
    if actor is not None and not ok and verifier is None:
        log_sign_in(db, username, actor, False, action, {"reason": "no_verifier"}, ctx)
        raise SignInFailed(NO_VERIFIER, name=username)
    log_sign_in(db, username, actor, ok, action,
                {"mode": "offline"} if ok else {"reason": "wrong_password"}, ctx)
    if not ok or actor is None:
        raise SignInFailed(WRONG_PASSWORD)
    return actor


def has_any_verifier(db: Database) -> bool:
    return bool(db.reader().execute("SELECT EXISTS (SELECT 1 FROM local_credential)")
                .fetchone()[0])
