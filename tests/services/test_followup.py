"""Outcomes with the ESF+ results on leaving, the 6-month follow-up, and the dashboard."""

from datetime import date

import pytest
from assessment_helpers import TODAY, add_user, assess, trainee_with_period
from people_helpers import link_coach

from toimi_desktop.models import Period
from toimi_desktop.models.enums import (
    AssessmentKind,
    ExitOutcome,
    PeriodKind,
    PlanPath,
    Role,
    StepStatus,
)
from toimi_desktop.services.dashboard import DueKind, followup_dashboard
from toimi_desktop.services.errors import PermissionDenied, ValidationError
from toimi_desktop.services.followup import (
    ExitResults,
    FollowupInput,
    default_results,
    followup_due,
    record_exit_results,
    record_followup,
)
from toimi_desktop.services.periods import PeriodInput, close_period, start_period
from toimi_desktop.services.plans import PlanInput, StepInput, save_plan


def _period(db, period_id: str) -> Period:
    with db.session() as session:
        return session.get(Period, period_id)


@pytest.mark.parametrize(
    ("outcome", "employed", "in_education"),
    [(ExitOutcome.OPEN_LABOUR_MARKET, True, None), (ExitOutcome.LIGHT_ENTREPRENEURSHIP, True,
                                                    None),
     (ExitOutcome.EDUCATION, None, True), (ExitOutcome.PENSION, None, None),
     (ExitOutcome.DROPOUT, None, None)],
)
def test_outcome_implies_results(outcome, employed, in_education):
    results = default_results(outcome)
    assert (results.employed, results.in_education) == (employed, in_education)
    assert (results.job_search, results.qualification) == (None, None)


def test_close_with_esf_results(db, as_user, world):
    coach = as_user("valmentaja")
    _trainee, period = trainee_with_period(coach, world)
    with pytest.raises(ValidationError) as error:
        close_period(coach, period, date(2026, 11, 20), ExitOutcome.SUBSIDISED_WORK,
                     today=TODAY, results=ExitResults(employed=False, job_search=True))
    assert set(error.value.errors) == {"exit_employed"}
    close_period(coach, period, date(2026, 11, 20), ExitOutcome.EDUCATION, today=TODAY,
                 results=ExitResults(job_search=False, in_education=True, qualification=True))
    stored = _period(db, period)
    assert (stored.exit_in_education, stored.exit_qualification, stored.exit_employed,
            stored.exit_job_search) == (True, True, None, False)
    with pytest.raises(ValidationError) as error:
        record_exit_results(coach, period, ExitResults(in_education=False))
    assert set(error.value.errors) == {"exit_in_education"}
    record_exit_results(coach, period, ExitResults(in_education=True, employed=True))
    assert _period(db, period).exit_employed is True


def test_close_period_without_results_still_works(db, as_user, world):
    coach = as_user("valmentaja")
    _trainee, period = trainee_with_period(coach, world)
    close_period(coach, period, date(2026, 11, 20), ExitOutcome.PENSION, "Eläkkeelle",
                 TODAY)
    assert _period(db, period).exit_employed is None


def test_followup_six_months_after_leaving(db, as_user, world):
    coach = as_user("valmentaja")
    _trainee, period = trainee_with_period(coach, world, start=date(2026, 1, 5),
                                           planned_end=date(2026, 6, 30))
    close_period(coach, period, date(2026, 5, 31), ExitOutcome.OTHER_SERVICE, today=TODAY)
    assert followup_due(date(2026, 5, 31)) == date(2026, 11, 30)
    assert followup_due(date(2026, 8, 31)) == date(2027, 2, 28)

    def attempt(day, employed=True, improved=None):
        return record_followup(coach, period, FollowupInput(day, employed, improved),
                               today=TODAY)

    for day, employed, field in ((date(2026, 10, 31), True, "followup_on"),  # too early
                                 (date(2026, 11, 23), True, "followup_on"),  # future
                                 (date(2026, 11, 10), None, "followup_employed")):
        with pytest.raises(ValidationError) as error:
            attempt(day, employed)
        assert set(error.value.errors) == {field}
    attempt(date(2026, 11, 2), True, True)  # from four weeks before it is due
    stored = _period(db, period)
    assert (stored.followup_on, stored.followup_employed, stored.followup_improved) == (
        date(2026, 11, 2), True, True)
    with pytest.raises(PermissionDenied):
        record_followup(as_user("ohjausryhma"), period,
                        FollowupInput(date(2026, 11, 2), True, None), today=TODAY)


def test_a_followup_needs_a_closed_period(as_user, world):
    coach = as_user("valmentaja")
    _trainee, period = trainee_with_period(coach, world)
    with pytest.raises(ValidationError):
        record_followup(coach, period, FollowupInput(date(2026, 11, 2), True, None),
                        today=TODAY)


def _plan(review: date) -> PlanInput:
    return PlanInput(path=PlanPath.OPEN_LABOUR_MARKET, goal="Töihin", next_review_on=review)


