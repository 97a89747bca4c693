"""Who is acting, on which database, and the transaction every user action runs in.

`ServiceContext.transaction()` is the one way to write: it stamps each changed record with
the hybrid logical clock, and writes the audit entry and the sync-outbox row in the same
SQLite transaction as the change itself, so either all of it lands or none of it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import Role
from toimi_desktop.models.ids import HybridLogicalClock, Timestamp, new_id
from toimi_desktop.services.actor import Actor, actor_for
from toimi_desktop.services.errors import PermissionDenied

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from toimi_desktop.models import SyncedMixin
    from toimi_desktop.models.database import Database

__all__ = ["Actor", "Batch", "ServiceContext", "Transaction", "actor_for", "get_setting",
           "set_setting"]


def get_setting(session: Session, key: str, default: object = None) -> object:
    from toimi_desktop.models import LocalSetting

    row = session.get(LocalSetting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: object) -> None:
    from toimi_desktop.models import LocalSetting

    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def plain_setting(conn: sqlite3.Connection, key: str) -> object:
    """`get_setting` with plain sqlite3 (the value is stored as JSON text)."""
    row = conn.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
    if row is None or row[0] is None:
        return None
    # The JSON column has numeric affinity in SQLite: numbers come back as numbers.
    return row[0] if isinstance(row[0], int | float) else json.loads(row[0])


def put_plain_setting(conn: sqlite3.Connection, key: str, value: object) -> None:
    """`set_setting` with plain sqlite3, in the caller's transaction."""
    conn.execute("INSERT INTO local_setting(key, value) VALUES (?, ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, json.dumps(value)))


class Transaction:
    """Handed to a service function inside `ServiceContext.transaction()`."""

    def __init__(self, session: Session, actor: Actor, clock: HybridLogicalClock) -> None:
        self.session = session
        self.actor = actor
        self._clock = clock
        self.last_stamp: Timestamp | None = None

    def stamp(self, record: SyncedMixin, changed_fields: list[str]) -> None:
        """Mark `record` as changed by the actor now and queue it for sync."""
        from toimi_desktop.models import OutboxEntry

        stamp = self._clock.now()
        self.last_stamp = stamp
        if record.id is None:
            record.id = new_id()
        if record.created_by is None:
            record.created_by = self.actor.user_id
        record.updated_by = self.actor.user_id
        record.updated_hlc = str(stamp)
        self.session.add(record)
        self.session.add(
            OutboxEntry(
                table_name=record.__tablename__,
                row_id=record.id,
                hlc=str(stamp),
                fields=sorted(changed_fields),
            )
        )

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: str | None,
        municipality_code: str,
        details: dict | None = None,
        success: bool = True,
    ) -> None:
        from toimi_desktop.models import AuditEntry

        entry = AuditEntry(
            id=new_id(),
            at=datetime.now(UTC),
            user_id=self.actor.user_id,
            role=self.actor.role.value,
            action=action,
            entity=entity,
            entity_id=entity_id,
            municipality_code=municipality_code,
            success=success,
            details=details or {},
        )
        self.stamp(entry, ["*"])


class ServiceContext:
    """A database, the acting user and the device's clock: what every service needs."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self._batch = threading.local()  # the batch open on this thread, if any

    @cached_property
    def clock(self) -> HybridLogicalClock:
        """The device's clock, resumed from its last stamp (made on the first write). Read
        with plain sqlite3: a sign-in is logged before the window paints, without the ORM."""
        conn = self.db.reader()
        device = plain_setting(conn, "device_id")
        if device is None:
            device = new_id()
            with conn:
                put_plain_setting(conn, "device_id", device)
        last = plain_setting(conn, "hlc_last")
        return HybridLogicalClock(str(device), Timestamp.parse(str(last)) if last else None)

    @property
    def device_id(self) -> str:
        return self.clock.device

    def require_role(self, *roles: Role) -> None:
        if self.actor.role not in roles:
            raise PermissionDenied(
                N_("errors", "Your role ({role}) does not allow this."),
                role=self.actor.role,
            )

    def require_municipality(self, municipality_code: str) -> None:
        if not self.actor.may_access(municipality_code):
            raise PermissionDenied(
                N_("errors", "You have no rights to data of this municipality.")
            )

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One user action: commit all of it, or roll all of it back. Inside a `batch` the
        action is a savepoint of the batch's transaction: a failing action is undone alone."""
        batch = getattr(self._batch, "open", None)
        if batch is not None:
            with batch.tx.session.begin_nested():
                yield batch.tx
            return
        with self.db.session() as session, session.begin():
            tx = Transaction(session, self.actor, self.clock)
            yield tx
            if tx.last_stamp is not None:
                set_setting(session, "hlc_last", str(tx.last_stamp))

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """Many user actions (an import) in ONE transaction: each service function called on
        this thread meanwhile runs in a savepoint of it. The batch commits at the end unless
        `discard()` was called or an exception escapes; then none of it is kept."""
        clock = self.clock  # made before the write lock is taken (it writes on first use)
        with self.db.session() as session, session.begin():
            # Take the write lock now: a read-then-write transaction in WAL mode fails at
            # once if another connection wrote meanwhile, and pysqlite would otherwise
            # start the transaction with the first SAVEPOINT, whose release would commit.
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            batch = Batch(Transaction(session, self.actor, clock))
            self._batch.open = batch
            try:
                yield batch
                if batch.discarded:
                    session.rollback()
                elif batch.tx.last_stamp is not None:
                    set_setting(session, "hlc_last", str(batch.tx.last_stamp))
            finally:
                self._batch.open = None


class Batch:
    """The transaction of `ServiceContext.batch()`."""

    def __init__(self, tx: Transaction) -> None:
        self.tx = tx
        self.discarded = False

    def discard(self) -> None:
        """Keep nothing of the batch (a dry run, or "all or nothing" with a bad row)."""
        self.discarded = True
