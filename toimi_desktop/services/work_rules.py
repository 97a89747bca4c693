"""Rules of the work catalogue that need no database: who may do what, the seasons, how a
task's levels fit a trainee, the order status flow, and what the accumulated evaluation
evidence says about a task's level. Plain Python, so tests and every layer can use them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from toimi_desktop.models.enums import OrderStatus, Role, Season, TaskFit

# --- who may do what -----------------------------------------------------------------------
# Lists with persons (contacts, coaches, trainees, evaluation notes): not the steering group.
READERS = (Role.COACH, Role.CAREER_AGENT, Role.BUSINESS_AGENT, Role.COORDINATOR)
# The task catalogue and the service packages name no persons: everyone may read them.
CATALOGUE_READERS = (*READERS, Role.STEERING_GROUP)
ENVIRONMENT_EDITORS = (Role.COACH, Role.COORDINATOR)
CATALOGUE_WRITERS = (Role.COACH, Role.BUSINESS_AGENT, Role.COORDINATOR)
EVALUATORS = (Role.COACH, Role.COORDINATOR)
ORDER_WRITERS = (Role.COACH, Role.BUSINESS_AGENT, Role.COORDINATOR)
PACKAGE_WRITERS = (Role.COACH, Role.BUSINESS_AGENT, Role.COORDINATOR)
PLANNERS = (Role.COACH, Role.CAREER_AGENT, Role.COORDINATOR)
SUMMARY_READERS = tuple(Role)  # aggregates only

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()-]{5,20}$")
LEVELS = (1, 2, 3)


def clean(text: str | None) -> str | None:
    """Stripped text, or None when empty."""
    text = (text or "").strip()
    return text or None


# --- seasons --------------------------------------------------------------------------------
# The same months as `services.suitability` (the trainee view's task fit): park work in
# May–September, snow work November–April; in October neither kind is planned.
SUMMER_MONTHS = frozenset(range(5, 10))
WINTER_MONTHS = frozenset({11, 12, 1, 2, 3, 4})


def in_season(season: Season | str, day: date) -> bool:
    """Whether a task of `season` can be done on `day`."""
    season = Season(season)
    if season is Season.SUMMER:
        return day.month in SUMMER_MONTHS
    if season is Season.WINTER:
        return day.month in WINTER_MONTHS
    return True


# --- levels -----------------------------------------------------------------------------------

def demand_level(skill_level: int, work_ability_level: int) -> int:
    """A task's overall demand: the higher of its skill and work-ability demand."""
    return max(skill_level, work_ability_level)


def task_fits(task_skill: int, task_ability: int, trainee_skill: int,
              trainee_ability: int) -> bool:
    """A trainee can be given a task whose demands do not exceed their levels."""
    return task_skill <= trainee_skill and task_ability <= trainee_ability


# --- order status flow ----------------------------------------------------------------------
OPEN_STATUSES = (OrderStatus.REQUESTED, OrderStatus.AGREED, OrderStatus.IN_PROGRESS)
TRANSITIONS: dict[OrderStatus, tuple[OrderStatus, ...]] = {
    OrderStatus.REQUESTED: (OrderStatus.AGREED, OrderStatus.CANCELLED),
    OrderStatus.AGREED: (OrderStatus.IN_PROGRESS, OrderStatus.REQUESTED, OrderStatus.CANCELLED),
    OrderStatus.IN_PROGRESS: (OrderStatus.DONE, OrderStatus.CANCELLED),
    OrderStatus.DONE: (OrderStatus.IN_PROGRESS,),  # reopened, while it has no feedback
    OrderStatus.CANCELLED: (OrderStatus.REQUESTED,),  # restored
}


def allowed_transitions(status: OrderStatus | str, has_feedback: bool = False
                        ) -> tuple[OrderStatus, ...]:
    status = OrderStatus(status)
    if status is OrderStatus.DONE and has_feedback:
        return ()
    return TRANSITIONS[status]


# --- evidence from the evaluation phase ------------------------------------------------------
MIN_EVIDENCE = 3  # evaluations at a level before it says anything
WORKS_SHARE = 2 / 3  # suitable without support
FAILS_SHARE = 1 / 2  # not suitable (more than this)


@dataclass(frozen=True)
class LevelEvidence:
    """How a task worked for trainees at one level."""

    level: int
    suitable: int = 0
    with_support: int = 0
    not_suitable: int = 0

    @property
    def total(self) -> int:
        return self.suitable + self.with_support + self.not_suitable

    @property
    def enough(self) -> bool:
        return self.total >= MIN_EVIDENCE

    @property
    def works(self) -> bool:
        return self.enough and self.suitable / self.total >= WORKS_SHARE

    @property
    def fails(self) -> bool:
        return self.enough and self.not_suitable / self.total > FAILS_SHARE

    def count(self, fit: TaskFit) -> int:
        return {TaskFit.SUITABLE: self.suitable, TaskFit.WITH_SUPPORT: self.with_support,
                TaskFit.NOT_SUITABLE: self.not_suitable}[TaskFit(fit)]


def evidence_by_level(counts: dict[tuple[int, str], int]) -> tuple[LevelEvidence, ...]:
    """{(level, fit value): n} → one LevelEvidence per level 1–3."""
    return tuple(LevelEvidence(
        level,
        counts.get((level, TaskFit.SUITABLE.value), 0),
        counts.get((level, TaskFit.WITH_SUPPORT.value), 0),
        counts.get((level, TaskFit.NOT_SUITABLE.value), 0),
    ) for level in LEVELS)


class Advice(StrEnum):
    LOWER = "lower"  # trainees below the task's level manage it
    RAISE = "raise"  # trainees at the task's level mostly do not
    UNSUITABLE = "unsuitable"  # not even the highest level manages it


@dataclass(frozen=True)
class LevelAdvice:
    advice: Advice
    level: int | None  # the level the evidence points to (None for UNSUITABLE)


def level_advice(evidence: tuple[LevelEvidence, ...] | list[LevelEvidence], current: int
                 ) -> LevelAdvice | None:
    """What the evidence says about a task whose demand level is `current`, or None when it
    agrees or is too thin. A level counts once it has `MIN_EVIDENCE` evaluations: it "works"
    when at least two thirds found the task suitable without support (needing support says
    the task is a step up for that level) and "fails" when more than half found it not
    suitable."""
    failing = [e.level for e in evidence if e.fails and e.level >= current]
    if failing:
        highest = max(failing)
        if highest >= LEVELS[-1]:
            return LevelAdvice(Advice.UNSUITABLE, None)
        return LevelAdvice(Advice.RAISE, highest + 1)
    working = [e.level for e in evidence if e.works and e.level < current]
    if working:
        lowest = min(working)
        if not any(e.fails and e.level >= lowest for e in evidence):
            return LevelAdvice(Advice.LOWER, lowest)
    return None
