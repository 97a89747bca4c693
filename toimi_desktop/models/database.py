"""Opening the local store: pragmas, migrations to head, the engine and sessions.

SQLAlchemy is imported on first use of `engine` or `session()`, not when the file is opened:
the register's first page is read with plain sqlite3, so the main window can paint before
the ORM has loaded (it warms up in the background).
"""

from __future__ import annotations

import sqlite3
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from toimi_desktop.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object = None) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def make_engine(path: Path | str) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{Path(path)}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def revision_of(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return revision_of(conn.connection.dbapi_connection)


def upgrade_to_head(engine: Engine) -> None:
    """Bring the file's schema to the newest migration (an old user file opens in a new
    version). Alembic is imported only when there is something to do."""
    if current_revision(engine) == HEAD_REVISION:
        return
    from toimi_desktop.migrations.runner import run_upgrade

    run_upgrade(engine)


class Database:
    """One local store file: a plain sqlite3 connection for hot reads on the UI thread, and
    (lazily) an SQLAlchemy engine and session factory for everything else."""

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        if migrate and revision_of(self.reader()) != HEAD_REVISION:
            upgrade_to_head(self.engine)

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.path)

    @cached_property
    def sessions(self) -> sessionmaker:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def raw_connection(self) -> sqlite3.Connection:
        """A new plain sqlite3 connection (the caller closes it), e.g. for bulk writes."""
        conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
        _set_pragmas(conn)
        return conn

    def reader(self) -> sqlite3.Connection:
        """This thread's read connection, kept open: per-keystroke queries reuse it."""
        conn = getattr(self._local, "reader", None)
        if conn is None:
            conn = self._local.reader = sqlite3.connect(self.path, timeout=10)
            _set_pragmas(conn)
        return conn

    def dispose(self) -> None:
        conn = getattr(self._local, "reader", None)
        if conn is not None:
            conn.close()
            self._local.reader = None
        if "engine" in self.__dict__:
            self.engine.dispose()
