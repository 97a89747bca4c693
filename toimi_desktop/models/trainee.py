"""Trainees (valmentautujat) and their coaching periods (valmennusjaksot)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from toimi_desktop.models.base import Base, SyncedMixin, enum_column
from toimi_desktop.models.enums import (
    EducationLevel,
    EmploymentStatus,
    ExitOutcome,
    Gender,
    PeriodKind,
    PeriodState,
    PeriodStatus,
    effective_state,
)
from toimi_desktop.models.weekdays import weekday_set

# Natural-key ids for pauses: two devices pausing the same period from the same day merge.
_PAUSE_NS = uuid.UUID("9d4c6a2e-5b1f-4f7e-8a3d-2c6e1b7f0a94")


def pause_id(period_id: str, start: date) -> str:
    return str(uuid.uuid5(_PAUSE_NS, f"{period_id}/{start.isoformat()}"))


class Trainee(SyncedMixin, Base):
    __tablename__ = "trainee"
    __table_args__ = (
        Index("ix_trainee_name", "last_name", "first_name"),
        Index("ix_trainee_scope_name", "municipality_code", "last_name", "first_name"),
    )

    first_name: Mapped[str] = mapped_column(String(80), nullable=False)
    last_name: Mapped[str] = mapped_column(String(80), nullable=False)
    # Stored exactly as written: the century sign is part of the identity. Not unique in the
    # table: two devices may register one person offline; the server refuses the second
    # (`duplicate_hetu`) and both stay here until a user merges them (services/duplicates.py).
    hetu: Mapped[str | None] = mapped_column(String(11), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[Gender] = mapped_column(enum_column(Gender), default=Gender.UNKNOWN)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO 639-1 codes
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)  # TargetGroup values
    consent_date: Mapped[date | None] = mapped_column(Date)
    referred_by: Mapped[str | None] = mapped_column(String(120))  # the client manager
    # ESF+ entry data (Regulation (EU) 2021/1057 Annex I). Disability and minority are
    # special-category data: None means "not asked / declined".
    employment_status: Mapped[EmploymentStatus | None] = mapped_column(
        enum_column(EmploymentStatus)
    )
    education_level: Mapped[EducationLevel | None] = mapped_column(enum_column(EducationLevel))
    disability: Mapped[bool | None] = mapped_column(Boolean)
    third_country_national: Mapped[bool | None] = mapped_column(Boolean)
    foreign_background: Mapped[bool | None] = mapped_column(Boolean)
    minority: Mapped[bool | None] = mapped_column(Boolean)
    homeless: Mapped[bool | None] = mapped_column(Boolean)
    rural: Mapped[bool | None] = mapped_column(Boolean)

    periods: Mapped[list[Period]] = relationship(
        back_populates="trainee", order_by="Period.start_date"
    )

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


class Period(SyncedMixin, Base):
    """A coaching period at one environment. Its scope is the environment's municipality."""

    __tablename__ = "period"
    __table_args__ = (
        CheckConstraint("hours_per_day BETWEEN 0 AND 12", name="hours_per_day"),
        CheckConstraint("days_per_week BETWEEN 1 AND 7", name="days_per_week"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        Index("ix_period_trainee_current", "trainee_id", "status", "start_date"),
    )

    trainee_id: Mapped[str] = mapped_column(ForeignKey("trainee.id"), nullable=False)
    environment_id: Mapped[str] = mapped_column(
        ForeignKey("environment.id"), index=True, nullable=False
    )
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    career_agent_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[PeriodKind] = mapped_column(enum_column(PeriodKind), nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    planned_end_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_day: Mapped[float] = mapped_column(Float, nullable=False, default=4.0)
    days_per_week: Mapped[int] = mapped_column(Integer, nullable=False, default=4)
    # ISO weekdays the trainee comes, e.g. "1234"; None in records made before periods
    # stored them: then the first `days_per_week` from Monday (`scheduled_weekdays`).
    weekdays: Mapped[str | None] = mapped_column(String(7))
    goals: Mapped[str | None] = mapped_column(Text)
    coaching_package: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[PeriodStatus] = mapped_column(
        enum_column(PeriodStatus), nullable=False, default=PeriodStatus.ACTIVE
    )
    exit_outcome: Mapped[ExitOutcome | None] = mapped_column(enum_column(ExitOutcome))
    exit_note: Mapped[str | None] = mapped_column(Text)
    # ESF+ results on leaving (within 28 days of the exit; the last event counts).
    exit_job_search: Mapped[bool | None] = mapped_column(Boolean)
    exit_in_education: Mapped[bool | None] = mapped_column(Boolean)
    exit_qualification: Mapped[bool | None] = mapped_column(Boolean)
    exit_employed: Mapped[bool | None] = mapped_column(Boolean)  # incl. self-employment
    # The 6-month follow-up (ESF+ longer-term results).
    followup_on: Mapped[date | None] = mapped_column(Date)
    followup_employed: Mapped[bool | None] = mapped_column(Boolean)
    followup_improved: Mapped[bool | None] = mapped_column(Boolean)

    trainee: Mapped[Trainee] = relationship(back_populates="periods")
    # Lists that load many periods fill this in one query (`services.attendance`).
    pauses: Mapped[list[PeriodPause]] = relationship(
        primaryjoin="and_(Period.id == PeriodPause.period_id, PeriodPause.deleted.is_(False))",
        order_by="PeriodPause.start_date", viewonly=True)

    def state_on(self, day: date) -> PeriodState:
        return effective_state(self.status, self.start_date, day)

    @property
    def scheduled_weekdays(self) -> frozenset[int]:
        return weekday_set(self.weekdays, self.days_per_week)

    def is_scheduled_on(self, day: date) -> bool:
        """Whether `day` is one of the trainee's weekdays (others can still be marked)."""
        return day.isoweekday() in self.scheduled_weekdays

    @property
    def open_pause(self) -> PeriodPause | None:
        return next((p for p in self.pauses if p.end_date is None), None)

    def is_active_on(self, day: date) -> bool:
        """Whether the trainee is in this period on `day` (attendance can be recorded):
        between its start and end, and not in a pause."""
        if day < self.start_date or (self.end_date and day > self.end_date):
            return False
        if (self.status is PeriodStatus.PAUSED and self.end_date is None
                and not self.pauses):
            return False  # paused before pauses had dates: on no day, as it always was
        return not any(pause.covers(day) for pause in self.pauses)


class PeriodPause(SyncedMixin, Base):
    """A break in a period: no attendance from `start_date` through `end_date` (None while
    the period is still paused). Its id comes from (period, start): see `pause_id`."""

    __tablename__ = "period_pause"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
    )

    period_id: Mapped[str] = mapped_column(ForeignKey("period.id"), index=True, nullable=False)
    trainee_id: Mapped[str] = mapped_column(ForeignKey("trainee.id"), nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(200))

    def covers(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)
