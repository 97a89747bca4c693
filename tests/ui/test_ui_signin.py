"""Signing in, the idle lock, the HETU reveal and the rights in the trainee view, and the
coordinator's access log window."""

from __future__ import annotations

from access_fixtures import HETU_A, TODAY
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from toimi_desktop.models.access_enums import AccessAction
from toimi_desktop.ui.access_log.dialog import AccessLogDialog
from toimi_desktop.ui.main_window import MainWindow
from toimi_desktop.ui.register.trainee_dialog import TraineeDialog
from toimi_desktop.ui.signin.dialog import SignInDialog


def _log(db, action: str) -> list[tuple]:
    return [tuple(r) for r in db.reader().execute(
        "SELECT username, success FROM access_log WHERE action = ? ORDER BY at, rowid",
        (action,))]


def test_sign_in_dialog(qtbot, db, world) -> None:
    dialog = SignInDialog(db, "valmentaja")
    qtbot.addWidget(dialog)
    assert dialog.password.hasFocus() or not dialog.isVisible()
    assert "valmentaja" in [dialog.username.itemText(i) for i in range(dialog.username.count())]
    qtbot.keyClicks(dialog.password, "salasana?")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.operation is None)
    assert dialog.general.text() == "Wrong user name or password."
    assert dialog.password.text() == "" and dialog.result() == 0
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor.username == "valmentaja" and not dialog.signed.online
    assert _log(db, "sign_in") == [("valmentaja", 0), ("valmentaja", 1)]


def test_enter_in_a_shown_dialog_signs_in_and_never_quits(qtbot, db, world) -> None:
    """As at start-up: the dialog on screen, the password typed, Enter pressed. (The fields
    used to be disabled while the check ran, which handed Enter to the Quit button.)"""
    dialog = SignInDialog(db, "valmentaja")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.operation is None)
    assert dialog.isVisible() and not rejected and dialog.general.isVisible()
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not rejected and dialog.actor.username == "valmentaja"


def test_the_idle_lock_covers_everything_and_keeps_the_work(qtbot, db, make_session) -> None:
    session = make_session("valmentaja")
    window = MainWindow(session, idle_lock_minutes=15)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    lock = window.idle_lock
    assert lock.timer.isActive() and lock.timer.interval() == 15 * 60_000
    dialog = window.register.new_trainee()  # a half-written new trainee
    assert isinstance(dialog, TraineeDialog)
    qtbot.keyClicks(dialog.last_name, "Kesken")
    lock.timer.timeout.emit()  # 15 minutes without a key or the mouse
    assert lock.is_locked and lock.screen.geometry() == window.rect()
    assert not dialog.isVisible() and not window.menuBar().isEnabled()
    assert not window.centralWidget().isEnabled() and not window.new_action.isEnabled()
    qtbot.keyClicks(lock.screen.password, "vaara")
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    assert lock.is_locked and lock.screen.error.isVisible()
    qtbot.keyClicks(lock.screen.password, "demo")
    with qtbot.waitSignal(lock.unlocked):
        qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked and dialog.isVisible()
    assert dialog.last_name.text() == "Kesken"  # nothing typed was lost
    assert window.menuBar().isEnabled() and window.new_action.isEnabled()
    assert _log(db, AccessAction.UNLOCK.value) == [("valmentaja", 0), ("valmentaja", 1)]
    dialog.reject()
    # Any input counts the idle time from the start again; 0 minutes never locks.
    lock.timer.stop()
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.nav, move)
    assert lock.timer.isActive()
    lock.set_minutes(0)
    QApplication.sendEvent(window.nav, move)
    assert not lock.timer.isActive()
    window.idle_lock.lock_action.trigger()  # File → Lock now
    assert lock.is_locked


def test_hetu_is_masked_and_its_reveal_logged(qtbot, db, make_session, people) -> None:
    window = MainWindow(make_session("agentti"), idle_lock_minutes=0)
    qtbot.addWidget(window)
    window.open_trainee(people["A"])
    view = window.register.trainee_view
    assert view.hetu.text() == "010594Y****"
    assert not view.export_button.isVisibleTo(view)  # subject access: coordinators
    view.show_hetu.click()
    assert view.hetu.text() == HETU_A and view.show_hetu.text() == "Hide"
    view.show_hetu.click()
    assert view.hetu.text() == "010594Y****"
    assert _log(db, "reveal_hetu") == [("agentti", 1)]
    assert view.attendance.isVisibleTo(view)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles == ["Details", "Assessments", "Suitable tasks", "Continuation plan"]
    dialog = view.edit()  # the edit form keeps the code without showing it
    assert dialog.hetu.text() == "" and "010594Y****" in dialog.hetu.placeholderText()
    dialog.reject()


def test_a_business_agent_sees_the_record_and_plan_only(qtbot, db, make_session,
                                                      people) -> None:
    window = MainWindow(make_session("yritys"), idle_lock_minutes=0)
    qtbot.addWidget(window)
    window.open_trainee(people["A"])
    view = window.register.trainee_view
    assert view.details is not None and not view.show_hetu.isVisibleTo(view)
    assert not view.attendance.isVisibleTo(view)
    assert not view.fields["disability"].isVisibleTo(view)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Details", "Continuation plan"]
    assert not window.access_log_action.isVisible()


def test_the_coordinators_access_log_window(qtbot, db, make_session, people) -> None:
    window = MainWindow(make_session("koordinaattori"), idle_lock_minutes=0)
    qtbot.addWidget(window)
    assert window.access_log_action.isVisible()
    window.open_trainee(people["A"])
    view = window.register.trainee_view
    assert view.export_button.isVisibleTo(view) and view.access_button.isVisibleTo(view)
    dialog = window.open_access_log()
    assert isinstance(dialog, AccessLogDialog)
    qtbot.addWidget(dialog)
    views = dialog.model.rowCount()
    assert views >= 1 and dialog.count.text().startswith(str(views))
    dialog.action.set_value(AccessAction.VIEW)
    assert all(dialog.model.row(i).action is AccessAction.VIEW
               for i in range(dialog.model.rowCount()))
    dialog.trainee.setText("Aino")
    dialog.search()
    assert {dialog.model.row(i).trainee for i in range(dialog.model.rowCount())} == {
        "Testinen Aino"}
    dialog.table.selectRow(0)
    assert dialog.report_button.isEnabled()
    with qtbot.waitSignal(dialog.openTrainee) as opened:
        dialog.open_button.click()
    assert opened.args == [people["A"]]
    dialog.failures.setChecked(True)
    assert dialog.model.rowCount() == 0
    assert TODAY.year == 2026
