"""Task suitability: criterion scores to levels, and the rules that fit tasks to a trainee."""

from datetime import date

import pytest
from assessment_helpers import (
    ABILITY,
    ABILITY_KEYS,
    COACHING_KEYS,
    all_scores,
    assess,
    trainee_with_period,
)

from toimi_desktop.models import TaskEvaluation, WorkTask
from toimi_desktop.models.enums import PhysicalLoad, Season, TaskFit, WorkField
from toimi_desktop.models.ids import new_id
from toimi_desktop.services.assessments import Criterion
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.suitability import (
    SKILL,
    WORK_ABILITY,
    TraineeLevels,
    fit_task,
    levels_from_scores,
    task_suitability,
)

FIVE = [Criterion(k, k, "G", 1, 5) for k in COACHING_KEYS]
TEN = [Criterion(k, k, "G", 0, 10) for k in ABILITY_KEYS]
SUMMER_DAY, WINTER_DAY = date(2026, 7, 1), date(2027, 1, 15)


@pytest.mark.parametrize(("score", "level"), [(1, 1), (2, 1), (3, 2), (4, 3), (5, 3)])
def test_one_to_five_scale_to_levels(score, level):
    levels = levels_from_scores(FIVE, all_scores(COACHING_KEYS, score))
    assert levels[SKILL].level == level
    assert levels[WORK_ABILITY].level == level  # pace feeds work ability
    assert levels[WORK_ABILITY].basis == ("pace",)


@pytest.mark.parametrize(("score", "level"), [(0, 1), (4, 1), (5, 2), (7, 2), (8, 3), (10, 3)])
def test_zero_to_ten_scale_to_levels(score, level):
    levels = levels_from_scores(TEN, all_scores(ABILITY_KEYS, score))
    assert levels[WORK_ABILITY].level == level
    assert set(levels[WORK_ABILITY].basis) == {"work_ability", "mental_wellbeing",
                                               "physical_functioning", "everyday_coping"}
    assert levels[SKILL].basis == ("skills",)


def test_mixed_scales_and_unmapped_criteria():
    # Punctuality and cooperation are development goals: they do not move the levels.
    assert levels_from_scores(FIVE, {"punctuality": 5, "cooperation": 1}) == {}
    # 4/5 (share 0.75) and 5/10 (share 0.5) average to 0.625: level 2.
    criteria = [Criterion("a", "a", "G", 1, 5, dimension=SKILL),
                Criterion("b", "b", "G", 0, 10, dimension=SKILL)]
    assert levels_from_scores(criteria, {"a": 4, "b": 5})[SKILL].level == 2


def test_safety_caps_skill_level_three():
    scores = {**all_scores(COACHING_KEYS, 5), "safety": 3}
    skill = levels_from_scores(FIVE, scores)[SKILL]
    assert skill.share >= 0.75 and skill.level == 2 and skill.capped_by_safety


def levels(skill: int, ability: int, physical: tuple[int, int, int] | None = None
           ) -> TraineeLevels:
    from toimi_desktop.services.suitability import DimensionLevel

    return TraineeLevels(DimensionLevel(skill, 0.5, ()), DimensionLevel(ability, 0.5, ()),
                         physical)


@pytest.mark.parametrize(
    ("skill_need", "ability_need", "load", "season", "day", "fit"),
    [
        (1, 1, PhysicalLoad.LIGHT, Season.ALL_YEAR, SUMMER_DAY, TaskFit.SUITABLE),
        (2, 2, PhysicalLoad.MODERATE, Season.ALL_YEAR, SUMMER_DAY, TaskFit.SUITABLE),
        (3, 2, PhysicalLoad.MODERATE, Season.ALL_YEAR, SUMMER_DAY, TaskFit.WITH_SUPPORT),
        (2, 3, PhysicalLoad.MODERATE, Season.ALL_YEAR, SUMMER_DAY, TaskFit.NOT_SUITABLE),
        (1, 1, PhysicalLoad.HEAVY, Season.ALL_YEAR, SUMMER_DAY, TaskFit.NOT_SUITABLE),
        (1, 1, PhysicalLoad.LIGHT, Season.WINTER, SUMMER_DAY, TaskFit.NOT_SUITABLE),
        (1, 1, PhysicalLoad.LIGHT, Season.WINTER, WINTER_DAY, TaskFit.SUITABLE),
        (1, 1, PhysicalLoad.LIGHT, Season.SUMMER, WINTER_DAY, TaskFit.NOT_SUITABLE),
    ],
)
def test_fit_rules(skill_need, ability_need, load, season, day, fit):
    found, reasons = fit_task(skill_need, ability_need, load, season,
                              levels(2, 2, physical=(3, 0, 10)), day)
    assert found is fit
    assert reasons, "every verdict says why"


