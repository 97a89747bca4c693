"""`toimi import`, `toimi backup` and `toimi restore`: data in and out of a database file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from toimi_desktop.cli_support import (
    EXIT_OK,
    EXIT_USER_ERROR,
    acting_user,
    check_db_path,
    db_argument,
    out,
    t,
    user_argument,
)
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:
    from toimi_desktop.cli_support import Subparsers
    from toimi_desktop.services.imports import ImportReport, SheetTable


# --- toimi import -------------------------------------------------------------------------

def _add_import(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import", parents=[common],
        help=t(N_("cli", "import trainees, periods or attendance from XLSX or CSV")),
        description=t(N_("cli", "Import trainees, coaching periods or attendance from an "
                                "Excel (.xlsx) or CSV file. Every row is checked first; rows "
                                "already in the database are skipped, so importing the same "
                                "file again adds nothing. The columns are matched by their "
                                "headers (Finnish or English), or as last chosen in the app "
                                "for a file with the same headers.")))
    db_argument(parser)
    user_argument(parser)
    parser.add_argument("file", type=Path, metavar="FILE",
                        help=t(N_("cli", "the .xlsx or .csv file")))
    parser.add_argument("--kind", choices=("trainees", "periods", "attendance"),
                        help=t(N_("cli", "what the file holds (default: told by its "
                                         "columns)")))
    parser.add_argument("--dry-run", action="store_true",
                        help=t(N_("cli", "check and report only: write nothing")))
    parser.add_argument("--only-if-all-valid", action="store_true",
                        help=t(N_("cli", "import nothing if any row has a problem (default: "
                                         "import the valid rows)")))
    parser.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    parser.set_defaults(run=_run_import)


def _run_import(args: argparse.Namespace) -> int:
    from toimi_desktop.cli_support import parse_date
    from toimi_desktop.services.imports import (
        ImportKind,
        initial_mapping,
        propose_mapping,
        read_table,
        run_import,
    )

    today = parse_date(args.today)
    table = read_table(args.file)
    with acting_user(args.db, args.user) as ctx:
        kind, mapping = initial_mapping(ctx, table)
        if args.kind and ImportKind(args.kind) is not kind:
            kind = ImportKind(args.kind)
            mapping = propose_mapping(table.headers, kind)
        _print_mapping(table, kind, mapping)
        report = run_import(ctx, table, kind, mapping, dry_run=args.dry_run,
                            all_or_nothing=args.only_if_all_valid, today=today)
    _print_report(report)
    return EXIT_USER_ERROR if report.problems else EXIT_OK


def _print_mapping(table: SheetTable, kind: object, mapping: dict[int, str]) -> None:
    from toimi_desktop.services.imports import field_label

    out(t(N_("cli", "{file}: {kind}, {rows} rows."), file=table.name,
          kind=kind.translated(), rows=len(table)))
    for column, header in enumerate(table.headers):
        target = field_label(kind, mapping[column]) if column in mapping else t(
            N_("cli", "(not imported)"))
        out(f"  {header} → {target}")


def _print_report(report: ImportReport) -> None:
    row_text = t(N_("cli", "row"))
    for problem in report.problems:
        where = f"{row_text} {problem.row}" + (f", {problem.column}" if problem.column else "")
        out(f"{where}: {problem.message.text()}")
    for message, count in report.warning_counts():
        out(t(N_("cli", "Warning on {count} rows: {message}"), count=count,
              message=message.text()))
    out(report.summary().text())
    out(report.outcome().text())


# --- toimi backup / restore ----------------------------------------------------------------

def _add_backup(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "backup", parents=[common], help=t(N_("cli", "back up a database (also while the "
                                                     "app is using it)")),
        description=t(N_("cli", "Copy the database to a backup file with SQLite's online "
                                "backup: safe while the app runs and writes.")))
    db_argument(parser)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help=t(N_("cli", "the backup file to write")))
    parser.set_defaults(run=_run_backup)


def _run_backup(args: argparse.Namespace) -> int:
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.backup import backup_database

    check_db_path(args.db, must_exist=True)
    db = Database(args.db, migrate=False)
    try:
        result = backup_database(db, args.out)
    finally:
        db.dispose()
    out(t(N_("cli", "Backed up {db} to {path} ({size} kB)."), db=args.db, path=result.path,
          size=max(1, round(result.size / 1024))))
    return EXIT_OK


def _add_restore(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "restore", parents=[common], help=t(N_("cli", "restore a database from a backup")),
        description=t(N_("cli", "Check a backup (intact, a TOIMI database, not from a newer "
                                "version), bring it to this version's schema and put it in "
                                "place of the database; the previous database is kept beside "
                                "it. Close the app first.")))
    db_argument(parser)
    parser.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE",
                        help=t(N_("cli", "the backup file")))
    parser.set_defaults(run=_run_restore)


def _run_restore(args: argparse.Namespace) -> int:
    from toimi_desktop.services.backup import restore_database

    check_db_path(args.db, must_exist=False)
    info, previous = restore_database(args.db, args.source)
    out(t(N_("cli", "Restored {db} from {path}: {trainees} trainees, schema {revision}."),
          db=args.db, path=args.source, trainees=info.trainees, revision=info.revision))
    if previous is not None:
        out(t(N_("cli", "The previous database was kept as {path}."), path=previous))
    return EXIT_OK


def add_data_commands(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    _add_import(subparsers, common)
    _add_backup(subparsers, common)
    _add_restore(subparsers, common)
