"""Environments, the task catalogue and the evaluation evidence, through the services."""

from datetime import date

import pytest
from work_helpers import TODAY, catalogue, make_task

from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import EnvironmentKind, Season, TaskFit, WorkField
from toimi_desktop.services.catalogue import (
    EvaluationInput,
    TaskFilter,
    delete_evaluation,
    input_from_task,
    record_evaluation,
    set_task_active,
    task_details,
    task_list,
    update_task,
)
from toimi_desktop.services.closed_days import add_closed_days, reopen_day
from toimi_desktop.services.environments import (
    EnvironmentInput,
    SiteInput,
    create_environment,
    environment_coach_id,
    environment_details,
    input_from_details,
    list_environments,
    update_environment,
)
from toimi_desktop.services.errors import DomainError, PermissionDenied, ValidationError
from toimi_desktop.services.work_rules import Advice


def rows(db, sql, *params):
    with connect(db.path) as conn:
        return conn.execute(sql, params).fetchall()


# --- environments ---------------------------------------------------------------------------

def test_coach_creates_an_environment_with_sites_and_coaches(db, as_user, world):
    ctx = as_user("valmentaja")
    data = EnvironmentInput("167", "Taitamo Itä", EnvironmentKind.SOCIAL_ENTERPRISE,
                            address="Kauppakatu 1", contact_name="Maija", contact_phone="013 123",
                            contact_email="maija@example.fi", open_weekdays="4321",
                            sites=[SiteInput("Piha", "Koulukatu 2"), SiteInput("Halli")],
                            coach_ids=[world["coach"]])
    env_id = create_environment(ctx, data).id
    details = environment_details(ctx, env_id)
    assert details.open_weekdays == "1234"
    assert [s.name for s in details.sites] == ["Halli", "Piha"]
    assert details.coaches == ("Valmentaja",)
    # the link's id comes from the pair, so two devices adding it merge on sync
    assert rows(db, "SELECT id FROM environment_coach WHERE environment_id = ?", env_id) == [
        (environment_coach_id(env_id, world["coach"]),)]
    # audit and outbox in the same transaction
    assert rows(db, "SELECT action FROM audit_entry") == [("environment.create",)]
    tables = {t for (t,) in rows(db, "SELECT table_name FROM sync_outbox")}
    assert {"environment", "environment_site", "environment_coach", "audit_entry"} <= tables


def test_environment_edit_replaces_sites_and_coaches(db, as_user, world):
    ctx = as_user("koordinaattori")
    env_id = world["joensuu_env"]
    data = input_from_details(environment_details(ctx, env_id))
    data.sites = [SiteInput("Penttilä"), SiteInput("Karsikko")]
    data.coach_ids = [world["coach"]]
    update_environment(ctx, env_id, data)
    data = input_from_details(environment_details(ctx, env_id))
    data.sites = [s for s in data.sites if s.name == "Karsikko"]
    data.sites[0].address = "Voimatie 6"
    data.coach_ids = []
    update_environment(ctx, env_id, data)
    details = environment_details(ctx, env_id)
    assert [(s.name, s.address) for s in details.sites] == [("Karsikko", "Voimatie 6")]
    assert details.coaches == ()
    assert rows(db, "SELECT count(*), sum(deleted) FROM environment_site") == [(2, 1)]
    assert rows(db, "SELECT deleted FROM environment_coach WHERE environment_id = ?",
                env_id) == [(1,)]


def test_environment_validation_is_per_field(as_user, world):
    ctx = as_user("koordinaattori")
    with pytest.raises(ValidationError) as caught:
        create_environment(ctx, EnvironmentInput(
            "167", "Taitamo", contact_email="no", open_weekdays="", sites=[SiteInput(" ")],
            coach_ids=[world["liperi_coach"]]))
    assert set(caught.value.errors) == {"name", "contact_email", "open_weekdays", "sites",
                                        "coach_ids"}


