"""Users, coaching environments, their sites and closed days, and the work tasks."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from toimi_desktop.models.base import Base, SyncedMixin, enum_column
from toimi_desktop.models.enums import (
    EnvironmentKind,
    PhysicalLoad,
    Role,
    Season,
    WorkField,
)
from toimi_desktop.models.ids import new_id
from toimi_desktop.models.reference import Municipality

user_municipality = Table(
    "user_municipality",
    Base.metadata,
    Column("user_id", ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True),
    Column("municipality_code", ForeignKey("municipality.code"), primary_key=True),
)


class User(Base):
    """A person who uses the app. Accounts are owned by the central server (sync issue);
    locally they name who did what and scope what a user may see."""

    __tablename__ = "app_user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[Role] = mapped_column(enum_column(Role), nullable=False)
    email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)

    municipalities: Mapped[list[Municipality]] = relationship(secondary=user_municipality)


class Environment(SyncedMixin, Base):
    """A coaching environment (valmennusympäristö), one or more per municipality."""

    __tablename__ = "environment"

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[EnvironmentKind] = mapped_column(enum_column(EnvironmentKind), nullable=False)
    address: Mapped[str | None] = mapped_column(String(200))
    contact_name: Mapped[str | None] = mapped_column(String(120))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    # ISO weekdays the service is normally held, e.g. "1234" = Monday to Thursday.
    open_weekdays: Mapped[str] = mapped_column(String(7), default="12345", nullable=False)

    sites: Mapped[list[EnvironmentSite]] = relationship(back_populates="environment")


class EnvironmentSite(SyncedMixin, Base):
    """A place where an environment works (Taitamo has several)."""

    __tablename__ = "environment_site"

    environment_id: Mapped[str] = mapped_column(ForeignKey("environment.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    address: Mapped[str | None] = mapped_column(String(200))

    environment: Mapped[Environment] = relationship(back_populates="sites")


class EnvironmentClosedDay(SyncedMixin, Base):
    """A day the environment's own service is not held (public holidays come from
    the `holidays` package and are not stored)."""

    __tablename__ = "environment_closed_day"
    __table_args__ = (UniqueConstraint("environment_id", "day"),)

    environment_id: Mapped[str] = mapped_column(ForeignKey("environment.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str | None] = mapped_column(String(200))


class WorkTask(SyncedMixin, Base):
    """A real assisting task ordered by a municipal department."""

    __tablename__ = "work_task"
    __table_args__ = (
        CheckConstraint("skill_level BETWEEN 1 AND 3", name="skill_level"),
        CheckConstraint("work_ability_level BETWEEN 1 AND 3", name="work_ability_level"),
    )

    environment_id: Mapped[str] = mapped_column(ForeignKey("environment.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    field: Mapped[WorkField] = mapped_column(enum_column(WorkField), nullable=False)
    orderer_department: Mapped[str | None] = mapped_column(String(120))
    skill_level: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    work_ability_level: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    description: Mapped[str | None] = mapped_column(Text)
    tools: Mapped[str | None] = mapped_column(Text)
    safety_notes: Mapped[str | None] = mapped_column(Text)
    protective_equipment: Mapped[str | None] = mapped_column(String(200))
    induction_needed: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    physical_load: Mapped[PhysicalLoad] = mapped_column(
        enum_column(PhysicalLoad), default=PhysicalLoad.MODERATE, nullable=False)
    group_work: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    season: Mapped[Season] = mapped_column(enum_column(Season), default=Season.ALL_YEAR,
                                           nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class EnvironmentCoach(SyncedMixin, Base):
    """A coach who works at an environment (id from the pair, so it merges on sync)."""

    __tablename__ = "environment_coach"
    __table_args__ = (UniqueConstraint("environment_id", "user_id"),)

    environment_id: Mapped[str] = mapped_column(ForeignKey("environment.id"), nullable=False)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), nullable=False)
