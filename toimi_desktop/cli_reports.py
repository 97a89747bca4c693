"""`toimi report allowance|absences|sheet` and `toimi approve-month`: the attendance outputs
of `toimi_desktop.reports` and the month approval of `services.attendance`, headless.

Each report is written as PDF or CSV by the --out file's suffix; on success the command
prints the output path (and nothing else), so scripts can use it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from toimi_desktop.cli_access import add_access_report
from toimi_desktop.cli_plans import add_plan_report
from toimi_desktop.cli_services import add_services_report
from toimi_desktop.cli_steering import add_steering_report
from toimi_desktop.cli_support import (
    EXIT_OK,
    acting_user,
    db_argument,
    domain_error,
    out,
    output_path,
    parse_date,
    parse_month,
    t,
    user_argument,
    written_atomically,
)
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:
    from toimi_desktop.cli_support import Subparsers

PDF_OR_CSV = (".pdf", ".csv")
RANGE_BOTH = N_("errors", "Give both --from and --to, or neither (the two calendar weeks "
                          "before this week).")
RANGE_ORDER = N_("errors", "The first day ({start}) is after the last day ({end}).")
APPROVED = N_("cli", "{month} approved for {environment} by {user}.")


def _out_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help=help_text)


def _environment_argument(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--environment", required=required, metavar="NAME",
                        help=t(N_("cli", "the coaching environment's name, e.g. Taitamo")))


def _month_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", required=True, metavar="YYYY-MM",
                        help=t(N_("cli", "the month, e.g. 2026-10")))


def add_report(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "report", parents=[common], help=t(N_("cli", "write a report (PDF/CSV)")),
        description=t(N_("cli", "Write the monthly allowance report, the absence list for "
                                "Kela or a trainee's signable monthly attendance sheet.")))
    kinds = parser.add_subparsers(dest="report", required=True, metavar="REPORT")

    allowance = kinds.add_parser(
        "allowance", parents=[common],
        help=t(N_("cli", "monthly allowance report of an environment")),
        description=t(N_("cli", "Days attended, allowance days and euros per trainee in "
                                "rehabilitative work activity, absences by reason, totals "
                                "and signature lines.")))
    db_argument(allowance)
    _environment_argument(allowance, required=True)
    _month_argument(allowance)
    _out_argument(allowance, t(N_("cli", "the output file, .pdf or .csv")))
    user_argument(allowance)
    allowance.set_defaults(run=_run_allowance)

    absences = kinds.add_parser(
        "absences", parents=[common], help=t(N_("cli", "absence list for Kela")),
        description=t(N_("cli", "Absences in rehabilitative work activity for a date range, "
                                "grouped into runs with their reason code. Without --from "
                                "and --to: the two calendar weeks before this week.")))
    db_argument(absences)
    absences.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                          help=t(N_("cli", "first day")))
    absences.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                          help=t(N_("cli", "last day")))
    _environment_argument(absences, required=False)
    absences.add_argument("--full-hetu", action="store_true",
                          help=t(N_("cli", "show whole personal identity codes (the copy "
                                           "sent to Kela; each is logged as shown)")))
    _out_argument(absences, t(N_("cli", "the output file, .pdf or .csv")))
    user_argument(absences)
    absences.set_defaults(run=_run_absences)

    sheet = kinds.add_parser(
        "sheet", parents=[common], help=t(N_("cli", "a trainee's monthly attendance sheet")),
        description=t(N_("cli", "A trainee's signable monthly attendance sheet (PDF).")))
    db_argument(sheet)
    sheet.add_argument("--trainee", required=True, metavar="TRAINEE",
                       help=t(N_("cli", "the trainee: id, HETU or “Last First”")))
    _month_argument(sheet)
    _out_argument(sheet, t(N_("cli", "the output file, .pdf")))
    user_argument(sheet)
    sheet.set_defaults(run=_run_sheet)
    add_plan_report(kinds, common)
    add_services_report(kinds, common)
    add_steering_report(kinds, common)
    add_access_report(kinds, common)


def _run_allowance(args: argparse.Namespace) -> int:
    from toimi_desktop.reports import allowance

    month = parse_month(args.month)
    kind = output_path(args.out, PDF_OR_CSV)
    with acting_user(args.db, args.user) as ctx:
        environment = allowance.find_environment(ctx, args.environment)
        report = allowance.allowance_report(ctx, environment.id, month)
        with written_atomically(args.out) as target:
            if kind == "pdf":
                allowance.write_pdf(report, target, ctx.actor.display_name, args.lang)
            else:
                allowance.write_csv(report, target, args.lang)
    out(args.out)
    return EXIT_OK


def _date_range(start_text: str | None, end_text: str | None, today: date
                ) -> tuple[date, date]:
    from toimi_desktop.reports.absences import default_range

    if start_text is None and end_text is None:
        return default_range(today)
    if start_text is None or end_text is None:
        raise domain_error(RANGE_BOTH)
    start, end = parse_date(start_text), parse_date(end_text)
    if start > end:
        raise domain_error(RANGE_ORDER, start=start, end=end)
    return start, end


def _run_absences(args: argparse.Namespace) -> int:
    from toimi_desktop.reports import absences
    from toimi_desktop.reports.allowance import find_environment

    start, end = _date_range(args.start, args.end, date.today())
    kind = output_path(args.out, PDF_OR_CSV)
    with acting_user(args.db, args.user) as ctx:
        environment = find_environment(ctx, args.environment) if args.environment else None
        runs = absences.absence_runs(ctx, start, end,
                                     environment.id if environment else None,
                                     full_hetu=args.full_hetu)
        with written_atomically(args.out) as target:
            if kind == "pdf":
                absences.write_pdf(runs, start, end, target, ctx.actor.display_name,
                                   environment.name if environment else None, args.lang)
            else:
                absences.write_csv(runs, target, args.lang)
    out(args.out)
    return EXIT_OK


def _run_sheet(args: argparse.Namespace) -> int:
    from toimi_desktop.reports import attendance_sheet
    from toimi_desktop.services.trainee_lookup import find_trainee

    month = parse_month(args.month)
    output_path(args.out, (".pdf",))
    with acting_user(args.db, args.user) as ctx:
        sheet = attendance_sheet.month_sheet(ctx, find_trainee(ctx, args.trainee), month,
                                               args.lang)
        with written_atomically(args.out) as target:
            attendance_sheet.write_pdf(sheet, target, ctx.actor.display_name, args.lang)
    out(args.out)
    return EXIT_OK


def add_approve_month(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "approve-month", parents=[common],
        help=t(N_("cli", "approve a month's allowance (locks its attendance)")),
        description=t(N_("cli", "Approve an environment's allowance for a month that has "
                                "ended. Its attendance is locked: later changes need a "
                                "reason and are audited.")))
    db_argument(parser)
    _environment_argument(parser, required=True)
    _month_argument(parser)
    user_argument(parser)
    parser.set_defaults(run=_run_approve_month)


def _run_approve_month(args: argparse.Namespace) -> int:
    from toimi_desktop.reports.allowance import find_environment
    from toimi_desktop.services.attendance import approve_month

    month = parse_month(args.month)
    with acting_user(args.db, args.user) as ctx:
        environment = find_environment(ctx, args.environment)
        approve_month(ctx, environment.id, month)
        out(t(APPROVED,
              month=f"{month:%Y-%m}", environment=environment.name,
              user=ctx.actor.display_name))
    return EXIT_OK
