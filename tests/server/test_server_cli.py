"""`toimi-server` as an administrator runs it: user add (password from stdin), check,
device list and revoke, serve with structured logs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx

from toimi_desktop.sync.transport import Transport
from toimi_desktop.sync.wire import LoginRequest

ROOT = Path(__file__).resolve().parents[2]


def server_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "toimi_server", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_an_administrator_sets_up_runs_and_revokes(tmp_path: Path):
    from sync_helpers import ServerProcess

    db = str(tmp_path / "server.db")
    added = server_cli("user", "add", "aino", "--role", "coach", "--municipality", "Joensuu",
                       "--municipality", "426", "--db-url", db, stdin="salainen\n")
    assert added.returncode == 0, added.stderr
    assert "167, 426" in added.stdout
    twice = server_cli("user", "add", "aino", "--role", "coach", "--municipality", "Joensuu",
                       "--db-url", db, stdin="x\n")
    assert twice.returncode == 2 and "exists" in twice.stderr
    nowhere = server_cli("user", "add", "b", "--role", "coach", "--municipality", "Espoo",
                         "--db-url", db, stdin="x\n")
    assert nowhere.returncode == 2 and "unknown municipality" in nowhere.stderr
    check = server_cli("check", "--db-url", db)
    assert check.returncode == 0 and "1 users" in check.stdout

    server = ServerProcess(db, tmp_path / "server.log")
    server.start()
    try:
        answer = Transport(server.url).login(LoginRequest(
            username="aino", password="salainen", client_device_id="laptop-1",
            device_name="Ainon kannettava"))
        listed = server_cli("device", "list", "--db-url", db)
        assert answer.device_id in listed.stdout and "active" in listed.stdout
        revoked = server_cli("device", "revoke", answer.device_id[:13], "--db-url", db)
        assert revoked.returncode == 0, revoked.stderr
        response = httpx.get(server.url + "/api/v1/session",
                             headers={"Authorization": f"Bearer {answer.token}"})
        assert response.status_code == 401 and response.json()["code"] == "device_revoked"
    finally:
        server.kill()
    logs = [json.loads(line) for line in (tmp_path / "server.log").read_text().splitlines()
            if line.startswith("{")]
    events = {entry["event"] for entry in logs}
    assert {"start", "login", "request"} <= events
    assert all("salainen" not in json.dumps(e) and answer.token not in json.dumps(e)
               for e in logs)
    assert server_cli("check", "--db-url", str(tmp_path / "nothing" / "x.db")).returncode == 1
