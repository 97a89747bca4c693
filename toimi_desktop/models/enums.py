"""Closed vocabularies of the domain. Values are stored as text; labels are translatable."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import translate


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry an English label marked for translation."""

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {}

    @property
    def label(self) -> str:
        return self.labels()[self.value]

    def translated(self, language: str | None = None) -> str:
        return translate("enums", self.label, language)


class Role(LabelledEnum):
    COACH = "coach"
    CAREER_AGENT = "career_agent"
    BUSINESS_AGENT = "business_agent"
    COORDINATOR = "coordinator"
    STEERING_GROUP = "steering_group"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "coach": N_("enums", "Work coach"),
            "career_agent": N_("enums", "Career agent"),
            "business_agent": N_("enums", "Business agent"),
            "coordinator": N_("enums", "Coordinator"),
            "steering_group": N_("enums", "Steering group"),
        }


class EnvironmentKind(LabelledEnum):
    SOCIAL_ENTERPRISE = "social_enterprise"
    INTERNAL_MUNICIPAL = "internal_municipal"
    PARTNERSHIP = "partnership"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "social_enterprise": N_("enums", "Municipality-owned social enterprise"),
            "internal_municipal": N_("enums", "Internal municipal operation"),
            "partnership": N_("enums", "Run with local partners"),
        }


class WorkField(LabelledEnum):
    ENVIRONMENTAL_CARE = "environmental_care"
    CLEANING_SERVICES = "cleaning_services"
    PROPERTY_UPKEEP = "property_upkeep"
    KITCHEN = "kitchen"
    LAUNDRY = "laundry"
    RECYCLING = "recycling"
    WOODWORK = "woodwork"
    OTHER = "other"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "environmental_care": N_("enums", "Environmental care"),
            "cleaning_services": N_("enums", "Cleaning services"),
            "property_upkeep": N_("enums", "Property upkeep"),
            "kitchen": N_("enums", "Kitchen"),
            "laundry": N_("enums", "Laundry"),
            "recycling": N_("enums", "Recycling"),
            "woodwork": N_("enums", "Woodwork"),
            "other": N_("enums", "Other"),
        }


class Gender(LabelledEnum):
    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"
    UNKNOWN = "unknown"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "female": N_("enums", "Woman"),
            "male": N_("enums", "Man"),
            "non_binary": N_("enums", "Non-binary"),
            "unknown": N_("enums", "Not known"),
        }


class TargetGroup(LabelledEnum):
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    PARTIAL_WORK_ABILITY = "partial_work_ability"
    IMMIGRANT = "immigrant"
    YOUNG_GRADUATE = "young_graduate"
    LONG_AWAY_FROM_WORK = "long_away_from_work"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "long_term_unemployed": N_("enums", "Long-term unemployed"),
            "partial_work_ability": N_("enums", "Partial work ability"),
            "immigrant": N_("enums", "Immigrant"),
            "young_graduate": N_("enums", "Young recent graduate"),
            "long_away_from_work": N_("enums", "Long away from working life"),
        }


class EmploymentStatus(LabelledEnum):
    """ESF+ employment status at entry."""

    UNEMPLOYED = "unemployed"
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    INACTIVE = "inactive"
    EMPLOYED = "employed"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "unemployed": N_("enums", "Unemployed"),
            "long_term_unemployed": N_("enums", "Long-term unemployed"),
            "inactive": N_("enums", "Inactive"),
            "employed": N_("enums", "Employed"),
        }


class EducationLevel(LabelledEnum):
    """ESF+ education at entry, in ISCED groups."""

    ISCED_0_2 = "isced_0_2"
    ISCED_3_4 = "isced_3_4"
    ISCED_5_8 = "isced_5_8"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "isced_0_2": N_("enums", "Basic education or less (ISCED 0–2)"),
            "isced_3_4": N_("enums", "Upper secondary (ISCED 3–4)"),
            "isced_5_8": N_("enums", "Tertiary (ISCED 5–8)"),
        }


class PeriodKind(LabelledEnum):
    REHABILITATIVE_WORK = "rehabilitative_work"
    COACHING = "coaching"
    OTHER = "other"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "rehabilitative_work": N_("enums", "Rehabilitative work activity"),
            "coaching": N_("enums", "Work coaching"),
            "other": N_("enums", "Other"),
        }


class PeriodStatus(LabelledEnum):
    """Stored status of a period. "Planned" is not stored: it is an active period whose start
    date is still ahead (see `effective_status`), so it can never go stale."""

    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "active": N_("enums", "Active"),
            "paused": N_("enums", "Paused"),
            "ended": N_("enums", "Ended"),
        }


class PeriodState(LabelledEnum):
    """What a user sees and filters by: stored status plus the planned state from dates."""

    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"
    NONE = "none"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "planned": N_("enums", "Planned"),
            "active": N_("enums", "Active"),
            "paused": N_("enums", "Paused"),
            "ended": N_("enums", "Ended"),
            "none": N_("enums", "No period"),
        }


def effective_state(status: PeriodStatus | str, start: date, today: date) -> PeriodState:
    """What a period is on `today`: its stored status, or "planned" before its start."""
    status = PeriodStatus(status)
    if status is PeriodStatus.ACTIVE and start > today:
        return PeriodState.PLANNED
    return PeriodState(status.value)


