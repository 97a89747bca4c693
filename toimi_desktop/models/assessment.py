"""Assessment templates (versioned), assessments with scores, and continuation plans with
their steps and saved versions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from toimi_desktop.models.base import Base, SyncedMixin, enum_column
from toimi_desktop.models.enums import AssessmentKind, PlanPath, StepStatus

_SCORE_NS = uuid.UUID("3c0f4d1e-8b7a-4a8e-9f61-0d2b7c5e9a30")


def score_id(assessment_id: str, criterion_key: str) -> str:
    return str(uuid.uuid5(_SCORE_NS, f"{assessment_id}/{criterion_key}"))


class AssessmentTemplate(SyncedMixin, Base):
    """One immutable version of a template. Editing makes a new version with the same
    `family`, so every old assessment keeps the criteria it was made with.

    `criteria` is a list of {"key", "label", "group", "min", "max", "levels": {score: text}}.
    """

    __tablename__ = "assessment_template"

    family: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    # The number the saving device gave (one more than the newest it knew). Two devices may
    # both make version n+1 offline: versions are shown numbered by (version, created_at, id).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    allows_self_assessment: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    criteria: Mapped[list[dict]] = mapped_column(JSON, nullable=False, default=list)


class Assessment(SyncedMixin, Base):
    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_trainee_day", "trainee_id", "assessed_on"),
        # The steering summary's progress reads these alone (covering): each trainee's
        # assessments in order, and who was assessed in a scope and range.
        Index("ix_assessment_summary", "trainee_id", "assessed_on", "template_id",
              "municipality_code", "id", sqlite_where=text("deleted = 0")),
        Index("ix_assessment_scope", "municipality_code", "assessed_on", "trainee_id",
              sqlite_where=text("deleted = 0")),
    )

    trainee_id: Mapped[str] = mapped_column(ForeignKey("trainee.id"), nullable=False)
    period_id: Mapped[str | None] = mapped_column(ForeignKey("period.id"))
    template_id: Mapped[str] = mapped_column(ForeignKey("assessment_template.id"),
                                             nullable=False)
    kind: Mapped[AssessmentKind] = mapped_column(enum_column(AssessmentKind), nullable=False)
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    assessor_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    strengths: Mapped[str | None] = mapped_column(Text)
    needs: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class AssessmentScore(SyncedMixin, Base):
    """The coach's and the trainee's own score for one criterion (id from the natural key)."""

    __tablename__ = "assessment_score"
    __table_args__ = (
        UniqueConstraint("assessment_id", "criterion_key"),
        # The steering summary reads the coach's scores of chosen assessments from the index
        # alone (covering).
        Index("ix_assessment_score_summary", "assessment_id", "criterion_key", "coach_score",
              sqlite_where=text("deleted = 0 AND coach_score IS NOT NULL")),
    )

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), nullable=False)
    criterion_key: Mapped[str] = mapped_column(String(64), nullable=False)
    coach_score: Mapped[int | None] = mapped_column(Integer)
    self_score: Mapped[int | None] = mapped_column(Integer)


class ContinuationPlan(SyncedMixin, Base):
    """The current text of a trainee's continuation plan (jatkosuunnitelma)."""

    __tablename__ = "continuation_plan"

    trainee_id: Mapped[str] = mapped_column(ForeignKey("trainee.id"), nullable=False,
                                            index=True)
    period_id: Mapped[str | None] = mapped_column(ForeignKey("period.id"))
    path: Mapped[PlanPath] = mapped_column(enum_column(PlanPath), nullable=False)
    goal: Mapped[str] = mapped_column(Text, nullable=False)
    services_referred: Mapped[str | None] = mapped_column(Text)
    next_review_on: Mapped[date | None] = mapped_column(Date)
    agreed_on: Mapped[date | None] = mapped_column(Date)
    career_agent_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class PlanStep(SyncedMixin, Base):
    __tablename__ = "plan_step"

    plan_id: Mapped[str] = mapped_column(ForeignKey("continuation_plan.id"), nullable=False,
                                         index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    responsible: Mapped[str | None] = mapped_column(String(120))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[StepStatus] = mapped_column(enum_column(StepStatus), nullable=False,
                                               default=StepStatus.OPEN)


class PlanVersion(SyncedMixin, Base):
    """What a plan said when it was saved: append-only, so earlier versions can be read.

    `version` is the number the saving device gave; two devices saving offline may give the
    same one, so versions are shown numbered by (version, saved_at, id) (see plans.py)."""

    __tablename__ = "plan_version"
    # The steering summary finds each plan's latest version by a day from the index alone.
    __table_args__ = (Index("ix_plan_version_summary", "plan_id", "saved_at", "version", "id",
                            sqlite_where=text("deleted = 0")),)

    plan_id: Mapped[str] = mapped_column(ForeignKey("continuation_plan.id"), nullable=False,
                                         index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    saved_by: Mapped[str | None] = mapped_column(String(36))
    snapshot: Mapped[dict] = mapped_column(JSON, nullable=False)
