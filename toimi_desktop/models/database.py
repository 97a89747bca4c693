"""Opening the local store: the key, pragmas, migrations to head, the engine and sessions.

Every connection, the SQLAlchemy engine's and the plain DB-API ones alike, goes through
SQLCipher with the database's key (see `encryption`). SQLAlchemy is imported on first use of
`engine` or `session()`, not when the file is opened: the register's first page is read on a
plain connection, so the main window can paint before the ORM has loaded (it warms up in the
background).
"""

from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from toimi_desktop.migrations import HEAD_REVISION
from toimi_desktop.models.encryption import DatabaseKey, dbapi, key_for
from toimi_desktop.models.encryption import connect as _connect

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["Connection", "Database", "connect", "current_revision", "dbapi", "make_engine",
           "revision_of", "upgrade_to_head"]

Connection = dbapi.Connection


def _set_pragmas(dbapi_connection: Connection, _record: object = None) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    # SQLCipher decrypts a page every time it is read from the file (the OS cache holds only
    # ciphertext): keep more decrypted pages, 32 MiB a connection instead of SQLite's 2 MiB,
    # so that a large environment's periods and attendance are not decrypted again on
    # every save. Memory is taken only as pages are read.
    cursor.execute("PRAGMA cache_size = -32768")
    cursor.close()


def connect(path: Path | str, **kwargs: object) -> Connection:
    """A plain DB-API connection to the database at `path` with its key and our pragmas (the
    caller closes it): for tools and tests that read a file directly."""
    conn = _connect(path, key_for(Path(path)), **{"timeout": 10, **kwargs})
    _set_pragmas(conn)
    return conn


def make_engine(path: Path | str, key: DatabaseKey | None = None) -> Engine:
    from sqlalchemy import URL, create_engine, event
    from sqlalchemy.pool import QueuePool

    key = key or key_for(Path(path))
    # The pysqlcipher dialect sends `PRAGMA key = "<password>"` first on every connection;
    # the raw-key form needs no key derivation. QueuePool as for plain SQLite files (the
    # dialect's own default keeps one connection per thread).
    url = URL.create("sqlite+pysqlcipher", password=key.pragma_value,
                     database=str(Path(path)))
    engine = create_engine(url, poolclass=QueuePool)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def revision_of(conn: Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except dbapi.OperationalError:
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
    """One local store file: a plain connection for hot reads on the UI thread, and (lazily)
    an SQLAlchemy engine and session factory for everything else. Opening it gets the key
    from the OS keyring (creating one for a new file, encrypting an old plaintext file) or
    raises `encryption.DatabaseKeyError`."""

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._key = key_for(self.path)
        if migrate and revision_of(self.reader()) != HEAD_REVISION:
            upgrade_to_head(self.engine)

    @property
    def key(self) -> DatabaseKey:
        """The file's encryption key (e.g. to write a backup that opens as this does)."""
        return self._key

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.path, self._key)

    @cached_property
    def sessions(self) -> sessionmaker:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def raw_connection(self) -> Connection:
        """A new plain connection (the caller closes it), e.g. for bulk writes."""
        conn = _connect(self.path, self._key, timeout=10, check_same_thread=False)
        _set_pragmas(conn)
        return conn

    def reader(self) -> Connection:
        """This thread's read connection, kept open: per-keystroke queries reuse it."""
        conn = getattr(self._local, "reader", None)
        if conn is None:
            conn = self._local.reader = _connect(self.path, self._key, timeout=10)
            _set_pragmas(conn)
        return conn

    def dispose(self) -> None:
        conn = getattr(self._local, "reader", None)
        if conn is not None:
            conn.close()
            self._local.reader = None
        if "engine" in self.__dict__:
            self.engine.dispose()
