"""`toimi-desktop`: the desktop application's entry point.

    toimi-desktop [--db PATH] [--lang fi|en] [--demo] [--user USERNAME] [--quit-after-show]

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

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from toimi_desktop.models.database import Database
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
    parser.add_argument("--lang", choices=("fi", "en"), default="fi",
                        help="user interface language (default: fi)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database (made on first use; with --db, made "
                             "at that path if it does not exist)")
    parser.add_argument("--user", help="act as this local user")
    parser.add_argument("--quit-after-show", action="store_true",
                        help="quit right after the main window is first painted "
                             "(start-up benchmark)")
    return parser.parse_known_args(argv)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return args.db
    return data_dir() / ("demo.db" if args.demo else "toimi.db")


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
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from toimi_desktop.i18n import set_language
    from toimi_desktop.resources import resource_path

    set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
                       if language == "fi" else
                       QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if language == "en":
        return  # English is the source language
    own = resource_path("translations", f"toimi_{language}.qm")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, path in (("toimi", str(own)), ("qtbase", str(Path(qt_dir) /
                                                          f"qtbase_{language}.qm"))):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
        else:
            log.warning("No %s translation for %r at %s", name, language, path)


def install_font(app: QApplication) -> None:
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
        app.setFont(QFont(families[0], 10))


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


def choose_actor(db: Database, username: str | None,
                 before_dialog: Callable[[], object] | None = None,
                 interactive: bool = True) -> Actor | None:
    """--user, else the user remembered on this device, else the first active coordinator;
    on an empty database, the first-run dialog creates one. None: the user gave up."""
    from toimi_desktop.services.actor import actor_for, default_username

    if username:
        return actor_for(db, username)
    first = default_username(db)
    if first:
        return actor_for(db, first)
    if not interactive:
        from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
        from toimi_desktop.services.errors import NotFound

        raise NotFound(N_("errors", "The database has no users yet."))
    from toimi_desktop.ui.first_user import FirstUserDialog

    if before_dialog is not None:
        before_dialog()
    dialog = FirstUserDialog(db)
    return dialog.actor if dialog.exec() else None


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


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parse_args(argv)
    look_up_key_early(database_path(args))
    setup_logging()
    route_qt_messages()
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("TOIMI Desktop")
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(toimi_desktop.__version__)
    install_font(app)
    install_language(app, args.lang)
    from PySide6.QtGui import QIcon

    from toimi_desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "toimi.svg"))))

    from toimi_desktop.models.database import Database
    from toimi_desktop.ui.main_window import MainWindow
    from toimi_desktop.ui.session import AppSession

    interactive = not args.quit_after_show  # the benchmark must never wait for a click
    db: Database | None = None
    try:
        path = database_path(args)
        if args.demo:
            ensure_demo(path)
        db = Database(path)
        actor = choose_actor(db, args.user, interactive=interactive)
        if actor is None:  # the first-run dialog was cancelled
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
    code = app.exec()
    db.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
