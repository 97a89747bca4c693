from datetime import date

import pytest

from toimi_desktop.models.enums import ExitOutcome, PeriodKind, PeriodState
from toimi_desktop.services.errors import PermissionDenied, ValidationError
from toimi_desktop.services.periods import PeriodInput, close_period, start_period
from toimi_desktop.services.register import trainee_details
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)


@pytest.fixture
def trainee_id(as_user):
    return create_trainee(as_user("valmentaja"),
                          TraineeInput("Aino", "Virtanen", "167"), today=TODAY).id


def rwa(world, **overrides) -> PeriodInput:
    data = PeriodInput(environment_id=world["joensuu_env"], kind=PeriodKind.REHABILITATIVE_WORK,
                       start_date=date(2026, 9, 1), planned_end_date=date(2027, 3, 1),
                       hours_per_day=4, days_per_week=3, coach_id=world["coach"],
                       career_agent_id=world["career_agent"])
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def test_start_and_close_a_period(as_user, world, trainee_id):
    ctx = as_user("valmentaja")
    period = start_period(ctx, trainee_id, rwa(world))
    details = trainee_details(ctx, trainee_id, today=TODAY)
    assert details.open_period.id == period.id
    assert details.open_period.state is PeriodState.ACTIVE
    assert details.open_period.coach == "Valmentaja"
    close_period(ctx, period.id, date(2026, 11, 20), ExitOutcome.EDUCATION, "Aloittaa "
                 "tammikuussa", today=TODAY)
    closed = trainee_details(ctx, trainee_id, today=TODAY).periods[0]
    assert (closed.state, closed.exit_outcome, closed.end_date) == (
        PeriodState.ENDED, ExitOutcome.EDUCATION, date(2026, 11, 20))


def test_a_period_starting_later_is_planned(as_user, world, trainee_id):
    ctx = as_user("valmentaja")
    start_period(ctx, trainee_id, rwa(world, start_date=date(2027, 1, 4),
                                      planned_end_date=date(2027, 6, 30)))
    assert trainee_details(ctx, trainee_id, today=TODAY).periods[0].state is PeriodState.PLANNED


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"planned_end_date": date(2026, 10, 1)}, "planned_end_date"),  # 1 month
        ({"planned_end_date": date(2029, 1, 1)}, "planned_end_date"),  # 28 months
        ({"planned_end_date": None}, "planned_end_date"),
        ({"hours_per_day": 3}, "hours_per_day"),
        ({"hours_per_day": 9}, "hours_per_day"),
        ({"days_per_week": 5}, "days_per_week"),
        ({"environment_id": "missing"}, "environment_id"),
        ({"coach_id": "missing"}, "coach_id"),
    ],
)
def test_rehabilitative_work_rules(as_user, world, trainee_id, overrides, field):
    with pytest.raises(ValidationError) as caught:
        start_period(as_user("valmentaja"), trainee_id, rwa(world, **overrides))
    assert field in caught.value.errors


def test_coaching_period_may_have_five_short_days(as_user, world, trainee_id):
    start_period(as_user("valmentaja"), trainee_id,
                 rwa(world, kind=PeriodKind.COACHING, hours_per_day=3, days_per_week=5,
                     planned_end_date=None))


def test_only_one_open_period_at_a_time(as_user, world, trainee_id):
    ctx = as_user("valmentaja")
    start_period(ctx, trainee_id, rwa(world))
    with pytest.raises(ValidationError) as caught:
        start_period(ctx, trainee_id, rwa(world))
    assert "already has an open period" in str(caught.value.errors["start_date"])


def test_environment_of_another_municipality_is_refused(as_user, world, trainee_id):
    with pytest.raises(ValidationError) as caught:
        start_period(as_user("valmentaja"), trainee_id, rwa(world,
                                                            environment_id=world["liperi_env"]))
    assert "environment_id" in caught.value.errors


def test_close_rules(as_user, world, trainee_id):
    ctx = as_user("valmentaja")
    period = start_period(ctx, trainee_id, rwa(world))
    for end in (date(2026, 8, 1), date(2026, 12, 1)):  # before start, in the future
        with pytest.raises(ValidationError):
            close_period(ctx, period.id, end, ExitOutcome.DROPOUT, today=TODAY)
    with pytest.raises(PermissionDenied):
        close_period(as_user("ohjausryhma"), period.id, TODAY, ExitOutcome.DROPOUT, today=TODAY)
    close_period(ctx, period.id, TODAY, ExitOutcome.DROPOUT, today=TODAY)
    with pytest.raises(ValidationError):
        close_period(ctx, period.id, TODAY, ExitOutcome.DROPOUT, today=TODAY)
