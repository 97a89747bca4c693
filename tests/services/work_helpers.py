"""Shared set-up for the catalogue, order and planning tests: tasks at Taitamo and trainees
with periods there, made through the services as a user would."""

from __future__ import annotations

from datetime import date

from toimi_desktop.models.enums import PeriodKind, PhysicalLoad, Season, WorkField
from toimi_desktop.services.catalogue import TaskInput, create_task
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 20)  # a Friday


def make_task(ctx, environment_id: str, name: str, field: WorkField = WorkField.CLEANING_SERVICES,
              skill: int = 1, ability: int = 1, **extra) -> str:
    return create_task(ctx, TaskInput(environment_id, name, field, skill_level=skill,
                                      work_ability_level=ability, **extra)).id


def make_trainees(ctx, environment_id: str, names: list[str],
                  kind: PeriodKind = PeriodKind.COACHING, goals: str | None = None,
                  municipality: str = "167") -> list[str]:
    ids = []
    for last in names:
        trainee = create_trainee(ctx, TraineeInput("Testi", last, municipality),
                                 today=TODAY).id
        start_period(ctx, trainee, PeriodInput(environment_id, kind, date(2026, 10, 1),
                                               date(2027, 3, 31), hours_per_day=5,
                                               days_per_week=4, goals=goals))
        ids.append(trainee)
    return ids


def catalogue(ctx, environment_id: str) -> dict[str, str]:
    """A small catalogue: two cleaning tasks, snow work, park work, heavy woodwork."""
    return {
        "cleaning": make_task(ctx, environment_id, "Koulun ylläpitosiivous", skill=1,
                              ability=1, orderer_department="Koulut"),
        "kitchen": make_task(ctx, environment_id, "Keittiöapu", WorkField.KITCHEN, skill=2,
                             ability=2, orderer_department="Ruokapalvelut"),
        "snow": make_task(ctx, environment_id, "Lumityöt", WorkField.ENVIRONMENTAL_CARE,
                          skill=1, ability=3, season=Season.WINTER,
                          physical_load=PhysicalLoad.HEAVY, orderer_department="Tilapalvelut"),
        "park": make_task(ctx, environment_id, "Puistojen kitkentä",
                          WorkField.ENVIRONMENTAL_CARE, season=Season.SUMMER,
                          orderer_department="Puistot"),
        "wood": make_task(ctx, environment_id, "Puutyöpaja", WorkField.WOODWORK, skill=3,
                          ability=2, physical_load=PhysicalLoad.HEAVY),
    }