def test_a_skill_gap_of_two_is_not_suitable_and_reasons_are_specific():
    fit, reasons = fit_task(3, 1, PhysicalLoad.LIGHT, Season.ALL_YEAR, levels(1, 3), SUMMER_DAY)
    assert fit is TaskFit.NOT_SUITABLE
    assert str(reasons[0]) == "Needs skill level 3; the trainee is at 1."
    fit, reasons = fit_task(1, 1, PhysicalLoad.LIGHT, Season.ALL_YEAR, levels(1, 1), SUMMER_DAY)
    assert str(reasons[0]) == ("Fits: needs skill level 1 (the trainee is at 1) and "
                               "work-ability level 1 (at 1).")


def _task(db, env: str, name: str, skill: int, ability: int, **extra) -> str:
    with db.session() as session, session.begin():
        task = WorkTask(id=new_id(), environment_id=env, municipality_code="167", name=name,
                        field=WorkField.CLEANING_SERVICES, skill_level=skill,
                        work_ability_level=ability, updated_hlc="0", **extra)
        session.add(task)
        return task.id


def test_task_suitability_for_a_trainee(db, as_user, world):
    coach = as_user("valmentaja")
    env = world["joensuu_env"]
    easy = _task(db, env, "Lelujen pesu", 1, 1)
    cleaning = _task(db, env, "Ylläpitosiivous", 2, 2)
    woodwork = _task(db, env, "Puutyöt", 3, 2)
    snow = _task(db, env, "Lumityöt", 1, 3, physical_load=PhysicalLoad.HEAVY,
                 season=Season.WINTER)
    _task(db, env, "Vanha tehtävä", 1, 1, active=False)
    trainee, _period = trainee_with_period(coach, world)

    newcomer = task_suitability(coach, trainee, day=WINTER_DAY)
    assert newcomer.levels.assumed and newcomer.environment == "Taitamo"
    assert [r.task_id for r in newcomer.of_fit(TaskFit.SUITABLE)] == [easy]
    assert [r.task_id for r in newcomer.of_fit(TaskFit.WITH_SUPPORT)] == []

    assess(coach, trainee, date(2026, 10, 1), all_scores(COACHING_KEYS, 3))
    assess(coach, trainee, date(2026, 10, 2), {**all_scores(ABILITY_KEYS, 6),
                                               "physical_functioning": 3}, template=ABILITY)
    result = task_suitability(coach, trainee, day=WINTER_DAY)
    assert (result.levels.skill.level, result.levels.work_ability.level) == (2, 2)
    # Both families count: 6 coaching criteria at 3/5 and "skills" at 6/10 give skill 2.
    assert result.levels.skill.assessed_on == date(2026, 10, 2)
    assert len(result.levels.skill.basis) == 6
    assert [r.task_id for r in result.of_fit(TaskFit.SUITABLE)] == [easy, cleaning]
    assert [r.task_id for r in result.of_fit(TaskFit.WITH_SUPPORT)] == [woodwork]
    (heavy,) = result.of_fit(TaskFit.NOT_SUITABLE)
    assert heavy.task_id == snow
    assert [str(m) for m in heavy.reasons] == [
        "Needs work-ability level 3; the trainee is at 2.",
        "Physically heavy; physical functioning was 3/10."]

    # Evidence from an earlier try overrides the levels' verdict.
    with db.session() as session, session.begin():
        session.add(TaskEvaluation(id=new_id(), task_id=cleaning, trainee_id=trainee,
                                   trainee_level=2, fit=TaskFit.NOT_SUITABLE,
                                   evaluated_on=date(2026, 11, 2), municipality_code="167",
                                   updated_hlc="0"))
    result = task_suitability(coach, trainee, day=WINTER_DAY)
    tried = next(r for r in result.rows if r.task_id == cleaning)
    assert tried.fit is TaskFit.NOT_SUITABLE
    assert str(tried.reasons[0]) == "Tried on 2.11.2026: not suitable."


def test_suitability_needs_personal_data_rights(as_user, world):
    trainee, _period = trainee_with_period(as_user("valmentaja"), world)
    with pytest.raises(PermissionDenied):
        task_suitability(as_user("ohjausryhma"), trainee)
