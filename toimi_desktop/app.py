"""`toimi-desktop`: the desktop application's entry point.

    toimi-desktop [--db PATH] [--lang fi|en] [--demo] [--user USERNAME] [--quit-after-show]

Every start signs someone in (the sign-in dialog; --user fills in the user name).

Start-up is kept short: only Qt and what the first screen needs are imported here;
reportlab, alembic and the demo generator are imported when (and if) they are used.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import toimi_desktop
from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from toimi_desktop.models.database import Database
    from toimi_desktop.preferences import Preferences
    from toimi_desktop.services.context import Actor

log = logging.getLogger("toimi_desktop")
APP_NAME, APP_AUTHOR = "toimi-desktop", "TOIMI"
DEMO_TRAINEES, DEMO_SEED = 600, 1


def parse_args(argv: list[str] | None = None) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left for Qt (e.g. -platform offscreen)."""
    parser = argparse.ArgumentParser(prog="toimi-desktop",
                                     description="TOIMI Desktop: case management for TOIMI "
                                                 "work coaching.")
    parser.add_argument("--db", type=Path, help="database file (default: your own database "
                                                "in the user data directory)")
    parser.add_argument("--lang", choices=("fi", "en"),
                        help="user interface language (default: the one chosen in Settings "
                             "or the first-run wizard, else fi)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database (made on first use; with --db, made "
                             "at that path if it does not exist)")
    parser.add_argument("--user", help="sign in as this user (the password is asked, or "
                                        "taken from $TOIMI_PASSWORD)")
    parser.add_argument("--quit-after-show", action="store_true",
                        help="quit right after the main window is first painted "
                             "(start-up benchmark)")
    return parser.parse_known_args(argv)


def database_path(args: argparse.Namespace, prefs: Preferences | None = None) -> Path | None:
    """--db, else --demo's file, else this computer's chosen or own database; None when
    there is none yet (the first-run wizard is due)."""
    from toimi_desktop import preferences

    if args.db is not None:
        return args.db
    if args.demo:
        return preferences.demo_database_path()
    return preferences.chosen_database(prefs or preferences.load())


def log_path() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_AUTHOR)) / "toimi-desktop.log"


def setup_logging() -> None:
    """Warnings to stderr; warnings and errors with tracebacks to a rotating log file."""
    from logging.handlers import RotatingFileHandler

    fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=logging.WARNING, format=fmt)
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                      encoding="utf-8", delay=True)
    except OSError as error:
        log.warning("No log file: %s", error)
        return
    handler.setFormatter(logging.Formatter(fmt))
    logging.getLogger().addHandler(handler)


