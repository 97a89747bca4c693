"""`toimi report steering` (the steering group's progress summary, PDF) and `toimi export esr`
(the ESF+ participant data and indicators, XLSX or CSV). Registered by `cli_reports`
and `cli`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from toimi_desktop.cli_access import add_trainee_export
from toimi_desktop.cli_support import (
    EXIT_OK,
    acting_user,
    db_argument,
    domain_error,
    out,
    output_path,
    parse_date,
    t,
    user_argument,
    written_atomically,
)
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:
    from toimi_desktop.cli_support import Subparsers

RANGE_BOTH = N_("errors", "Give both --from and --to, or neither (the last full quarter).")
RANGE_ORDER = N_("errors", "The first day ({start}) is after the last day ({end}).")


def _range_arguments(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--from", dest="start", required=required, metavar="YYYY-MM-DD",
                        help=t(N_("cli", "first day")))
    parser.add_argument("--to", dest="end", required=required, metavar="YYYY-MM-DD",
                        help=t(N_("cli", "last day")))


def add_steering_report(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser
                        ) -> None:
    parser = kinds.add_parser(
        "steering", parents=[common],
        help=t(N_("cli", "the steering group's progress summary (PDF)")),
        description=t(N_("cli", "The progress summary of a municipality, a service area or "
                                "the whole project for a date range, beside the previous "
                                "range of equal length. Figures from fewer people than the "
                                "threshold are suppressed. Without --from and --to: the "
                                "last full quarter.")))
    db_argument(parser)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--municipality", metavar="NAME",
                       help=t(N_("cli", "a municipality's name or code, e.g. Joensuu")))
    where.add_argument("--area", metavar="NAME",
                       help=t(N_("cli", "a service area's name, e.g. \"Pielisen Karjala\"")))
    where.add_argument("--all", action="store_true",
                       help=t(N_("cli", "the whole project (coordinators)")))
    _range_arguments(parser, required=False)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help=t(N_("cli", "the output file, .pdf")))
    user_argument(parser)
    parser.set_defaults(run=_run_steering)


def summary_range(start_text: str | None, end_text: str | None, today: date
                  ) -> tuple[date, date]:
    from toimi_desktop.reports.summary.scope import default_range

    if start_text is None and end_text is None:
        return default_range(today)
    if start_text is None or end_text is None:
        raise domain_error(RANGE_BOTH)
    start, end = parse_date(start_text), parse_date(end_text)
    if start > end:
        raise domain_error(RANGE_ORDER, start=start, end=end)
    return start, end


def _run_steering(args: argparse.Namespace) -> int:
    from toimi_desktop.reports.summary.document import summary_document, write_pdf
    from toimi_desktop.reports.summary.figures import summary_figures
    from toimi_desktop.reports.summary.scope import resolve_scope

    start, end = summary_range(args.start, args.end, date.today())
    output_path(args.out, (".pdf",))
    with acting_user(args.db, args.user) as ctx:
        scope = resolve_scope(ctx, municipality=args.municipality, area=args.area)
        figures = summary_figures(ctx, scope, start, end, language=args.lang)
        document = summary_document(figures, args.lang)
        with written_atomically(args.out) as target:
            write_pdf(document, target, who=ctx.actor.display_name, language=args.lang)
    out(args.out)
    return EXIT_OK


def add_export(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export", parents=[common], help=t(N_("cli", "export data (ESF+ reporting, one "
                                                  "trainee's data)")),
        description=t(N_("cli", "Export data: the ESF+ reporting to the funder, or "
                                "everything about one trainee.")))
    kinds = parser.add_subparsers(dest="export", required=True, metavar="EXPORT")
    add_trainee_export(kinds, common)
    esr = kinds.add_parser(
        "esr", parents=[common],
        help=t(N_("cli", "ESF+ participant data and indicators (XLSX/CSV, coordinators)")),
        description=t(N_("cli", "Per participant the ESF+ entry data, the results on leaving "
                                "and six months after, and the indicators by gender, for "
                                "participants in the date range. The XLSX has a sheet for "
                                "each; the CSV has the participants. Coordinators only; the "
                                "export is logged.")))
    db_argument(esr)
    _range_arguments(esr, required=True)
    esr.add_argument("--out", required=True, type=Path, metavar="FILE",
                     help=t(N_("cli", "the output file, .xlsx or .csv")))
    user_argument(esr)
    esr.set_defaults(run=_run_esr)


def _run_esr(args: argparse.Namespace) -> int:
    from toimi_desktop.reports import esf, esf_files

    start, end = summary_range(args.start, args.end, date.today())
    kind = output_path(args.out, (".xlsx", ".csv"))
    with acting_user(args.db, args.user) as ctx, written_atomically(args.out) as target:
        report = esf.export_participants(ctx, start, end, kind)
        if kind == "xlsx":
            esf_files.write_xlsx(report, target, args.lang)
        else:
            esf_files.write_csv(report, target, args.lang)
    out(args.out)
    return EXIT_OK
