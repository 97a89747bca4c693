"""Assessment templates (versioning) and assessments, through the services."""

from datetime import date

import pytest
from assessment_helpers import (
    ABILITY,
    ABILITY_KEYS,
    COACHING,
    COACHING_KEYS,
    TODAY,
    all_scores,
    assess,
    trainee_with_period,
)

from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import AssessmentKind
from toimi_desktop.services.assessment_templates import save_template, set_template_active
from toimi_desktop.services.assessment_trends import trends
from toimi_desktop.services.assessments import (
    AssessmentInput,
    Criterion,
    TemplateInput,
    get_template,
    save_assessment,
    template_versions,
    templates,
    trainee_assessments,
)
from toimi_desktop.services.errors import PermissionDenied, ValidationError


def _criteria(*labels: str) -> list[Criterion]:
    return [Criterion(key=f"c{i}", label=label, group="Työskentely", low=1, high=5,
                      levels={1: "Tarvitsee tukea", 5: "Itsenäinen"})
            for i, label in enumerate(labels, start=1)]


def test_default_templates_are_seeded(as_user):
    ctx = as_user("valmentaja")
    found = {t.family: t for t in templates(ctx)}
    assert set(found) == {"work_coaching", "work_ability"}
    coaching = found["work_coaching"]
    assert [c.key for c in coaching.criteria] == list(COACHING_KEYS)
    assert coaching.groups == ("Työskentely", "Työelämätaidot", "Oppiminen")
    assert (coaching.criteria[0].low, coaching.criteria[0].high) == (1, 5)
    assert coaching.criteria[0].level_text(4) == "Suoriutuu lähes itsenäisesti"
    ability = found["work_ability"]
    assert [c.key for c in ability.criteria] == list(ABILITY_KEYS)
    assert (ability.criteria[0].low, ability.criteria[0].high) == (0, 10)
    assert ability.criteria[0].level_text(7) == "Kohtalainen"  # the nearest described below


def test_a_new_version_keeps_old_assessments_meaning(as_user, world):
    coordinator, coach = as_user("koordinaattori"), as_user("valmentaja")
    first = save_template(coordinator, TemplateInput("Keittiötyö", _criteria("Hygienia",
                                                                            "Työtahti"))).id
    family = get_template(coach, first).family
    trainee, _period = trainee_with_period(coach, world)
    old = assess(coach, trainee, date(2026, 10, 1), {"c1": 2, "c2": 3}, template=first)

    second = save_template(coordinator, TemplateInput(
        "Keittiötyö 2", _criteria("Hygienia", "Työtahti", "Asiakaspalvelu")), family=family).id
    versions = template_versions(coach, family)
    assert [(t.version, t.active) for t in versions] == [(1, False), (2, True)]
    assert [t.id for t in templates(coach) if t.family == family] == [second]
    # The old assessment still reads with the criteria it was made with.
    (view,) = trainee_assessments(coach, trainee)
    assert view.id == old and view.template.id == first and len(view.template.criteria) == 2
    # New assessments must use the newest version.
    with pytest.raises(ValidationError) as error:
        assess(coach, trainee, date(2026, 11, 1), {"c1": 3}, template=first)
    assert set(error.value.errors) == {"template_id"}
    assess(coach, trainee, date(2026, 11, 1), {"c1": 3, "c3": 2}, template=second)
    (trend,) = trends(trainee_assessments(coach, trainee))
    assert trend.family == family and trend.name == "Keittiötyö 2" and trend.count == 2


def test_template_validation_is_per_criterion(as_user):
    coordinator = as_user("koordinaattori")
    bad = [Criterion("ok", "Hyvä", "A", 1, 5),
           Criterion("ok", "Sama avain", "A", 1, 5),
           Criterion("Bad key", "Nimi", "A", 1, 5),
           Criterion("scale", "Asteikko", "A", 5, 1),
           Criterion("levels", "Tasot", "", 1, 5, {9: "yli"})]
    with pytest.raises(ValidationError) as error:
        save_template(coordinator, TemplateInput("", bad))
    assert set(error.value.errors) == {"name", "criteria:2", "criteria:3", "criteria:4",
                                       "criteria:5"}
    with pytest.raises(ValidationError) as error:
        save_template(coordinator, TemplateInput("Tyhjä", []))
    assert set(error.value.errors) == {"criteria"}


def test_only_coordinators_manage_templates(as_user):
    for user in ("valmentaja", "agentti", "ohjausryhma"):
        with pytest.raises(PermissionDenied):
            save_template(as_user(user), TemplateInput("X", _criteria("A")))
    coordinator = as_user("koordinaattori")
    set_template_active(coordinator, "work_ability", False)
    assert {t.family for t in templates(coordinator)} == {"work_coaching"}
    assert "work_ability" in {t.family for t in templates(coordinator, include_retired=True)}
    set_template_active(coordinator, "work_ability", True)
    assert len(templates(coordinator)) == 2


