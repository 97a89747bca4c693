"""Steering summary benchmark on the 20,000-trainee demo database: the quarterly progress
summary of Joensuu and of the whole project, from the database to the PDF, against
reportlab building the same document (tables and charts) from ready data in the same run.
Prints figures against the target; it is not a test.

    .venv/bin/python bench/bench_summary.py [--trainees 20000] [--runs 3]

The database is shared with bench_register.py (bench/out/register_<N>.db, made by its
`ensure_database`). The quarter is the last full one before the demo's "today"
(2026-11-22): 1.7.–30.9.2026, compared with 1.4.–30.6.2026.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from bench_register import OUT, TODAY, ensure_database, verdict

TARGET_RATIO = 2.0


def _median_seconds(action, runs: int) -> tuple[tuple[float, float], object]:
    """Median wall and CPU seconds of `runs` calls, and the last result. The CPU time (this
    process's) is steadier than the wall time when other work shares the machine."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return (statistics.median(walls), statistics.median(cpus)), result


def _one(ctx, label: str, scope, start, end, runs: int) -> None:
    from toimi_desktop.reports.summary.document import summary_document, write_pdf
    from toimi_desktop.reports.summary.figures import summary_figures

    out = OUT / f"summary_{label.split()[0].lower()}.pdf"
    times: dict[str, tuple[float, float]] = {}
    times["figures"], data = _median_seconds(
        lambda: summary_figures(ctx, scope, start, end, today=TODAY), runs)
    times["protect"], document = _median_seconds(lambda: summary_document(data, "fi"), runs)
    times["pdf"], pages = _median_seconds(
        lambda: write_pdf(document, out, who="Koordinaattori", language="fi"), runs)

    def whole() -> int:
        made = summary_document(summary_figures(ctx, scope, start, end, today=TODAY), "fi")
        return write_pdf(made, out, who="Koordinaattori", language="fi")

    times["total"], _ = _median_seconds(whole, runs)
    ratio, cpu_ratio = (times["total"][i] / times["pdf"][i] for i in (0, 1))
    print(f"\n   {label}: {pages} pages, {out.stat().st_size // 1024} KiB, {out}"
          f"\n   {'':33}{'wall':>8}    {'CPU':>8}")
    for key, text in (("figures", "figures from the database"),
                      ("protect", "protection and texts"),
                      ("pdf", "reportlab from ready data")):
        print(f"   {text:31}{times[key][0] * 1000:8.0f} ms {times[key][1] * 1000:8.0f} ms"
              + ("  (reference)" if key == "pdf" else ""))
    print(f"   {'the whole summary':31}{times['total'][0] * 1000:8.0f} ms "
          f"{times['total'][1] * 1000:8.0f} ms  = {ratio:.1f} x reference (CPU "
          f"{cpu_ratio:.1f} x)"
          + (f"  (target <= {TARGET_RATIO:.0f} x): {verdict(ratio <= TARGET_RATIO)}"
             if label == "Joensuu" else ""), flush=True)
    print(f"   load average {os.getloadavg()[0]:.1f}", flush=True)


def run(path: Path, runs: int) -> None:
    from toimi_desktop.models.database import Database
    from toimi_desktop.reports.summary.scope import default_range, resolve_scope
    from toimi_desktop.services.context import ServiceContext, actor_for

    db = Database(path)  # migrates an older file (the summary's indexes and totals)
    ctx = ServiceContext(db, actor_for(db, "koordinaattori"))
    start, end = default_range(TODAY)
    print(f"   range {start:%d.%m.%Y}–{end:%d.%m.%Y}, {runs} run(s) each, medians", flush=True)
    _one(ctx, "Joensuu", resolve_scope(ctx, municipality="Joensuu"), start, end, runs)
    _one(ctx, "whole project", resolve_scope(ctx), start, end, runs)
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path, seconds = ensure_database(args.trainees, args.seed)
    import sqlite3

    print(f"TOIMI steering summary benchmark: {args.trainees:,} trainees "
          f"(Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"SQLite {sqlite3.sqlite_version})")
    if seconds is not None:
        print(f"   made the database in {seconds:.0f} s: {path}")
    run(path, args.runs)


if __name__ == "__main__":
    main()
