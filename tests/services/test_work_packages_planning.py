"""Service packages with their level rule, the planning help, and the plain rules."""

from datetime import date

import pytest
from work_helpers import TODAY, catalogue, make_trainees

from toimi_desktop.models.enums import OrderStatus, PeriodKind, Season, TaskFit
from toimi_desktop.services.catalogue import EvaluationInput, record_evaluation
from toimi_desktop.services.errors import PermissionDenied, ValidationError
from toimi_desktop.services.orders import OrderInput, change_order_status, create_order
from toimi_desktop.services.packages import (
    PackageInput,
    create_package,
    input_from_package,
    package_list,
    update_package,
)
from toimi_desktop.services.planning import LevelSource, Reason, day_plan, next_service_day
from toimi_desktop.services.work_rules import (
    Advice,
    LevelEvidence,
    allowed_transitions,
    in_season,
    level_advice,
    task_fits,
)

# --- plain rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(("season", "month", "expected"), [
    (Season.SUMMER, 7, True), (Season.SUMMER, 1, False), (Season.SUMMER, 4, False),
    (Season.WINTER, 1, True), (Season.WINTER, 7, False), (Season.WINTER, 4, True),
    (Season.WINTER, 10, False), (Season.SUMMER, 10, False),
    (Season.ALL_YEAR, 7, True), (Season.ALL_YEAR, 1, True)])
def test_seasons(season, month, expected):
    assert in_season(season, date(2026, month, 15)) is expected


def test_a_task_fits_when_neither_demand_exceeds_the_trainees_level():
    assert task_fits(1, 1, 1, 1)
    assert task_fits(2, 1, 3, 1)
    assert not task_fits(2, 1, 1, 3)
    assert not task_fits(1, 3, 3, 2)


def test_level_advice_needs_enough_evidence():
    e = LevelEvidence
    assert level_advice([e(1, 2, 0, 0)], 2) is None  # two are not enough
    assert level_advice([e(1, 2, 1, 0)], 2).advice is Advice.LOWER  # 2 of 3 is enough
    assert level_advice([e(1, 1, 2, 0)], 2) is None  # needing support is a step up
    assert level_advice([e(1, 1, 0, 2), e(2, 3, 0, 0)], 2) is None  # agrees with level 2
    assert level_advice([e(1, 1, 0, 2)], 1).level == 2
    assert level_advice([e(3, 0, 1, 3)], 2).advice is Advice.UNSUITABLE
    # a lower level manages, but a level at or above it fails: contradictory, no advice
    assert level_advice([e(1, 3, 0, 0), e(2, 0, 0, 3)], 3) is None


def test_order_transitions():
    assert allowed_transitions(OrderStatus.REQUESTED) == (OrderStatus.AGREED,
                                                          OrderStatus.CANCELLED)
    assert OrderStatus.DONE in allowed_transitions(OrderStatus.IN_PROGRESS)
    assert allowed_transitions(OrderStatus.DONE) == (OrderStatus.IN_PROGRESS,)
    assert allowed_transitions(OrderStatus.DONE, has_feedback=True) == ()


# --- packages -----------------------------------------------------------------------------------

def test_package_level_rule_and_links(db, as_user, world):
    ctx = as_user("valmentaja")
    tasks = catalogue(ctx, world["joensuu_env"])
    env = world["joensuu_env"]
    with pytest.raises(ValidationError) as caught:
        create_package(ctx, PackageInput(env, "Kiinteistöpalvelu", min_skill_level=1,
                                         max_skill_level=2, task_ids=[tasks["wood"]]))
    assert set(caught.value.errors) == {"task_ids"}  # woodwork demands skill 3
    with pytest.raises(ValidationError) as caught:
        create_package(ctx, PackageInput(env, " ", min_skill_level=3, max_skill_level=1,
                                         typical_hours=0, price_per_hour=-5))
    assert set(caught.value.errors) == {"name", "max_skill_level", "typical_hours",
                                        "price_per_hour", "task_ids"}
    result = create_package(ctx, PackageInput(
        env, "Siivous ja keittiö", "Koulujen siivous ja keittiöapu.", 1, 2, 1, 2, 120, 18.5,
        [tasks["cleaning"], tasks["kitchen"]]))
    assert len(result.warnings) == 1  # kitchen work asks more than level 1
    row = package_list(ctx)[0]
    assert [t.name for t in row.tasks] == ["Keittiöapu", "Koulun ylläpitosiivous"]
    assert row.typical_price == 2220.0
    data = input_from_package(row)
    data.task_ids = [tasks["cleaning"]]
    update_package(ctx, row.id, data)
    assert [t.name for t in package_list(ctx)[0].tasks] == ["Koulun ylläpitosiivous"]
    data.task_ids = [tasks["cleaning"], tasks["kitchen"]]
    update_package(ctx, row.id, data)  # the link comes back: same id, tombstone lifted
    with db.reader() as conn:
        assert conn.execute("SELECT count(*), sum(deleted) FROM service_package_task"
                            ).fetchone() == (2, 0)
    assert package_list(as_user("ohjausryhma"))[0].name == "Siivous ja keittiö"
    with pytest.raises(PermissionDenied):
        create_package(as_user("agentti"), data)


