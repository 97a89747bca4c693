from datetime import date

import pytest

from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import Gender, TargetGroup
from toimi_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from toimi_desktop.services.trainees import TraineeInput, create_trainee, update_trainee

TODAY = date(2026, 11, 22)


def rows(db, sql, *params):
    with connect(db.path) as conn:
        return conn.execute(sql, params).fetchall()


def valid(**overrides) -> TraineeInput:
    data = TraineeInput(first_name="Aino", last_name="Virtanen", municipality_code="167",
                        hetu="131052-308T", target_groups=[TargetGroup.LONG_TERM_UNEMPLOYED])
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def test_create_writes_trainee_audit_and_outbox_in_one_go(db, as_user):
    result = create_trainee(as_user("valmentaja"), valid(), today=TODAY)
    assert rows(db, "SELECT first_name, hetu, birth_date, municipality_code FROM trainee") == [
        ("Aino", "131052-308T", "1952-10-13", "167")]
    audit = rows(db, "SELECT action, entity_id, success FROM audit_entry")
    assert audit == [("trainee.create", result.id, 1)]
    outbox = rows(db, "SELECT table_name, row_id FROM sync_outbox ORDER BY seq")
    assert ("trainee", result.id) in outbox
    hlc, created_by = rows(db, "SELECT updated_hlc, created_by FROM trainee")[0]
    assert hlc and created_by


def test_bad_input_reports_every_field_and_writes_nothing(db, as_user):
    with pytest.raises(ValidationError) as caught:
        create_trainee(as_user("valmentaja"),
                       valid(first_name=" ", hetu="131052-308U", email="aino@",
                             phone="abc", languages=["suomi"]), today=TODAY)
    assert set(caught.value.errors) == {"first_name", "hetu", "email", "phone", "languages"}
    assert "check character" in caught.value.errors["hetu"].text("en")
    assert rows(db, "SELECT count(*) FROM trainee") == [(0,)]
    assert rows(db, "SELECT count(*) FROM audit_entry") == [(0,)]
    assert rows(db, "SELECT count(*) FROM sync_outbox") == [(0,)]


def test_messages_come_in_finnish_by_default(db, as_user):
    with pytest.raises(ValidationError) as caught:
        create_trainee(as_user("valmentaja"), valid(first_name=""), today=TODAY)
    assert caught.value.errors["first_name"].text("fi") == "Nimi on pakollinen."


def test_duplicate_hetu_is_refused_but_other_century_sign_is_another_person(db, as_user):
    ctx = as_user("valmentaja")
    create_trainee(ctx, valid(hetu="100190-999P"), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        create_trainee(ctx, valid(hetu="100190-999p"), today=TODAY)
    assert "hetu" in caught.value.errors
    create_trainee(ctx, valid(hetu="100190Y999P"), today=TODAY)
    assert rows(db, "SELECT count(*) FROM trainee") == [(2,)]


def test_temporary_hetu_is_saved_with_a_warning(db, as_user):
    result = create_trainee(as_user("valmentaja"), valid(hetu="010594Y9032"), today=TODAY)
    assert [w.template for w in result.warnings] == [
        "The personal identity code is a temporary one (900–999)."]


def test_birth_date_must_match_hetu_and_age_be_sensible(db, as_user):
    ctx = as_user("valmentaja")
    with pytest.raises(ValidationError) as caught:
        create_trainee(ctx, valid(birth_date=date(1960, 1, 1)), today=TODAY)
    assert set(caught.value.errors) == {"birth_date"}
    with pytest.raises(ValidationError):
        create_trainee(ctx, valid(hetu=None, birth_date=date(2020, 1, 1)), today=TODAY)
    with pytest.raises(ValidationError):  # a 2052 birth date from the A sign is in the future
        create_trainee(ctx, valid(hetu="131052A308T"), today=TODAY)


def test_roles_and_municipalities_are_enforced(db, as_user):
    with pytest.raises(PermissionDenied):
        create_trainee(as_user("ohjausryhma"), valid(), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        create_trainee(as_user("liperi"), valid(), today=TODAY)  # a Liperi coach, Joensuu data
    assert set(caught.value.errors) == {"municipality_code"}
    create_trainee(as_user("koordinaattori"), valid(municipality_code="426"), today=TODAY)


def test_update_stamps_only_changed_fields(db, as_user):
    ctx = as_user("valmentaja")
    created = create_trainee(ctx, valid(), today=TODAY)
    hlc_before = rows(db, "SELECT updated_hlc FROM trainee")[0][0]
    update_trainee(ctx, created.id, valid(phone="040 123 4567", gender=Gender.FEMALE),
                   today=TODAY)
    last = rows(db, "SELECT fields FROM sync_outbox WHERE table_name='trainee' "
                    "ORDER BY seq DESC LIMIT 1")[0][0]
    assert last == '["gender", "phone"]'
    assert rows(db, "SELECT updated_hlc FROM trainee")[0][0] > hlc_before
    # saving the same data again changes nothing and queues nothing
    count = rows(db, "SELECT count(*) FROM sync_outbox")
    update_trainee(ctx, created.id, valid(phone="040 123 4567", gender=Gender.FEMALE),
                   today=TODAY)
    assert rows(db, "SELECT count(*) FROM sync_outbox") == count


def test_update_of_other_municipality_or_missing_trainee_is_refused(db, as_user):
    created = create_trainee(as_user("valmentaja"), valid(), today=TODAY)
    with pytest.raises(PermissionDenied):
        update_trainee(as_user("liperi"), created.id, valid(municipality_code="426"),
                       today=TODAY)
    with pytest.raises(NotFound):
        update_trainee(as_user("valmentaja"), "no-such-id", valid(), today=TODAY)


def test_search_index_follows_edits(db, as_user):
    ctx = as_user("valmentaja")
    created = create_trainee(ctx, valid(), today=TODAY)
    update_trainee(ctx, created.id, valid(last_name="Korhonen"), today=TODAY)
    assert rows(db, "SELECT count(*) FROM trainee_search WHERE trainee_search MATCH 'virtanen'"
                ) == [(0,)]
    assert rows(db, "SELECT count(*) FROM trainee_search WHERE trainee_search MATCH 'korhonen'"
                ) == [(1,)]
