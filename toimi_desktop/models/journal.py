"""The audit trail, the sync outbox and device-local settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from toimi_desktop.models.base import Base, SyncedMixin, utcnow


class AuditEntry(SyncedMixin, Base):
    """Who did what to whose data, when, and whether it succeeded (Act 906/2019 §17).

    Append-only; it syncs so the central log is complete. Details hold field names, never
    the personal values themselves.
    """

    __tablename__ = "audit_entry"

    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(String(36), index=True)
    role: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    success: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class OutboxEntry(Base):
    """One local change waiting to be pushed to the central server."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)  # the fields that changed
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    batch_id: Mapped[str | None] = mapped_column(String(36), index=True)
    pushed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LocalSetting(Base):
    """Per-database settings: device id, the clock's last reading, preferences."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
