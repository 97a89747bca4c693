"""Declarative base and the columns every synced record carries."""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Enum, ForeignKey, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from toimi_desktop.models.ids import new_id

# Named constraints keep Alembic's SQLite batch migrations deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum_cls: type[enum.Enum], **kwargs) -> Enum:
    """Store an enum as its text value, without a CHECK constraint so adding a value later
    needs no table rebuild on SQLite."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        **kwargs,
    )


class SyncedMixin:
    """The sync columns of DESIGN.md: device-made UUID, scope, HLC, tombstone, authorship.

    Nothing that has synced is hard-deleted (except by the retention job): set `deleted`.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)

    @declared_attr
    def municipality_code(cls) -> Mapped[str]:  # noqa: N805 - declared_attr takes the class
        return mapped_column(
            String(3), ForeignKey("municipality.code"), index=True, nullable=False
        )

    updated_hlc: Mapped[str] = mapped_column(String(64), index=True, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    created_by: Mapped[str | None] = mapped_column(String(36))
    updated_by: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


SYNC_COLUMNS = frozenset(
    {"id", "municipality_code", "updated_hlc", "deleted", "created_by", "updated_by",
     "created_at", "updated_at"}
)
