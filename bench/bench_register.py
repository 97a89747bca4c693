"""Register benchmark: start-up, search per keystroke, memory and demo generation at 20,000
trainees. Prints figures against the targets; it is not a test.

    .venv/bin/python bench/bench_register.py [--trainees 20000] [--runs 7]

The demo database is made once in bench/out/ (gitignored) and reused while its trainee
count, seed and generation steps match.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TODAY = date(2026, 11, 22)  # fixed, so a reused database means the same as a fresh one
COORDINATOR = "koordinaattori"
COACH = "valmentaja.joensuu1"  # a coach's scope goes through the trainee table, not FTS only
DEMO_PASSWORD = "demo"  # every demo user's; the app signs in with $TOIMI_PASSWORD
T = TypeVar("T")

STARTUP_TARGET = 1.5  # app start-up / bare Qt window
SEARCH_RATIO_TARGET, SEARCH_MS_TARGET = 3.0, 16.0
RSS_TARGET_MB = 300

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
quitter = QuitOnPaint()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""

# The sign-in dialog as the app shows it first: Qt, the font, the language, the database
# opened. Quits on its first paint and says which heavy modules were imported by then.
SIGN_IN_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from toimi_desktop import app as toimi
app = QApplication(sys.argv[:1])
toimi.install_font(app)
toimi.install_language(app, "fi")
from toimi_desktop.models.database import Database
from toimi_desktop.ui.signin.dialog import SignInDialog
db = Database(sys.argv[1])
dialog = SignInDialog(db, "koordinaattori")
class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is dialog and event.type() == QEvent.Type.Paint:
            heavy = [m for m in ("sqlalchemy", "argon2", "httpx", "reportlab", "alembic")
                     if m in sys.modules]
            print("heavy:" + ",".join(heavy))
            QTimer.singleShot(0, app.quit)
        return False
quitter = QuitOnPaint()
dialog.installEventFilter(quitter)
dialog.show()
sys.exit(app.exec())
"""

# Runs the real `toimi_desktop.app.main` in this process, then reports its memory: the
# peak RSS covers the moment the window was shown with the database open.
APP_RSS = """
import resource, sys
import psutil
from toimi_desktop.app import main
code = main(["--db", sys.argv[1], "--quit-after-show"])
current = psutil.Process().memory_info().rss / 2**20
# VmHWM belongs to this program's memory; on Linux ru_maxrss also counts the parent's pages
# held between fork and exec (after a demo generation here, hundreds of MB not the app's).
try:
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    peak = int(hwm.split()[1]) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{code} {current:.1f} {peak:.1f}")
"""


def ensure_database(trainees: int, seed: int) -> tuple[Path, float | None]:
    """The benchmark database, and the seconds it took if it had to be made now."""
    import json

    from toimi_desktop.models.database import connect
    from toimi_desktop.services.demo import generate_demo
    from toimi_desktop.services.demo.steps import STEPS

    path = OUT / f"register_{trainees}.db"
    if path.exists():
        conn = connect(path)
        row = conn.execute("SELECT value FROM local_setting WHERE key = 'demo'").fetchone()
        conn.close()
        meta = json.loads(row[0]) if row else {}
        if (meta.get("trainees"), meta.get("seed"), meta.get("steps")) == (
                trainees, seed, [step.name for step in STEPS]):
            return path, None
    OUT.mkdir(parents=True, exist_ok=True)
    remove_database(path)  # a new file: generation takes its fast path
    summary = generate_demo(path, trainees=trainees, seed=seed, today=TODAY)
    return path, summary.seconds


