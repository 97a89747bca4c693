"""`toimi login`, `toimi sync` and `toimi logout`: sync for headless use and scheduled jobs.

    toimi login --db PATH --server URL --user NAME   (password from a prompt, or stdin)
    toimi sync --db PATH                              (push, then pull; prints a summary)

Exit codes: 0 synced; 2 not synced, with the reason on standard error (offline, login
needed, revoked, …): the changes stay on this computer and the next run continues.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import format_moment, format_number, translate, translate_count

EXIT_OK = 0


def _t(text: str, **params: object) -> str:
    translated = translate("cli", text)
    return translated.format(**params) if params else translated


def _parents(common: argparse.ArgumentParser | None) -> list[argparse.ArgumentParser]:
    return [common] if common is not None else []


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH",
                        help=_t(N_("cli", "the database file")))


def add_sync_commands(subparsers, common: argparse.ArgumentParser | None = None) -> None:
    login = subparsers.add_parser(
        "login", parents=_parents(common),
        help=_t(N_("cli", "log this database in to a sync server")),
        description=_t(N_("cli", "Log in to the central sync server once per device. The "
                                 "password is asked for (or read from standard input); the "
                                 "device token is kept in the system keyring, never in a "
                                 "file.")))
    _db(login)
    login.add_argument("--server", required=True, metavar="URL",
                       help=_t(N_("cli", "the sync server's address, e.g. "
                                         "https://toimi.example.fi")))
    login.add_argument("--user", required=True, metavar="NAME",
                       help=_t(N_("cli", "your user name on the server")))
    login.add_argument("--device-name", metavar="NAME",
                       help=_t(N_("cli", "a name for this computer (default: host name)")))
    login.set_defaults(run=_run_login)

    sync = subparsers.add_parser(
        "sync", parents=_parents(common),
        help=_t(N_("cli", "sync a database with the server")),
        description=_t(N_("cli", "Send this computer's changes to the sync server and take in "
                                 "everyone else's. An interrupted sync continues where it "
                                 "stopped.")))
    _db(sync)
    sync.add_argument("--status", action="store_true",
                      help=_t(N_("cli", "only show the sync status")))
    sync.add_argument("--retry-refused", action="store_true",
                      help=_t(N_("cli", "send the changes the server refused again")))
    sync.set_defaults(run=_run_sync)

    logout = subparsers.add_parser(
        "logout", parents=_parents(common),
        help=_t(N_("cli", "log this database out of the sync server")))
    _db(logout)
    logout.set_defaults(run=_run_logout)


def _open(path: Path, must_exist: bool = True):
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.errors import DomainError

    if path.is_dir() or (must_exist and not path.exists()):
        raise DomainError(N_("errors", "There is no database at {path}."), path=path)
    return Database(path)


def _read_password(username: str) -> str:
    from toimi_desktop.cli_support import read_password

    return read_password(username)


def _run_login(args: argparse.Namespace) -> int:
    from toimi_desktop.sync.login import login

    db = _open(args.db, must_exist=False)
    try:
        user = login(db, args.server, args.user, _read_password(args.user), args.device_name)
    finally:
        db.dispose()
    print(_t(N_("cli", "Logged in to {server} as {user}. Run `toimi sync --db {path}` to "
                       "sync."), server=args.server, user=user.display_name, path=args.db))
    return EXIT_OK


def _run_logout(args: argparse.Namespace) -> int:
    from toimi_desktop.sync.login import logout

    db = _open(args.db)
    try:
        done = logout(db)
    finally:
        db.dispose()
    print(_t(N_("cli", "Logged out.")) if done else _t(N_("cli", "Not logged in.")))
    return EXIT_OK


def _run_sync(args: argparse.Namespace) -> int:
    from toimi_desktop.sync import state
    from toimi_desktop.sync.engine import SyncEngine

    db = _open(args.db)
    try:
        reader = db.raw_connection()
        try:
            if args.retry_refused:
                state.retry_rejected(reader)
            if args.status:
                _print_status(reader)
                return EXIT_OK
        finally:
            reader.close()
        report = SyncEngine(db).run()
        print(_t(N_("cli", "Synced in {seconds} s: sent {pushed}, refused {refused}, "
                           "received {pulled} records ({kb} kB on the wire)."),
                 seconds=format_number(report.seconds), pushed=report.pushed,
                 refused=report.refused, pulled=report.pulled,
                 kb=format_number((report.bytes_sent + report.bytes_received) / 1024)))
        if report.conflicts:
            print(translate_count(
                "cli", N_("cli", "1 text edited on two devices: both versions are kept until "
                                 "someone chooses in the app."),
                N_("cli", "{n} texts edited on two devices: both versions are kept until "
                          "someone chooses in the app."), report.conflicts))
        if report.refused or report.failures:
            reader = db.raw_connection()
            try:
                _print_status(reader)
            finally:
                reader.close()
    finally:
        db.dispose()
    return EXIT_OK


def _print_status(conn) -> None:
    """The sync state in words: what waits, what was refused or not stored here, and why."""
    from toimi_desktop.sync import describe, state

    status = state.status(conn)
    never = _t(N_("cli", "never"))
    print(_t(N_("cli", "Server: {server} (user {user})"),
             server=status.server or "–", user=status.username or "–"))
    print(_t(N_("cli", "Waiting to be sent: {pending}; refused: {refused}; conflicts: "
                       "{conflicts}; not stored here: {failures}"),
             pending=status.pending, refused=status.rejected, conflicts=status.conflicts,
             failures=status.failures))
    print(_t(N_("cli", "Last successful sync: {when}"),
             when=format_moment(status.last_success) if status.last_success else never))
    if status.last_error:
        print(_t(N_("cli", "Last error: {error}"), error=status.last_error))
    refused = describe.refusals(conn, 20)
    if refused:
        print(_t(N_("cli", "Changes the server refused (they wait on this computer):")))
    for item in refused:
        print(f"  {item.what}: {item.reason}")
    failed = describe.failures(conn, 20)
    if failed:
        print(_t(N_("cli", "Records from the server not stored on this computer (tried again "
                           "at every sync):")))
    for item in failed:
        print(f"  {item.what}: {item.reason}")
