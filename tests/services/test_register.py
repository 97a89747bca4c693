from datetime import date

import pytest

from toimi_desktop.models.enums import PeriodKind, PeriodState, TargetGroup
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.register import (
    RegisterFilter,
    TraineeRegister,
    fts_query,
    trainee_details,
)
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)


@pytest.fixture
def people(as_user, world):
    coordinator = as_user("koordinaattori")
    made = {}
    for first, last, code, hetu, groups in [
        ("Aino", "Virtanen", "167", "131052-308T", [TargetGroup.LONG_TERM_UNEMPLOYED]),
        ("Olga", "Ivanova", "167", None, [TargetGroup.IMMIGRANT]),
        ("Väinö", "Mäkelä", "426", "010594Y9032", [TargetGroup.PARTIAL_WORK_ABILITY]),
        ("Eino", "Virtala", "167", None, []),
    ]:
        made[last] = create_trainee(coordinator, TraineeInput(
            first, last, code, hetu=hetu, target_groups=groups), today=TODAY).id
    start_period(coordinator, made["Virtanen"], PeriodInput(
        world["joensuu_env"], PeriodKind.COACHING, date(2026, 10, 1), hours_per_day=4))
    start_period(coordinator, made["Ivanova"], PeriodInput(
        world["joensuu_env"], PeriodKind.COACHING, date(2027, 1, 10), hours_per_day=4))
    start_period(coordinator, made["Mäkelä"], PeriodInput(
        world["liperi_env"], PeriodKind.COACHING, date(2026, 10, 1), hours_per_day=4))
    return made


def names(register, flt):
    return [r.last_name for r in register.page(flt)]


def test_fts_query_quotes_words_and_ignores_syntax():
    assert fts_query('virt "OR* ä-') == '"virt"* "OR"* "ä"*'
    assert fts_query("  -- ") is None


def test_search_by_name_prefix_hetu_and_municipality(as_user, people):
    register = TraineeRegister(as_user("koordinaattori"), today=TODAY)
    assert names(register, RegisterFilter("virt")) == ["Virtala", "Virtanen"]
    assert names(register, RegisterFilter("aino virt")) == ["Virtanen"]
    assert names(register, RegisterFilter("131052-308T")) == ["Virtanen"]
    assert names(register, RegisterFilter("mäke")) == ["Mäkelä"]
    assert names(register, RegisterFilter("liperi")) == ["Mäkelä"]
    assert register.count(RegisterFilter("virt")) == 2


def test_filters(as_user, world, people):
    register = TraineeRegister(as_user("koordinaattori"), today=TODAY)
    assert names(register, RegisterFilter(municipality_code="426")) == ["Mäkelä"]
    assert names(register, RegisterFilter(target_group=TargetGroup.IMMIGRANT)) == ["Ivanova"]
    assert names(register, RegisterFilter(environment_id=world["joensuu_env"])) == [
        "Ivanova", "Virtanen"]
    assert names(register, RegisterFilter(period_state=PeriodState.PLANNED)) == ["Ivanova"]
    assert names(register, RegisterFilter(period_state=PeriodState.ACTIVE)) == [
        "Mäkelä", "Virtanen"]
    assert names(register, RegisterFilter(period_state=PeriodState.NONE)) == ["Virtala"]
    assert names(register, RegisterFilter("virt", period_state=PeriodState.NONE)) == ["Virtala"]


def test_rows_mask_the_hetu_and_show_the_current_period(as_user, people):
    row = TraineeRegister(as_user("koordinaattori"), today=TODAY).page(
        RegisterFilter("virtanen"))[0]
    assert row.hetu_masked == "131052-****"
    assert (row.environment, row.period_state) == ("Taitamo", PeriodState.ACTIVE)


def test_a_coach_sees_only_their_municipalities(as_user, people):
    register = TraineeRegister(as_user("liperi"), today=TODAY)
    assert names(register, RegisterFilter()) == ["Mäkelä"]
    with pytest.raises(PermissionDenied):
        trainee_details(as_user("liperi"), people["Virtanen"])


def test_steering_group_sees_no_personal_data(as_user, people):
    with pytest.raises(PermissionDenied):
        TraineeRegister(as_user("ohjausryhma"))
    with pytest.raises(PermissionDenied):
        trainee_details(as_user("ohjausryhma"), people["Virtanen"])


def test_paging_is_stable(as_user, people):
    register = TraineeRegister(as_user("koordinaattori"), today=TODAY)
    first, rest = register.page(RegisterFilter(), 0, 2), register.page(RegisterFilter(), 2, 10)
    assert [r.last_name for r in first + rest] == ["Ivanova", "Mäkelä", "Virtala", "Virtanen"]


def test_index_filters_match_the_table_filters(as_user, people):
    """Text + target group runs inside FTS5; adding a period filter forces the join path:
    both must agree with each other and with count()."""
    register = TraineeRegister(as_user("koordinaattori"), today=TODAY)
    inside = RegisterFilter("virt", target_group=TargetGroup.LONG_TERM_UNEMPLOYED)
    joined = RegisterFilter("virt", target_group=TargetGroup.LONG_TERM_UNEMPLOYED,
                            period_state=PeriodState.ACTIVE)
    assert names(register, inside) == names(register, joined) == ["Virtanen"]
    for flt in (inside, joined, RegisterFilter("v"), RegisterFilter(municipality_code="167"),
                RegisterFilter("testi", municipality_code="426"),
                RegisterFilter(target_group=TargetGroup.IMMIGRANT)):
        assert register.count(flt) == len(register.page(flt)), flt


def test_counting_everyone_agrees_with_the_list_for_every_role(as_user, people):
    for username, expected in (("koordinaattori", 4), ("agentti", 3), ("valmentaja", 3),
                               ("liperi", 1)):
        register = TraineeRegister(as_user(username), today=TODAY)
        for flt in (RegisterFilter(), RegisterFilter(municipality_code="167")):
            assert register.count(flt) == len(register.page(flt)), (username, flt)
        assert register.count(RegisterFilter()) == expected, username


def test_scope_applies_inside_the_index_too(as_user, people):
    register = TraineeRegister(as_user("liperi"), today=TODAY)
    assert names(register, RegisterFilter("v")) == ["Mäkelä"]  # Väinö; not Virtanen
    assert register.count(RegisterFilter("virtanen")) == 0


def test_removed_trainees_leave_the_index(db, as_user, people):
    """The retention job hard-deletes; a tombstone hides. Neither may leave stale hits."""
    from toimi_desktop.models.database import connect

    register = TraineeRegister(as_user("koordinaattori"), today=TODAY)
    with connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM period WHERE trainee_id = ?", (people["Virtanen"],))
        conn.execute("DELETE FROM trainee WHERE id = ?", (people["Virtanen"],))
        conn.execute("UPDATE trainee SET deleted = 1 WHERE id = ?", (people["Virtala"],))
        assert conn.execute("SELECT count(*) FROM trainee_search").fetchone() == (2,)
    assert names(register, RegisterFilter("virt")) == []
    # Counting everyone goes through the index's municipality tags: the same two.
    assert register.count(RegisterFilter()) == len(register.page(RegisterFilter())) == 2
    create_trainee(as_user("koordinaattori"), TraineeInput("Uusi", "Virtanen", "167"),
                   today=TODAY)
    assert names(register, RegisterFilter("virt")) == ["Virtanen"]
