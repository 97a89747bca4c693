"""The shared state the demo steps build on, one step after another."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from toimi_desktop.models.enums import (
    EnvironmentKind,
    ExitOutcome,
    Gender,
    PeriodKind,
    PeriodStatus,
    Role,
)
from toimi_desktop.services.demo.stamps import DemoClock, DemoIds
from toimi_desktop.services.demo.writer import BulkWriter


@dataclass(frozen=True)
class DemoUser:
    id: str
    username: str
    display_name: str
    role: Role
    municipality_codes: tuple[str, ...]


@dataclass(frozen=True)
class DemoEnvironment:
    id: str
    municipality_code: str
    name: str
    kind: EnvironmentKind
    open_weekdays: str  # ISO weekdays, e.g. "1234"
    site_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoTrainee:
    id: str
    municipality_code: str
    first_name: str
    last_name: str
    hetu: str | None
    birth_date: date
    gender: Gender
    target_groups: tuple[str, ...]
    languages: tuple[str, ...]
    referred_on: date  # also the consent date: no period starts before it
    created_by: str


@dataclass(frozen=True)
class DemoPeriod:
    id: str
    trainee_id: str
    environment_id: str
    municipality_code: str
    coach_id: str | None
    career_agent_id: str | None
    kind: PeriodKind
    start_date: date
    planned_end_date: date | None
    end_date: date | None
    hours_per_day: float
    days_per_week: int
    status: PeriodStatus
    exit_outcome: ExitOutcome | None
    weekdays: str = "1234"  # ISO weekdays the trainee comes
    # (first day, last day or None while still paused) of each pause, oldest first
    pauses: tuple[tuple[date, date | None], ...] = ()

    def paused_on(self, day: date) -> bool:
        return any(first <= day and (last is None or day <= last)
                   for first, last in self.pauses)


@dataclass
class DemoWorld:
    """What the steps share. A step reads what earlier steps made and appends its own.

    Steps draw from `rng_for(name)`, their own random stream, so that a step added later
    does not change what the existing steps generate from the same seed; `rng` is the
    generation's main stream for anything shared. Ids come from `ids`, HLC stamps from
    `clock` (via `writer.insert_synced`): both count from `today`, never the wall clock.
    """

    seed: int
    today: date
    trainee_count: int
    writer: BulkWriter
    ids: DemoIds
    clock: DemoClock
    rng: random.Random
    users: list[DemoUser] = field(default_factory=list)
    environments: dict[str, DemoEnvironment] = field(default_factory=dict)  # by municipality
    work_task_ids: list[str] = field(default_factory=list)
    tasks_by_environment: dict[str, list[str]] = field(default_factory=dict)  # task ids
    closed_days: dict[str, list[date]] = field(default_factory=dict)  # by environment id
    trainees: list[DemoTrainee] = field(default_factory=list)
    periods: list[DemoPeriod] = field(default_factory=list)

    def rng_for(self, step: str) -> random.Random:
        return random.Random(f"toimi-demo:{self.seed}:{step}")

    def users_with(self, role: Role, municipality_code: str | None = None) -> list[DemoUser]:
        return [u for u in self.users if u.role is role
                and (municipality_code is None or municipality_code in u.municipality_codes)]

    @property
    def coordinator(self) -> DemoUser:
        return self.users_with(Role.COORDINATOR)[0]
