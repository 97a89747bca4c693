"""Local state of sync: free-text conflicts (synced, so every device shows them), the server
version each row was last taken in at, pushes the server rejected, and pulled rows that could
not be stored. Cursor, server address and times are `local_setting` keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from toimi_desktop.models.base import Base, SyncedMixin, utcnow
from toimi_desktop.models.journal import OutboxEntry


class SyncConflict(SyncedMixin, Base):
    """A free-text field edited on two devices: the record keeps the later version, this
    keeps the other one until a user resolves it. Made by the server, synced to everyone in
    the record's municipality."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    kept_hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    other_value: Mapped[str | None] = mapped_column(Text)
    other_hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    other_by: Mapped[str | None] = mapped_column(String(36))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SyncRow(Base):
    """The server sequence number of the version of a row this device last took in whole
    (its base for free-text conflict detection)."""

    __tablename__ = "sync_row"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy reads it

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)


class SyncRejection(Base):
    """An outbox row the server refused, with its reason: it stays in the outbox (not
    pushed), shown to the user, and never blocks the rest."""

    __tablename__ = "sync_rejection"

    outbox_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    rejected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # A refused duplicate (`duplicate_hetu`): the record the server already has.
    other_id: Mapped[str | None] = mapped_column(String(36))


class SyncApplyFailure(Base):
    """A pulled row this database could not store (e.g. a duplicate personal identity code
    made on two devices): kept whole, retried at every sync, shown to the user."""

    __tablename__ = "sync_apply_failure"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # the values as JSON
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# Finding a row's unpushed changes while applying a pull: only pending rows are indexed.
Index("ix_sync_outbox_pending", OutboxEntry.table_name, OutboxEntry.row_id,
      sqlite_where=text("pushed_at IS NULL"))
# Counting the pending changes (the status bar, at start-up): a few bytes an entry, so the
# count reads (and in an encrypted file, decrypts) a fraction of the pages of the one above.
Index("ix_sync_outbox_unpushed", OutboxEntry.pushed_at, sqlite_where=text("pushed_at IS NULL"))
