"""The ORM model: every table of the local store. No Qt, no HTTP.

Exports load lazily (PEP 562): importing `toimi_desktop.models.enums` or `.ids` must not pull
in SQLAlchemy, so the window can paint before the ORM is imported (see app start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "SYNC_COLUMNS": "base", "Base": "base", "SyncedMixin": "base",
    "AllowanceApproval": "attendance", "Attendance": "attendance",
    "Assessment": "assessment", "AssessmentScore": "assessment",
    "AssessmentTemplate": "assessment", "ContinuationPlan": "assessment",
    "PlanStep": "assessment", "PlanVersion": "assessment",
    "AuditEntry": "journal", "LocalSetting": "journal", "OutboxEntry": "journal",
    "AccessLogEntry": "access", "LocalCredential": "access",
    "Environment": "organisation", "EnvironmentClosedDay": "organisation",
    "EnvironmentSite": "organisation", "User": "organisation", "WorkTask": "organisation",
    "EnvironmentCoach": "organisation", "TaskEvaluation": "catalogue",
    "WorkOrder": "catalogue", "ServicePackage": "catalogue",
    "ServicePackageTask": "catalogue",
    "user_municipality": "organisation",
    "SyncApplyFailure": "sync_state", "SyncConflict": "sync_state", "SyncRejection": "sync_state",
    "SyncRow": "sync_state",
    "SERVICE_AREAS": "reference", "Municipality": "reference", "ServiceArea": "reference",
    "Period": "trainee", "PeriodPause": "trainee", "Trainee": "trainee", "effective_state": "enums",
}
# Every module with tables: all of them must be imported before the mappers are used.
_TABLE_MODULES = ("reference", "organisation", "catalogue", "trainee", "attendance",
                  "assessment", "journal", "access", "sync_state")

__all__ = [
    "SERVICE_AREAS",
    "SYNC_COLUMNS",
    "AccessLogEntry",
    "AllowanceApproval",
    "Assessment",
    "AssessmentScore",
    "AssessmentTemplate",
    "Attendance",
    "AuditEntry",
    "Base",
    "ContinuationPlan",
    "Environment",
    "EnvironmentClosedDay",
    "EnvironmentCoach",
    "EnvironmentSite",
    "LocalCredential",
    "LocalSetting",
    "Municipality",
    "OutboxEntry",
    "Period",
    "PeriodPause",
    "PlanStep",
    "PlanVersion",
    "ServiceArea",
    "ServicePackage",
    "ServicePackageTask",
    "SyncApplyFailure",
    "SyncConflict",
    "SyncRejection",
    "SyncRow",
    "SyncedMixin",
    "TaskEvaluation",
    "Trainee",
    "User",
    "WorkOrder",
    "WorkTask",
    "effective_state",
    "load_all",
    "synced_tables",
    "user_municipality",
]

if TYPE_CHECKING:
    from toimi_desktop.models.access import AccessLogEntry, LocalCredential
    from toimi_desktop.models.assessment import (
        Assessment,
        AssessmentScore,
        AssessmentTemplate,
        ContinuationPlan,
        PlanStep,
        PlanVersion,
    )
    from toimi_desktop.models.attendance import AllowanceApproval, Attendance
    from toimi_desktop.models.base import SYNC_COLUMNS, Base, SyncedMixin
    from toimi_desktop.models.catalogue import (
        ServicePackage,
        ServicePackageTask,
        TaskEvaluation,
        WorkOrder,
    )
    from toimi_desktop.models.enums import effective_state
    from toimi_desktop.models.journal import AuditEntry, LocalSetting, OutboxEntry
    from toimi_desktop.models.organisation import (
        Environment,
        EnvironmentClosedDay,
        EnvironmentCoach,
        EnvironmentSite,
        User,
        WorkTask,
        user_municipality,
    )
    from toimi_desktop.models.reference import SERVICE_AREAS, Municipality, ServiceArea
    from toimi_desktop.models.sync_state import (
        SyncApplyFailure,
        SyncConflict,
        SyncRejection,
        SyncRow,
    )
    from toimi_desktop.models.trainee import Period, PeriodPause, Trainee


def load_all() -> None:
    for name in _TABLE_MODULES:
        importlib.import_module(f"{__name__}.{name}")


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        load_all()
        value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def synced_tables() -> list[str]:
    """Names of every table whose rows sync (they carry the SyncedMixin columns)."""
    load_all()
    from toimi_desktop.models.base import Base, SyncedMixin

    return sorted(
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin)
    )