# --- planning --------------------------------------------------------------------------------

def test_day_plan_lists_open_orders_and_fitting_tasks(as_user, world):
    ctx = as_user("valmentaja")
    env = world["joensuu_env"]
    tasks = catalogue(ctx, env)
    make_trainees(ctx, env, ["Aalto"], PeriodKind.REHABILITATIVE_WORK,
                           goals="Kuormituksen sovittaminen; siivoustyöt tutuiksi.")
    berg, = make_trainees(ctx, env, ["Berg"], PeriodKind.COACHING)
    record_evaluation(ctx, EvaluationInput(tasks["kitchen"], 3, TaskFit.NOT_SUITABLE, "Ei",
                                           trainee_id=berg), today=TODAY)
    agreed = create_order(ctx, OrderInput(env, tasks["cleaning"], "Koulut", "Koulun siivous",
                                          date(2026, 11, 16), date(2026, 11, 30), 40)).id
    change_order_status(ctx, agreed, OrderStatus.AGREED, today=TODAY)
    create_order(ctx, OrderInput(env, tasks["kitchen"], "Ruoka", "Päättynyt",
                                 date(2026, 11, 1), date(2026, 11, 13)))
    day = next_service_day(ctx, env, TODAY)
    assert day == date(2026, 11, 23)  # Friday → Monday
    plan = day_plan(ctx, env, today=TODAY)
    assert plan.day == day and plan.held
    assert [o.title for o in plan.orders] == ["Koulun siivous"]
    by_name = {t.name: t for t in plan.trainees}
    a, b = by_name["Aalto Testi"], by_name["Berg Testi"]
    # Aalto: rehabilitative work, goals about load → level 1, light load; the goals name
    # cleaning, which an agreed order needs too
    assert (a.levels.skill, a.levels.work_ability, a.levels.source) == (1, 1,
                                                                          LevelSource.DEFAULT)
    assert a.fitting[0].name == "Koulun ylläpitosiivous"
    assert set(a.fitting[0].reasons) == {Reason.GOAL, Reason.ORDER}
    assert {f.name for f in a.fitting} == {"Koulun ylläpitosiivous"}  # no park work in Nov
    # Berg: evaluated at level 3, kitchen not suitable for him; snow work is in season
    assert (b.levels.skill, b.levels.source) == (3, LevelSource.EVALUATION)
    names = [f.name for f in b.fitting]
    assert "Keittiöapu" not in names and "Lumityöt" in names and "Puutyöpaja" in names
    assert day_plan(ctx, env, today=TODAY, coach_id=world["coach"]).trainees == ()  # no
    with pytest.raises(PermissionDenied):  # coach was named in these periods
        day_plan(as_user("ohjausryhma"), env, today=TODAY)


def test_day_plan_uses_the_latest_assessment_when_there_is_one(as_user, world):
    """Assessed at the top of the scale: levels 3 from the assessment, so woodwork (skill 3)
    fits; without the assessment the coaching default (level 2) would leave it out."""
    assessments = pytest.importorskip("assessment_helpers")
    ctx = as_user("valmentaja")
    env = world["joensuu_env"]
    catalogue(ctx, env)
    trainee, = make_trainees(ctx, env, ["Aalto"], PeriodKind.COACHING)
    day = date(2026, 11, 23)
    before = day_plan(ctx, env, day, today=TODAY).trainees[0]
    assert before.levels.source is LevelSource.DEFAULT
    assert "Puutyöpaja" not in [f.name for f in before.fitting]
    assessments.assess(ctx, trainee, date(2026, 11, 16),
                       assessments.all_scores(assessments.COACHING_KEYS, 5))
    after = day_plan(ctx, env, day, today=TODAY).trainees[0]
    assert (after.levels.skill, after.levels.source) == (3, LevelSource.ASSESSMENT)
    assert "Puutyöpaja" in [f.name for f in after.fitting]
