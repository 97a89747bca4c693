"""Screenshots of the GUI, offscreen, in Finnish: `python tests/ui/screenshots.py [OUT_DIR]`.

Uses the demo data when `toimi_desktop.services.demo` is there, else a small sample made
through the services. Saves PNGs to docs/screenshots/ (or OUT_DIR).

Finnish comes from the project's `toimi_fi.ts` (compiled to a temporary .qm here).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # the tests' keyring
# The screenshots' database is temporary: its key goes to the tests' in-memory keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "memory_keyring.MemoryKeyring")

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from toimi_desktop import app as toimi_app
from toimi_desktop.models.enums import Role

ROOT = Path(__file__).resolve().parents[2]
def install_finnish(app: QApplication, tmp: Path) -> list[QTranslator]:
    """The project's own Finnish, compiled from the .ts now (it may be newer than the .qm)."""
    translators: list[QTranslator] = []
    ts = ROOT / "resources" / "translations" / "toimi_fi.ts"
    qm = tmp / "toimi_fi.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if ts.exists() and subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                                      check=False).returncode == 0:
        official = QTranslator()
        if official.load(str(qm)):
            translators.append(official)
    for translator in translators:
        app.installTranslator(translator)
    toimi_app.install_language(app, "fi")
    return translators


def _demo_db(path: Path) -> bool:
    try:
        from toimi_desktop.services.demo import generate_demo
    except ImportError:
        return False
    generate_demo(path, trainees=600, seed=1)
    return True


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, out: Path, name: str, app: QApplication) -> None:
    _settle(app)
    path = out / name
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    toimi_app.install_font(app)
    tmp = Path(tempfile.mkdtemp(prefix="toimi-shots-"))
    translators = install_finnish(app, tmp)  # noqa: F841 - installed while they live

    from toimi_desktop.models.database import Database
    from toimi_desktop.services.context import actor_for
    from toimi_desktop.ui.main_window import MainWindow
    from toimi_desktop.ui.session import AppSession

    db_path = tmp / "demo.db"
    if _demo_db(db_path):
        db = Database(db_path)
        os.environ.setdefault("TOIMI_PASSWORD", "demo")  # the demo users' password
        actor = toimi_app.choose_actor(db, None)
    else:
        from ui_sample_data import make_sample_db

        db = make_sample_db(db_path, trainees=60)
        actor = actor_for(db, "koordinaattori")
    assert actor is not None
    session = AppSession(db, actor)
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    _save(window, out, "01-register.png", app)

    register = window.register
    assert register.list_view is not None and register.trainee_view is not None
    list_view = register.list_view
    list_view.select_row(2)
    register.open_trainee(list_view.model.trainee_id(2))
    _save(window, out, "02-trainee.png", app)
    close = register.trainee_view.close_period()  # whose period it is: at the top
    if close is not None:
        _save(close, out, "06-close-period.png", app)
        close.reject()

    register.show_list()
    list_view.new_trainee()
    dialog = _open_dialog(window)
    dialog.last_name.setText("Virtanen")
    dialog.hetu.setText("131052-308U")
    dialog.email.setText("maija@")
    dialog.save()
    _save(dialog, out, "03-trainee-dialog-errors.png", app)
    dialog.reject()

    trainee_id = _trainee_without_open_period(list_view)
    list_view.select_row(list_view.model.row_of(trainee_id))
    list_view.start_period_selected()
    start = _open_dialog(window)
    _save(start, out, "04-start-period.png", app)
    start.reject()

    steering = _user_of_role(session, Role.STEERING_GROUP)
    if steering:
        session.switch_user(steering)
        _save(window, out, "05-steering-group.png", app)
    _attendance_shots(window, session, out, app)
    from screenshots_catalogue import catalogue_shots

    catalogue_shots(window, session, out, app, _save, _joensuu_coach(session))
    from screenshots_progress import progress_shots

    progress_shots(window, session, out, app, _save)
    from screenshots_reports import reports_shots

    reports_shots(window, session, out, app, _save)
    from screenshots_data import data_shots

    data_shots(window, session, out, app, _save)
    QTimer.singleShot(0, app.quit)
    app.exec()
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)


def _attendance_shots(window, session, out: Path, app: QApplication) -> None:
    """A coach's day with a partly marked group, the week and month, a public holiday, and
    the trainee view's attendance calendar."""
    from datetime import date, timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from toimi_desktop.services.calendar import holiday_name
    from toimi_desktop.ui.attendance.view import DAY, MONTH, WEEK
    from toimi_desktop.ui.main_window import ATTENDANCE, REGISTER

    coach = _joensuu_coach(session)
    if coach:
        session.switch_user(coach)
    window.show_section(ATTENDANCE)
    view = window.attendance.view
    assert view is not None
    day = date.today()  # the last day the service was held
    while True:
        day -= timedelta(days=1)
        view.set_day(day)
        sheet = view.day_page.model.sheet
        if sheet is None or sheet.info.held:
            break
    table, model = view.day_page.table, view.day_page.model
    unmarked = [r for r in range(model.rowCount()) if model.mark(r) is None]
    for row, key in zip(unmarked[:3], (Qt.Key.Key_P, Qt.Key.Key_S, Qt.Key.Key_P),
                        strict=False):
        table.go_to_row(row)
        QTest.keyClick(table, key)
    _save(window, out, "07-attendance-day.png", app)
    model.discard()
    view.set_mode(WEEK)
    _save(window, out, "08-attendance-week.png", app)
    view.set_mode(MONTH)
    _save(window, out, "09-attendance-month.png", app)
    view.set_mode(DAY)
    holiday = day
    while holiday.weekday() >= 5 or not holiday_name(holiday):
        holiday -= timedelta(days=1)
    view.set_day(holiday)
    table.go_to_row(0)
    QTest.keyClick(table, Qt.Key.Key_E)  # the typical entry on such a day
    QTest.keyClick(table, Qt.Key.Key_E)
    _save(window, out, "10-attendance-holiday.png", app)
    model.discard()
    view.set_day(day)
    trainee = next((model.trainee_id(r) for r in range(model.rowCount())
                    if model.mark(r) is not None), None)
    window.show_section(REGISTER)
    if trainee:
        window.register.open_trainee(trainee)
        _save(window, out, "11-trainee-attendance.png", app)


def _joensuu_coach(session) -> str | None:
    """A coach of Joensuu (the biggest groups), else any coach."""
    from toimi_desktop.services.reference import people, users

    names = {display: username for username, display, _role in users(session.ctx)}
    for choice in people(session.ctx, Role.COACH, "167"):
        if choice.label in names:
            return names[choice.label]
    return _user_of_role(session, Role.COACH)


def _open_dialog(window: QWidget) -> QDialog:
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible()]
    assert dialogs, "no dialog opened"
    return dialogs[-1]


def _trainee_without_open_period(list_view) -> str:
    from toimi_desktop.models.enums import PeriodState

    model = list_view.model
    for row in range(model.rowCount()):
        if model.trainee_row(row).period_state in (PeriodState.NONE, PeriodState.ENDED):
            return model.trainee_id(row)
    return model.trainee_id(0)


def _user_of_role(session, role: Role) -> str | None:
    from toimi_desktop.services.reference import users

    return next((name for name, _display, r in users(session.ctx) if r is role), None)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
