"""Trainees (valmentautujat) and their coaching periods (valmennusjaksot)."""

from __future__ import annotations

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

    def state_on(self, day: date) -> PeriodState:
        return effective_state(self.status, self.start_date, day)

    def is_active_on(self, day: date) -> bool:
        """Whether the trainee is in this period on `day` (attendance can be recorded)."""
        if day < self.start_date or (self.end_date and day > self.end_date):
            return False
        return self.status is not PeriodStatus.PAUSED or self.end_date is not None
