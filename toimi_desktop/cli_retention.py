"""`toimi retention`: delete the records of trainees whose client relationship ended more
than the retention time ago (the `retention.years` setting, default 5), or with --dry-run
only say what would go. Prints counts, never names."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from toimi_desktop.cli_support import (
    EXIT_OK,
    acting_user,
    db_argument,
    out,
    parse_date,
    t,
    user_argument,
)
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:
    from toimi_desktop.cli_support import Subparsers


def add_retention(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "retention", parents=[common],
        help=t(N_("cli", "delete the records of trainees past the retention time")),
        description=t(N_("cli", "Delete the records of trainees whose last coaching period "
                                "ended more than the retention time ago (a setting, 5 years "
                                "by default), or whose record without any period is that "
                                "old. The deletions sync to the server and other devices; "
                                "the counts go to the audit log. Coordinators only.")))
    db_argument(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help=t(N_("cli", "only count what would be deleted; change nothing")))
    parser.add_argument("--today", metavar="YYYY-MM-DD",
                        help=t(N_("cli", "the day to count the retention time back from "
                                         "(default: today)")))
    user_argument(parser)
    parser.set_defaults(run=_run_retention)


def _run_retention(args: argparse.Namespace) -> int:
    from toimi_desktop.services.retention import run_retention

    today = parse_date(args.today)
    with acting_user(args.db, args.user) as ctx:
        report = run_retention(ctx, dry_run=args.dry_run, today=today)
    out(t(N_("cli", "Retention time {years} years: records of relationships that ended "
                    "before {cutoff}."), years=report.years,
          cutoff=f"{report.cutoff.day}.{report.cutoff.month}.{report.cutoff.year}"))
    if report.dry_run:
        out(t(N_("cli", "Dry run, nothing was changed. Would delete {trainees} trainees' "
                        "records:"), trainees=report.trainees))
    else:
        out(t(N_("cli", "Deleted {trainees} trainees' records:"), trainees=report.trainees))
    for table, count in report.counts.items():
        out(f"  {table:<24} {count:>9}")
    if not report.dry_run:
        out(t(N_("cli", "The counts are in the audit log; the deletions sync at the next "
                        "sync.")))
    return EXIT_OK
