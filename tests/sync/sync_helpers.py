"""The real thing for sync tests: a toimi_server on 127.0.0.1 (uvicorn in a thread, or a
process), on SQLite or PostgreSQL, and devices that are real local databases logged in to it.
No mocks of our own server or database."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path

import uvicorn
from sqlalchemy import select, text

from toimi_desktop.models import Base, synced_tables
from toimi_desktop.models.database import Database
from toimi_desktop.models.ids import SEED_STAMP, HybridLogicalClock
from toimi_desktop.services.context import ServiceContext, actor_for
from toimi_desktop.sync.engine import SyncEngine
from toimi_desktop.sync.login import login
from toimi_server.app import create_app
from toimi_server.core.config import Settings
from toimi_server.core.security import hash_password
from toimi_server.db import make_engine, make_sessions, upgrade
from toimi_server.models import Record
from toimi_server.services.accounts import add_user, revoke_device

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "salasana-123"
PG_URL = os.environ.get("TOIMI_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@cache
def password_hash() -> str:
    """Argon2 is slow on purpose: hash the test password once per run."""
    return hash_password(PASSWORD)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_missing() -> str | None:
    """None when PostgreSQL answers, else why not (the reason the tests are skipped)."""
    import psycopg

    try:
        with psycopg.connect(PG_URL.replace("+psycopg", ""), connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as error:
        return f"PostgreSQL not reachable at {PG_URL}: {error}"
    return None


@contextmanager
def postgres_schema():
    """A fresh schema in the test database for one test: its URL, dropped afterwards."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    plain = PG_URL.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


class RunningServer:
    """toimi_server's app under uvicorn on 127.0.0.1, in a thread of the test process."""

    def __init__(self, db_url: str, migrate: bool = True) -> None:
        self.db_url = db_url
        self.engine = make_engine(db_url)
        if migrate:
            upgrade(self.engine)
        self.sessions = make_sessions(self.engine)
        self.port = free_port()
        self.app = create_app(Settings(db_url=db_url), self.engine)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_config=None,
                                access_log=False, lifespan="off", timeout_keep_alive=30)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add_user(self, username: str, role: str, municipalities: list[str]) -> str:
        with self.sessions() as session, session.begin():
            return add_user(session, username, PASSWORD, role, municipalities,
                            password_hash=password_hash()).id

    def revoke(self, device_id: str) -> None:
        with self.sessions() as session, session.begin():
            revoke_device(session, device_id)

    def records(self, table: str | None = None) -> dict[tuple[str, str], dict]:
        query = select(Record.table_name, Record.id, Record.data)
        if table:
            query = query.where(Record.table_name == table)
        with self.sessions() as session:
            return {(t, i): json.loads(d) for t, i, d in session.execute(query)}

    def last_seq(self) -> int:
        """The newest version's sequence number (0 when there is none)."""
        from sqlalchemy import func

        with self.sessions() as session:
            return session.scalar(select(func.max(Record.seq))) or 0

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.engine.dispose()


class ServerProcess:
    """`toimi-server serve` as a real process (for restarts and kills)."""

    def __init__(self, db_url: str, log_path: Path, port: int | None = None) -> None:
        self.db_url, self.log_path = db_url, log_path
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "toimi_server", "serve", "--db-url", self.db_url,
             "--port", str(self.port)], stdout=log, stderr=log, cwd=ROOT)
        import httpx

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("toimi-server did not start: " + self.log_path.read_text()[-2000:])

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


