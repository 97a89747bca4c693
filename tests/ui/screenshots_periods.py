"""Screenshots of the period weekdays and pauses, offscreen, in Finnish, on demo data:
`python tests/ui/screenshots_periods.py [OUT_DIR]` → 95-…png to 99-…png.

95 the day view: the day's trainees marked by "all remaining present", those not due on
   the weekday grey; 96 the week grid with two namesakes told apart by birth date;
97 starting a period with its weekdays; 98 changing an open period; 99 a paused period in
the trainee view with the pause dialog's counterpart, resuming.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog
from screenshots import ROOT, _demo_db, _joensuu_coach, _save, install_finnish

from toimi_desktop import app as toimi_app


def _dialog() -> QDialog:
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible()]
    return dialogs[-1]


def _day_with_both(view) -> None:
    """Today if the service is held (nothing marked yet), else the last held day."""
    day = date.today()
    while True:
        view.set_day(day)
        sheet = view.day_page.model.sheet
        if sheet is None or (sheet.info.held and any(not r.scheduled for r in sheet.rows)):
            return
        day -= timedelta(days=1)


def attendance_shots(window, session, out: Path, app: QApplication) -> None:
    from toimi_desktop.ui.attendance.view import WEEK
    from toimi_desktop.ui.main_window import ATTENDANCE

    window.show_section(ATTENDANCE)
    view = window.attendance.view
    _day_with_both(view)
    model, table = view.day_page.model, view.day_page.table
    view.mark_remaining_present()
    first_grey = next((r for r in range(model.rowCount()) if not model.sheet_row(r).scheduled),
                      0)
    table.go_to_row(max(first_grey - 1, 0))  # the last one due: the grey rows unselected
    table.scrollTo(model.index(max(first_grey - 6, 0), 0),
                   QAbstractItemView.ScrollHint.PositionAtTop)
    _save(window, out, "95-attendance-day-weekdays.png", app)
    model.discard()
    view.set_mode(WEEK)
    grid = view.grid_page
    row = next((r for r in range(grid.model.rowCount())
                if "(" in str(grid.model.index(r, 0).data())), 0)
    grid.table.scrollTo(grid.model.index(max(row - 3, 0), 0),
                        QAbstractItemView.ScrollHint.PositionAtTop)
    _save(window, out, "96-attendance-week-namesakes.png", app)
    view.set_mode(0)


def period_shots(window, session, out: Path, app: QApplication) -> None:
    from toimi_desktop.ui.main_window import REGISTER

    reader = session.db.reader()
    window.show_section(REGISTER)
    register = window.register
    no_period = reader.execute(
        "SELECT t.id FROM trainee t WHERE t.municipality_code = '167' AND t.deleted = 0"
        " AND NOT EXISTS (SELECT 1 FROM period p WHERE p.trainee_id = t.id"
        " AND p.status != 'ended') ORDER BY t.last_name LIMIT 1").fetchone()
    if no_period:
        register.open_trainee(no_period[0])
        register.trainee_view.start_period()
        dialog = _dialog()
        dialog.days.setValue(3)
        dialog.weekdays.boxes[0].setChecked(False)
        dialog.weekdays.boxes[4].setChecked(True)  # Tue, Wed, Fri
        _save(dialog, out, "97-start-period-weekdays.png", app)
        dialog.reject()
    active = reader.execute(
        "SELECT p.trainee_id FROM period p JOIN environment e ON e.id = p.environment_id"
        " WHERE e.name = 'Taitamo' AND p.status = 'active' AND p.kind = 'rehabilitative_work'"
        " AND p.goals IS NOT NULL AND p.start_date < date('now', '-30 days')"
        " ORDER BY p.trainee_id LIMIT 1").fetchone()
    if active:
        register.open_trainee(active[0])
        register.trainee_view.change_period()
        _save(_dialog(), out, "98-change-period.png", app)
        _dialog().reject()
    paused = reader.execute(
        "SELECT p.trainee_id FROM period p JOIN period_pause x ON x.period_id = p.id"
        " AND x.end_date IS NULL JOIN environment e ON e.id = p.environment_id"
        " WHERE p.status = 'paused' AND e.municipality_code = '167'"
        " ORDER BY e.name = 'Taitamo' DESC,"
        " p.trainee_id LIMIT 1").fetchone()
    if paused:
        register.open_trainee(paused[0])
        _save(window, out, "99-trainee-paused.png", app)


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
    if not _demo_db(db_path):
        raise SystemExit("these screenshots need the demo data")
    db = Database(db_path)
    session = AppSession(db, actor_for(db, "koordinaattori"))
    coach = _joensuu_coach(session)
    if coach:
        session.switch_user(coach)
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    attendance_shots(window, session, out, app)
    period_shots(window, session, out, app)
    QTimer.singleShot(0, app.quit)
    app.exec()
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
