"""Security: every endpoint × every role × own and foreign municipality; no token, a wrong
token, a revoked device; the token never in a file; a missing keyring said plainly."""

from __future__ import annotations

import uuid

import httpx
import pytest

from toimi_desktop.sync import errors
from toimi_desktop.sync.transport import Transport
from toimi_desktop.sync.wire import LoginRequest, PushRecord, PushRequest

PASSWORD = "salasana-123"
ROLES = {"koordinaattori": "coordinator", "valmentaja": "coach", "agentti": "career_agent",
         "yritys": "business_agent", "ohjaus": "steering_group"}


def clock(wall: int, device: str = "d") -> str:
    return f"{wall:013d}-00000-{device}"


def environment(rid: str, municipality: str, stamp: str) -> PushRecord:
    values = {"municipality_code": municipality, "name": rid, "kind": "partnership",
              "open_weekdays": "12345", "updated_hlc": stamp, "deleted": 0}
    return PushRecord(table="environment", id=rid, clocks={k: stamp for k in values},
                      values=values)


def trainee(rid: str, municipality: str, stamp: str) -> PushRecord:
    values = {"municipality_code": municipality, "first_name": "A", "last_name": rid,
              "updated_hlc": stamp, "deleted": 0}
    return PushRecord(table="trainee", id=rid, clocks={k: stamp for k in values},
                      values=values)


def token_for(server, username: str) -> str:
    return Transport(server.url).login(LoginRequest(
        username=username, password=PASSWORD, client_device_id=f"dev-{username}")).token


@pytest.fixture
def seeded(any_server):
    """Records of both kinds in Joensuu (167) and Liperi (426), pushed by the coordinator."""
    with Transport(any_server.url, token_for(any_server, "koordinaattori")) as admin:
        admin.push(PushRequest(batch_id=str(uuid.uuid4()), records=[
            environment("env-167", "167", clock(1)), environment("env-426", "426", clock(1)),
            trainee("tr-167", "167", clock(1)), trainee("tr-426", "426", clock(1))]))
    return any_server


@pytest.mark.parametrize("username", list(ROLES))
def test_every_endpoint_for_every_role(seeded, username):
    server = seeded
    role = ROLES[username]
    headers = {"Authorization": f"Bearer {token_for(server, username)}"}
    client = httpx.Client(base_url=server.url, headers=headers)

    def push(*records):
        body = PushRequest(batch_id=str(uuid.uuid4()), records=list(records))
        return client.post("/api/v1/push", content=body.model_dump_json(),
                           headers={"Content-Type": "application/json"})

    assert client.get("/api/v1/session").json()["user"]["role"] == role
    # Pull: only what the role may read, only its municipalities.
    seen = {r["id"] for r in client.get("/api/v1/changes").json()["records"]}
    expected = {"coordinator": {"env-167", "env-426", "tr-167", "tr-426"},
                "steering_group": {"env-167"}}.get(role, {"env-167", "tr-167"})
    assert seen == expected
    foreign = client.get("/api/v1/changes", params={"municipality": "426"})
    assert foreign.status_code == (200 if role == "coordinator" else 403)
    own = client.get("/api/v1/changes", params={"municipality": "167"})
    assert own.status_code == 200
    # Push: own municipality applies (not for the steering group); foreign is refused
    # whole, and nothing of the same batch is applied.
    before = server.records()
    seq = server.last_seq()
    own_push = push(trainee(f"new-{username}", "167", clock(5)))
    assert own_push.status_code == (403 if role == "steering_group" else 200)
    mixed = push(trainee(f"ok-{username}", "167", clock(6)),
                 trainee(f"bad-{username}", "426", clock(6)))
    moved = push(PushRecord(table="trainee", id="tr-426", clocks={"last_name": clock(7)},
                            values={"last_name": "taken", "municipality_code": "167"}))
    if role == "coordinator":
        assert mixed.status_code == moved.status_code == 200
        return
    assert mixed.status_code == 403 and mixed.json()["code"] == "forbidden"
    assert moved.status_code == 403  # a foreign record cannot be pulled into one's scope
    after = server.records()
    changed = set(after) - set(before)
    assert changed == ({("trainee", f"new-{username}")} if role != "steering_group" else set())
    assert after[("trainee", "tr-426")] == before[("trainee", "tr-426")]
    assert (server.last_seq() == seq) == (not changed)


@pytest.mark.parametrize(("method", "path"), [("GET", "/api/v1/changes"),
                                              ("GET", "/api/v1/session"),
                                              ("POST", "/api/v1/push"),
                                              ("POST", "/api/v1/logout")])
def test_no_token_or_a_wrong_one_is_refused(server, method, path):
    for headers in ({}, {"Authorization": "Bearer toimi_not-a-real-token"},
                    {"Authorization": "Basic abc"}):
        response = httpx.request(method, server.url + path, headers=headers, json={})
        assert response.status_code == 401, (headers, response.text)
        assert response.json()["code"] == "invalid_token"


def test_a_revoked_device_is_refused_and_told_so(server, make_device):
    device = make_device(server, "valmentaja", "a")
    device.sync()
    (device_id,) = [d for d in _device_ids(server)]
    server.revoke(device_id)
    with pytest.raises(errors.DeviceRevoked) as refused:
        device.sync()
    assert "revoked" in refused.value.text("en")


def _device_ids(server) -> list[str]:
    from sqlalchemy import select

    from toimi_server.models import Device

    with server.sessions() as session:
        return list(session.scalars(select(Device.id)))


def test_the_token_is_in_no_file_under_the_data_dir(server, make_device, tmp_path,
                                                   memory_keyring):
    from sync_helpers import edit, new_environment, new_trainee

    from toimi_desktop.models import Trainee

    device = make_device(server, "valmentaja", "a")
    env = new_environment(device)
    person, _ = new_trainee(device, "167", env, "Aino", "Virtanen")
    edit(device, Trainee, person, phone="1")
    device.sync()
    (token,) = memory_keyring.values()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files)
    assert [p for p in files if token.encode() in p.read_bytes()] == []


def test_without_a_keyring_login_says_so_and_writes_no_token(server, template_db, tmp_path):
    import shutil

    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    from toimi_desktop.models.database import Database
    from toimi_desktop.sync.login import login

    shutil.copy(template_db, tmp_path / "x.db")
    db = Database(tmp_path / "x.db")
    keyring.set_keyring(FailKeyring())  # gone after the database was opened
    try:
        with pytest.raises(errors.CredentialStoreError) as missing:
            login(db, server.url, "valmentaja", PASSWORD)
    finally:
        db.dispose()
    assert "keyring" in missing.value.text("en")
    assert "toimi_" not in (tmp_path / "x.db").read_bytes().decode("latin-1")
