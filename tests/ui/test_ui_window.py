"""The main window: sections, shortcuts, switching user, roles, and the entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_sample_data import add_user

import toimi_desktop
from toimi_desktop.app import choose_actor
from toimi_desktop.models.database import Database
from toimi_desktop.models.enums import Role
from toimi_desktop.services.signin import SignInFailed
from toimi_desktop.ui.first_user import FirstUserDialog
from toimi_desktop.ui.info_page import InfoPage
from toimi_desktop.ui.main_window import MainWindow
from toimi_desktop.ui.signin.dialog import SignInDialog


def test_sections_and_shortcuts(qtbot, window) -> None:
    assert window.pages.currentWidget() is window.register
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.attendance
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.catalogue
    for number, section in ((4, window.assessments), (5, window.plans)):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is section
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert type(window.pages.currentWidget()).__name__ == "SyncPage"
    assert window.nav.currentRow() == 6
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 5
    if isinstance(window.pages.currentWidget(), InfoPage):  # Reports, until it is built
        assert "not yet available" in window.pages.currentWidget().subtitle.text()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.register


def test_status_bar_shows_database_user_and_count(window, db) -> None:
    assert db.path.name in window.db_label.text()
    assert window.user_label.text() == "User: Koordinaattori · Coordinator"
    assert window.count_label.text() == "Register: 0 trainee(s) found"


def test_changes_waiting_are_counted_once_the_window_is_up(qtbot, session, db) -> None:
    conn = db.raw_connection()
    with conn:
        conn.executemany(
            "INSERT INTO sync_outbox (table_name, row_id, hlc, fields, created_at)"
            " VALUES ('trainee', ?, '0', '{}', '2026-11-22')", [(str(i),) for i in range(3)])
    conn.close()
    main = MainWindow(session)
    qtbot.addWidget(main)
    assert main.sync_page.pending_label.text() == "…"  # not counted while being made
    main.show()  # counted on a thread once the window has painted
    qtbot.waitUntil(lambda: main.sync_page.pending_label.text() == "3", timeout=10000)
    assert main.sync.view().status.pending == 3


def test_reports_is_made_on_the_first_visit(qtbot, window) -> None:
    assert window._reports is None  # not before the window painted
    window.show_section(5)
    assert window.pages.currentWidget() is window.reports
    assert window.reports.scope.count() > 0


def test_steering_group_sees_no_personal_data(qtbot, make_session) -> None:
    main = MainWindow(make_session("ohjausryhma"))
    qtbot.addWidget(main)
    register = main.register
    assert register.list_view is None and register.trainee_view is None
    assert register.stack.currentWidget() is register.denied
    assert register.denied.subtitle.text() == (
        "Your role (Steering group) does not allow viewing personal data.")
    assert not main.new_action.isEnabled()
    assert main.count_label.isHidden()
    assert register.new_trainee() is None


def test_switching_user_signs_the_other_user_in(qtbot, window, session) -> None:
    dialog = window.ask_switch_user()
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    dialog.username.setCurrentText("ohjausryhma")
    qtbot.keyClicks(dialog.password, "wrong")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.operation is None)
    assert dialog.general.text() == "Wrong user name or password." and dialog.isVisible()
    assert window.session.actor.username == "koordinaattori"  # nothing changed
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(session.actorChanged):
        dialog.submit()
    assert window.register.stack.currentWidget() is window.register.denied
    assert "Steering group" in window.user_label.text()
    assert not window.access_log_action.isVisible()
    window.switch_user("valmentaja")  # the programmatic path (tests and tools)
    assert window.register.list_view is not None
    assert window.register.list_view.filter_bar.municipality.values() == ["167"]
    assert window.new_action.isEnabled()
    with session.db.session() as s:
        from toimi_desktop.services.context import get_setting

        assert get_setting(s, "current_user") == "valmentaja"
    rows = session.db.reader().execute(
        "SELECT username, success FROM access_log WHERE action = 'sign_in' ORDER BY at"
    ).fetchall()
    assert rows == [("ohjausryhma", 0), ("ohjausryhma", 1)]


def test_business_agent_reads_but_does_not_write(qtbot, db, make_session) -> None:
    add_user(db, "yritys", "Yrjö Yritysagentti", Role.BUSINESS_AGENT, ["167"])
    main = MainWindow(make_session("yritys"))
    qtbot.addWidget(main)
    list_view = main.register.list_view
    assert list_view is not None  # may read the register
    assert not list_view.new_button.isEnabled()
    assert not main.new_action.isEnabled()
    assert main.register.new_trainee() is None
    career = MainWindow(make_session("agentti"))  # a career agent may write
    qtbot.addWidget(career)
    assert career.register.list_view.new_button.isEnabled()


def test_first_run_creates_a_coordinator_with_a_password(qtbot, db, monkeypatch) -> None:
    dialog = FirstUserDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "M Virtanen")  # a space is not allowed
    qtbot.keyClicks(dialog.password, "lyhyt")
    dialog.save()
    # Every field's problem at once: the password too short, the name, the user name.
    assert set(dialog.errors.messages()) == {"password", "username", "display_name"}
    dialog.password.setText("pitkä salasana")
    dialog.repeated.setText("pitkä salasana")
    dialog.save()
    assert set(dialog.errors.messages()) == {"username", "display_name"}
    assert dialog.username.text() == "M Virtanen"
    dialog.username.setText("mvirtanen")
    qtbot.keyClicks(dialog.display_name, "Maija Virtanen")
    dialog.save()
    assert dialog.result() == FirstUserDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role is Role.COORDINATOR
    assert "pitkä salasana" not in db.reader().execute(
        "SELECT verifier FROM local_credential").fetchone()[0]
    monkeypatch.setenv("TOIMI_PASSWORD", "pitkä salasana")  # the next start signs in
    assert choose_actor(db, None).username == "mvirtanen"  # remembered on this device
    monkeypatch.setenv("TOIMI_PASSWORD", "väärä salasana")
    with pytest.raises(SignInFailed):
        choose_actor(db, None)


def _run_app(*args: str, env_home: Path, password: str = "demo"
             ) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(env_home),
           "TOIMI_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "toimi_desktop.app", *args],
                          capture_output=True, text=True, timeout=120, env=env, check=False)


def test_entry_point_starts_and_quits_after_first_paint(db, world, tmp_path) -> None:
    db.dispose()
    result = _run_app("--db", str(db.path), "--lang", "en", "--quit-after-show",
                      env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", "")  # the benchmark's output stays clean


# Runs the app as `toimi-desktop --quit-after-show` does and says, right after the main
# window's first paint, which modules of those the first screen does not need are loaded.
_PAINT_PROBE = """
import sys
from toimi_desktop import app
LATER = ("sqlalchemy", "alembic", "reportlab", "httpx", "holidays", "PySide6.QtPdf")
class Probe(app._AfterFirstPaint):
    def __init__(self, window, callback, delay_ms=0):
        if delay_ms == 0:  # the quit, just after the first paint
            def callback(quit=callback):
                print("loaded:" + ",".join(m for m in LATER if m in sys.modules))
                quit()
        super().__init__(window, callback, delay_ms)
