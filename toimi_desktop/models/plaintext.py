"""Encrypting a database file of an earlier version, which was not encrypted: the first time
it is opened, it is exported with `sqlcipher_export` into a new encrypted file beside it,
checked table by table (row counts), swapped in with one atomic rename, and the old file's
bytes are overwritten through a handle kept open across the swap. A file another program has
open is left as it is, and an SQLite file that is not a TOIMI database is never touched."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from toimi_desktop.models.encryption import (
    IN_USE,
    NOT_A_DATABASE,
    DatabaseKey,
    DatabaseKeyError,
    dbapi,
    store,
)

log = logging.getLogger(__name__)

_OUR_TABLES = frozenset({"alembic_version", "local_setting", "trainee"})


def encrypt_plain_file(path: Path) -> DatabaseKey:
    """Encrypt the unencrypted database at `path` in place and return its new key."""
    key = DatabaseKey.generate()
    temporary = path.with_name(f".{path.name}.encrypting")
    for leftover in (temporary, *_companions(temporary)):
        leftover.unlink(missing_ok=True)
    plain = dbapi.connect(str(path), timeout=10, isolation_level=None)
    try:
        if not _is_ours(plain):
            raise DatabaseKeyError(NOT_A_DATABASE, path=path)
        _lock_exclusively(plain, path)
        store(key)
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(temporary),
                                                                key.pragma_value))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = int(plain.execute("PRAGMA main.user_version").fetchone()[0])
        plain.execute(f"PRAGMA encrypted.user_version = {version}")
        if _row_counts(plain, "main") != _row_counts(plain, "encrypted"):
            raise RuntimeError(f"encrypting {path}: the copy lost rows; the original is kept")
        plain.execute("DETACH DATABASE encrypted")
        _fsync(temporary)
        if os.name == "posix":
            _swap_and_wipe(temporary, path)  # our exclusive lock is held throughout
        else:
            plain.close()  # Windows cannot replace a file that is open
            os.replace(temporary, path)
    except BaseException:
        plain.close()
        for leftover in (temporary, *_companions(temporary)):
            leftover.unlink(missing_ok=True)
        raise
    plain.close()
    log.warning("Encrypted the database %s (it was not encrypted before)", path)
    return key


def _is_ours(plain: dbapi.Connection) -> bool:
    """An empty file or a TOIMI Desktop database: never encrypt another program's file (the
    sync server's SQLite database, say) by mistake."""
    try:
        tables = {row[0] for row in plain.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except dbapi.DatabaseError:
        return False
    return not tables or tables >= _OUR_TABLES


def _lock_exclusively(plain: dbapi.Connection, path: Path) -> None:
    """Out of WAL mode (which folds the WAL into the file and removes it: no plaintext WAL may
    be left beside the encrypted file) and an exclusive lock kept until the swap is done:
    nothing can change the old file while it is copied."""
    try:
        plain.execute("PRAGMA locking_mode = EXCLUSIVE")
        mode = plain.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        plain.execute("BEGIN EXCLUSIVE")
        plain.execute("COMMIT")
    except dbapi.OperationalError as error:
        raise DatabaseKeyError(IN_USE, path=path) from error
    if mode != "delete":
        raise DatabaseKeyError(IN_USE, path=path)


def _row_counts(conn: dbapi.Connection, schema: str) -> dict[str, int]:
    # Virtual tables (the FTS5 index) are counted through their shadow tables.
    names = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in names}


def _companions(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _swap_and_wipe(temporary: Path, path: Path) -> None:
    """Put the encrypted file in the old one's place in one step, then overwrite the old
    file's bytes through a handle kept open across the swap. Best effort: an SSD or a
    copy-on-write file system may keep old blocks (full-disk encryption covers those)."""
    with path.open("rb+") as old:
        os.replace(temporary, path)
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        remaining = os.fstat(old.fileno()).st_size
        zeros = bytes(1 << 20)
        while remaining > 0:
            remaining -= old.write(zeros[:remaining])
        old.flush()
        os.fsync(old.fileno())
