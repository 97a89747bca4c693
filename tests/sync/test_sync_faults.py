"""Faults: a network that drops, truncates, loses and delays at random; a client killed in
the middle of applying a pull; a server killed in the middle of a push; an answer lost after
the server applied the batch. Every time the sync resumes and nothing is lost or doubled."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from fault_proxy import FaultProxy
from sync_helpers import (
    ROOT,
    Device,
    ServerProcess,
    assert_same_as_server,
    edit,
    new_environment,
    new_trainee,
)

from toimi_desktop.models import Period, Trainee
from toimi_desktop.models.database import connect
from toimi_desktop.sync import errors, state
from toimi_desktop.sync.push import Scope, next_batch

HERE = Path(__file__).resolve().parent


def sync_until_done(device, attempts: int = 40, **options):
    for _ in range(attempts):
        try:
            return device.sync(retries=1, backoff=0.01, **options)
        except (errors.Offline, errors.ProtocolError, errors.ServerError):
            continue
    raise AssertionError("sync never got through")


def test_a_flaky_network_loses_nothing_and_doubles_nothing(server, template_db, tmp_path):
    proxy = FaultProxy(server.port, seed=7)
    try:
        a = Device(template_db, tmp_path / "a.db", server.url, "valmentaja")
        b = Device(template_db, tmp_path / "b.db", server.url, "valmentaja2")
        for device in (a, b):  # from now on every request goes through the faults
            conn = device.db.raw_connection()
            with conn:
                state.put(conn, state.SERVER, proxy.url)
            conn.close()
            token = next(v for k, v in _secrets().items() if device.device_id in k[1])
            from toimi_desktop.sync.credentials import store_token

            store_token(proxy.url, device.device_id, token)
        env = new_environment(a)
        sync_until_done(a)
        sync_until_done(b)
        people = [new_trainee(a if i % 2 else b, "167", env, f"E{i}", f"S{i}")
                  for i in range(30)]
        for device in (a, b, a):
            sync_until_done(device)
        for round_ in range(4):
            for i, (trainee, period) in enumerate(people):
                device = (a, b)[(i + round_) % 2]
                edit(device, Trainee, trainee, phone=f"{round_}-{i}")
                edit(device, Period, period, goals=f"tavoite {round_}-{i}")
            sync_until_done(a, batch_size=7, page_size=9)
            sync_until_done(b, batch_size=7, page_size=9)
        for _ in range(2):
            sync_until_done(a, page_size=50)
            sync_until_done(b, page_size=50)
        assert a.dump() == b.dump()
        assert_same_as_server(a, server)
        assert len(a.dump()["trainee"]) == 30
        assert {f for f in ("drop", "truncate", "lose_answer", "delay") if proxy.counts[f]} == {
            "drop", "truncate", "lose_answer", "delay"}
        for device in (a, b):
            conn = device.db.raw_connection()
            assert state.status(conn).pending == 0
            conn.close()
    finally:
        proxy.stop()


def _secrets() -> dict:
    from memory_keyring import MemoryKeyring

    from toimi_desktop.sync.credentials import SERVICE

    return {k: v for k, v in MemoryKeyring.secrets.items() if k[0] == SERVICE}


def test_an_answer_lost_after_the_server_applied_the_batch_changes_nothing_more(
        server, make_device):
    a = make_device(server, "valmentaja", "a")
    env = new_environment(a)
    new_trainee(a, "167", env, "Aino", "Virtanen")
    conn = a.db.raw_connection()
    conn.isolation_level = None
    batch = next_batch(conn, Scope("coach", frozenset({"167"})), 100)
    conn.close()
    from toimi_desktop.sync.credentials import load_token
    from toimi_desktop.sync.transport import Transport

    with Transport(server.url, load_token(server.url, a.device_id)) as transport:
        transport.push(batch.request)  # applied; the answer "never reached" the device
    seq = server.last_seq()
    report = a.sync()  # sends the same batch again, under the same id
    assert report.pushed == batch.size
    assert server.last_seq() == seq
    assert_same_as_server(a, server)


def test_client_killed_while_applying_a_pull_resumes_where_it_stopped(
        server, make_device, tmp_path):
    a = make_device(server, "valmentaja", "a")
    env = new_environment(a)
    for i in range(40):
        new_trainee(a, "167", env, f"E{i}", f"S{i}")
    a.sync()
    total = server.last_seq()
    b = make_device(server, "valmentaja2", "b")
    (account, token), = [(k[1], v) for k, v in _secrets().items() if b.device_id in k[1]]
    child = subprocess.Popen(
        [sys.executable, str(HERE / "child_pull.py")], cwd=ROOT, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": f"{HERE}{os.pathsep}{HERE.parent}",
                        "TOIMI_TEST_DB": str(b.path),
                        "TOIMI_TEST_ACCOUNT": account, "TOIMI_TEST_TOKEN": token,
                        "TOIMI_TEST_PAUSE": "0.3", "TOIMI_TEST_PAGE": "10"})
    applied = 0
    for line in child.stdout:
        if line.startswith("applying"):
            applied += 1
            if applied == 5:  # in the middle of a page's transaction
                child.send_signal(signal.SIGKILL)
                break
    child.wait(10)
    assert child.returncode == -signal.SIGKILL
    conn = connect(b.path)
    cursor = int(conn.execute("SELECT value FROM local_setting WHERE key='sync_cursor'")
                 .fetchone()[0])
    stored = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("environment", "trainee", "period"))
    based = conn.execute("SELECT count(*) FROM sync_row").fetchone()[0]
    conn.close()
    assert 0 < cursor < total
    assert stored == based == cursor  # exactly the committed pages, nothing half-done
    report = b.sync(page_size=10)
    assert report.pulled == total - cursor  # resumed, not restarted
    assert_same_as_server(b, server)


def test_server_killed_in_the_middle_of_a_push(template_db, tmp_path):
    db_path = tmp_path / "server.db"
    process = ServerProcess(str(db_path), tmp_path / "server.log")
    from sync_helpers import RunningServer

    admin = RunningServer(f"sqlite:///{db_path}")  # migrates and adds the user
    admin.add_user("valmentaja", "coach", ["167"])
    admin.stop()
    process.start()
    try:
        device = Device(template_db, tmp_path / "a.db", process.url, "valmentaja")
        env = new_environment(device)
        for i in range(150):
            new_trainee(device, "167", env, f"E{i}", f"S{i}")
        result: dict = {}

        def run() -> None:
            try:
                result["report"] = device.sync(batch_size=10, retries=12, backoff=0.2)
            except Exception as error:
                result["error"] = error

        worker = threading.Thread(target=run)
        worker.start()
        check = sqlite3.connect(db_path, timeout=10)  # the server's own, unencrypted
        deadline = time.monotonic() + 30
        while check.execute("SELECT count(*) FROM push_batch").fetchone()[0] < 5:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        process.kill()  # mid-push: the batch in flight is rolled back
        time.sleep(0.3)
        process.start()
        worker.join(120)
        check.close()
        assert "error" not in result, result.get("error")
        assert result["report"].pushed == 301
        server = RunningServer(f"sqlite:///{db_path}")
        try:
            assert_same_as_server(device, server)
        finally:
            server.stop()
        device.close()
    finally:
        process.kill()