app._AfterFirstPaint = Probe
sys.exit(app.main(sys.argv[1:]))
"""


def test_the_main_window_paints_before_the_orm_and_reports_load(db, world, tmp_path) -> None:
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path),
           "TOIMI_PASSWORD": "demo"}
    result = subprocess.run([sys.executable, "-c", _PAINT_PROBE, "--db", str(db.path),
                             "--lang", "en", "--quit-after-show"], capture_output=True,
                            text=True, timeout=120, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded:"


def test_entry_point_refuses_an_unknown_user_or_no_password(db, world, tmp_path) -> None:
    db.dispose()
    result = _run_app("--db", str(db.path), "--user", "nobody", "--quit-after-show",
                      "--lang", "en", env_home=tmp_path)
    assert result.returncode == 2
    assert "Wrong user name or password." in result.stderr
    result = _run_app("--db", str(db.path), "--quit-after-show", "--lang", "en",
                      env_home=tmp_path, password="")
    assert result.returncode == 2
    assert "give it in TOIMI_PASSWORD" in result.stderr


def test_entry_point_default_database_in_user_data_dir(tmp_path) -> None:
    result = _run_app("--quit-after-show", "--lang", "en", env_home=tmp_path)
    # A brand-new database has no users: without a person to ask, it says so and stops.
    assert result.returncode == 2
    assert "no users" in result.stderr
    assert (tmp_path / "toimi-desktop" / "toimi.db").exists()
    Database(tmp_path / "toimi-desktop" / "toimi.db").dispose()


def test_about_names_the_version(window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.about()
    assert f"TOIMI Desktop {toimi_desktop.__version__}" in shown[0]