def test_assessment_with_self_assessment_audit_and_outbox(db, as_user, world):
    coach = as_user("valmentaja")
    trainee, period = trainee_with_period(coach, world)
    assessment_id = assess(coach, trainee, date(2026, 9, 10), {"pace": 2, "safety": 3},
                           kind=AssessmentKind.INITIAL, own={"pace": 4})
    (view,) = trainee_assessments(coach, trainee)
    assert view.period_id == period and view.assessor == "Valmentaja"
    assert view.scores == {"pace": (2, 4), "safety": (3, None)}
    conn = connect(db.path)
    audit = conn.execute("SELECT action, entity_id FROM audit_entry WHERE entity = "
                         "'assessment'").fetchall()
    assert audit == [("assessment.create", assessment_id)]
    outbox = {t for (t,) in conn.execute("SELECT table_name FROM sync_outbox")}
    assert {"assessment", "assessment_score", "audit_entry"} <= outbox

    # Correcting it: a score removed becomes a tombstone, texts are saved.
    save_assessment(coach, AssessmentInput(
        trainee, COACHING, AssessmentKind.INITIAL, date(2026, 9, 10),
        scores={"pace": (3, 4)}, strengths=" Täsmällinen ", needs="Tahti"), assessment_id,
        today=TODAY)
    (view,) = trainee_assessments(coach, trainee)
    assert view.scores == {"pace": (3, 4)} and view.strengths == "Täsmällinen"
    assert conn.execute("SELECT deleted FROM assessment_score WHERE criterion_key = 'safety'"
                        ).fetchone() == (1,)


@pytest.mark.parametrize(
    ("day", "scores", "own", "kind", "fields"),
    [
        (date(2026, 12, 1), {"pace": 3}, {}, AssessmentKind.INTERIM, {"assessed_on"}),
        (date(2026, 8, 1), {"pace": 3}, {}, AssessmentKind.INTERIM, {"assessed_on"}),
        (date(2026, 10, 1), {"pace": 6}, {"safety": 0}, AssessmentKind.INTERIM,
         {"score:pace", "self:safety"}),
        (date(2026, 10, 1), {"nope": 3}, {}, AssessmentKind.INTERIM, {"score:nope", "scores"}),
        (date(2026, 10, 1), {}, {"pace": 3}, AssessmentKind.INTERIM, {"scores"}),
        (date(2026, 10, 1), {"pace": 3}, {}, AssessmentKind.INITIAL, {"kind"}),
    ],
)
def test_assessment_rules(as_user, world, day, scores, own, kind, fields):
    coach = as_user("valmentaja")
    trainee, _period = trainee_with_period(coach, world)
    assess(coach, trainee, date(2026, 9, 5), {"pace": 2}, kind=AssessmentKind.INITIAL)
    with pytest.raises(ValidationError) as error:
        assess(coach, trainee, day, scores, own=own, kind=kind)
    assert set(error.value.errors) == fields


def test_initial_assessment_once_per_template_family(as_user, world):
    coach = as_user("valmentaja")
    trainee, _period = trainee_with_period(coach, world)
    assess(coach, trainee, date(2026, 9, 5), {"pace": 2}, kind=AssessmentKind.INITIAL)
    # Another family may have its own initial assessment.
    assess(coach, trainee, date(2026, 9, 5), {"work_ability": 5}, template=ABILITY,
           kind=AssessmentKind.INITIAL)


def test_who_may_assess_and_see(as_user, world):
    coach = as_user("valmentaja")
    trainee, _period = trainee_with_period(coach, world)
    for user in ("agentti", "koordinaattori", "ohjausryhma"):
        with pytest.raises(PermissionDenied):
            assess(as_user(user), trainee, date(2026, 10, 1), {"pace": 3})
    assess(coach, trainee, date(2026, 10, 1), {"pace": 3})
    assert len(trainee_assessments(as_user("agentti"), trainee)) == 1
    with pytest.raises(PermissionDenied):
        trainee_assessments(as_user("ohjausryhma"), trainee)
    with pytest.raises(PermissionDenied):  # a Liperi coach: another municipality
        trainee_assessments(as_user("liperi"), trainee)


def test_trend_per_group_and_change_first_to_latest(as_user, world):
    coach = as_user("valmentaja")
    trainee, _period = trainee_with_period(coach, world)
    assess(coach, trainee, date(2026, 9, 8), all_scores(COACHING_KEYS, 2),
           kind=AssessmentKind.INITIAL, own=all_scores(COACHING_KEYS, 4))
    assess(coach, trainee, date(2026, 10, 20), {**all_scores(COACHING_KEYS, 3), "pace": 4})
    assess(coach, trainee, date(2026, 11, 20), {"punctuality": 5})  # one group only
    assess(coach, trainee, date(2026, 10, 1), all_scores(ABILITY_KEYS, 5), template=ABILITY)
    coaching, ability = trends(trainee_assessments(coach, trainee))
    assert (coaching.family, coaching.low, coaching.high) == ("work_coaching", 1, 5)
    work = coaching.group("Työskentely")
    assert [(p.day, p.coach) for p in work.points] == [(date(2026, 9, 8), 2.0),
                                                       (date(2026, 10, 20), 3.25)]
    assert work.points[0].own == 4.0 and work.change == 1.25
    life = coaching.group("Työelämätaidot")
    assert life.latest.day == date(2026, 11, 20) and life.change == 3.0
    assert (ability.family, ability.high, ability.group("Työkyky").change) == (
        "work_ability", 10, None)