def test_coaches_edit_only_their_own_municipalities(as_user, world):
    liperi = as_user("liperi")
    with pytest.raises(PermissionDenied):
        update_environment(liperi, world["joensuu_env"],
                           EnvironmentInput("167", "Taitamo"))
    with pytest.raises(ValidationError) as caught:
        create_environment(liperi, EnvironmentInput("167", "Uusi paja"))
    assert "municipality_code" in caught.value.errors
    with pytest.raises(PermissionDenied):
        create_environment(as_user("agentti"), EnvironmentInput("167", "Uusi paja"))
    assert [e.name for e in list_environments(liperi)] == ["Liperin työpaja"]
    with pytest.raises(PermissionDenied):
        list_environments(as_user("ohjausryhma"))  # contacts and coaches are persons
    with pytest.raises(DomainError):
        update_environment(as_user("koordinaattori"), world["joensuu_env"],
                           EnvironmentInput("426", "Taitamo"))


def test_closed_days_skip_weekends_and_holidays_and_can_be_reopened(db, as_user, world):
    ctx = as_user("valmentaja")
    env = world["joensuu_env"]
    # 4.12.–8.12.2026: Fri, Sat, Sun, Mon, Tue (6.12. is Independence Day, a Sunday)
    added = add_closed_days(ctx, env, date(2026, 12, 4), date(2026, 12, 8), "Koulutus")
    assert added == 3
    closed = environment_details(ctx, env, closed_from=date(2026, 12, 1)).closed_days
    assert [d.day for d, _ in closed] == [4, 7, 8]
    assert add_closed_days(ctx, env, date(2026, 12, 4), date(2026, 12, 8), "Koulutus") == 0
    assert reopen_day(ctx, env, date(2026, 12, 7))
    assert not reopen_day(ctx, env, date(2026, 12, 7))
    assert add_closed_days(ctx, env, date(2026, 12, 7), date(2026, 12, 7), "Sähkökatko") == 1
    closed = environment_details(ctx, env, closed_from=date(2026, 12, 1)).closed_days
    assert closed[1] == (date(2026, 12, 7), "Sähkökatko")
    with pytest.raises(ValidationError):
        add_closed_days(ctx, env, date(2026, 12, 8), date(2026, 12, 7))


# --- tasks ----------------------------------------------------------------------------------

def test_task_catalogue_search_and_filters(as_user, world):
    ctx = as_user("valmentaja")
    ids = catalogue(ctx, world["joensuu_env"])
    make_task(as_user("liperi"), world["liperi_env"], "Liperin siivous")
    names = lambda flt: [t.name for t in task_list(ctx, flt)]  # noqa: E731
    assert len(task_list(ctx)) == 5  # Liperi is not in the coach's scope
    assert len(task_list(as_user("koordinaattori"))) == 6
    assert names(TaskFilter(text="SIIVOUS")) == ["Koulun ylläpitosiivous"]
    assert names(TaskFilter(text="koulut siiv")) == ["Koulun ylläpitosiivous"]  # department
    assert names(TaskFilter(field=WorkField.ENVIRONMENTAL_CARE)) == ["Lumityöt",
                                                                     "Puistojen kitkentä"]
    assert names(TaskFilter(level=1)) == ["Koulun ylläpitosiivous", "Puistojen kitkentä"]
    assert names(TaskFilter(level=2)) == ["Keittiöapu", "Koulun ylläpitosiivous",
                                          "Puistojen kitkentä"]
    assert names(TaskFilter(season=Season.WINTER)) == ["Lumityöt"]
    set_task_active(ctx, ids["wood"], False)
    assert "Puutyöpaja" not in names(TaskFilter())
    assert "Puutyöpaja" in names(TaskFilter(active=None))
    assert names(TaskFilter(active=False)) == ["Puutyöpaja"]


def test_task_validation_and_edit(db, as_user, world):
    ctx = as_user("valmentaja")
    with pytest.raises(ValidationError) as caught:
        make_task(ctx, world["joensuu_env"], " ", skill=0, ability=4)
    assert set(caught.value.errors) == {"name", "skill_level", "work_ability_level"}
    with pytest.raises(ValidationError) as caught:
        make_task(ctx, world["liperi_env"], "Muualla")
    assert set(caught.value.errors) == {"environment_id"}
    task_id = make_task(ctx, world["joensuu_env"], "Siivous")
    data = input_from_task(task_details(ctx, task_id))
    data.tools = "Moppi, ämpäri"
    data.induction_needed = True
    update_task(ctx, task_id, data)
    assert task_details(ctx, task_id).tools == "Moppi, ämpäri"
    assert rows(db, "SELECT fields FROM sync_outbox WHERE table_name = 'work_task'"
                " ORDER BY seq")[-1] == ('["induction_needed", "tools"]',)
    data.environment_id = world["liperi_env"]
    with pytest.raises((ValidationError, PermissionDenied)):
        update_task(as_user("koordinaattori"), task_id, data)
    with pytest.raises(PermissionDenied):
        make_task(as_user("agentti"), world["joensuu_env"], "Ura-agentti ei kirjoita")


