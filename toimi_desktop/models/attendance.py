"""Daily attendance (läsnäolo) and the monthly allowance approvals that lock it."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from toimi_desktop.models.base import Base, SyncedMixin, enum_column
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus

# Natural keys become ids: two devices marking the same trainee and day make the same id,
# so sync merges them field by field instead of ever creating a duplicate.
_ATTENDANCE_NS = uuid.UUID("6f1f1f7e-4f7b-4d3e-9a55-2f0c1f0d7a11")
_APPROVAL_NS = uuid.UUID("0b8a3c52-97c4-4f0e-8d5e-6b1a2f9c4e07")


def attendance_id(trainee_id: str, day: date) -> str:
    return str(uuid.uuid5(_ATTENDANCE_NS, f"{trainee_id}/{day.isoformat()}"))


def approval_id(environment_id: str, month: date) -> str:
    return str(uuid.uuid5(_APPROVAL_NS, f"{environment_id}/{month:%Y-%m}"))


class Attendance(SyncedMixin, Base):
    """One record per trainee per date (the natural key), whoever records it."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("trainee_id", "day"),
        CheckConstraint("hours BETWEEN 0 AND 12", name="hours"),
        Index("ix_attendance_environment_day", "environment_id", "day"),
        # Hours done for work orders: sums by task and day over the attended rows.
        Index("ix_attendance_task_day", "work_task_id", "day", "status", "hours",
              "trainee_id", sqlite_where=text("deleted = 0 AND work_task_id IS NOT NULL")),
        # The steering summary reads a range's attendance from the index alone (covering):
        # fetching the rows themselves was ~20 times slower on a large database.
        Index("ix_attendance_summary", "environment_id", "day", "trainee_id", "status",
              "absence_reason", "period_id", sqlite_where=text("deleted = 0")),
    )

    trainee_id: Mapped[str] = mapped_column(ForeignKey("trainee.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    period_id: Mapped[str] = mapped_column(ForeignKey("period.id"), nullable=False, index=True)
    environment_id: Mapped[str] = mapped_column(ForeignKey("environment.id"), nullable=False)
    status: Mapped[AttendanceStatus] = mapped_column(enum_column(AttendanceStatus),
                                                     nullable=False)
    absence_reason: Mapped[AbsenceReason | None] = mapped_column(enum_column(AbsenceReason))
    hours: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    work_task_id: Mapped[str | None] = mapped_column(ForeignKey("work_task.id"))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(String(36))


class AllowanceApproval(SyncedMixin, Base):
    """A month's allowance approved for an environment; its attendance is then locked."""

    __tablename__ = "allowance_approval"
    __table_args__ = (UniqueConstraint("environment_id", "month"),)

    environment_id: Mapped[str] = mapped_column(ForeignKey("environment.id"), nullable=False)
    month: Mapped[date] = mapped_column(Date, nullable=False)  # the first day of the month
    approved_by: Mapped[str] = mapped_column(String(36), nullable=False)
    approved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
