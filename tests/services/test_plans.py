"""Continuation plans: saving, versions, steps, concurrent edits and rights."""

from datetime import date

import pytest
from assessment_helpers import TODAY, trainee_with_period

from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import PlanPath, StepStatus
from toimi_desktop.services.errors import DomainError, PermissionDenied, ValidationError
from toimi_desktop.services.plans import (
    PlanInput,
    StepInput,
    current_plan,
    plan_version,
    plan_versions,
    save_plan,
)


def _plan(**overrides) -> PlanInput:
    data = PlanInput(
        path=PlanPath.EDUCATION, goal="Hakeutuu kiinteistönhoidon perustutkintoon.",
        steps=[StepInput("Tutustuminen oppilaitokseen", "Valmentautuja", date(2026, 12, 10)),
               StepInput("Hakemus yhteishaussa", "Ura-agentti", date(2027, 3, 15))],
        services_referred="Ammatillisen koulutuksen opinto-ohjaus",
        next_review_on=date(2027, 1, 15), agreed_on=date(2026, 11, 20))
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def test_each_save_keeps_a_version(db, as_user, world):
    agent = as_user("agentti")
    trainee, period = trainee_with_period(as_user("valmentaja"), world)
    plan_id = save_plan(agent, trainee, _plan(), today=TODAY).id
    first = current_plan(agent, trainee)
    assert (first.version, first.period_id, first.career_agent) == (1, period, "Agentti")
    assert [s.what for s in first.steps] == ["Tutustuminen oppilaitokseen",
                                            "Hakemus yhteishaussa"]

    edited = first.to_input()
    edited.steps[0].status = StepStatus.DONE
    edited.steps.pop(1)
    edited.steps.append(StepInput("Työkokeilu kiinteistöhuollossa", "Valmentaja"))
    edited.path = PlanPath.SUBSIDISED_WORK
    save_plan(as_user("valmentaja"), trainee, edited, plan_id, expected_version=1, today=TODAY)
    second = current_plan(agent, trainee)
    assert second.version == 2 and second.saved_by == "Valmentaja"
    assert second.career_agent == "Agentti"  # a coach's save keeps the career agent
    assert [(s.what, s.status) for s in second.steps] == [
        ("Tutustuminen oppilaitokseen", StepStatus.DONE),
        ("Työkokeilu kiinteistöhuollossa", StepStatus.OPEN)]

    # Saving without changes keeps no new version.
    save_plan(agent, trainee, second.to_input(), plan_id, expected_version=2, today=TODAY)
    assert [v.version for v in plan_versions(agent, plan_id)] == [2, 1]
    old = plan_version(agent, plan_id, 1)
    assert old.path is PlanPath.EDUCATION and len(old.steps) == 2
    assert old.steps[1].what == "Hakemus yhteishaussa" and old.saved_by == "Agentti"

    conn = connect(db.path)
    assert conn.execute("SELECT count(*) FROM plan_step WHERE deleted = 1").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'plan.save'"
                        ).fetchone() == (2,)
    outbox = {t for (t,) in conn.execute("SELECT table_name FROM sync_outbox")}
    assert {"continuation_plan", "plan_step", "plan_version"} <= outbox


def test_a_save_from_an_old_version_overwrites_nothing(as_user, world):
    agent = as_user("agentti")
    trainee, _period = trainee_with_period(as_user("valmentaja"), world)
    plan_id = save_plan(agent, trainee, _plan(), today=TODAY).id
    save_plan(agent, trainee, _plan(goal="Uusi tavoite"), plan_id, expected_version=1,
              today=TODAY)
    with pytest.raises(DomainError) as error:
        save_plan(as_user("valmentaja"), trainee, _plan(goal="Vanhasta"), plan_id,
                  expected_version=1, today=TODAY)
    assert "version 2" in str(error.value)
    assert current_plan(agent, trainee).goal == "Uusi tavoite"


@pytest.mark.parametrize(
    ("overrides", "fields"),
    [
        ({"path": None, "goal": "  "}, {"path", "goal"}),
        ({"agreed_on": date(2026, 12, 1)}, {"agreed_on"}),
        ({"next_review_on": date(2026, 11, 1)}, {"next_review_on"}),
        ({"steps": [StepInput("", "Agentti")]}, {"steps"}),
        ({"steps": [StepInput("x" * 501)]}, {"steps"}),
    ],
)
def test_plan_rules(as_user, world, overrides, fields):
    trainee, _period = trainee_with_period(as_user("valmentaja"), world)
    with pytest.raises(ValidationError) as error:
        save_plan(as_user("agentti"), trainee, _plan(**overrides), today=TODAY)
    assert set(error.value.errors) == fields


def test_blank_step_rows_are_ignored(as_user, world):
    trainee, _period = trainee_with_period(as_user("valmentaja"), world)
    save_plan(as_user("agentti"), trainee, _plan(steps=[StepInput(" "), StepInput("Haku")]),
              today=TODAY)
    assert [s.what for s in current_plan(as_user("agentti"), trainee).steps] == ["Haku"]


def test_who_writes_and_reads_plans(as_user, world):
    trainee, _period = trainee_with_period(as_user("valmentaja"), world)
    for user in ("koordinaattori", "ohjausryhma"):
        with pytest.raises(PermissionDenied):
            save_plan(as_user(user), trainee, _plan(), today=TODAY)
    with pytest.raises(PermissionDenied):  # a Liperi coach
        save_plan(as_user("liperi"), trainee, _plan(), today=TODAY)
    save_plan(as_user("valmentaja"), trainee, _plan(), today=TODAY)
    assert current_plan(as_user("koordinaattori"), trainee).version == 1
    with pytest.raises(PermissionDenied):
        current_plan(as_user("ohjausryhma"), trainee)