def remove_database(path: Path) -> None:
    """Delete a benchmark database and its key in the keyring."""
    from toimi_desktop.models.encryption import forget_key

    forget_key(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def keyring_name() -> str:
    import keyring

    return type(keyring.get_keyring()).__module__.removeprefix("keyring.backends.")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def verdict(ok: bool) -> str:
    return "OK" if ok else "OVER TARGET"


# --- a) start-up ----------------------------------------------------------------------------

def load_text() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def _run_seconds(command: list[str], env: dict[str, str],
                 output: list[str] | None = None, cpu: list[float] | None = None) -> float:
    """Wall seconds of running `command`; its CPU seconds (user + system) go to `cpu`."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if result.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited {result.returncode}: {result.stderr[-800:]}")
    if output is not None:
        output.append(result.stdout)
    return elapsed


def bench_sign_in_dialog(db: Path, runs: int) -> None:
    print("\na2) Start-up to the first paint of the sign-in dialog (process start to exit)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    dialog = [sys.executable, "-c", SIGN_IN_WINDOW, str(db)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    out: list[str] = []
    _run_seconds(dialog, env)
    dialog_times, bare_times = [], []
    for _ in range(runs):
        dialog_times.append(_run_seconds(dialog, env, out))
        bare_times.append(_run_seconds(bare, env))
    heavy = out[-1].strip().removeprefix("heavy:") or "none"
    ratio = statistics.median(dialog_times) / statistics.median(bare_times)
    print(f"   dialog   median {statistics.median(dialog_times) * 1000:7.0f} ms, bare Qt"
          f" {statistics.median(bare_times) * 1000:.0f} ms: {ratio:.2f}x;"
          f" heavy modules imported by its first paint: {heavy}")


def bench_startup(db: Path, runs: int) -> None:
    print("\na) Start-up to the first paint of the main window (process start to exit),"
          " signing in with the demo password ($TOIMI_PASSWORD)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TOIMI_PASSWORD": DEMO_PASSWORD}
    app = [sys.executable, "-m", "toimi_desktop.app", "--db", str(db), "--quit-after-show"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    try:
        _run_seconds(app, env)  # warm-up: file cache and bytecode, for both commands
        _run_seconds(bare, env)
    except RuntimeError as error:
        print(f"   skipped: {error}")
        return
    app_times, bare_times, app_cpu, bare_cpu = [], [], [], []
    for _ in range(runs):  # alternating, so drift in machine load hits both alike
        app_times.append(_run_seconds(app, env, cpu=app_cpu))
        bare_times.append(_run_seconds(bare, env, cpu=bare_cpu))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_median / bare_median
    print(f"   app      median {app_median * 1000:7.0f} ms  "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in app_times)})")
    print(f"   bare Qt  median {bare_median * 1000:7.0f} ms  "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in bare_times)})")
    cpu_app, cpu_bare = statistics.median(app_cpu), statistics.median(bare_cpu)
    print(f"   CPU time (user + system) median: app {cpu_app * 1000:.0f} ms, bare Qt"
          f" {cpu_bare * 1000:.0f} ms: {cpu_app / cpu_bare:.2f}x")
    print(f"   ratio {ratio:.2f}x (target <= {STARTUP_TARGET}x):"
          f" {verdict(ratio <= STARTUP_TARGET)}; {load_text()}")


# --- b) search per keystroke ----------------------------------------------------------------

# The second reference: what the list needs, written by hand as plain SQL on the same
# connection type: count the matches, then the first 200 by name with the columns the list
# shows (names, HETU, birth date, municipality, target groups, the current period's state
# and environment). The service must return this much; `SELECT rowid … MATCH` returns ids.
RAW_COUNT_SQL = "SELECT count(*) FROM trainee_search WHERE trainee_search MATCH ?"
RAW_PAGE_SQL = (
    "WITH hits AS (SELECT k.trainee_id AS id, k.sort_key AS sort_key FROM trainee_search s"
    " JOIN trainee_search_key k ON k.rowid = s.rowid WHERE trainee_search MATCH ?"
    " ORDER BY k.sort_key LIMIT 200)"
    " SELECT t.id, t.last_name, t.first_name, t.hetu, t.birth_date, m.name, t.target_groups,"
    " e.name, p.status, p.start_date FROM hits JOIN trainee t ON t.id = hits.id"
    " JOIN municipality m ON m.code = t.municipality_code"
    " LEFT JOIN period p ON p.id = (SELECT id FROM period WHERE trainee_id = t.id"
    " AND deleted = 0 ORDER BY status = 'ended', start_date DESC LIMIT 1)"
    " LEFT JOIN environment e ON e.id = p.environment_id ORDER BY hits.sort_key")

def _time_ms(action: Callable[[], object], repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _words(db: Path) -> list[str]:
    from toimi_desktop.models.database import connect

    conn = connect(db)
    (hetu,) = conn.execute("SELECT hetu FROM trainee WHERE hetu IS NOT NULL"
                           " ORDER BY id LIMIT 1").fetchone()
    conn.close()
    return ["Virtanen", "Korhonen", hetu]


def _qt_model_class() -> type | None:
    import importlib

    for module in ("toimi_desktop.ui.register.model", "toimi_desktop.ui.register.list_model"):
        try:
            return importlib.import_module(module).TraineeListModel
        except (ImportError, AttributeError):
            continue
    return None


def bench_search(db_path: Path, repeats: int) -> None:
    from toimi_desktop.models.database import Database, connect
    from toimi_desktop.services.context import ServiceContext, actor_for
    from toimi_desktop.services.register import RegisterFilter, TraineeRegister, fts_query

    print("\nb) Search per keystroke (count + first 200 rows; raw FTS = FTS5 MATCH, all rowids;"
          " raw page = count + the first 200 rows' columns in hand-written SQL)")
    db = Database(db_path)
    register = TraineeRegister(ServiceContext(db, actor_for(db, COORDINATOR)), today=TODAY)
    raw = connect(db_path)  # the same encrypted file: the ratio is the service's own cost
    model_class = _qt_model_class()
    model = None
    if model_class is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        qt_app = QApplication.instance() or QApplication([])  # noqa: F841 - models need it
        model = model_class(register)
    else:
        print("   (the Qt model toimi_desktop.ui.register…TraineeListModel is not importable)")

    coach = TraineeRegister(ServiceContext(db, actor_for(db, COACH)), today=TODAY)

    def service(prefix: str) -> None:
        flt = RegisterFilter(text=prefix)
        register.count(flt)
        register.page(flt, 0, 200)

    def coach_service(prefix: str) -> None:
        flt = RegisterFilter(text=prefix)
        coach.count(flt)
        coach.page(flt, 0, 200)

    def fts(prefix: str) -> None:
        raw.execute("SELECT rowid FROM trainee_search WHERE trainee_search MATCH ?",
                    (fts_query(prefix),)).fetchall()

    def fts_page(prefix: str) -> None:
        match = f"{{name hetu municipality}} : ({fts_query(prefix)})"
        raw.execute(RAW_COUNT_SQL, (match,)).fetchone()
        raw.execute(RAW_PAGE_SQL, (match,)).fetchall()

    paths: dict[str, Callable[[str], None]] = {"service": service, "coach": coach_service,
                                               "raw FTS": fts, "raw page": fts_page}
    if model is not None:
        paths["Qt model"] = lambda prefix: model.set_filter(RegisterFilter(text=prefix))
    all_samples: dict[str, list[float]] = {name: [] for name in paths}
    header = "".join(f"{name + ' med/p95':>20}" for name in paths)
    print(f"   {'typed':<14}{'hits':>7}{header}")
    for word in _words(db_path):
        for length in range(1, len(word) + 1):
            prefix = word[:length]
            for action in paths.values():
                action(prefix)  # warm the page cache for this query once
            cells = []
            for name, action in paths.items():
                samples = _time_ms(lambda a=action, p=prefix: a(p), repeats)
                all_samples[name].extend(samples)
                cells.append(f"{statistics.median(samples):9.2f}/{percentile(samples, .95):<7.2f}"
                             " ms")
            hits = register.count(RegisterFilter(text=prefix))
            print(f"   {prefix:<14}{hits:>7}" + "".join(f"{c:>20}" for c in cells))
    raw_median = statistics.median(all_samples["raw FTS"])
    page_median = statistics.median(all_samples["raw page"])
    print("   over all keystrokes:")
    for name, samples in all_samples.items():
        median, p95 = statistics.median(samples), percentile(samples, 0.95)
        line = f"     {name:<9} median {median:6.2f} ms  p95 {p95:6.2f} ms"
        if not name.startswith("raw"):
            ratio, to_page = median / raw_median, median / page_median
            ok = ratio <= SEARCH_RATIO_TARGET and p95 < SEARCH_MS_TARGET
            line += (f"  ratio to raw FTS {ratio:5.1f}x (targets <= {SEARCH_RATIO_TARGET}x,"
                     f" p95 < {SEARCH_MS_TARGET:.0f} ms): {verdict(ok)};"
                     f" to raw page {to_page:4.1f}x:"
                     f" {verdict(to_page <= SEARCH_RATIO_TARGET and p95 < SEARCH_MS_TARGET)}")
        print(line)
    print(f"   {load_text()}")
    raw.close()
    db.dispose()


# --- c) memory ------------------------------------------------------------------------------

def bench_memory(db: Path) -> None:
    print("\nc) Resident memory of the app with the database open and the main window shown")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TOIMI_PASSWORD": DEMO_PASSWORD}
    result = subprocess.run([sys.executable, "-c", APP_RSS, str(db)], env=env,
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not result.stdout.strip():
        print(f"   skipped: exit {result.returncode}: {result.stderr[-800:]}")
        return
    code, current, peak = result.stdout.split()[-3:]
    print(f"   peak RSS {float(peak):6.1f} MB, after the event loop {float(current):6.1f} MB"
          f" (app exit code {code}; target <= {RSS_TARGET_MB} MB):"
          f" {verdict(float(peak) <= RSS_TARGET_MB)}")


# --- d) demo generation ---------------------------------------------------------------------

def bench_generation(trainees: int, seed: int, made_now: float | None) -> None:
    from toimi_desktop.services.demo import generate_demo

    print(f"\nd) Demo generation, {trainees:,} trainees (fresh file, migrations included)")
    if made_now is None:
        scratch = OUT / "generation_scratch.db"
        remove_database(scratch)
        started = time.perf_counter()
        summary = generate_demo(scratch, trainees=trainees, seed=seed, today=TODAY)
        made_now = time.perf_counter() - started
        print(f"   rows: {sum(summary.counts.values()):,} "
              f"({', '.join(f'{t} {n:,}' for t, n in summary.counts.items())})")
        remove_database(scratch)
    print(f"   {made_now:.1f} s (target well under 60 s): {verdict(made_now < 60)}")


def with_keyring(action: Callable[[], T]) -> T:
    """The databases are encrypted with keys in the OS keyring: without one, say how to run."""
    from toimi_desktop.services.errors import DomainError

    try:
        return action()
    except DomainError as error:
        sys.exit(f"{error.text('en')}\nOn a machine without a desktop keyring, run the "
                 "benchmark as: bash scripts/with-keyring .venv/bin/python " +
                 " ".join(sys.argv))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each program")
    parser.add_argument("--repeats", type=int, default=7, help="timings of each keystroke")
    parser.add_argument("--only", choices=("startup", "search", "memory", "generation"),
                        action="append", help="run only these parts (repeatable)")
    args = parser.parse_args()
    parts = set(args.only or ("startup", "search", "memory", "generation"))
    db, made_now = with_keyring(lambda: ensure_database(args.trainees, args.seed))
    print(f"TOIMI register benchmark: {args.trainees:,} trainees in {db.relative_to(ROOT)}"
          f" (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; encrypted, keys in"
          f" {keyring_name()})")
    if "startup" in parts:
        bench_startup(db, args.runs)
        bench_sign_in_dialog(db, args.runs)
    if "search" in parts:
        bench_search(db, args.repeats)
    if "memory" in parts:
        bench_memory(db)
    if "generation" in parts:
        bench_generation(args.trainees, args.seed, made_now)
    return 0


if __name__ == "__main__":
    sys.exit(main())