# Qt messages that say nothing to a user or developer of this app (the offscreen platform
# used by tests and the start-up benchmark cannot resize windows to their hints).
_QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def route_qt_messages() -> None:
    """Qt's own warnings go to our log (and so to stderr and the log file)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        level = logging.DEBUG if message in _QUIET_QT_MESSAGES else levels.get(
            kind, logging.WARNING)
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def install_excepthook() -> None:
    """An exception escaping a Qt slot is logged and told to the user; the app goes on."""
    from toimi_desktop.ui.errors import show_error

    def hook(kind: type[BaseException], error: BaseException, tb: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)  # type: ignore[arg-type]
            return
        try:
            show_error(None, error)
        except Exception:  # never recurse from the hook itself
            log.exception("Error while reporting an error")

    sys.excepthook = hook


def install_language(app: QApplication, language: str) -> None:
    """The app's own translations, Qt's (buttons, dialogs), the locale, and the language of
    service messages. A missing translation file is logged, never fatal."""
    from toimi_desktop.ui.language import apply_language

    apply_language(app, language)


def install_font(app: QApplication, points: int = 10) -> None:
    """Use the bundled DejaVu Sans: a machine without fonts would draw empty boxes."""
    from PySide6.QtGui import QFont, QFontDatabase

    from toimi_desktop.resources import resource_path

    path = resource_path("fonts", "DejaVuSans.ttf")
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Could not load the bundled font %s", path)
        return
    QFontDatabase.addApplicationFont(str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], points))


def ensure_demo(path: Path) -> None:
    """Make the demo database on first use, with a busy indicator while it is written."""
    if path.exists():
        return
    import threading

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    from toimi_desktop.services.demo import generate_demo

    failure: list[BaseException] = []

    def work() -> None:
        try:
            generate_demo(path, trainees=DEMO_TRAINEES, seed=DEMO_SEED)
        except BaseException as error:
            failure.append(error)

    progress = QProgressDialog(
        QCoreApplication.translate("app", "Creating the demo database…"), "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle(QCoreApplication.translate("app", "TOIMI Desktop"))
    progress.setMinimumDuration(0)
    progress.show()
    thread = threading.Thread(target=work, name="demo-data", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: thread.is_alive() or loop.quit())
    timer.start(50)
    loop.exec()
    timer.stop()
    progress.close()
    if failure:
        path.unlink(missing_ok=True)
        raise failure[0]


PASSWORD_VARIABLE = "TOIMI_PASSWORD"


def choose_actor(db: Database, username: str | None,
                 before_dialog: Callable[[], object] | None = None,
                 interactive: bool = True) -> Actor | None:
    """Who uses the app: someone who signs in with their password. The user name is
    --user, else the one remembered on this device; with $TOIMI_PASSWORD set (scripts, the
    start-up benchmark) the sign-in is made without the dialog. An empty database gets its
    first account from the first-run dialog. None: the user gave up."""
    import os

    from toimi_desktop.services.actor import default_username
    from toimi_desktop.services.users import has_users

    if not has_users(db):
        if not interactive:
            from toimi_desktop.services.errors import NotFound

            raise NotFound(N_("errors", "The database has no users yet."))
        from toimi_desktop.ui.first_user import FirstUserDialog

        if before_dialog is not None:
            before_dialog()
        dialog = FirstUserDialog(db)
        return dialog.actor if dialog.exec() else None
    from toimi_desktop.services.users import remember_user

    username = username or default_username(db) or ""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        from toimi_desktop.sync.signin import sign_in

        actor = sign_in(db, username, password).actor
    elif not interactive:
        from toimi_desktop.services.errors import DomainError

        raise DomainError(N_("errors", "Signing in needs a password: without a window to "
                                       "ask it in, give it in TOIMI_PASSWORD."))
    else:
        from toimi_desktop.ui.signin.dialog import SignInDialog

        if before_dialog is not None:
            before_dialog()
        dialog = SignInDialog(db, username)
        actor = dialog.actor if dialog.exec() else None
    if actor is not None:
        remember_user(db, actor.username)  # offered first at the next start
    return actor


def warm_up_orm(db: Database) -> None:
    """The window painted without SQLAlchemy; load it (and the engine) in the background so
    the first save does not wait for the import."""
    import threading

    def work() -> None:
        from toimi_desktop.models import load_all

        load_all()
        db.engine  # noqa: B018 - creating the engine is the point

    threading.Thread(target=work, name="orm-warm-up", daemon=True).start()


class _AfterFirstPaint:
    """Runs `callback` once, from the event loop, after `window` has painted for the first
    time (and `delay_ms` later): work that must not hold up the first paint."""

    def __init__(self, window: QWidget, callback: Callable[[], object], delay_ms: int = 0
                 ) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if watched is window and event.type() == QEvent.Type.Paint:
                    window.removeEventFilter(self)
                    QTimer.singleShot(delay_ms, callback)
                return False

        self.filter = Filter()
        window.installEventFilter(self.filter)


def fatal_box(text: str) -> QMessageBox:
    """The message box of an error that stops the start (no database key, say)."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox(QMessageBox.Icon.Critical, "TOIMI Desktop", text,
                       QMessageBox.StandardButton.Ok)


def _report_fatal(error: BaseException, interactive: bool) -> None:
    from toimi_desktop.services.errors import DomainError
    from toimi_desktop.ui.text import error_text

    if isinstance(error, DomainError):
        text = error_text(error)
    else:
        log.error("Start-up failed", exc_info=(type(error), error, error.__traceback__))
        text = str(error) or type(error).__name__
    print(text, file=sys.stderr)
    if interactive:
        fatal_box(text).exec()


def look_up_key_early(path: Path) -> None:
    """The database's key comes from the OS keyring, whose library import and round trips
    take a good part of the start-up: ask in the background while Qt starts."""
    import threading

    def work() -> None:
        from toimi_desktop.models.encryption import look_up_early

        look_up_early(path)

    threading.Thread(target=work, name="key-look-up", daemon=True).start()


