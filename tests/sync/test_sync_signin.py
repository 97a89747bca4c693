"""Signing in: against the server when this device is logged in to one, offline against
the verifier kept from the last online sign-in, and what a refusal does to that verifier.
And the access log on the server: appended by every role, read by coordinators only."""

from __future__ import annotations

import shutil

import pytest
from sync_helpers import PASSWORD, Device

from toimi_desktop.models.access_enums import AccessAction
from toimi_desktop.models.database import Database
from toimi_desktop.services.access_log import log_access, log_sign_in
from toimi_desktop.services.context import actor_for
from toimi_desktop.services.signin import (
    DEMO_PASSWORD,
    DEMO_VERIFIER,
    SignInFailed,
    check_verifier,
    forget_verifier,
    make_verifier,
    verifier_of,
    verify_offline,
)
from toimi_desktop.sync import state
from toimi_desktop.sync.signin import sign_in


def _offline(db: Database) -> None:
    """The server is out of reach: nothing listens at the address any more."""
    conn = db.reader()
    with conn:
        state.put(conn, state.SERVER, "http://127.0.0.1:9")


def test_the_verifier_is_argon2_and_never_the_password():
    verifier = make_verifier("oikea hevonen")
    assert verifier.startswith("$argon2id$") and "oikea hevonen" not in verifier
    assert check_verifier(verifier, "oikea hevonen")
    assert not check_verifier(verifier, "väärä hevonen")
    assert not check_verifier(None, DEMO_PASSWORD)  # no verifier: no way in
    assert check_verifier(DEMO_VERIFIER, DEMO_PASSWORD)  # the documented demo password


def test_online_then_offline_with_the_kept_verifier(server, template_db, tmp_path):
    device = Device(template_db, tmp_path / "laptop.db", server.url, "valmentaja")
    db = device.db
    assert verifier_of(db, "valmentaja").startswith("$argon2id$")  # kept at the login
    forget_verifier(db, "valmentaja")
    with pytest.raises(SignInFailed):
        verify_offline(db, "valmentaja", PASSWORD)  # "sign in once while connected"
    signed = sign_in(db, "valmentaja", PASSWORD)
    assert signed.online and signed.actor.username == "valmentaja"
    token_device = state.get(db.reader(), state.USERNAME)
    assert token_device == "valmentaja"
    assert verifier_of(db, "valmentaja").startswith("$argon2id$")
    _offline(db)
    signed = sign_in(db, "valmentaja", PASSWORD)
    assert not signed.online and signed.actor.username == "valmentaja"
    with pytest.raises(SignInFailed):
        sign_in(db, "valmentaja", "väärä")
    modes = [r[0] for r in db.reader().execute(
        "SELECT json_extract(details, '$.mode') FROM access_log WHERE action = 'sign_in'"
        " AND success ORDER BY at, rowid")]
    assert modes == ["online", "offline"]
    device.close()


def test_a_refused_password_drops_the_kept_verifier(server, template_db, tmp_path):
    device = Device(template_db, tmp_path / "laptop.db", server.url, "valmentaja")
    db = device.db
    sign_in(db, "valmentaja", PASSWORD)
    with pytest.raises(SignInFailed) as refused:
        sign_in(db, "valmentaja", "vanha salasana")
    assert refused.value.text("en") == "Wrong user name or password."
    assert verifier_of(db, "valmentaja") is None  # the old one no longer opens it offline
    _offline(db)
    with pytest.raises(SignInFailed):
        sign_in(db, "valmentaja", PASSWORD)
    device.close()


def test_another_user_signing_in_logs_the_device_in_for_them(server, template_db, tmp_path):
    device = Device(template_db, tmp_path / "shared.db", server.url, "valmentaja")
    signed = sign_in(device.db, "agentti", PASSWORD)
    assert signed.online and signed.actor.username == "agentti"
    assert state.get(device.db.reader(), state.USERNAME) == "agentti"
    device.close()


def test_the_server_keeps_the_log_append_only_and_for_coordinators(server, template_db,
                                                                   tmp_path):
    coach = Device(template_db, tmp_path / "coach.db", server.url, "valmentaja")
    log_access(coach.ctx, AccessAction.VIEW)  # one row, pushed
    coach.sync()
    rows = server.records("access_log")
    assert len(rows) == 1
    (_table, row_id), = rows
    # An edit of the row is refused; the rest of the push goes through.
    conn = coach.db.reader()
    with conn:
        conn.execute("UPDATE access_log SET success = 0 WHERE id = ?", (row_id,))
        conn.execute("INSERT INTO sync_outbox(table_name, row_id, hlc, fields, created_at)"
                     " VALUES ('access_log', ?, ?, '[\"success\"]', '2026-11-22')",
                     (row_id, str(coach.ctx.clock.now())))
    coach.sync()
    assert next(iter(server.records("access_log").values()))["success"] in (1, True)
    refused = coach.db.reader().execute(
        "SELECT code FROM sync_rejection WHERE table_name = 'access_log'").fetchall()
    assert refused == [("append_only",)]
    # A steering-group member's device may push its own sign-ins, and reads no one's log.
    steering = Device(template_db, tmp_path / "steering.db", server.url, "ohjaus")
    log_sign_in(steering.db, "ohjaus", actor_for(steering.db, "ohjaus"), True)
    steering.sync()
    assert len(server.records("access_log")) == 2
    assert steering.db.reader().execute(
        "SELECT count(*) FROM access_log").fetchone() == (1,)  # only its own
    coach.sync()
    assert coach.db.reader().execute("SELECT count(*) FROM access_log").fetchone() == (1,)
    boss = Device(template_db, tmp_path / "boss.db", server.url, "koordinaattori")
    boss.sync()
    assert boss.db.reader().execute("SELECT count(*) FROM access_log").fetchone() == (2,)
    for device in (coach, steering, boss):
        device.close()


def test_offline_sign_in_on_a_copy_without_a_verifier_is_refused(template_db, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(template_db, path)
    db = Database(path)
    from toimi_desktop.models.enums import Role
    from toimi_desktop.services.users import create_user

    create_user(db, "mvirtanen", "Maija Virtanen", Role.COORDINATOR, [])
    with pytest.raises(SignInFailed) as refused:
        sign_in(db, "mvirtanen", "mitä tahansa")
    assert "sign in once while connected" in refused.value.text("en")
    db.dispose()