class Device:
    """A laptop: its own database file, logged in to the server as one user."""

    def __init__(self, template: Path, path: Path, server_url: str, username: str,
                 skew_seconds: float = 0.0) -> None:
        shutil.copy(template, path)
        self.path = path
        self.db = Database(path)
        self.user = login(self.db, server_url, username, PASSWORD, device_name=path.stem)
        self.ctx = ServiceContext(self.db, actor_for(self.db, username))
        if skew_seconds:  # this laptop's wall clock is off by that much
            device = self.ctx.clock.device
            self.ctx.__dict__["clock"] = HybridLogicalClock(
                device, clock=lambda: time.time() + skew_seconds)

    @property
    def device_id(self) -> str:
        return self.ctx.clock.device

    def sync(self, **options) -> object:
        return SyncEngine(self.db, clock=self.ctx.clock, **options).run()

    def dump(self) -> dict[str, dict[str, dict]]:
        conn = self.db.raw_connection()
        try:
            result = {}
            for table in synced_tables():
                cursor = conn.execute(f'SELECT * FROM "{table}"')
                names = [d[0] for d in cursor.description]
                rows = (dict(zip(names, row, strict=True)) for row in cursor)
                result[table] = {row.pop("id"): row for row in rows}
            return result
        finally:
            conn.close()

    def close(self) -> None:
        self.db.dispose()


def assert_same_as_server(device: Device, server: RunningServer) -> None:
    records = server.records()
    dump = device.dump()
    if device.ctx.actor.role.value != "coordinator":
        # Every device sends its access log up; only coordinators pull others' back.
        records = {key: row for key, row in records.items() if key[0] != "access_log"}
        dump.pop("access_log", None)
    # Rows every device's migration seeds (default templates) need not be on the server.
    local = {(t, i): row for t, rows in dump.items() for i, row in rows.items()
             if (t, i) in records or row["updated_hlc"] != SEED_STAMP}
    assert set(local) == set(records), "rows differ from the server's"
    for key, data in records.items():
        row = local[key]
        assert {k: row[k] for k in data} == data, key


def new_environment(device: Device, municipality: str = "167", name: str = "Taitamo") -> str:
    from toimi_desktop.models import Environment
    from toimi_desktop.models.enums import EnvironmentKind

    with device.ctx.transaction() as tx:
        env = Environment(municipality_code=municipality, name=name,
                          kind=EnvironmentKind.INTERNAL_MUNICIPAL)
        tx.stamp(env, ["*"])
        tx.session.flush()
        return env.id


def works_at(device: Device, env_id: str) -> None:
    """The device's user (a coach) coaches at the environment, as a coordinator would set:
    a coach's services see the trainees of the environments they coach. The environment
    and the user must be on the device (made there, or pulled)."""
    from toimi_desktop.models import EnvironmentCoach
    from toimi_desktop.services.environments import environment_coach_id

    actor = device.ctx.actor
    with device.ctx.transaction() as tx:
        municipality = tx.session.execute(text(
            "SELECT municipality_code FROM environment WHERE id = :id"), {"id": env_id}).scalar()
        link_id = environment_coach_id(env_id, actor.user_id)
        if tx.session.get(EnvironmentCoach, link_id) is None:
            tx.stamp(EnvironmentCoach(id=link_id, municipality_code=municipality,
                                      environment_id=env_id, user_id=actor.user_id), ["*"])


def new_trainee(device: Device, municipality: str, env_id: str, first: str, last: str,
                start: date = date(2026, 1, 5)) -> tuple[str, str]:
    from toimi_desktop.models import Period, Trainee
    from toimi_desktop.models.enums import PeriodKind

    with device.ctx.transaction() as tx:
        trainee = Trainee(municipality_code=municipality, first_name=first, last_name=last)
        tx.stamp(trainee, ["*"])
        tx.session.flush()
        period = Period(municipality_code=municipality, trainee_id=trainee.id,
                        environment_id=env_id, kind=PeriodKind.REHABILITATIVE_WORK,
                        start_date=start, goals="")
        tx.stamp(period, ["*"])
        tx.session.flush()
        return trainee.id, period.id


def edit(device: Device, model: type[Base], row_id: str, **values: object) -> str:
    """Change fields of one record the way every service does; returns the stamp."""
    with device.ctx.transaction() as tx:
        record = tx.session.get(model, row_id)
        for name, value in values.items():
            setattr(record, name, value)
        tx.stamp(record, list(values))
        return str(tx.last_stamp)
