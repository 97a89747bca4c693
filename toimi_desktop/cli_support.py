"""What every `toimi` command shares: exit codes, translated texts, argument checks that
turn a wrong path or date into a sentence, and the acting user's service context."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import translate

if TYPE_CHECKING:
    from datetime import date

    from toimi_desktop.services.context import ServiceContext

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_OK, EXIT_FAILURE, EXIT_USER_ERROR = 0, 1, 2

# Messages of the report and approval commands (tests compare them through the catalogue).
MONTH_FORMAT = N_("errors", "Give the month as YYYY-MM, e.g. 2026-10 (not “{text}”).")
NO_CURRENT_USER = N_("errors", "The database has no current user: give one with --user.")
OUT_SUFFIX = N_("errors", "The output file must end in {suffixes}.")
OUT_IS_FOLDER = N_("errors", "{path} is a folder: give a file name.")
OUT_NO_FOLDER = N_("errors", "Cannot write {path}: there is no folder {folder}.")
OUT_NO_PERMISSION = N_("errors", "Cannot write {path}: no permission to write in {folder}.")
OUT_FAILED = N_("errors", "Cannot write {path}: {reason}")


def t(text: str, **params: object) -> str:
    """A CLI text in the chosen language; mark the literal with N_("cli", ...) at the call."""
    translated = translate("cli", text)
    return translated.format(**params) if params else translated


def out(text: object = "") -> None:
    print(text)


def domain_error(template: str, **params: object) -> Exception:
    from toimi_desktop.services.errors import DomainError

    return DomainError(template, **params)


def check_db_path(path: Path, must_exist: bool) -> None:
    """Turn a wrong --db into a sentence instead of an SQLite traceback."""
    if path.is_dir():
        raise domain_error(N_("errors", "{path} is a folder, not a database file."),
                           path=path)
    if not path.exists():
        if must_exist:
            raise domain_error(N_("errors", "There is no database at {path}."), path=path)
        return
    from toimi_desktop.models.encryption import NOT_A_DATABASE, file_kind

    # An encrypted file has no header to check; one that is not whole pages is no database.
    if file_kind(path) == "other":
        raise domain_error(NOT_A_DATABASE, path=path)


def db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH",
                        help=t(N_("cli", "the database file")))


def parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise domain_error(N_("errors", "Give the date as YYYY-MM-DD, e.g. 2026-11-22."),
                           ) from None


def parse_month(text: str) -> date:
    """YYYY-MM (as in `--month 2026-10`) → the month's first day."""
    from datetime import date

    year, _, month = text.partition("-")
    if len(year) == 4 and len(month) == 2 and year.isdigit() and month.isdigit() \
            and 1 <= int(month) <= 12:
        return date(int(year), int(month), 1)
    raise domain_error(MONTH_FORMAT,
                       text=text)


PASSWORD_VARIABLE = "TOIMI_PASSWORD"


def read_password(username: str) -> str:
    """The user's password: from $TOIMI_PASSWORD (scripts), else asked on the terminal,
    else the first line of standard input."""
    import getpass
    import sys

    if os.environ.get(PASSWORD_VARIABLE):
        return os.environ[PASSWORD_VARIABLE]
    if sys.stdin.isatty():
        return getpass.getpass(t(N_("cli", "Password for {user}: "), user=username))
    return sys.stdin.readline().rstrip("\r\n")


@contextmanager
def acting_user(path: Path, username: str | None) -> Iterator[ServiceContext]:
    """A service context on the database at `path` as `username` (by default the device's
    current user, the LocalSetting "current_user"), once they have signed in with their
    password (`read_password`): the same sign-in as the app's, logged the same way."""
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.context import ServiceContext, get_setting
    from toimi_desktop.sync.signin import sign_in

    check_db_path(path, must_exist=True)
    db = Database(path)
    try:
        if username is None:
            with db.session() as session:
                username = get_setting(session, "current_user")
            if not username:
                raise domain_error(NO_CURRENT_USER)
        signed = sign_in(db, str(username), read_password(str(username)))
        yield ServiceContext(db, signed.actor)
    finally:
        db.dispose()


def user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="USERNAME",
                        help=t(N_("cli", "act as this user, who signs in with their password "
                                         "(from $TOIMI_PASSWORD, a prompt or standard input; "
                                         "default user: the database's current one)")))


def output_path(path: Path, suffixes: tuple[str, ...]) -> str:
    """Check --out before any work: a known suffix (returned without the dot) and a folder
    that exists. Writing goes through `written_atomically`."""
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise domain_error(OUT_SUFFIX,
                           suffixes=" / ".join(suffixes))
    if path.is_dir():
        raise domain_error(OUT_IS_FOLDER, path=path)
    folder = path.parent
    if not folder.is_dir():
        raise domain_error(OUT_NO_FOLDER,
                           path=path, folder=folder)
    if not os.access(folder, os.W_OK):
        raise domain_error(OUT_NO_PERMISSION, path=path, folder=folder)
    return suffix[1:]


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary name beside `path`, then move it into place: a failed or stopped
    report never leaves half a file, and an old report stays until the new one is whole."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        raise domain_error(OUT_FAILED, path=path,
                           reason=error.strerror or error) from None
    finally:
        temporary.unlink(missing_ok=True)
