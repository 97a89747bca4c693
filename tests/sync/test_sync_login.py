"""A login that fails leaves no usable device on the server, and logging in again retires the
database's earlier login."""

from __future__ import annotations

import shutil

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError
from sqlalchemy import select
from sync_helpers import PASSWORD

from toimi_desktop.models.database import Database
from toimi_desktop.sync import errors
from toimi_desktop.sync.login import login
from toimi_server.models import Device


class ReadOnlyKeyring(KeyringBackend):
    """A keyring that answers but cannot store (e.g. locked)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordSetError("locked")


def live_devices(server) -> list[str]:
    with server.sessions() as session:
        return list(session.scalars(select(Device.id).where(Device.revoked_at.is_(None))))


@pytest.fixture
def db(template_db, tmp_path):
    shutil.copy(template_db, tmp_path / "x.db")
    database = Database(tmp_path / "x.db")
    yield database
    database.dispose()


def test_no_keyring_asks_the_server_nothing(server, db):
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    with pytest.raises(errors.CredentialStoreError):
        login(db, server.url, "valmentaja", PASSWORD)
    with server.sessions() as session:
        assert session.scalars(select(Device)).all() == []


def test_a_token_that_cannot_be_stored_is_logged_out(server, db):
    keyring.set_keyring(ReadOnlyKeyring())
    with pytest.raises(errors.CredentialStoreError):
        login(db, server.url, "valmentaja", PASSWORD)
    assert live_devices(server) == []


def test_logging_in_again_retires_the_earlier_login(server, make_device, memory_keyring):
    device = make_device(server, "valmentaja", "a")
    (first,) = live_devices(server)
    old_token = next(iter(memory_keyring.values()))
    login(device.db, server.url, "valmentaja", PASSWORD)
    (second,) = live_devices(server)
    assert second != first
    from toimi_desktop.sync.transport import Transport

    with Transport(server.url, old_token) as transport, pytest.raises(errors.AuthError):
        transport.session()
    device.sync()  # the new login works


def test_logging_in_as_another_user_logs_the_first_out(server, make_device):
    device = make_device(server, "valmentaja", "a")
    login(device.db, server.url, "valmentaja2", PASSWORD)
    with server.sessions() as session:
        users = session.execute(select(Device.id, Device.user_id, Device.revoked_at)).all()
    assert len(users) == 2 and sum(revoked is None for _i, _u, revoked in users) == 1
    assert device.sync().requests >= 1
