"""The `toimi` command: headless administration (demo data, schema, users, attendance
reports and month approvals, exports, sync, spreadsheet import, backup and restore,
retention). Same services as the UI, never Qt.

Adding a command: write `_add_<name>(subparsers, common)` that adds its parser and sets
`run=` to a function taking the parsed arguments and returning the exit code, and list it in
COMMANDS. A group of commands gets its own module (`cli_reports`); shared helpers are in
`cli_support`. Heavy modules are imported inside the `run` functions so `toimi --help` stays
fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from toimi_desktop.cli_data import add_data_commands
from toimi_desktop.cli_reports import add_approve_month, add_report
from toimi_desktop.cli_retention import add_retention
from toimi_desktop.cli_steering import add_export
from toimi_desktop.cli_support import EXIT_FAILURE, EXIT_OK, EXIT_USER_ERROR
from toimi_desktop.cli_support import check_db_path as _check_db_path
from toimi_desktop.cli_support import db_argument as _db_argument
from toimi_desktop.cli_support import out as _out
from toimi_desktop.cli_support import parse_date as _parse_date
from toimi_desktop.cli_support import t as _t
from toimi_desktop.cli_sync import add_sync_commands
from toimi_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, set_language
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:
    from toimi_desktop.cli_support import Subparsers

__all__ = ["COMMANDS", "EXIT_FAILURE", "EXIT_OK", "EXIT_USER_ERROR", "build_parser", "main"]


# --- toimi demo ---------------------------------------------------------------------------

def _add_demo(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "demo", parents=[common], help=_t(N_("cli", "fill a database with demo data")),
        description=_t(N_("cli", "Create or fill a database with a realistic, deterministic "
                                 "demo North Karelia: users of every role, environments, "
                                 "work tasks, trainees, coaching periods and six months of "
                                 "attendance.")))
    _db_argument(parser)
    parser.add_argument("--trainees", type=int, default=600, metavar="N",
                        help=_t(N_("cli", "number of trainees (default 600)")))
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help=_t(N_("cli", "random seed; the same seed and date give the "
                                          "same data (default 1)")))
    parser.add_argument("--today", metavar="YYYY-MM-DD",
                        help=_t(N_("cli", "the date the data is made for (default: today)")))
    parser.add_argument("--replace", action="store_true",
                        help=_t(N_("cli", "replace the trainees and users already in the "
                                          "database (test databases only)")))
    parser.set_defaults(run=_run_demo)


def _run_demo(args: argparse.Namespace) -> int:
    from toimi_desktop.services.demo import generate_demo
    from toimi_desktop.services.signin import DEMO_PASSWORD

    today = _parse_date(args.today)
    _check_db_path(args.db, must_exist=False)
    summary = generate_demo(args.db, trainees=args.trainees, seed=args.seed, today=today,
                            replace=args.replace)
    _out(_t(N_("cli", "Demo data written to {path} in {seconds:.1f} s (seed {seed}, "
                      "today {today}):"),
            path=summary.path, seconds=summary.seconds, seed=summary.seed,
            today=summary.today.isoformat()))
    for table, count in summary.counts.items():
        _out(f"  {table:<24} {count:>9}")
    _out(_t(N_("cli", "Sign in as “koordinaattori” with the password “{password}” (every "
                      "demo user has it); `toimi users --db {path}` lists everyone."),
            path=summary.path, password=DEMO_PASSWORD))
    return EXIT_OK


# --- toimi migrate ------------------------------------------------------------------------

def _add_migrate(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "migrate", parents=[common],
        help=_t(N_("cli", "upgrade a database's schema to the newest version")),
        description=_t(N_("cli", "Upgrade the database schema to the newest revision "
                                 "(creates the file if it does not exist).")))
    _db_argument(parser)
    parser.set_defaults(run=_run_migrate)


def _run_migrate(args: argparse.Namespace) -> int:
    from toimi_desktop.models.database import Database, current_revision, upgrade_to_head

    _check_db_path(args.db, must_exist=False)
    db = Database(args.db, migrate=False)
    try:
        before = current_revision(db.engine)
        upgrade_to_head(db.engine)
        after = current_revision(db.engine)
    finally:
        db.dispose()
    if before == after:
        _out(_t(N_("cli", "{path}: schema already at revision {revision}."), path=args.db,
                revision=after))
    else:
        _out(_t(N_("cli", "{path}: schema upgraded from {before} to revision {revision}."),
                path=args.db, before=before or "–", revision=after))
    return EXIT_OK


# --- toimi users --------------------------------------------------------------------------

def _add_users(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "users", parents=[common], help=_t(N_("cli", "list the users of a database")),
        description=_t(N_("cli", "List the local users (whom to sign in as), with role and "
                                 "municipalities; * marks the current user.")))
    _db_argument(parser)
    parser.set_defaults(run=_run_users)


@dataclass(frozen=True)
class _UserRow:
    username: str
    display_name: str
    role: object  # models.enums.Role (imported lazily)
    municipalities: tuple[str, ...]
    current: bool


def _local_users(path: Path) -> list[_UserRow]:
    """Every local user, coordinators first. A plain read before anyone signs in, so it
    does not go through a ServiceContext (whose set-up writes the device id)."""
    from sqlalchemy import select

    from toimi_desktop.models import LocalSetting, Municipality, User, user_municipality
    from toimi_desktop.models.database import Database
    from toimi_desktop.models.enums import Role

    order = [Role.COORDINATOR, Role.COACH, Role.CAREER_AGENT, Role.BUSINESS_AGENT,
             Role.STEERING_GROUP]
    db = Database(path)
    try:
        with db.session() as session:
            current = session.get(LocalSetting, "current_user")
            places: dict[str, list[str]] = {}
            for user_id, name in session.execute(
                select(user_municipality.c.user_id, Municipality.name)
                .join(Municipality, Municipality.code == user_municipality.c.municipality_code)
                .order_by(Municipality.name)
            ):
                places.setdefault(user_id, []).append(name)
            users = session.scalars(select(User).where(User.active.is_(True))).all()
            rows = [_UserRow(u.username, u.display_name, u.role, tuple(places.get(u.id, ())),
                             current is not None and current.value == u.username)
                    for u in users]
    finally:
        db.dispose()
    return sorted(rows, key=lambda r: (order.index(r.role), r.username))


def _run_users(args: argparse.Namespace) -> int:
    _check_db_path(args.db, must_exist=True)
    rows = _local_users(args.db)
    if not rows:
        _out(_t(N_("cli", "The database has no users yet.")))
        return EXIT_OK
    everywhere = _t(N_("cli", "all municipalities"))
    table = [(("* " if row.current else "  ") + row.username, row.display_name,
              row.role.translated(), ", ".join(row.municipalities) or everywhere)
             for row in rows]
    headers = ("  " + _t(N_("cli", "user name")), _t(N_("cli", "name")),
               _t(N_("cli", "role")), _t(N_("cli", "municipalities")))
    widths = [max(len(r[i]) for r in (headers, *table)) for i in range(3)]
    for row in (headers, *table):
        _out("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
             + "  " + row[3])
    return EXIT_OK


# --- the command line ---------------------------------------------------------------------

COMMANDS: tuple[Callable[[Subparsers, argparse.ArgumentParser], None], ...] = (
    _add_demo,
    _add_migrate,
    _add_users,
    add_report,
    add_approve_month,
    add_export,
    add_sync_commands,
    add_data_commands,
    add_retention,
)


def _language(argv: Sequence[str]) -> str:
    """--lang is needed before parsing: the help texts are in that language."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def build_parser() -> argparse.ArgumentParser:
    # --lang works before or after the command. The sub-parsers get their own option with
    # SUPPRESS as default, so that a value given before the command is not reset; it must
    # not be the main parser's action object (`parents=` shares actions, defaults included).
    def add_lang(target: argparse.ArgumentParser, default: str) -> None:
        target.add_argument("--lang", choices=LANGUAGES, default=default,
                            help=_t(N_("cli", "language of messages: fi (default) or en")))

    common = argparse.ArgumentParser(add_help=False)
    add_lang(common, argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="toimi",
        description=_t(N_("cli", "TOIMI Desktop administration: demo data, schema, users, "
                                 "attendance reports and month approvals.")))
    add_lang(parser, DEFAULT_LANGUAGE)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language(argv))
    args = build_parser().parse_args(argv)
    set_language(args.lang)
    from toimi_desktop.services.errors import DomainError

    try:
        return args.run(args)
    except DomainError as error:
        print(error.text(), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `toimi users | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as error:
        if not _is_operational(error):
            raise  # a bug: the traceback is what a bug report needs
        print(_t(N_("cli", "The database could not be used: {reason}"),
                 reason=getattr(error, "orig", None) or error), file=sys.stderr)
        return EXIT_FAILURE


def _is_operational(error: Exception) -> bool:
    """A locked, read-only or vanished database file: the environment, not a bug."""
    from sqlalchemy.exc import OperationalError

    from toimi_desktop.models.encryption import dbapi

    return isinstance(error, dbapi.OperationalError | OperationalError)


if __name__ == "__main__":
    sys.exit(main())
