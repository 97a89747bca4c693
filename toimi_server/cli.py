"""The `toimi-server` command: serve, migrate, check, user add|list, device list|revoke.

The database URL comes from --db-url or TOIMI_SERVER_DB_URL: `postgresql://user@host/db`
in production, or an SQLite file path (`/srv/toimi/server.db`) for a trial.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence

from toimi_server.core.config import DB_URL_ENV, Settings

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db-url", metavar="URL",
                        help=f"database URL or SQLite file (default: ${DB_URL_ENV})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="toimi-server",
                                     description="TOIMI central sync server.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the HTTP server")
    _db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (PostgreSQL only; SQLite needs one)")
    serve.add_argument("--ssl-certfile", help="TLS certificate (PEM) to serve HTTPS directly")
    serve.add_argument("--ssl-keyfile", help="TLS private key (PEM)")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                       help="reverse proxies trusted for X-Forwarded-* headers")
    serve.add_argument("--log-level", default="info",
                       choices=["debug", "info", "warning", "error"])
    serve.add_argument("--no-migrate", action="store_true",
                       help="do not upgrade the schema at start (run `migrate` yourself)")
    serve.set_defaults(run=_serve)

    migrate = commands.add_parser("migrate", help="create or upgrade the database schema")
    _db(migrate)
    migrate.set_defaults(run=_migrate)

    check = commands.add_parser("check", help="check the database: reachable, schema, counts")
    _db(check)
    check.set_defaults(run=_check)

    user = commands.add_parser("user", help="user accounts").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    add = user.add_parser("add", help="add a user (password from a prompt or stdin)")
    add.add_argument("name")
    add.add_argument("--role", required=True,
                     choices=["coach", "career_agent", "business_agent", "coordinator",
                              "steering_group"])
    add.add_argument("--municipality", action="append", default=[], metavar="NAME",
                     help="a municipality by name or code; repeat for several")
    add.add_argument("--display-name", help="the person's name as shown (default: NAME)")
    _db(add)
    add.set_defaults(run=_user_add)
    ulist = user.add_parser("list", help="list the users")
    _db(ulist)
    ulist.set_defaults(run=_user_list)

    device = commands.add_parser("device", help="logged-in devices").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    dlist = device.add_parser("list", help="list devices")
    _db(dlist)
    dlist.set_defaults(run=_device_list)
    revoke = device.add_parser("revoke", help="revoke a device: refused at its next sync")
    revoke.add_argument("device_id", help="the device id (or a unique prefix of it)")
    _db(revoke)
    revoke.set_defaults(run=_device_revoke)
    return parser


def _engine(args: argparse.Namespace):
    from toimi_server.db import make_engine

    settings = Settings.from_env(args.db_url)
    return settings, make_engine(settings.db_url)


def _ready_engine(args: argparse.Namespace):
    from toimi_server.db import upgrade

    settings, engine = _engine(args)
    upgrade(engine)
    return settings, engine


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from toimi_server.app import create_app
    from toimi_server.core.logging import log, setup_logging
    from toimi_server.db import upgrade

    setup_logging(args.log_level)
    settings, engine = _engine(args)
    if not args.no_migrate:
        upgrade(engine)
    if engine.dialect.name == "sqlite" and args.workers != 1:
        print("SQLite serves from one process: use PostgreSQL for --workers.",
              file=sys.stderr)
        return EXIT_USAGE
    log("start", host=args.host, port=args.port, database=engine.dialect.name,
        tls=bool(args.ssl_certfile))
    config = dict(host=args.host, port=args.port, log_config=None, access_log=False,
                  ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile,
                  forwarded_allow_ips=args.forwarded_allow_ips, proxy_headers=True,
                  timeout_graceful_shutdown=10)
    if args.workers > 1:
        import os

        os.environ["TOIMI_SERVER_DB_URL"] = settings.db_url
        uvicorn.run("toimi_server.asgi:app", workers=args.workers, **config)
    else:
        uvicorn.run(create_app(settings, engine), **config)
    return EXIT_OK


def _migrate(args: argparse.Namespace) -> int:
    from toimi_server.db import current_revision

    _settings, engine = _ready_engine(args)
    print(f"Schema at revision {current_revision(engine)}.")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from toimi_server.db import HEAD_REVISION, current_revision, make_sessions, ping
    from toimi_server.models import Device, Record, ServerUser

    _settings, engine = _engine(args)
    try:
        ping(engine)
    except Exception as error:
        print(f"FAIL database unreachable: {error}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"ok   database reachable ({engine.dialect.name})")
    revision = current_revision(engine)
    if revision != HEAD_REVISION:
        print(f"FAIL schema at {revision or 'nothing'}, expected {HEAD_REVISION}: "
              "run `toimi-server migrate`", file=sys.stderr)
        return EXIT_FAILURE
    print(f"ok   schema at revision {revision}")
    with make_sessions(engine)() as session:
        users = session.scalar(select(func.count()).select_from(ServerUser))
        devices = session.scalar(select(func.count()).select_from(Device)
                                 .where(Device.revoked_at.is_(None)))
        records = session.scalar(select(func.count()).select_from(Record))
    print(f"ok   {users} users, {devices} active devices, {records} records")
    if not users:
        print("note no users yet: add one with `toimi-server user add`")
    return EXIT_OK


def _read_password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Password for {name}: ")
        if first != getpass.getpass("Again: "):
            raise ValueError("the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _user_add(args: argparse.Namespace) -> int:
    from toimi_server.db import make_sessions
    from toimi_server.services.accounts import add_user

    _settings, engine = _ready_engine(args)
    password = _read_password(args.name)
    with make_sessions(engine)() as session, session.begin():
        user = add_user(session, args.name, password, args.role, args.municipality,
                        args.display_name)
        print(f"Added {user.username} ({user.role}; "
              f"{', '.join(user.municipalities) or 'all municipalities'}).")
    return EXIT_OK


def _user_list(args: argparse.Namespace) -> int:
    from toimi_server.db import make_sessions
    from toimi_server.services.accounts import directory

    _settings, engine = _ready_engine(args)
    with make_sessions(engine)() as session:
        for user in directory(session)[1]:
            print(f"{user.username:<20} {user.role:<15} "
                  f"{','.join(user.municipalities) or 'all':<20} "
                  f"{'active' if user.active else 'inactive'}")
    return EXIT_OK


def _device_list(args: argparse.Namespace) -> int:
    from toimi_server.db import make_sessions
    from toimi_server.services.accounts import list_devices

    _settings, engine = _ready_engine(args)
    with make_sessions(engine)() as session:
        rows = list_devices(session)
    if not rows:
        print("No devices.")
    for device, username in rows:
        state = f"revoked {device.revoked_at:%Y-%m-%d}" if device.revoked_at else "active"
        seen = f"{device.last_seen_at:%Y-%m-%d %H:%M}" if device.last_seen_at else "-"
        print(f"{device.id}  {username:<16} {device.name[:24]:<24} seen {seen}  {state}")
    return EXIT_OK


def _device_revoke(args: argparse.Namespace) -> int:
    from toimi_server.db import make_sessions
    from toimi_server.services.accounts import revoke_device

    _settings, engine = _ready_engine(args)
    with make_sessions(engine)() as session, session.begin():
        device = revoke_device(session, args.device_id)
        print(f"Revoked device {device.id} ({device.name}): refused at its next sync.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from toimi_server.services.errors import ApiError

    try:
        return args.run(args)
    except (ValueError, ApiError) as error:
        print(f"toimi-server: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
