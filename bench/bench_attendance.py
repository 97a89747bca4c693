"""Attendance benchmark on the 20,000-trainee demo database: saving a coach's day, the month
grid and day sheet, the monthly allowance report, and demo generation with attendance.
Prints figures against the targets; it is not a test.

    .venv/bin/python bench/bench_attendance.py [--trainees 20000] [--repeats 15]
    .venv/bin/python bench/bench_attendance.py --only save --profile

The demo database is shared with bench_register.py (bench/out/register_<N>.db) and made
again when it predates the attendance step. Saving runs on a scratch copy.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench_register import (
    OUT,
    ROOT,
    TODAY,
    ensure_database,
    percentile,
    remove_database,
    verdict,
    with_keyring,
)

SAVE_TARGET_MS, GRID_TARGET_MS = 50.0, 200.0
GROUP = 25  # trainees saved at once
GRID_SIZE = 60  # trainees in the month grid's environment
COORDINATOR = "koordinaattori"


def _timings(action: Callable[[int], object], repeats: int, warmup: int = 1) -> list[float]:
    for n in range(warmup):
        action(-1 - n)
    samples = []
    for n in range(repeats):
        started = time.perf_counter()
        action(n)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _line(label: str, samples: list[float], target: float | None = None) -> str:
    median, p95 = statistics.median(samples), percentile(samples, 0.95)
    text = f"   {label:<34} median {median:8.2f} ms  p95 {p95:8.2f} ms"
    if target is not None:
        text += f"  (target <= {target:.0f} ms): {verdict(median <= target)}"
    return text


def _profile(action: Callable[[], object], top: int = 14) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(5):
        action()
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(top)
    print("\n".join("      " + line for line in buffer.getvalue().splitlines()[4:]))


def _context(db_path: Path, username: str):  # -> (Database, ServiceContext)
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.context import ServiceContext, actor_for

    db = Database(db_path)
    return db, ServiceContext(db, actor_for(db, username))


def _environments(db_path: Path, day: date) -> list[tuple[str, str, str, int]]:
    """(id, name, municipality code, trainees whose period is on `day`), largest first."""
    from toimi_desktop.models.database import connect

    with connect(db_path) as conn:
        return conn.execute(
            "SELECT e.id, e.name, e.municipality_code, count(p.id) FROM environment e"
            " LEFT JOIN period p ON p.environment_id = e.id AND p.start_date <= ?1"
            " AND (p.end_date IS NULL OR p.end_date >= ?1)"
            " AND (p.status != 'paused' OR p.end_date IS NOT NULL)"
            " GROUP BY e.id ORDER BY 4 DESC", (day.isoformat(),)).fetchall()


def _coach(db_path: Path, municipality_code: str) -> str:
    from toimi_desktop.models.database import connect

    with connect(db_path) as conn:
        return conn.execute(
            "SELECT u.username FROM app_user u JOIN user_municipality m ON m.user_id = u.id"
            " WHERE u.role = 'coach' AND m.municipality_code = ? ORDER BY u.username",
            (municipality_code,)).fetchone()[0]


def _last_weekday(before: date) -> date:
    day = before - timedelta(days=1)
    while day.isoweekday() > 3:  # Mon–Wed: every demo environment is open (Rääkkylä: 123)
        day -= timedelta(days=1)
    return day


# --- a) save a day for 25 trainees --------------------------------------------------------

def bench_save(db_path: Path, repeats: int, profile: bool) -> None:
    day = _last_weekday(TODAY)
    environments = [e for e in _environments(db_path, day) if e[3] >= GROUP]
    small = min(environments, key=lambda e: abs(e[3] - GRID_SIZE))
    scratch = OUT / "attendance_scratch.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    # Saving changes the file: leave the shared one as it is. The copy keeps the original's
    # salt, so it opens with the original's key (and must not delete it when done).
    shutil.copy(db_path, scratch)
    print(f"\na) Save a day for {GROUP} trainees on {day}, as a coach (on a scratch copy)")
    try:
        for environment in (small, environments[0]):
            _save_at(scratch, environment, day, repeats,
                     profile and environment is environments[0])
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)


def _save_at(scratch: Path, environment: tuple[str, str, str, int], day: date, repeats: int,
             profile: bool) -> None:
    from toimi_desktop.models.attendance import attendance_id
    from toimi_desktop.models.enums import AttendanceStatus
    from toimi_desktop.services.attendance import AttendanceEntry, day_sheet, save_day

    env_id, env_name, code, active = environment
    db, ctx = _context(scratch, _coach(scratch, code))
    trainees = day_sheet(ctx, env_id, day).rows[:GROUP]
    print(f"   {env_name}: {active} trainees on the day")
    statuses = (AttendanceStatus.PRESENT, AttendanceStatus.PARTLY_PRESENT)

    def service(n: int) -> None:
        status = statuses[n % 2]  # alternating, so that every save really writes
        hours = None if status is AttendanceStatus.PRESENT else 3.0
        result = save_day(ctx, env_id, day, [AttendanceEntry(r.trainee_id, status, hours=hours)
                                             for r in trainees], today=TODAY)
        assert result.saved == len(trainees), result

    from toimi_desktop.models.database import connect

    raw = connect(scratch, isolation_level=None)  # encrypted like the service's writes
    upsert = ("INSERT INTO attendance (id, trainee_id, day, period_id, environment_id, status,"
              " hours, updated_hlc, deleted, created_at, updated_at, municipality_code)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
              " status = excluded.status, hours = excluded.hours,"
              " updated_hlc = excluded.updated_hlc, updated_at = excluded.updated_at")

    def reference(n: int) -> None:
        status, hours = ("present", 4.0) if n % 2 else ("partly_present", 3.0)
        now = f"2026-11-22 06:00:{abs(n) % 60:02d}.000000"
        values = [(attendance_id(r.trainee_id, day), r.trainee_id, day.isoformat(),
                   r.period_id, env_id, status, hours, f"{n:013d}-00000-bench", now, now, code)
                  for r in trainees]
        raw.execute("BEGIN")
        raw.executemany(upsert, values)
        raw.execute("COMMIT")

    print(_line("save_day (service)", _timings(service, repeats), SAVE_TARGET_MS))
    print(_line("raw executemany, 1 transaction", _timings(reference, repeats)))
    if profile:
        print("   cProfile of 5 saves (cumulative):")
        counter = iter(range(10**6))
        _profile(lambda: service(next(counter)))
    raw.close()
    db.dispose()


# --- b) month grid and day sheet ----------------------------------------------------------

def bench_grid(db_path: Path, repeats: int, profile: bool) -> None:
    from toimi_desktop.services.attendance import day_sheet, month_end, month_start
    from toimi_desktop.services.attendance_views import attendance_grid

    day = _last_weekday(TODAY)
    start, end = month_start(TODAY), month_end(TODAY)
    environments = _environments(db_path, day)
    small = min(environments, key=lambda e: abs(e[3] - GRID_SIZE))
    print(f"\nb) Month grid {start:%Y-%m} and day sheet {day}")
    for env_id, name, code, active in (small, environments[0]):
        db, ctx = _context(db_path, _coach(db_path, code))
        grid = attendance_grid(ctx, env_id, start, end)
        print(f"   {name}: {active} trainees on the day, {len(grid.rows)} rows in the grid")
        target = GRID_TARGET_MS if env_id == small[0] else None
        print(_line("attendance_grid (month)", _timings(
            lambda _n, e=env_id, c=ctx: attendance_grid(c, e, start, end), repeats), target))
        print(_line("day_sheet", _timings(lambda _n, e=env_id, c=ctx: day_sheet(c, e, day),
                                          repeats)))
        if profile:
            print("   cProfile of 5 month grids (cumulative):")
            _profile(lambda e=env_id, c=ctx: attendance_grid(c, e, start, end))
        db.dispose()


# --- c) allowance report ------------------------------------------------------------------

def bench_allowance(db_path: Path, repeats: int) -> None:
    from toimi_desktop.reports.allowance import allowance_report, find_environment, write_pdf
    from toimi_desktop.services.attendance import month_start

    month = month_start(month_start(TODAY) - timedelta(days=1))
    db, ctx = _context(db_path, COORDINATOR)
    env = find_environment(ctx, "Taitamo")
    report = allowance_report(ctx, env.id, month)
    euros = f"{report.total_euros:,.2f}".replace(",", " ")
    print(f"\nc) Allowance report, Taitamo (Joensuu), {month:%Y-%m}: {len(report.lines):,} "
          f"trainees, {report.total_allowance_days:,} allowance days, {euros} €")
    print(_line("allowance_report (data)", _timings(
        lambda _n: allowance_report(ctx, env.id, month), repeats)))
    pdf = OUT / "allowance_taitamo.pdf"
    pdf_runs = max(3, repeats // 3)
    print(_line(f"write_pdf ({pdf_runs} runs)", _timings(
        lambda _n: write_pdf(report, pdf, ctx.actor.display_name, "fi"), pdf_runs)))
    from pypdf import PdfReader

    print(f"   the PDF: {len(PdfReader(pdf).pages)} pages, {pdf.stat().st_size / 1024:.0f} KiB,"
          f" {pdf.relative_to(ROOT)}")
    db.dispose()


# --- d) demo generation -------------------------------------------------------------------

def bench_generation(trainees: int, seed: int, made_now: float | None) -> None:
    from toimi_desktop.services.demo import generate_demo

    print(f"\nd) Demo generation with attendance, {trainees:,} trainees (a new file)")
    scratch = OUT / "generation_scratch.db"
    remove_database(scratch)
    summary = generate_demo(scratch, trainees=trainees, seed=seed, today=TODAY)
    size = scratch.stat().st_size / 2**20
    remove_database(scratch)
    rows = summary.counts.get("attendance", 0)
    print(f"   {summary.seconds:.1f} s for {sum(summary.counts.values()):,} rows, of them "
          f"attendance {rows:,} and sync outbox {summary.counts['sync_outbox']:,};"
          f" file {size:,.0f} MiB")
    if made_now is not None:
        print(f"   (the shared benchmark database took {made_now:.1f} s to make this run)")
    print(f"   target: well under 60 s: {verdict(summary.seconds < 60)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=15, help="timings of each action")
    parser.add_argument("--only", choices=("save", "grid", "allowance", "generation"),
                        action="append", help="run only these parts (repeatable)")
    parser.add_argument("--profile", action="store_true",
                        help="also print a cProfile of saving and of the month grid")
    args = parser.parse_args()
    parts = set(args.only or ("save", "grid", "allowance", "generation"))
    made_now = None
    from toimi_desktop.models.database import connect, dbapi

    print(f"TOIMI attendance benchmark: {args.trainees:,} trainees (Python "
          f"{sys.version.split()[0]}, {os.cpu_count()} CPUs, SQLCipher on SQLite "
          f"{dbapi.sqlite_version})")
    if parts - {"generation"}:
        db, made_now = with_keyring(lambda: ensure_database(args.trainees, args.seed))
        with connect(db) as conn:
            (rows,), = conn.execute("SELECT count(*) FROM attendance")
        print(f"   database {db.relative_to(ROOT)}: {rows:,} attendance rows, "
              f"{db.stat().st_size / 2**20:,.0f} MiB")
        if "save" in parts:
            bench_save(db, args.repeats, args.profile)
        if "grid" in parts:
            bench_grid(db, args.repeats, args.profile)
        if "allowance" in parts:
            bench_allowance(db, args.repeats)
    if "generation" in parts:
        with_keyring(lambda: bench_generation(args.trainees, args.seed, made_now))
    return 0


if __name__ == "__main__":
    sys.exit(main())