def run_first_run_wizard() -> tuple[Path, str] | None:
    """The first-run wizard on a computer with no database of its own yet: the database it
    made and who the user proved to be there (a user name, or "" for the demo's
    coordinator), or None when the user cancelled."""
    from toimi_desktop.i18n import current_language
    from toimi_desktop.ui.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(current_language())
    wizard.demo_trainees, wizard.demo_seed = DEMO_TRAINEES, DEMO_SEED
    if not wizard.exec() or wizard.database_path is None:
        return None
    return wizard.database_path, wizard.signed_in or ""


def signed_in_by_wizard(db: Database, username: str) -> Actor:
    """The user the first-run wizard has just authenticated (a server login or the first
    account's new password), or the demo's coordinator: no second password prompt."""
    from toimi_desktop.models.access_enums import AccessAction
    from toimi_desktop.services.access_log import log_sign_in
    from toimi_desktop.services.actor import actor_for, default_username
    from toimi_desktop.services.users import remember_user

    actor = actor_for(db, username or default_username(db) or "")
    remember_user(db, actor.username)
    log_sign_in(db, actor.username, actor, True, AccessAction.SIGN_IN, {"mode": "first_run"})
    return actor


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parse_args(argv)
    look_up_key_early(database_path(args))
    setup_logging()
    route_qt_messages()
    from PySide6.QtWidgets import QApplication

    from toimi_desktop import preferences

    prefs = preferences.load()
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("TOIMI Desktop")
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(toimi_desktop.__version__)
    install_font(app, prefs.font_size)
    install_language(app, args.lang or prefs.language)
    from PySide6.QtGui import QIcon

    from toimi_desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "toimi.svg"))))

    from toimi_desktop.models.database import Database
    from toimi_desktop.ui.data_actions import RESTART_PROPERTY
    from toimi_desktop.ui.main_window import MainWindow
    from toimi_desktop.ui.session import AppSession

    interactive = not args.quit_after_show  # the benchmark must never wait for a click
    db: Database | None = None
    kept: Path | None = None
    wizard_user: str | None = None  # set when the first-run wizard signed the user in
    try:
        path = database_path(args, prefs)
        if path is None:  # nothing of this user's own yet: the first-run wizard
            if not interactive:
                path = preferences.own_database_path()
            else:
                made = run_first_run_wizard()
                if made is None:
                    return 1
                path, wizard_user = made
        if args.demo:
            ensure_demo(path)
        from toimi_desktop.services.backup import apply_pending_restore

        kept = apply_pending_restore(path)  # File → Restore…, confirmed before a restart
        db = Database(path)
        if wizard_user is not None:
            actor = signed_in_by_wizard(db, wizard_user)
        else:
            actor = choose_actor(db, args.user, interactive=interactive)
        if actor is None:  # the sign-in or first-run dialog was cancelled
            db.dispose()
            return 1
        session = AppSession(db, actor)
        window = MainWindow(session)
    except Exception as error:
        _report_fatal(error, interactive)
        if db is not None:
            db.dispose()
        return 2
    install_excepthook()
    after_paint = [_AfterFirstPaint(window, lambda: warm_up_orm(db), delay_ms=200)]
    if args.quit_after_show:
        after_paint.append(_AfterFirstPaint(window, app.quit))
    window.show()
    if kept is not None:
        window.statusBar().showMessage(QApplication.translate(
            "app", "Restored from the backup; the previous database was kept as {path}."
        ).format(path=kept), 30000)
    code = app.exec()
    window.sync.stop_counting()  # no thread may read the database as the process ends
    db.dispose()
    if app.property(RESTART_PROPERTY):
        restart(argv)
    return code


def restart(argv: list[str] | None) -> None:
    """Start the app again (to finish a restore) and leave at once: nothing of this
    process may touch the database file after the new one has put the backup in place."""
    import os

    from PySide6.QtCore import QProcess

    args = list(sys.argv[1:] if argv is None else argv)
    if getattr(sys, "frozen", False):  # the installed bundle
        QProcess.startDetached(sys.executable, args)
    else:
        QProcess.startDetached(sys.executable, ["-m", "toimi_desktop.app", *args])
    logging.shutdown()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
