"""Backups while the database is being written, restore with its checks, the reminder."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from toimi_desktop.migrations import HEAD_REVISION
from toimi_desktop.models.database import Database, connect
from toimi_desktop.models.encryption import connect as keyed
from toimi_desktop.models.encryption import key_for
from toimi_desktop.services.backup import (
    apply_pending_restore,
    backup_database,
    backup_reminder,
    copy_database,
    mark_restore_ready,
    prepare_restore,
    restore_database,
    stage_path,
)
from toimi_desktop.services.errors import DomainError
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)


def trainees(path: Path) -> int:
    with keyed(path, key_for(path)) as conn:  # no pragmas: the file stays as it is
        return conn.execute("SELECT count(*) FROM trainee").fetchone()[0]


def new_trainee(ctx, n: int) -> None:
    create_trainee(ctx, TraineeInput(first_name="Testi", last_name=f"Kirjoittaja{n}",
                                     municipality_code="167", birth_date=date(1980, 1, 1)),
                   today=TODAY)


class Writer(threading.Thread):
    """Adds trainees through the service, one transaction each, until told to stop."""

    def __init__(self, ctx, started_after: int) -> None:
        super().__init__(daemon=True)
        self.ctx, self.started_after = ctx, started_after
        self.running = threading.Event()
        self.stop = threading.Event()
        self.written = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                new_trainee(self.ctx, self.written)
                self.written += 1
                if self.written == self.started_after:
                    self.running.set()
        except BaseException as error:  # reported by the test
            self.error = error
            self.running.set()


def test_backup_and_restore_round_trip_while_a_thread_writes(db, as_user, tmp_path):
    ctx = as_user("valmentaja")
    writer = Writer(ctx, started_after=3)
    writer.start()
    assert writer.running.wait(60)
    try:
        result = backup_database(db, tmp_path / "varmuuskopio.db")
    finally:
        writer.stop.set()
        writer.join(60)
    assert writer.error is None
    backed_up = trainees(result.path)
    assert 3 <= backed_up <= writer.written
    assert writer.written > 0 and trainees(db.path) == writer.written
    with keyed(result.path, key_for(result.path)) as conn:  # as it is: no pragmas set
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not Path(f"{result.path}-wal").exists()

    db.dispose()
    info, previous = restore_database(db.path, result.path)
    assert info.trainees == backed_up and info.revision == HEAD_REVISION
    assert trainees(db.path) == backed_up
    assert previous is not None and trainees(previous) == writer.written
    restored = Database(db.path)
    new_trainee(as_user("valmentaja"), 999)  # the restored database is usable at once
    restored.dispose()
    assert trainees(db.path) == backed_up + 1


def test_a_copy_is_made_while_another_connection_holds_a_write_transaction(db, tmp_path):
    blocker = db.raw_connection()
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("INSERT INTO local_setting(key, value) VALUES ('uncommitted', '1')")
    try:
        result = copy_database(db, tmp_path / "copy.db")
    finally:
        blocker.rollback()
        blocker.close()
    with connect(result.path) as conn:
        assert conn.execute("SELECT count(*) FROM local_setting WHERE key = 'uncommitted'"
                            ).fetchone() == (0,)


def test_the_last_backup_time_is_remembered_and_the_reminder_follows_it(db, as_user, tmp_path):
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    assert backup_reminder(db, now) is None  # nothing waits for sync
    new_trainee(as_user("valmentaja"), 1)
    reminder = backup_reminder(db, now)
    assert reminder is not None and reminder.last_backup is None and reminder.pending > 0
    backup_database(db, tmp_path / "b.db", now=now)
    assert backup_reminder(db, now + timedelta(days=6)) is None
    late = backup_reminder(db, now + timedelta(days=7, minutes=1))
    assert late is not None and late.last_backup == now
    with connect(db.path) as conn:
        conn.execute("UPDATE sync_outbox SET pushed_at = '2026-11-23 10:00:00'")
    assert backup_reminder(db, now + timedelta(days=30)) is None  # all synced


@pytest.mark.parametrize("content", [b"just text, not a database\n" * 40, b""])
def test_restore_refuses_a_file_that_is_not_a_database(db, tmp_path, content):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        restore_database(db.path, bogus)
    assert caught.value.text("en") == "bogus.db is not a TOIMI database."
    assert not stage_path(db.path).exists()


def test_restore_refuses_another_apps_database_and_a_newer_schema(db, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(DomainError) as caught:
        restore_database(db.path, other)
    assert "is not a TOIMI database" in caught.value.text("en")

    newer = tmp_path / "newer.db"
    backup_database(db, newer)
    with connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DomainError) as caught:
        restore_database(db.path, newer)
    assert "newer version" in caught.value.text("en")
    assert Database(db.path).reader().execute("SELECT 1").fetchone() == (1,)  # untouched


def test_restore_refuses_a_damaged_backup(db, as_user, tmp_path):
    for n in range(30):
        new_trainee(as_user("valmentaja"), n)
    good = tmp_path / "good.db"
    backup_database(db, good)
    damaged = tmp_path / "damaged.db"
    data = bytearray(good.read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\xff" * 4096  # a page of garbage
    damaged.write_bytes(bytes(data))
    with pytest.raises(DomainError):
        restore_database(db.path, damaged)


def test_an_older_backup_is_migrated_when_restored(db, tmp_path):
    from toimi_desktop.migrations.runner import run_upgrade
    from toimi_desktop.models.database import make_engine

    old = tmp_path / "old.db"
    engine = make_engine(old)
    run_upgrade(engine, "0005")
    engine.dispose()
    db.dispose()
    info, _previous = restore_database(db.path, old)
    assert info.revision == "0005"
    with connect(db.path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)


def test_the_app_restores_at_its_next_start_only_when_confirmed(db, as_user, tmp_path):
    backup = tmp_path / "b.db"
    backup_database(db, backup)
    new_trainee(as_user("valmentaja"), 1)
    prepare_restore(db.path, backup)
    db.dispose()
    assert apply_pending_restore(db.path) is None  # never confirmed: dropped
    assert not stage_path(db.path).exists() and trainees(db.path) == 1

    prepare_restore(db.path, backup)
    mark_restore_ready(db.path)
    previous = apply_pending_restore(db.path)
    assert previous is not None and trainees(previous) == 1
    assert trainees(db.path) == 0 and not stage_path(db.path).exists()
    assert apply_pending_restore(db.path) is None  # done once


def test_backup_refuses_the_database_itself_and_a_missing_folder(db, tmp_path):
    with pytest.raises(DomainError):
        backup_database(db, db.path)
    with pytest.raises(DomainError) as caught:
        backup_database(db, tmp_path / "nowhere" / "b.db")
    assert "there is no folder" in caught.value.text("en")