def test_steering_group_reads_the_catalogue_without_persons(as_user, world):
    coach = as_user("valmentaja")
    task_id = make_task(coach, world["joensuu_env"], "Siivous")
    record_evaluation(coach, EvaluationInput(task_id, 1, TaskFit.WITH_SUPPORT,
                                             "Aalto tarvitsi apua"), today=TODAY)
    steering = as_user("ohjausryhma")
    assert [t.name for t in task_list(steering)] == ["Siivous"]
    details = task_details(steering, task_id)
    assert details.row.evidence[0].with_support == 1
    assert details.notes == ()
    assert [n.note for n in task_details(coach, task_id).notes] == ["Aalto tarvitsi apua"]


# --- evaluations and evidence ------------------------------------------------------------

def evaluate(ctx, task_id, level, fits, note="huom."):
    for fit in fits:
        record_evaluation(ctx, EvaluationInput(task_id, level, fit, note), today=TODAY)


S, W, N = TaskFit.SUITABLE, TaskFit.WITH_SUPPORT, TaskFit.NOT_SUITABLE


def test_evidence_accumulates_per_level_and_suggests_a_lower_level(as_user, world):
    ctx = as_user("valmentaja")
    task_id = make_task(ctx, world["joensuu_env"], "Keittiöapu", skill=2, ability=2)
    evaluate(ctx, task_id, 1, [S, W, S, N])
    evaluate(ctx, task_id, 2, [S, S])
    row = task_list(ctx)[0]
    assert [(e.level, e.suitable, e.with_support, e.not_suitable) for e in row.evidence] == [
        (1, 2, 1, 1), (2, 2, 0, 0), (3, 0, 0, 0)]
    assert row.evaluations == 6
    assert row.advice is None  # half suitable at level 1 is not enough
    evaluate(ctx, task_id, 1, [S, S, S])
    row = task_list(ctx)[0]
    assert row.advice is not None and (row.advice.advice, row.advice.level) == (Advice.LOWER, 1)


def test_evidence_suggests_a_higher_level_and_withdrawn_evaluations_do_not_count(as_user,
                                                                                  world):
    ctx = as_user("valmentaja")
    task_id = make_task(ctx, world["joensuu_env"], "Lumityöt", skill=1, ability=1)
    evaluate(ctx, task_id, 1, [N, N, S])
    assert task_list(ctx)[0].advice.advice is Advice.RAISE
    assert task_list(ctx)[0].advice.level == 2
    latest = task_details(ctx, task_id).notes[0]
    delete_evaluation(ctx, latest.id)
    assert task_list(ctx)[0].advice is None  # two evaluations are not enough evidence
    with pytest.raises(PermissionDenied):
        delete_evaluation(as_user("agentti"), latest.id)


def test_evaluation_needs_a_note_unless_suitable_and_no_future_date(as_user, world):
    ctx = as_user("valmentaja")
    task_id = make_task(ctx, world["joensuu_env"], "Siivous")
    with pytest.raises(ValidationError) as caught:
        record_evaluation(ctx, EvaluationInput(task_id, 4, TaskFit.NOT_SUITABLE, " ",
                                               date(2026, 11, 21)), today=TODAY)
    assert set(caught.value.errors) == {"trainee_level", "note", "evaluated_on"}
    record_evaluation(ctx, EvaluationInput(task_id, 1, TaskFit.SUITABLE), today=TODAY)
    with pytest.raises(PermissionDenied):
        record_evaluation(as_user("ohjausryhma"), EvaluationInput(task_id, 1, S), today=TODAY)
