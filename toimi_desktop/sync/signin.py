"""Signing in to the app: against the sync server when this device is logged in to one and
it answers, else offline against the verifier kept from the last online sign-in.

- Device logged in as this user: the server checks the password (`/api/v1/signin`), with no
  new device token; a changed role or municipalities arrive with the answer.
- Device logged in as someone else: a full login for this user (`sync.login`), which makes
  the device theirs from now on, as the Sync page does.
- The server answers "wrong password" or "account not active": refused, and the verifier
  kept here is dropped so the old password no longer opens the device offline.
- No server, or it does not answer (offline in the field): the local verifier decides.
Every attempt, online or offline, lands in the access log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from toimi_desktop.models.access_enums import AccessAction
from toimi_desktop.services.access_log import log_sign_in
from toimi_desktop.services.actor import Actor
from toimi_desktop.services.signin import (
    WRONG_PASSWORD,
    SignInFailed,
    known_actor,
    normalise,
    store_verifier,
    verify_offline,
)
from toimi_desktop.sync import errors

if TYPE_CHECKING:
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.context import ServiceContext

# The sign-in dialog waits at most this long for the server before trying offline.
CONNECT_TIMEOUT = 4.0


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    online: bool  # the server checked the password (else the verifier kept here did)


def linked_server(db: Database) -> tuple[str | None, str | None]:
    """(server address, user name) this device is logged in to sync as, if any."""
    from toimi_desktop.sync import state

    conn = db.reader()
    return state.get(conn, state.SERVER), state.get(conn, state.USERNAME)


def sign_in(db: Database, username: str, password: str,
            action: AccessAction = AccessAction.SIGN_IN, online: bool = True,
            ctx: ServiceContext | None = None) -> SignedIn:
    """The user, if the password is right; raises SignInFailed (or a sync error that says
    what to do) otherwise. `ctx`: the running session's, when unlocking."""
    username = normalise(username)
    if not username or not password:
        raise SignInFailed(WRONG_PASSWORD)
    server, linked_user = linked_server(db) if online else (None, None)
    if server:
        try:
            actor = _online(db, server, linked_user, username, password)
        except errors.AuthError as error:
            from toimi_desktop.services.signin import forget_verifier

            forget_verifier(db, username)
            log_sign_in(db, username, known_actor(db, username), False, action,
                        {"mode": "online", "reason": "refused"})
            raise SignInFailed(error.message.template, **error.message.params) from None
        except errors.SyncError:
            # No network in the field, a server down or older than this app (no sign-in
            # route), no keyring: the verifier kept here decides.
            pass
        else:
            store_verifier(db, username, password)
            log_sign_in(db, username, actor, True, action, {"mode": "online"})
            return SignedIn(actor, online=True)
    return SignedIn(verify_offline(db, username, password, action, ctx), online=False)


def _online(db: Database, server: str, linked_user: str | None, username: str,
            password: str) -> Actor:
    from toimi_desktop.services.actor import actor_for
    from toimi_desktop.sync import credentials, state
    from toimi_desktop.sync.login import login

    token = None
    if linked_user == username:
        token = credentials.load_token(server, state.device_id(db.reader()))
    if token is None:
        login(db, server, username, password)  # a new device token, for this user
        return actor_for(db, username)
    from toimi_desktop.sync.apply import apply_users
    from toimi_desktop.sync.transport import Transport
    from toimi_desktop.sync.wire import SignInRequest

    with Transport(server, token, timeout=15.0, connect_timeout=CONNECT_TIMEOUT) as transport:
        try:
            user = transport.sign_in(SignInRequest(username=username, password=password))
        except errors.DeviceRevoked:
            login(db, server, username, password)  # revoked: log in anew if allowed
            return actor_for(db, username)
    conn = db.raw_connection()
    try:
        with conn:
            apply_users(conn, [user])  # the server's current role and municipalities
    finally:
        conn.close()
    return actor_for(db, username)
