"""Logging this database in to a sync server (once per device) and out again."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from toimi_desktop.sync import credentials, state
from toimi_desktop.sync.apply import apply_users
from toimi_desktop.sync.errors import SyncError
from toimi_desktop.sync.transport import Transport, normalise_server
from toimi_desktop.sync.wire import LoginRequest, UserInfo

if TYPE_CHECKING:
    from toimi_desktop.models.database import Database


def login(db: Database, server: str, username: str, password: str,
          device_name: str | None = None) -> UserInfo:
    """Ask the server for a device token, keep it in the OS keyring, and remember the server
    and user here. The server's account becomes a local user, acting on this device.

    The keyring is checked before the server is asked, and a token that cannot be stored is
    logged out at once: a failed login never leaves a usable device on the server. The
    server itself retires this database's earlier login by the same user; an earlier login
    to another server or as another user is logged out here."""
    server = normalise_server(server)
    conn = db.raw_connection()
    conn.isolation_level = None
    try:
        device = state.device_id(conn)
        before = (state.get(conn, state.SERVER), state.get(conn, state.USERNAME))
        credentials.check_available(server, device)
        previous = credentials.load_token(before[0], device) if before[0] else None
        with Transport(server) as transport:
            answer = transport.login(LoginRequest(
                username=username, password=password, client_device_id=device,
                device_name=(device_name or platform.node() or "")[:120]))
        try:
            credentials.store_token(server, device, answer.token)
        except SyncError:
            _log_out(server, answer.token)
            raise
        if previous and before != (server, answer.user.username):
            _log_out(before[0], previous)
            if before[0] != server:
                credentials.forget_token(before[0], device)
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            if before != (server, answer.user.username):
                # Another server or user: the old cursor says nothing about this scope.
                state.put(conn, state.CURSOR, 0)
                state.put(conn, state.CURSOR_SCOPE, None)
                state.put(conn, state.USERS_VERSION, -1)
            state.put(conn, state.SERVER, server)
            state.put(conn, state.USERNAME, answer.user.username)
            state.put(conn, state.SCOPE, {"user_id": answer.user.id, "role": answer.user.role,
                                          "municipalities": answer.user.municipalities})
            apply_users(conn, [answer.user])
            state.put(conn, "current_user", answer.user.username)
    finally:
        conn.close()
    from toimi_desktop.services.signin import store_verifier

    store_verifier(db, answer.user.username, password)  # signs in offline from now on
    return answer.user


def _log_out(server: str, token: str) -> None:
    """Revoke a token on the server, if it answers (else it stays until revoked there)."""
    try:
        with Transport(server, token) as transport:
            transport.logout()
    except SyncError:
        pass


def logout(db: Database) -> bool:
    """Revoke this device's token on the server (when it answers) and forget it here."""
    conn = db.raw_connection()
    try:
        server = state.get(conn, state.SERVER)
        if not server:
            return False
        device = state.device_id(conn)
        token = credentials.load_token(server, device)
        if token:
            _log_out(server, token)  # offline or already revoked: forgetting it is enough
        credentials.forget_token(server, device)
        return True
    finally:
        conn.close()
