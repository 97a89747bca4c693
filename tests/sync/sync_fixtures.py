"""Fixtures of the sync and server tests: the in-memory keyring, servers on SQLite and
PostgreSQL, devices. Imported by tests/sync/conftest.py and tests/server/conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Selected before keyring loads a backend; child processes get it with PYTHONPATH.
os.environ["PYTHON_KEYRING_BACKEND"] = "memory_keyring.MemoryKeyring"

from memory_keyring import MemoryKeyring
from sync_helpers import (
    Device,
    RunningServer,
    postgres_missing,
    postgres_schema,
)


@pytest.fixture(autouse=True)
def _language_restored():
    """`toimi --lang en …` sets the process's language: the next test gets it back."""
    from toimi_desktop.i18n import current_language, set_language

    previous = current_language()
    yield
    set_language(previous)


@pytest.fixture(autouse=True)
def memory_keyring():
    import keyring

    MemoryKeyring.secrets.clear()
    keyring.set_keyring(MemoryKeyring())
    yield MemoryKeyring.secrets
    MemoryKeyring.secrets.clear()


@pytest.fixture(scope="session")
def postgres_reason() -> str | None:
    return postgres_missing()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.db'}"


@pytest.fixture
def postgres_url(postgres_reason):
    if postgres_reason:
        pytest.skip(postgres_reason)
    with postgres_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request, tmp_path: Path, postgres_reason):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    if postgres_reason:
        pytest.skip(postgres_reason)
    with postgres_schema() as url:
        yield url


def _server(url: str):
    server = RunningServer(url)
    server.add_user("koordinaattori", "coordinator", [])
    server.add_user("valmentaja", "coach", ["167"])
    server.add_user("valmentaja2", "coach", ["167"])
    server.add_user("agentti", "career_agent", ["167"])
    server.add_user("yritys", "business_agent", ["167"])
    server.add_user("ohjaus", "steering_group", ["167"])
    server.add_user("liperi", "coach", ["426"])
    return server


@pytest.fixture
def server(sqlite_url):
    """A server on SQLite with users of every role (Joensuu 167; Liperi 426)."""
    running = _server(sqlite_url)
    yield running
    running.stop()


@pytest.fixture
def any_server(any_db_url):
    """The same, once on SQLite and once on PostgreSQL."""
    running = _server(any_db_url)
    yield running
    running.stop()


@pytest.fixture
def make_device(template_db: Path, tmp_path: Path):
    made = []

    def make(server, username: str, name: str | None = None, skew_seconds: float = 0.0):
        path = tmp_path / f"{name or username}-{len(made)}.db"
        device = Device(template_db, path, server.url, username, skew_seconds)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()
