"""Screenshots of spreadsheet import, list export and backups (80-…png to 86-…png), in
Finnish on the demo data. Called from screenshots.py, or alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots_data.py [OUT_DIR]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
Save = Callable[[QWidget, Path, str, QApplication], None]


def _wait(app: QApplication, done: Callable[[], bool], limit: int = 6000) -> None:
    """Process events until `done()` (the worker thread reports through them)."""
    import time

    for _ in range(limit):
        if done():
            return
        app.processEvents()
        time.sleep(0.01)
    raise TimeoutError("the background work did not finish")


def data_shots(window, session, out: Path, app: QApplication, save: Save) -> None:
    from toimi_desktop.services.users import PROJECT_SCOPE  # noqa: F401 - coordinator scope
    from toimi_desktop.ui.main_window import REGISTER

    coordinator = next((u for u, _d, r in _users(session) if r.value == "coordinator"), None)
    if coordinator:
        session.switch_user(coordinator)
    window.show_section(REGISTER)
    data = window.data

    # The File menu with the new actions.
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(QPoint(8, 28)))
    save(menu, out, "80-file-menu.png", app)
    menu.hide()

    # An Excel list of 200 trainees with a few bad rows: checked, then imported.
    dialog = data.open_import()
    dialog.resize(1180, 760)
    dialog.choose_file(FIXTURES / "trainees_200.xlsx")
    _wait(app, lambda: not dialog.running() and dialog.report is not None)
    save(dialog, out, "81-import-check.png", app)
    dialog.report = None
    dialog.import_valid_button.click()
    _wait(app, lambda: not dialog.running() and dialog.report is not None)
    dialog.report_table.selectRow(0)
    save(dialog, out, "82-import-done.png", app)
    dialog.report = None
    dialog.check_button.click()  # the same file again: nothing new
    _wait(app, lambda: not dialog.running() and dialog.report is not None)
    save(dialog, out, "83-import-again.png", app)
    dialog.close()

    # The register exported: the button, and the message after it.
    list_view = window.register.list_view
    tmp = Path(tempfile.mkdtemp(prefix="toimi-export-"))
    operation = list_view.export.run(tmp / "rekisteri.xlsx")
    _wait(app, lambda: operation.result is not None or operation.error is not None)
    data.refresh_reminder()  # the demo has changes waiting for sync and no backup yet
    save(window, out, "84-register-export-and-reminder.png", app)
    _render_export(tmp / "rekisteri.xlsx", out / "85-exported-register-xlsx.png")

    # Restore: the question before the app restarts.
    backup = tmp / "varmuuskopio.db"
    from toimi_desktop.services.backup import backup_database, cancel_restore

    backup_database(session.db, backup)

    def grab_question() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:  # still checking the backup
            return
        poll.stop()
        save(box, out, "86-restore-question.png", app)
        box.reject()

    poll = QTimer(interval=100, timeout=grab_question)
    poll.start()
    operation = data.restore(backup)
    _wait(app, lambda: operation.result is not None or operation.error is not None)
    cancel_restore(session.db.path)
    shutil.rmtree(tmp, ignore_errors=True)


def _users(session):
    from toimi_desktop.services.reference import users

    return users(session.ctx)


def _render_export(xlsx: Path, png: Path) -> None:
    """The first rows of the exported workbook as a spreadsheet shows them (openpyxl reads
    it back; a plain Qt table draws it), so the file itself can be looked at."""
    import openpyxl
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    sheet = openpyxl.load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))[:16]
    table = QTableWidget(len(rows) - 1, len(rows[0]))
    table.setHorizontalHeaderLabels([str(h) for h in rows[0]])
    for r, row in enumerate(rows[1:]):
        for c, value in enumerate(row):
            text = f"{value.day}.{value.month}.{value.year}" if hasattr(value, "year") else (
                "" if value is None else str(value))
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.resize(1180, 520)
    table.show()
    QApplication.processEvents()
    table.grab().save(str(png))
    print(png)
    table.close()


def main(out: Path) -> None:
    import screenshots as shots

    from toimi_desktop import app as toimi_app
    from toimi_desktop.models.database import Database
    from toimi_desktop.ui.main_window import MainWindow
    from toimi_desktop.ui.session import AppSession

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    toimi_app.install_font(app)
    tmp = Path(tempfile.mkdtemp(prefix="toimi-shots-"))
    translators = shots.install_finnish(app, tmp)  # noqa: F841 - installed while they live
    db_path = tmp / "demo.db"
    shots._demo_db(db_path)
    db = Database(db_path)
    session = AppSession(db, toimi_app.choose_actor(db, None))
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    data_shots(window, session, out, app, shots._save)
    window.close()
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else
         Path(__file__).resolve().parents[2] / "docs" / "screenshots")
