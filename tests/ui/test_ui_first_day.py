"""The issue's "done when": a new user goes from the first start to a recorded attendance
day with the wizard alone, in Finnish or in English."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from toimi_desktop import app as toimi_app
from toimi_desktop import preferences
from toimi_desktop.models.database import Database, connect
from toimi_desktop.ui.attendance import dialogs
from toimi_desktop.ui.first_run.wizard import FINISH_PAGE, FirstRunWizard
from toimi_desktop.ui.language import remove_translations
from toimi_desktop.ui.main_window import ATTENDANCE, MainWindow
from toimi_desktop.ui.session import AppSession


def _a_held_day_with_trainees(view) -> date:
    model = view.day_page.model
    day = date.today()
    for _ in range(21):
        view.set_day(day)
        if model.sheet is not None and model.sheet.info.held and model.rowCount():
            return day
        day -= timedelta(days=1)
    raise AssertionError("no day with trainees in the last three weeks of the demo")


@pytest.mark.parametrize(("language", "section"), [("fi", "Läsnäolo"), ("en", "Attendance")])
def test_from_the_wizard_to_a_saved_attendance_day(qtbot, monkeypatch, language, section):
    toimi_app.install_language(QApplication.instance(), "fi")  # as main() starts
    wizard = FirstRunWizard("fi")
    wizard.demo_trainees = 40
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].buttons[language].setChecked(True)
    wizard.next()
    wizard.next()  # the default choice: try with demo data
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=120000)
    wizard.next()
    assert wizard.currentId() == FINISH_PAGE
    wizard.accept()

    # The next start opens what the wizard made, as the app's entry point would.
    args, _qt = toimi_app.parse_args([])
    path = toimi_app.database_path(args)
    assert path == preferences.demo_database_path()
    db = Database(path)
    session = AppSession(db, toimi_app.choose_actor(db, None))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        assert window.nav.item(ATTENDANCE).text() == section
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.attendance.view is not None)
        view = window.attendance.view
        day = _a_held_day_with_trainees(view)
        table, model = view.day_page.table, view.day_page.model
        trainee = model.trainee_id(0)
        monkeypatch.setattr(dialogs, "ask_reason", lambda _parent, _day: "korjaus")
        table.setFocus()
        table.go_to_row(0)
        new = Qt.Key.Key_S if model.mark(0) is not None and model.mark(0).letter == "P" \
            else Qt.Key.Key_P
        qtbot.keyClick(table, new)
        qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not view.has_unsaved()
        with connect(path) as conn:
            status = conn.execute("SELECT status FROM attendance WHERE trainee_id = ? AND day = ?",
                                  (trainee, day.isoformat())).fetchone()
        assert status == (("absent",) if new == Qt.Key.Key_S else ("present",))
    finally:
        window.close()
        db.dispose()
        remove_translations(QApplication.instance())
