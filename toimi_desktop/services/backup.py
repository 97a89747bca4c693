"""Backing up and restoring the local database, and the reminder to back up.

A backup is SQLite's online backup API run on the live database: one consistent snapshot,
taken while the app (or sync) keeps reading and writing. A restore copies the backup beside
the database, checks it (integrity, that it is a TOIMI database, a schema this version
knows), migrates it to this version, then puts it in place with one atomic rename, keeping
the previous database aside.

Database files are encrypted (SQLCipher): a backup is written with the database's own key
and salt, so it opens on this computer and user account as the database does, and nowhere
else (on another computer the data comes back by signing in and syncing). The GUI cannot
swap the file under its own open connections: it prepares the restore, and the swap
happens at the next start (`apply_pending_restore`) before anything opens the file.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.database import Connection, Database, dbapi, revision_of
from toimi_desktop.models.encryption import NOT_A_DATABASE, DatabaseKeyError
from toimi_desktop.services.errors import DomainError

LAST_BACKUP_AT = "backup_last_at"  # local settings of the database that was backed up
LAST_BACKUP_FILE = "backup_last_file"
_TOIMI_TABLES = {"alembic_version", "trainee", "period", "attendance", "municipality",
                 "local_setting", "sync_outbox", "audit_entry"}
_SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    at: datetime


@dataclass(frozen=True)
class BackupInfo:
    """What a checked backup holds, to show before it replaces the database."""

    path: Path
    revision: str
    trainees: int
    last_change: datetime | None  # the newest audit entry in it


@dataclass(frozen=True)
class BackupReminder:
    last_backup: datetime | None  # None: never backed up on this device
    pending: int  # local changes not yet on the server


def _put(conn: Connection, key: str, value: object) -> None:
    conn.execute("INSERT INTO local_setting(key, value) VALUES (?, ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, json.dumps(value)))


def _get(conn: Connection, key: str) -> object:
    row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    if row is None or row[0] is None:
        return None
    return row[0] if isinstance(row[0], int | float) else json.loads(row[0])


def _remove(path: Path) -> None:
    for suffix in ("", *_SIDECARS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _check_target(out: Path, db: Database) -> None:
    if out.is_dir():
        raise DomainError(N_("errors", "{path} is a folder: give a file name."), path=out)
    if not out.parent.is_dir():
        raise DomainError(N_("errors", "Cannot write {path}: there is no folder {folder}."),
                          path=out, folder=out.parent)
    if out.exists() and out.resolve() == db.path.resolve():
        raise DomainError(N_("errors", "Choose another file than the database itself."))


def _copy_consistent(db: Database, target_path: Path) -> None:
    """A consistent snapshot of `db` as one self-contained file at `target_path`, encrypted
    with the same key (and salt), so that it opens on this computer as the database does
    and nowhere else."""
    from toimi_desktop.models.encryption import connect as keyed

    source = db.raw_connection()
    target = keyed(target_path, db.key, timeout=10)
    try:
        # All pages in one step: a stepwise copy would start over whenever another
        # connection writes, and in WAL mode one step does not block the writers.
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # no -wal file beside the copy
        result = target.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        target.close()
        source.close()
    if result != "ok":
        raise DomainError(N_("errors", "The copy failed its check: {detail}"), detail=result)


def copy_database(db: Database, out: Path) -> BackupResult:
    """Write a consistent copy of the database to `out` while it stays in use (other
    connections may hold a write transaction meanwhile: the copy has what was committed)."""
    out = Path(out)
    _check_target(out, db)
    part = out.with_name(f".{out.name}.part")
    _remove(part)
    try:
        _copy_consistent(db, part)
        os.replace(part, out)
    except OSError as error:
        raise DomainError(N_("errors", "Cannot write {path}: {reason}"), path=out,
                          reason=error.strerror or error) from None
    finally:
        _remove(part)
    return BackupResult(out, out.stat().st_size, datetime.now(UTC))


def backup_database(db: Database, out: Path, now: datetime | None = None) -> BackupResult:
    """Back up to `out` (`copy_database`) and remember when, for the reminder."""
    result = copy_database(db, out)
    at = now or result.at
    conn = db.raw_connection()
    try:
        with conn:
            _put(conn, LAST_BACKUP_AT, at.isoformat(timespec="seconds"))
            _put(conn, LAST_BACKUP_FILE, str(result.path))
    finally:
        conn.close()
    return BackupResult(result.path, result.size, at)


# --- restore ------------------------------------------------------------------------------

def stage_path(db_path: Path) -> Path:
    """Where a backup waits, checked and migrated, to replace the database."""
    return Path(db_path).with_name(Path(db_path).name + ".restore")


def _ready_marker(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".restore-ready")


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from toimi_desktop.migrations.runner import alembic_config

    return {script.revision for script in
            ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_backup(path: Path, name: str | None = None) -> BackupInfo:
    """Refuse anything but an intact TOIMI database of a schema this version knows."""
    name = name or Path(path).name
    not_toimi = DomainError(N_("errors", "{name} is not a TOIMI database."), name=name)
    try:
        conn = Database(path, migrate=False).raw_connection()
    except DatabaseKeyError as error:
        if error.message.template == NOT_A_DATABASE:
            raise not_toimi from None
        # No key for it here: a backup opens only where its database was (same computer
        # and user account); say so with the file's own name.
        raise DomainError(error.message.template, **{**error.message.params, "path": name}
                          ) from None
    except dbapi.DatabaseError:
        raise not_toimi from None
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise DomainError(N_("errors", "{name} is damaged: {detail}"), name=name,
                              detail="; ".join(result[:3]))
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = revision_of(conn)
        if not tables >= _TOIMI_TABLES or revision is None:
            raise not_toimi
        if revision not in known_revisions():
            raise DomainError(N_("errors", "{name} was made by a newer version of TOIMI "
                                           "Desktop: update the app first."), name=name)
        trainees = conn.execute("SELECT count(*) FROM trainee WHERE deleted = 0").fetchone()[0]
        last = conn.execute("SELECT max(at) FROM audit_entry").fetchone()[0]
    except dbapi.DatabaseError:
        raise not_toimi from None
    finally:
        conn.close()
    return BackupInfo(Path(path), revision, trainees,
                      datetime.fromisoformat(last) if last else None)


def prepare_restore(db_path: Path, source: Path) -> BackupInfo:
    """Copy `source` beside the database, check it and migrate it to this version. The
    database itself is not touched: `apply_restore` puts the copy in place."""
    db_path, source = Path(db_path), Path(source)
    if not source.is_file():
        raise DomainError(N_("errors", "There is no file {path}."), path=source)
    stage = stage_path(db_path)
    _remove(stage)
    _ready_marker(db_path).unlink(missing_ok=True)
    try:
        shutil.copyfile(source, stage)
        # A backup left in WAL mode keeps its last commits in the -wal file beside it.
        if Path(f"{source}-wal").is_file():
            shutil.copyfile(f"{source}-wal", f"{stage}-wal")
        info = check_backup(stage, source.name)
        Database(stage).dispose()  # migrates an older schema to this version's
        conn = Database(stage, migrate=False).raw_connection()
        try:  # one self-contained file: no write-ahead log to lose in the rename
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except BaseException:
        _remove(stage)
        raise
    return BackupInfo(source, info.revision, info.trainees, info.last_change)


def apply_restore(db_path: Path, now: datetime | None = None) -> Path | None:
    """Put the prepared backup in place of the database with one atomic rename. Nothing
    may have the database open. Returns where the previous database was kept."""
    db_path = Path(db_path)
    stage = stage_path(db_path)
    if not stage.is_file():
        raise DomainError(N_("errors", "No checked backup is waiting to be restored."))
    previous = None
    if db_path.exists():
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        previous = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
        current = Database(db_path, migrate=False)
        try:
            _copy_consistent(current, previous)
            conn = current.raw_connection()
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        finally:
            current.dispose()
    os.replace(stage, db_path)
    # The old database's write-ahead log must never be replayed into the restored file.
    for suffix in _SIDECARS:
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    _ready_marker(db_path).unlink(missing_ok=True)
    return previous


def restore_database(db_path: Path, source: Path) -> tuple[BackupInfo, Path | None]:
    """Check, migrate and put in place at once (the CLI, with the app closed)."""
    info = prepare_restore(db_path, source)
    return info, apply_restore(db_path)


def mark_restore_ready(db_path: Path) -> None:
    """The user confirmed: the prepared backup replaces the database at the next start."""
    if not stage_path(db_path).is_file():
        raise DomainError(N_("errors", "No checked backup is waiting to be restored."))
    _ready_marker(db_path).write_text(datetime.now(UTC).isoformat(), encoding="utf-8")


def cancel_restore(db_path: Path) -> None:
    """Drop a prepared backup the user did not confirm."""
    _ready_marker(db_path).unlink(missing_ok=True)
    _remove(stage_path(db_path))


def apply_pending_restore(db_path: Path) -> Path | None:
    """At start-up, before the database is opened: finish a confirmed restore (returns
    where the previous database was kept), or drop one that was never confirmed."""
    db_path = Path(db_path)
    if _ready_marker(db_path).exists() and stage_path(db_path).is_file():
        return apply_restore(db_path)
    cancel_restore(db_path)
    return None


# --- reminder -----------------------------------------------------------------------------

def last_backup(db: Database) -> datetime | None:
    value = _get(db.reader(), LAST_BACKUP_AT)
    return datetime.fromisoformat(str(value)) if value else None


def backup_reminder(db: Database, now: datetime | None = None) -> BackupReminder | None:
    """A reminder when changes wait for sync (only this file has them) and the last backup
    is older than the setting's number of days, or there is none."""
    from toimi_desktop.services.settings import BACKUP_REMINDER_DAYS

    conn = db.reader()
    pending = conn.execute("SELECT count(*) FROM sync_outbox WHERE pushed_at IS NULL"
                           ).fetchone()[0]
    if not pending:
        return None
    days = _get(conn, BACKUP_REMINDER_DAYS.key)
    days = int(days) if isinstance(days, int | float) else BACKUP_REMINDER_DAYS.default
    last = last_backup(db)
    now = now or datetime.now(UTC)
    if last is not None and now - last < timedelta(days=days):
        return None
    return BackupReminder(last, pending)
