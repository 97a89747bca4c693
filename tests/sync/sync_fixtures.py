"""Fixtures of the sync and server tests: the sync logins in the test keyring, servers on
SQLite and PostgreSQL, devices. Imported by tests/sync/conftest.py and tests/server/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
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


class _Logins(Mapping):
    """The sync logins in the test keyring, live: {(service, account): token}, without the
    databases' keys."""

    def _live(self) -> dict[tuple[str, str], str]:
        from toimi_desktop.sync.credentials import SERVICE

        return {k: v for k, v in MemoryKeyring.secrets.items() if k[0] == SERVICE}

    def __getitem__(self, key: tuple[str, str]) -> str:
        return self._live()[key]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._live())

    def __len__(self) -> int:
        return len(self._live())


@pytest.fixture
def memory_keyring() -> Mapping[tuple[str, str], str]:
    """The test keyring is chosen (and emptied after each test) by tests/conftest.py."""
    return _Logins()


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
