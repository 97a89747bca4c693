"""The access log (who used whose data, Act 906/2019 §17) and the device's sign-in
verifiers.

Why a table of its own rather than `audit_entry`: the audit trail records *changes* (one row
per write, made in the write's transaction); the access log records *use* — views, HETU
reveals, printouts and exports, sign-ins and their failures — which is far more frequent,
needs "whose data" as an indexed column for a person's access report, may be written by
every role (a steering-group member's sign-in too) and is read on the server by coordinators
only. Keeping the two apart keeps both queries simple and lets sync treat the log as
append-only (see `toimi_server.services.push`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from toimi_desktop.models.base import Base, SyncedMixin, utcnow


class AccessLogEntry(SyncedMixin, Base):
    """One use of personal data, or one sign-in attempt. Append-only: no service changes
    or deletes a row. `details` names formats, months and counts, never personal values.

    `trainee_id` has no foreign key on purpose: a log row must outlive nothing it points to
    and must sync before (or without) the trainee it names."""

    __tablename__ = "access_log"
    __table_args__ = (Index("ix_access_log_trainee_at", "trainee_id", "at"),
                      Index("ix_access_log_user_at", "user_id", "at"))

    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True,
                                         nullable=False)
    user_id: Mapped[str | None] = mapped_column(String(36))
    username: Mapped[str | None] = mapped_column(String(64))
    role: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    target: Mapped[str | None] = mapped_column(String(32))
    trainee_id: Mapped[str | None] = mapped_column(String(36))
    success: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class LocalCredential(Base):
    """A user's password verifier on this device (argon2id, made at the last online sign-in
    or when the account was made here), so sign-in and unlocking work offline. Never the
    password; never synced."""

    __tablename__ = "local_credential"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    verifier: Mapped[str] = mapped_column(String(200), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                 nullable=False)
