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


def _median_seconds(action, runs: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), result


def _one(ctx, label: str, scope, start, end, runs: int) -> None:
    from toimi_desktop.reports.summary.document import summary_document, write_pdf
    from toimi_desktop.reports.summary.figures import summary_figures

    out = OUT / f"summary_{label.split()[0].lower()}.pdf"
    times: dict[str, float] = {}
    times["figures"], data = _median_seconds(
        lambda: summary_figures(ctx, scope, start, end, today=TODAY), runs)
    times["protect"], document = _median_seconds(lambda: summary_document(data, "fi"), runs)
    times["pdf"], pages = _median_seconds(
        lambda: write_pdf(document, out, who="Koordinaattori", language="fi"), runs)

    def whole() -> int:
        made = summary_document(summary_figures(ctx, scope, start, end, today=TODAY), "fi")
        return write_pdf(made, out, who="Koordinaattori", language="fi")

    times["total"], _ = _median_seconds(whole, runs)
    ratio = times["total"] / times["pdf"]
    print(f"\n   {label}: {pages} pages, {out.stat().st_size // 1024} KiB, {out}")
    print(f"   figures from the database      {times['figures'] * 1000:8.0f} ms")
    print(f"   protection and texts           {times['protect'] * 1000:8.0f} ms")
    print(f"   reportlab from ready data      {times['pdf'] * 1000:8.0f} ms  (reference)")
    print(f"   the whole summary              {times['total'] * 1000:8.0f} ms  = "
          f"{ratio:.1f} x reference"
          + (f"  (target <= {TARGET_RATIO:.0f} x): {verdict(ratio <= TARGET_RATIO)}"
             if label == "Joensuu" else ""), flush=True)


def run(path: Path, runs: int) -> None:
    from toimi_desktop.models.database import Database
    from toimi_desktop.reports.summary.scope import default_range, resolve_scope
    from toimi_desktop.services.context import ServiceContext, actor_for

    db = Database(path)  # migrates an older benchmark file (the summary's index)
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
