"""Sync benchmark. Prints figures against the targets of issue 7; it is not a test.

    .venv/bin/python bench/bench_sync.py                      # everything (~3–5 minutes)
    .venv/bin/python bench/bench_sync.py --only initial --trainees 500 --days 60
    .venv/bin/python bench/bench_sync.py --only devices --devices 50 --rounds 5

a) initial sync of one municipality-year (2,500 trainees, 240 service days ≈ 600,000
   attendance rows) from a server on 127.0.0.1 into an empty device, against a raw
   `executemany` insert of the same rows into an empty database, encrypted like the device's
   (target ≤ 4×; the raw insert into an unencrypted copy is printed too);
b) a sync with nothing new: round trips and bytes on the wire (target 1 and ≤ 2 KB);
c) 50 devices syncing at once against PostgreSQL: request latency p50/p99 and errors
   (target p99 ≤ 500 ms, 0 errors), and the CPU each request cost the server, the devices
   and PostgreSQL.

The server runs as a `toimi-server serve` process (PostgreSQL when it answers at
127.0.0.1:5432, database `test`, a fresh schema; else an SQLite file). The municipality-year
is written straight into the server's record table (as pushes would leave it), so the figure
is the pull alone. Files go to bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import ClassVar

import httpx
import keyring
from keyring.backend import KeyringBackend

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

from toimi_desktop.models.attendance import attendance_id  # noqa: E402
from toimi_desktop.models.database import Database  # noqa: E402
from toimi_desktop.models.ids import new_id  # noqa: E402
from toimi_desktop.sync.engine import SyncEngine  # noqa: E402
from toimi_desktop.sync.login import login  # noqa: E402
from toimi_server.core.security import hash_password  # noqa: E402
from toimi_server.db import make_engine, make_sessions, upgrade  # noqa: E402
from toimi_server.services.accounts import add_user  # noqa: E402

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "bench-password"
MUNICIPALITY = "167"
RATIO_TARGET, BYTES_TARGET, P99_TARGET_MS = 4.0, 2048, 500.0


class MemoryKeyring(KeyringBackend):
    priority = 1
    secrets: ClassVar[dict] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


def verdict(ok: bool) -> str:
    return "OK" if ok else "OVER TARGET"


# --- the server --------------------------------------------------------------------------

def server_url(schema: str) -> str:
    try:
        import psycopg

        with psycopg.connect(PG.replace("+psycopg", ""), connect_timeout=3,
                             autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.execute(f"CREATE SCHEMA {schema}")
        return f"{PG}?options=-csearch_path%3D{schema}"
    except Exception as error:
        print(f"  (PostgreSQL not available: {error}; using SQLite)")
        path = OUT / f"{schema}.db"
        for p in OUT.glob(f"{schema}.db*"):
            p.unlink()
        return f"sqlite:///{path}"


class Server:
    def __init__(self, url: str, workers: int = 1) -> None:
        self.url_db = url
        self.engine = make_engine(url)
        upgrade(self.engine)
        self.sessions = make_sessions(self.engine)
        with socket_port() as port:
            self.port = port
        workers = workers if url.startswith("postgresql") else 1
        self.log = (OUT / "bench_sync_server.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "toimi_server", "serve", "--db-url", url, "--port",
             str(self.port), "--workers", str(workers), "--log-level", "warning"],
            stdout=self.log, stderr=self.log, cwd=ROOT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add_users(self, names: list[str], role: str = "coach") -> None:
        hashed = hash_password(PASSWORD)
        with self.sessions() as session, session.begin():
            for name in names:
                add_user(session, name, PASSWORD, role, [MUNICIPALITY], password_hash=hashed)

    def cpu_seconds(self) -> float:
        """User + system CPU of the server and its worker processes so far."""
        import psutil

        root = psutil.Process(self.process.pid)
        return _cpu_seconds([root, *root.children(recursive=True)])

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(20)
        self.engine.dispose()


class socket_port:  # noqa: N801 - a tiny context manager
    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return self.sock.getsockname()[1]

    def __exit__(self, *_exc) -> None:
        self.sock.close()


# --- a) the municipality-year -------------------------------------------------------------

def municipality_year(trainees: int, days: int) -> dict[str, tuple[list[str], list[tuple]]]:
    """Rows of every table as the client stores them: {table: (columns, rows)}."""
    stamp_base = 1_780_000_000_000
    device = "bench-device"
    counter = iter(range(10**9))

    def stamp() -> str:
        return f"{stamp_base + next(counter):013d}-00000-{device}"

    now = "2026-01-01 08:00:00.000000"
    sync_cols = ["municipality_code", "updated_hlc", "deleted", "created_by", "updated_by",
                 "created_at", "updated_at"]
    env = new_id()
    tables = {"environment": (["id", "name", "kind", "open_weekdays", *sync_cols],
                              [(env, "Taitamo", "social_enterprise", "12345", MUNICIPALITY,
                                stamp(), 0, None, None, now, now)])}
    people, periods = [], []
    for i in range(trainees):
        tid, pid = new_id(), new_id()
        people.append((tid, f"Etu{i}", f"Suku{i}", "unknown", "[]", "[]", MUNICIPALITY,
                       stamp(), 0, None, None, now, now))
        periods.append((pid, tid, env, "rehabilitative_work", "2026-01-05", 4.0, 4, "active",
                        f"Tavoite {i}", MUNICIPALITY, stamp(), 0, None, None, now, now))
    tables["trainee"] = (["id", "first_name", "last_name", "gender", "languages",
                          "target_groups", *sync_cols], people)
    tables["period"] = (["id", "trainee_id", "environment_id", "kind", "start_date",
                         "hours_per_day", "days_per_week", "status", "goals", *sync_cols],
                        periods)
    marks = []
    first = date(2026, 1, 5)
    service_days = [first + timedelta(days=d) for d in range(days * 7 // 5 + 7)
                    if (first + timedelta(days=d)).isoweekday() <= 5][:days]
    for (tid, *_rest), (pid, *_p) in zip(people, periods, strict=True):
        for day in service_days:
            marks.append((attendance_id(tid, day), tid, day.isoformat(), pid, env, "present",
                          None, 4.0, None, None, MUNICIPALITY, stamp(), 0, None, None, now,
                          now))
    tables["attendance"] = (["id", "trainee_id", "day", "period_id", "environment_id",
                             "status", "absence_reason", "hours", "work_task_id", "note",
                             *sync_cols], marks)
    return tables


def raw_insert(template: Path, path: Path, tables: dict, encrypted: bool = True) -> float:
    """The same rows by a plain `executemany` into a copy of the empty, migrated database:
    encrypted (the reference: what the device stores) or, to show what encryption costs, a
    plaintext copy of it."""
    from toimi_desktop.models.database import connect

    for p in path.parent.glob(f"{path.name}*"):
        p.unlink()
    if encrypted:
        shutil.copy(template, path)
        conn = connect(path)
    else:
        source = connect(template)
        source.execute("ATTACH DATABASE ? AS plain KEY ''", (str(path),))
        source.execute("SELECT sqlcipher_export('plain')")
        source.execute("DETACH DATABASE plain")
        source.close()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    started = time.perf_counter()
    with conn:
        for table, (columns, rows) in tables.items():
            conn.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES "
                             f"({','.join('?' * len(columns))})", rows)
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def seed_server(server: Server, tables: dict) -> None:
    """The records as pushes leave them: values, and per field [clock, seq, user]."""
    from sqlalchemy import insert, update

    from toimi_server.models import SEQ_COUNTER, Counter, Record

    seq = 0
    with server.sessions() as session, session.begin():
        for table, (columns, rows) in tables.items():
            chunk = []
            for row in rows:
                seq += 1
                values = dict(zip(columns[1:], row[1:], strict=True))
                clock = values["updated_hlc"]
                chunk.append({"table_name": table, "id": row[0],
                              "municipality_code": MUNICIPALITY, "seq": seq, "hlc": clock,
                              "data": json.dumps(values, separators=(",", ":")),
                              "meta": json.dumps({k: [clock, seq, None] for k in values},
                                                 separators=(",", ":"))})
                if len(chunk) == 10_000:
                    session.execute(insert(Record), chunk)
                    chunk = []
            if chunk:
                session.execute(insert(Record), chunk)
        session.execute(update(Counter).where(Counter.name == SEQ_COUNTER).values(value=seq))


def bench_initial(args, template: Path) -> None:
    print(f"a) initial sync: {args.trainees} trainees × {args.days} service days")
    started = time.perf_counter()
    tables = municipality_year(args.trainees, args.days)
    rows = sum(len(r) for _c, r in tables.values())
    print(f"   generated {rows:,} rows ({len(tables['attendance'][1]):,} attendance) in "
          f"{time.perf_counter() - started:.1f} s")
    raw = raw_insert(template, OUT / "sync_raw.db", tables)
    plain = raw_insert(template, OUT / "sync_raw_plain.db", tables, encrypted=False)
    server = Server(server_url("bench_sync_initial"))
    try:
        started = time.perf_counter()
        seed_server(server, tables)
        print(f"   server ({server.engine.dialect.name}) filled in "
              f"{time.perf_counter() - started:.1f} s")
        server.add_users(["valmentaja"])
        del tables
        path = OUT / "sync_device.db"
        for p in OUT.glob("sync_device.db*"):
            p.unlink()
        shutil.copy(template, path)
        db = Database(path)
        login(db, server.url, "valmentaja", PASSWORD)
        report = SyncEngine(db, page_size=args.page).run()
        ratio = report.seconds / raw
        print(f"   raw insert, encrypted    {raw:7.2f} s  (unencrypted {plain:.2f} s)")
        print(f"   sync over loopback       {report.seconds:7.2f} s  ({report.pulled:,} records,"
              f" {report.pages} pages, {report.bytes_received / 2**20:.1f} MB on the wire,"
              f" applying {report.timings.get('apply', 0):.1f} s)")
        print(f"   ratio                    {ratio:7.2f} ×   target ≤ {RATIO_TARGET} × "
              f"{verdict(ratio <= RATIO_TARGET)}")
        again = SyncEngine(db).run()
        wire = again.bytes_sent + again.bytes_received
        print("b) no-change sync")
        print(f"   round trips              {again.requests:7d}     target 1      "
              f"{verdict(again.requests == 1)}")
        print(f"   bytes on the wire        {wire:7d}     target ≤ {BYTES_TARGET} "
              f"{verdict(wire <= BYTES_TARGET)}")
        db.dispose()
    finally:
        server.stop()


# --- c) many devices ---------------------------------------------------------------------

def _cpu_seconds(processes: list) -> float:
    """User + system CPU of psutil processes, with their children that ended."""
    total = 0.0
    for process in processes:
        with contextlib.suppress(Exception):  # a process that ended meanwhile
            times = process.cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
    return total


def _own_cpu_seconds() -> float:
    return sum(os.times()[:2])


def _postgres_cpu_seconds() -> float:
    """CPU of the PostgreSQL processes on this machine (backends, and those that ended)."""
    import psutil

    return _cpu_seconds([p for p in psutil.process_iter(["name"])
                         if p.info["name"] in ("postgres", "postmaster")])


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def bench_devices(args, _template: Path) -> None:
    """Devices as the server sees them: each logs in, then per round pushes a batch of new
    records (a trainee and a week of attendance) and pulls everything new since its cursor,
    page by page, with the app's own transport. Measured: each request's latency."""
    from toimi_desktop.sync.transport import Transport
    from toimi_desktop.sync.wire import LoginRequest, PushRecord, PushRequest

    print(f"c) {args.devices} devices syncing at once, {args.rounds} rounds each "
          f"(load average before {_load()})")
    server = Server(server_url("bench_sync_devices"), workers=args.workers)
    names = [f"laite{i:02d}" for i in range(args.devices)]
    server.add_users(names)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    cpu: dict[str, float] = {}
    barrier = threading.Barrier(len(names), action=lambda: cpu.update(
        server=server.cpu_seconds(), client=_own_cpu_seconds(),
        postgres=_postgres_cpu_seconds(), started=time.perf_counter()))

    def timed(call, *params):
        started = time.perf_counter()
        try:
            return call(*params)
        except Exception as error:
            with lock:
                errors.append(f"{type(error).__name__}: {error}")
            return None
        finally:
            with lock:
                latencies.append(time.perf_counter() - started)

    def device(index: int, name: str) -> None:
        device_id = f"bench-{index:02d}"
        token = Transport(server.url).login(LoginRequest(
            username=name, password=PASSWORD, client_device_id=device_id)).token
        transport = Transport(server.url, token)
        cursor, users_version = 0, -1
        barrier.wait()
        for round_ in range(args.rounds):
            records = []
            trainee = new_id()
            stamp = f"{int(time.time() * 1000):013d}-{round_:05d}-{device_id}"
            values = {"municipality_code": MUNICIPALITY, "first_name": f"L{index}",
                      "last_name": f"K{round_}", "gender": "unknown", "languages": "[]",
                      "target_groups": "[]", "updated_hlc": stamp, "deleted": 0}
            records.append(PushRecord(table="trainee", id=trainee, values=values,
                                      clocks={k: stamp for k in values}))
            for day in range(5):
                mark = {"municipality_code": MUNICIPALITY, "trainee_id": trainee,
                        "day": (date(2026, 3, 2) + timedelta(days=day)).isoformat(),
                        "period_id": trainee, "environment_id": trainee, "status": "present",
                        "hours": 4.0, "updated_hlc": stamp, "deleted": 0}
                records.append(PushRecord(table="attendance", id=new_id(), values=mark,
                                          clocks={k: stamp for k in mark}))
            timed(transport.push, PushRequest(batch_id=str(uuid.uuid4()), records=records))
            while True:
                page = timed(transport.changes, cursor, 5000, users_version)
                if page is None:
                    break
                cursor, users_version = page.cursor, page.users_version
                if not page.more:
                    break
            time.sleep(0.05)
        transport.close()

    threads = [threading.Thread(target=device, args=(i, n)) for i, n in enumerate(names)]
    started = time.perf_counter()
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        seconds = time.perf_counter() - started
        synced = time.perf_counter() - cpu.get("started", started)
        server_cpu = server.cpu_seconds() - cpu.get("server", 0.0)
        client_cpu = _own_cpu_seconds() - cpu.get("client", 0.0)
        postgres_cpu = _postgres_cpu_seconds() - cpu.get("postgres", 0.0)
        server.stop()
    latencies.sort()
    p50 = statistics.median(latencies) * 1000 if latencies else float("nan")
    p99 = latencies[max(int(len(latencies) * 0.99) - 1, 0)] * 1000 if latencies else 0.0
    print(f"   {len(latencies)} requests in {synced:.1f} s after the logins ({seconds:.1f} s in "
          f"all; {server.engine.dialect.name}, {args.workers} worker processes)")
    print(f"   p50 {p50:6.1f} ms, p99 {p99:6.1f} ms   target p99 ≤ {P99_TARGET_MS:.0f} ms "
          f"{verdict(p99 <= P99_TARGET_MS)}")
    count = max(len(latencies), 1)
    print(f"   CPU per request: server {server_cpu / count * 1000:5.1f} ms, devices "
          f"{client_cpu / count * 1000:5.1f} ms, PostgreSQL {postgres_cpu / count * 1000:5.1f}"
          f" ms  (in all {server_cpu:.1f} s, {client_cpu:.1f} s, {postgres_cpu:.1f} s)")
    print(f"   load average at the end {_load()} (the device threads count in it)")
    print(f"   errors {len(errors)}                    target 0           "
          f"{verdict(not errors)}")
    for error in errors[:5]:
        print(f"     {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=["initial", "devices"])
    parser.add_argument("--trainees", type=int, default=2500)
    parser.add_argument("--days", type=int, default=240)
    parser.add_argument("--page", type=int, default=10_000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    template = OUT / "sync_template.db"
    if template.exists():
        template.unlink()
    Database(template).dispose()
    run_id = uuid.uuid4().hex[:6]
    print(f"bench_sync {run_id}")
    if args.only in (None, "initial"):
        bench_initial(args, template)
    if args.only in (None, "devices"):
        bench_devices(args, template)


if __name__ == "__main__":
    main()