@pytest.fixture
def due(as_user, world):
    """A small caseload on TODAY (22.11.2026) with one of each kind of due item."""
    coach, agent = as_user("valmentaja"), as_user("agentti")
    ids = {}
    # Ends 10.12. without a plan; never assessed since its start on 1.9.
    ids["ending"], ids["ending_period"] = trainee_with_period(
        coach, world, planned_end=date(2026, 12, 10), name="Eino")
    # Plan review on 30.11.; last assessed 1.9. (due 27.10.).
    ids["review"], _ = trainee_with_period(coach, world, start=date(2026, 6, 1), name="Ilona")
    ids["review_plan"] = save_plan(agent, ids["review"], _plan(date(2026, 11, 30)),
                                   today=TODAY).id
    assess(coach, ids["review"], date(2026, 9, 1), {"pace": 3})
    # Nothing due: assessed 1.11., review in January, has a plan, ends 15.12.
    ids["fine"], _ = trainee_with_period(coach, world, start=date(2026, 6, 1),
                                         planned_end=date(2026, 12, 15), name="Oona")
    assess(coach, ids["fine"], date(2026, 6, 5), {"pace": 3}, kind=AssessmentKind.INITIAL)
    assess(coach, ids["fine"], date(2026, 11, 1), {"pace": 3})
    save_plan(agent, ids["fine"], _plan(date(2027, 1, 10)), today=TODAY)
    # Left on 20.5.: follow-up due 20.11. Another left 10.6. (due 10.12., not yet listed).
    ids["left"], left_period = trainee_with_period(coach, world, start=date(2026, 1, 5),
                                                   planned_end=None, name="Aapo")
    close_period(coach, left_period, date(2026, 5, 20), ExitOutcome.EDUCATION, today=TODAY)
    ids["left_period"] = left_period
    _later, later_period = trainee_with_period(coach, world, start=date(2026, 1, 5),
                                               planned_end=None, name="Elli")
    close_period(coach, later_period, date(2026, 6, 10), ExitOutcome.PENSION, today=TODAY)
    return ids


def test_dashboard_lists_what_is_due(as_user, due):
    board = followup_dashboard(as_user("agentti"), today=TODAY)
    assert [(r.trainee_id, r.due_on, r.record_id) for r in board.plan_reviews] == [
        (due["review"], date(2026, 11, 30), due["review_plan"])]
    assert [(r.trainee_id, r.due_on) for r in board.ending_without_plan] == [
        (due["ending"], date(2026, 12, 10))]
    assert [(r.trainee_id, r.kind, r.due_on) for r in board.assessments_due] == [
        (due["ending"], DueKind.INITIAL_ASSESSMENT, date(2026, 9, 15)),
        (due["review"], DueKind.ASSESSMENT, date(2026, 10, 27))]
    assert board.assessments_due[1].last_on == date(2026, 9, 1)
    (followup,) = board.followups_due
    assert (followup.trainee_id, followup.due_on, followup.last_on) == (
        due["left"], date(2026, 11, 20), date(2026, 5, 20))
    assert followup.days_left(TODAY) == -2 and followup.name == "Virtanen Aapo"
    assert board.total == 5


def test_dashboard_after_the_work_is_done(as_user, world, due):
    coach = as_user("valmentaja")
    assess(coach, due["ending"], date(2026, 11, 20), {"pace": 2}, kind=AssessmentKind.INITIAL)
    save_plan(as_user("agentti"), due["ending"], _plan(date(2027, 1, 5)), today=TODAY)
    record_followup(coach, due["left_period"], FollowupInput(date(2026, 11, 21), False, True),
                    today=TODAY)
    board = followup_dashboard(coach, today=TODAY)
    assert board.ending_without_plan == () and board.followups_due == ()
    assert [r.trainee_id for r in board.assessments_due] == [due["review"]]


def test_dashboard_scope_and_rights(as_user, world, due):
    assert followup_dashboard(as_user("liperi"), today=TODAY).total == 0
    assert followup_dashboard(as_user("koordinaattori"), today=TODAY).total == 5
    # "Mine": the trainees' own coach and career agent see all of it.
    assert followup_dashboard(as_user("valmentaja"), today=TODAY, mine=True).total == 5
    assert followup_dashboard(as_user("agentti"), today=TODAY, mine=True).total == 5
    with pytest.raises(PermissionDenied):
        followup_dashboard(as_user("ohjausryhma"), today=TODAY)


def test_dashboard_mine_leaves_out_other_coaches_trainees(db, as_user, world, due):
    other_id = add_user(db, "toinen", Role.COACH, ["167"])
    link_coach(db, world["joensuu_env"], other_id)  # a coach of the same environment
    other = as_user("toinen")
    trainee = due["ending"]
    assert followup_dashboard(other, today=TODAY, mine=True).total == 0
    assert followup_dashboard(other, today=TODAY).total == 5
    # A new period with the other coach makes that trainee theirs.
    coach = as_user("valmentaja")
    close_period(coach, due["ending_period"], date(2026, 11, 21), ExitOutcome.DROPOUT,
                 today=TODAY)
    start_period(coach, trainee, PeriodInput(
        environment_id=world["joensuu_env"], kind=PeriodKind.COACHING,
        start_date=date(2026, 11, 1), planned_end_date=date(2026, 12, 20),
        coach_id=other_id))
    mine = followup_dashboard(other, today=TODAY, mine=True)
    assert [r.trainee_id for r in mine.ending_without_plan] == [trainee]


def test_open_steps_past_their_due_date_are_listed(as_user, world, due):
    agent = as_user("agentti")
    plan = _plan(date(2027, 1, 10))
    plan.steps = [
        StepInput("Kuntoutustarveselvitys", "Kela", date(2026, 11, 1)),
        StepInput("Työhaastattelu", None, date(2026, 11, 21)),
        StepInput("Ajokortti", None, date(2026, 10, 1), StepStatus.DONE),
        StepInput("Kurssi", None, date(2026, 12, 1)),
    ]
    save_plan(agent, due["review"], plan, plan_id=due["review_plan"], today=TODAY)
    board = followup_dashboard(agent, today=TODAY)
    assert [(r.step, r.due_on, r.responsible) for r in board.steps_overdue] == [
        ("Kuntoutustarveselvitys", date(2026, 11, 1), "Kela"),
        ("Työhaastattelu", date(2026, 11, 21), "Agentti")]
    assert {r.trainee_id for r in board.steps_overdue} == {due["review"]}
    assert followup_dashboard(as_user("liperi"), today=TODAY).steps_overdue == ()