class ExitOutcome(LabelledEnum):
    OPEN_LABOUR_MARKET = "open_labour_market"
    SUBSIDISED_WORK = "subsidised_work"
    EDUCATION = "education"
    SOLE_TRADER = "sole_trader"
    COOPERATIVE = "cooperative"
    LIGHT_ENTREPRENEURSHIP = "light_entrepreneurship"
    PENSION = "pension"
    REHABILITATION = "rehabilitation"
    OTHER_SERVICE = "other_service"
    DROPOUT = "dropout"
    MOVED_AWAY = "moved_away"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "open_labour_market": N_("enums", "Open labour market"),
            "subsidised_work": N_("enums", "Subsidised work"),
            "education": N_("enums", "Education"),
            "sole_trader": N_("enums", "Entrepreneurship: sole trader"),
            "cooperative": N_("enums", "Entrepreneurship: cooperative"),
            "light_entrepreneurship": N_("enums", "Light entrepreneurship"),
            "pension": N_("enums", "Pension"),
            "rehabilitation": N_("enums", "Rehabilitation"),
            "other_service": N_("enums", "Another service"),
            "dropout": N_("enums", "Dropped out"),
            "moved_away": N_("enums", "Moved away"),
        }


class AttendanceStatus(LabelledEnum):
    PRESENT = "present"
    PARTLY_PRESENT = "partly_present"
    ABSENT = "absent"
    NOT_HELD = "not_held"  # palvelua ei järjestetä: no absence

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "present": N_("enums", "Present"),
            "partly_present": N_("enums", "Partly present"),
            "absent": N_("enums", "Absent"),
            "not_held": N_("enums", "Service not held"),
        }

    @property
    def attended(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.PARTLY_PRESENT)


class AbsenceReason(LabelledEnum):
    OWN_ILLNESS = "own_illness"
    ILLNESS_CERTIFIED = "illness_certified"
    SICK_CHILD = "sick_child"
    JOB_INTERVIEW = "job_interview"
    PUBLIC_OFFICE = "public_office"
    OTHER_ACCEPTED = "other_accepted"
    UNEXPLAINED = "unexplained"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "own_illness": N_("enums", "Own illness"),
            "illness_certified": N_("enums", "Illness with certificate"),
            "sick_child": N_("enums", "Sick child"),
            "job_interview": N_("enums", "Job interview"),
            "public_office": N_("enums", "Public office"),
            "other_accepted": N_("enums", "Other accepted reason"),
            "unexplained": N_("enums", "Unexplained"),
        }

    @property
    def accepted(self) -> bool:
        """Accepted absences keep the benefit (but earn no daily allowance)."""
        return self is not AbsenceReason.UNEXPLAINED


class AssessmentKind(LabelledEnum):
    INITIAL = "initial"
    INTERIM = "interim"
    FINAL = "final"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "initial": N_("enums", "Initial assessment"),
            "interim": N_("enums", "Interim assessment"),
            "final": N_("enums", "Final assessment"),
        }


class PlanPath(LabelledEnum):
    """The next step a continuation plan aims at."""

    OPEN_LABOUR_MARKET = "open_labour_market"
    SUBSIDISED_WORK = "subsidised_work"
    EDUCATION = "education"
    SOLE_TRADER = "sole_trader"
    COOPERATIVE = "cooperative"
    LIGHT_ENTREPRENEURSHIP = "light_entrepreneurship"
    PENSION = "pension"
    REHABILITATION = "rehabilitation"
    OTHER_SERVICE = "other_service"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {key: ExitOutcome.labels()[key] for key in (m.value for m in cls)}


class StepStatus(LabelledEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "open": N_("enums", "Open"),
            "done": N_("enums", "Done"),
            "cancelled": N_("enums", "Cancelled"),
        }


class PhysicalLoad(LabelledEnum):
    LIGHT = "light"
    MODERATE = "moderate"
    HEAVY = "heavy"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "light": N_("enums", "Light"),
            "moderate": N_("enums", "Moderate"),
            "heavy": N_("enums", "Heavy"),
        }


class Season(LabelledEnum):
    ALL_YEAR = "all_year"
    SUMMER = "summer"
    WINTER = "winter"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "all_year": N_("enums", "All year"),
            "summer": N_("enums", "Summer season"),
            "winter": N_("enums", "Winter season"),
        }


class TaskFit(LabelledEnum):
    """How a task worked for a trainee at a level (the evaluation phase's evidence)."""

    SUITABLE = "suitable"
    WITH_SUPPORT = "with_support"
    NOT_SUITABLE = "not_suitable"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "suitable": N_("enums", "Suitable"),
            "with_support": N_("enums", "Suitable with support"),
            "not_suitable": N_("enums", "Not suitable"),
        }


class OrderStatus(LabelledEnum):
    REQUESTED = "requested"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {
            "requested": N_("enums", "Requested"),
            "agreed": N_("enums", "Agreed"),
            "in_progress": N_("enums", "In progress"),
            "done": N_("enums", "Done"),
            "cancelled": N_("enums", "Cancelled"),
        }


# Level descriptions shared by a task's skill and work-ability demand (1–3).
SKILL_LEVELS = {
    1: N_("enums", "1 – simple routine work after a short induction"),
    2: N_("enums", "2 – independent work with some judgement"),
    3: N_("enums", "3 – demanding work: tools, machines or customer contact"),
}
WORK_ABILITY_LEVELS = {
    1: N_("enums", "1 – light, can pause and adapt the pace"),
    2: N_("enums", "2 – normal pace for a working day"),
    3: N_("enums", "3 – physically or mentally demanding"),
}
