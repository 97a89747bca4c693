"""The server's tables: users and their devices, every synced record (as opaque values with
per-field clocks), applied push batches, and the counters.

Records of every client table live in one table keyed by (table_name, id), so a table added
to the desktop app syncs without a server migration.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SEQ_COUNTER = "seq"  # the monotonic sequence of record versions (the pull cursor)
USERS_COUNTER = "users"  # bumped when the user directory changes


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ServerUser(Base):
    __tablename__ = "server_user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    municipalities: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Device(Base):
    """One logged-in installation. Only the token's hash is stored."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("server_user.id"), nullable=False,
                                         index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    client_device_id: Mapped[str] = mapped_column(String(44), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Record(Base):
    """The newest merged version of one synced row.

    `data` is the row's values as JSON text (sent to clients as it is); `meta` maps each
    field to [clock, seq, user id] of its last change. `seq` is the server's sequence number
    of this version: every change takes the next one, which is what clients pull by.
    """

    __tablename__ = "record"
    __table_args__ = (Index("ix_record_scope_seq", "municipality_code", "seq"),)

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(3), nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, unique=True)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    data: Mapped[str] = mapped_column(Text, nullable=False)
    meta: Mapped[str] = mapped_column(Text, nullable=False)


class RecordKey(Base):
    """A value that must be unique among live records (`sync.schema.UNIQUE_FIELDS`, e.g. a
    trainee's HETU) and the record that holds it, so a push finds a duplicate by key instead
    of reading every record. The primary key makes two pushes racing for one value collide."""

    __tablename__ = "record_key"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), nullable=False)


class PushBatch(Base):
    """A push applied once: the same batch id again gets the stored answer, nothing more."""

    __tablename__ = "push_batch"

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    response: Mapped[str] = mapped_column(Text, nullable=False)


class Counter(Base):
    """Named counters. Locking the `seq` row serialises pushes, so sequence numbers become
    visible in order and a pull never skips a version that commits late."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
