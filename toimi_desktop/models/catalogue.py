"""Evidence on how tasks suit levels, work orders from municipal departments, and the
service packages tasks are productised into."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from toimi_desktop.models.base import Base, SyncedMixin, enum_column
from toimi_desktop.models.enums import OrderStatus, TaskFit


class TaskEvaluation(SyncedMixin, Base):
    """Evidence from the evaluation phase: how a task worked for a trainee at a level."""

    __tablename__ = "task_evaluation"
    __table_args__ = (
        CheckConstraint("trainee_level BETWEEN 1 AND 3", name="trainee_level"),
    )

    task_id: Mapped[str] = mapped_column(ForeignKey("work_task.id"), nullable=False,
                                         index=True)
    trainee_id: Mapped[str | None] = mapped_column(ForeignKey("trainee.id"))
    trainee_level: Mapped[int] = mapped_column(Integer, nullable=False)
    fit: Mapped[TaskFit] = mapped_column(enum_column(TaskFit), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    evaluated_on: Mapped[date] = mapped_column(Date, nullable=False)
    evaluator_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))


class WorkOrder(SyncedMixin, Base):
    """Work a municipal department (the orderer, tilaaja) orders from an environment.
    Hours done are not stored: they are summed from attendance that names the task."""

    __tablename__ = "work_order"
    __table_args__ = (
        CheckConstraint("feedback_score IS NULL OR feedback_score BETWEEN 1 AND 5",
                        name="feedback_score"),
    )

    environment_id: Mapped[str] = mapped_column(ForeignKey("environment.id"), nullable=False,
                                                index=True)
    task_id: Mapped[str] = mapped_column(ForeignKey("work_task.id"), nullable=False)
    orderer_department: Mapped[str] = mapped_column(String(120), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    location: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date | None] = mapped_column(Date)
    planned_hours: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    contact_name: Mapped[str | None] = mapped_column(String(120))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[OrderStatus] = mapped_column(enum_column(OrderStatus), nullable=False,
                                                default=OrderStatus.REQUESTED)
    feedback_score: Mapped[int | None] = mapped_column(Integer)
    feedback_comment: Mapped[str | None] = mapped_column(Text)
    feedback_on: Mapped[date | None] = mapped_column(Date)


class ServicePackage(SyncedMixin, Base):
    """A productised work service: tasks bundled with the levels they suit and a price."""

    __tablename__ = "service_package"

    environment_id: Mapped[str] = mapped_column(ForeignKey("environment.id"), nullable=False,
                                                index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    min_skill_level: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    max_skill_level: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    min_work_ability_level: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    max_work_ability_level: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    typical_hours: Mapped[float | None] = mapped_column(Float)
    price_per_hour: Mapped[float | None] = mapped_column(Float)  # internal price, €
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class ServicePackageTask(SyncedMixin, Base):
    __tablename__ = "service_package_task"
    __table_args__ = (UniqueConstraint("package_id", "task_id"),)

    package_id: Mapped[str] = mapped_column(ForeignKey("service_package.id"), nullable=False)
    task_id: Mapped[str] = mapped_column(ForeignKey("work_task.id"), nullable=False)
