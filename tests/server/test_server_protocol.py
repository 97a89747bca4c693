"""The server's protocol over real HTTP, on SQLite and on PostgreSQL: login, push (batches,
idempotency, per-record rejection, field merge, free-text conflicts), pull pages, versions."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from sqlalchemy import select

from toimi_desktop.sync import errors
from toimi_desktop.sync.transport import Transport
from toimi_desktop.sync.wire import (
    PROTOCOL_HEADER,
    LoginRequest,
    PullResponse,
    PushRecord,
    PushRequest,
)
from toimi_server.models import Device
from toimi_server.services.pull import Page, encode_page

PASSWORD = "salasana-123"


def logged_in(server, username: str, device: str = "dev-a") -> Transport:
    answer = Transport(server.url).login(LoginRequest(
        username=username, password=PASSWORD, client_device_id=device))
    return Transport(server.url, answer.token)


def clock(wall: int, device: str = "dev-a", counter: int = 0) -> str:
    return f"{wall:013d}-{counter:05d}-{device}"


def env_record(rid: str, name: str, stamp: str, municipality: str = "167", **extra):
    values = {"municipality_code": municipality, "name": name, "kind": "partnership",
              "open_weekdays": "12345", "updated_hlc": stamp, "deleted": 0,
              "created_at": "2026-01-01 00:00:00", "updated_at": "2026-01-01 00:00:00",
              "created_by": None, "updated_by": None, "address": None, "contact_name": None,
              "contact_phone": None, "contact_email": None, **extra}
    return PushRecord(table="environment", id=rid, clocks={k: stamp for k in values},
                      values=values)


def push(transport: Transport, *records: PushRecord, batch_id: str | None = None):
    return transport.push(PushRequest(batch_id=batch_id or str(uuid.uuid4()),
                                      records=list(records)))


def pull_all(transport: Transport, cursor: int = 0, limit: int = 1000) -> list:
    records = []
    while True:
        page = transport.changes(cursor, limit, -1)
        records.extend(page.records)
        cursor = page.cursor
        if not page.more:
            return records


def test_health_login_and_hashed_token(any_server):
    assert httpx.get(any_server.url + "/health").json()["status"] == "ok"
    with pytest.raises(errors.AuthError) as wrong:
        Transport(any_server.url).login(LoginRequest(
            username="valmentaja", password="wrong", client_device_id="x"))
    assert wrong.value.message.template == errors.BAD_LOGIN
    answer = Transport(any_server.url).login(LoginRequest(
        username="valmentaja", password=PASSWORD, client_device_id="x"))
    with any_server.sessions() as session:
        stored = session.scalars(select(Device.token_hash)).all()
    assert answer.token not in stored and len(stored) == 1 and len(stored[0]) == 64
    assert Transport(any_server.url, answer.token).session().user.username == "valmentaja"


def test_push_then_pull_and_the_same_batch_twice(any_server):
    transport = logged_in(any_server, "valmentaja")
    record = env_record("e1", "Taitamo", clock(1000))
    batch = str(uuid.uuid4())
    first = push(transport, record, batch_id=batch)
    assert [r.status for r in first.results] == ["applied"] and not first.duplicate
    seq = any_server.last_seq()
    again = push(transport, record, batch_id=batch)
    assert again.duplicate and again.results == first.results
    assert any_server.last_seq() == seq  # nothing changed the second time
    pulled = pull_all(transport)
    assert [(r.table, r.id, r.values["name"]) for r in pulled] == [("environment", "e1",
                                                                     "Taitamo")]


def test_one_bad_record_does_not_block_the_rest(any_server):
    transport = logged_in(any_server, "valmentaja")
    bad_field = env_record("e2", "B", clock(1000), colour="red")
    bad_table = PushRecord(table="no_such_table", id="x", clocks={"a": clock(1)},
                           values={"a": 1})
    missing = PushRecord(table="environment", id="e3", clocks={"name": clock(1)},
                         values={"name": "only a name", "municipality_code": "167"})
    good = env_record("e4", "Good", clock(1000))
    answer = push(transport, bad_field, bad_table, missing, good)
    assert [(r.id, r.status, r.code) for r in answer.results] == [
        ("e2", "rejected", "unknown_field"), ("x", "rejected", "unknown_table"),
        ("e3", "rejected", "missing_field"), ("e4", "applied", None)]
    assert set(any_server.records()) == {("environment", "e4")}


def test_fields_merge_by_clock_and_the_loser_learns_the_winner(any_server):
    a = logged_in(any_server, "valmentaja", "dev-a")
    b = logged_in(any_server, "valmentaja2", "dev-b")
    push(a, env_record("e1", "Taitamo", clock(1000)))
    later = push(a, PushRecord(table="environment", id="e1", clocks={"name": clock(3000)},
                               values={"name": "Taitamo A", "municipality_code": "167"}))
    assert later.results[0].status == "applied"
    # B changed the name earlier (by the clock) and the address: the address is new.
    answer = push(b, PushRecord(
        table="environment", id="e1",
        clocks={"name": clock(2000, "dev-b"), "address": clock(2000, "dev-b")},
        values={"name": "Taitamo B", "address": "Siltakatu 1", "municipality_code": "167"}))
    result = answer.results[0]
    assert result.status == "applied" and result.lost == {"name": "Taitamo A"}
    data = any_server.records()[("environment", "e1")]
    assert (data["name"], data["address"]) == ("Taitamo A", "Siltakatu 1")


def test_free_text_edited_on_two_devices_keeps_both(any_server):
    a = logged_in(any_server, "valmentaja", "dev-a")
    b = logged_in(any_server, "valmentaja2", "dev-b")
    push(a, env_record("e1", "Taitamo", clock(1000)))
    base = any_server.last_seq()
    task = {"environment_id": "e1", "name": "Siivous", "field": "cleaning",
            "municipality_code": "167", "description": "alku",
            "updated_hlc": clock(1100)}
    stamp = clock(1100)
    push(a, PushRecord(table="work_task", id="t1", clocks={k: stamp for k in task},
                       values=task))
    base = any_server.last_seq()
    push(a, PushRecord(table="work_task", id="t1", clocks={"description": clock(2000)},
                       values={**task, "description": "A:n teksti"}, base=base))
    answer = push(b, PushRecord(table="work_task", id="t1",
                                clocks={"description": clock(1500, "dev-b")},
                                values={**task, "description": "B:n teksti"}, base=base))
    assert answer.results[0].conflicts == 1
    assert answer.results[0].lost == {"description": "A:n teksti"}
    records = any_server.records()
    assert records[("work_task", "t1")]["description"] == "A:n teksti"
    (conflict,) = [v for (t, _i), v in records.items() if t == "sync_conflict"]
    assert (conflict["row_id"], conflict["field"], conflict["other_value"]) == (
        "t1", "description", "B:n teksti")
    # A device that had seen A's text replaces it without a conflict.
    seen = any_server.last_seq()
    quiet = push(b, PushRecord(table="work_task", id="t1",
                               clocks={"description": clock(2500, "dev-b")},
                               values={**task, "description": "yhdessä"}, base=seen))
    assert quiet.results[0].conflicts == 0
    # Conflict records are made only by the server.
    forged = push(a, PushRecord(table="sync_conflict", id=str(uuid.uuid4()),
                                clocks={"field": clock(9000)},
                                values={"field": "x", "municipality_code": "167"}))
    assert forged.results[0].code in ("server_only", "missing_field")


def test_pull_pages_by_cursor(any_server):
    transport = logged_in(any_server, "valmentaja")
    push(transport, *[env_record(f"e{i}", f"Env {i}", clock(1000 + i)) for i in range(7)])
    page = transport.changes(0, 3, -1)
    assert len(page.records) == 3 and page.more and page.users
    seqs = [r.seq for r in page.records]
    assert seqs == sorted(seqs) and page.cursor == seqs[-1]
    rest = pull_all(transport, page.cursor, 3)
    assert len(rest) == 4
    empty = transport.changes(any_server.last_seq(), 3, page.users_version)
    assert empty.records == [] and not empty.more and empty.users is None


def test_encoded_page_is_the_wire_model():
    page = Page([(5, "trainee", "t1", clock(1), json.dumps({"first_name": "Äijä", "x": 1.5}))],
                5, False, 2, None, "coach:167")
    decoded = PullResponse.model_validate_json(encode_page(page))
    assert decoded.records[0].values == {"first_name": "Äijä", "x": 1.5}
    assert json.loads(encode_page(page)) == json.loads(decoded.model_dump_json())


def test_old_client_is_told_to_update(any_server):
    response = httpx.get(any_server.url + "/api/v1/changes", headers={PROTOCOL_HEADER: "0"})
    assert response.status_code == 426 and response.json()["code"] == "client_outdated"
    response = httpx.get(any_server.url + "/api/v1/changes", headers={PROTOCOL_HEADER: "99"})
    assert response.json()["code"] == "server_outdated"


def test_large_batches_travel_compressed(server):
    transport = logged_in(server, "valmentaja")
    records = [env_record(f"e{i}", "x" * 200, clock(1000 + i)) for i in range(500)]
    sent_before = transport.bytes_sent
    answer = push(transport, *records)
    assert {r.status for r in answer.results} == {"applied"}
    raw = len(PushRequest(batch_id="b" * 10, records=records).model_dump_json())
    assert transport.bytes_sent - sent_before < raw / 5
    received_before = transport.bytes_received
    assert len(pull_all(transport)) == 500
    assert transport.bytes_received - received_before < raw / 5


def test_health_is_503_when_the_database_is_gone(tmp_path):
    from sync_helpers import RunningServer

    server = RunningServer(f"sqlite:///{tmp_path}/missing/dir/x.db", migrate=False)
    try:
        response = httpx.get(server.url + "/health")
    finally:
        server.stop()
    assert response.status_code == 503 and response.json()["status"] == "unavailable"


def trainee_record(rid: str, hetu: str | None, stamp: str, municipality: str = "167",
                   **extra) -> PushRecord:
    values = {"municipality_code": municipality, "first_name": "Aino", "last_name": rid,
              "hetu": hetu, "updated_hlc": stamp, "deleted": 0, **extra}
    return PushRecord(table="trainee", id=rid, clocks={k: stamp for k in values},
                      values=values)


def test_a_second_live_trainee_with_a_hetu_is_refused(any_server):
    a = logged_in(any_server, "valmentaja", "dev-a")
    b = logged_in(any_server, "valmentaja2", "dev-b")
    liperi = logged_in(any_server, "liperi", "dev-l")
    hetu, other = "010594Y9032", "131052-308T"
    assert push(a, trainee_record("t1", hetu, clock(1000, "dev-a"))).results[0].status \
        == "applied"
    answer = push(b, trainee_record("t2", hetu, clock(2000, "dev-b")),
                  trainee_record("t3", other, clock(2000, "dev-b")))
    refused, applied = answer.results
    assert (refused.status, refused.code, refused.other_id) == ("rejected", "duplicate_hetu",
                                                                "t1")
    assert applied.status == "applied"  # one refused record blocks nothing
    # Outside the user's municipalities: refused as well, without naming the record.
    (elsewhere,) = push(liperi, trainee_record("t4", hetu, clock(2500, "dev-l"),
                                               "426")).results
    assert (elsewhere.code, elsewhere.other_id) == ("duplicate_hetu", None)
    # Changing another person's code to a taken one is refused; the record stays as it was.
    (taken,) = push(b, trainee_record("t3", hetu, clock(3000, "dev-b"))).results
    assert (taken.code, taken.other_id) == ("duplicate_hetu", "t1")
    # Once the first person is retired, the code is free again.
    retire = trainee_record("t1", hetu, clock(4000, "dev-a"), deleted=1)
    assert push(a, retire).results[0].status == "applied"
    assert push(b, trainee_record("t2", hetu, clock(5000, "dev-b"))).results[0].status \
        == "applied"
    stored = {r.id: r.values for r in pull_all(a) if r.table == "trainee"}
    assert stored["t3"]["hetu"] == other and stored["t2"]["hetu"] == hetu
    assert "t4" not in stored


def test_a_batch_resent_after_logging_in_again_is_still_the_devices_own(any_server):
    """An answer lost, then a new login: the same batch again changes nothing. Another
    device (or user) using that batch id is refused."""
    first = logged_in(any_server, "valmentaja", "dev-a")
    batch = str(uuid.uuid4())
    push(first, env_record("e1", "Taitamo", clock(1000)), batch_id=batch)
    again = logged_in(any_server, "valmentaja", "dev-a")
    answer = push(again, env_record("e1", "Taitamo", clock(1000)), batch_id=batch)
    assert answer.duplicate and answer.results[0].status == "applied"
    for stranger in (logged_in(any_server, "valmentaja", "dev-b"),
                     logged_in(any_server, "valmentaja2", "dev-a")):
        with pytest.raises(errors.SyncError) as refused:
            push(stranger, env_record("e1", "Taitamo", clock(1000)), batch_id=batch)
        assert "batch_mismatch" in str(refused.value.message.params)
