"""The app's sync parts against a real server: first-time login dialog, the status bar
(not set up, changes waiting, online, offline, last sync), sync in the background, and a
text conflict resolved in its dialog."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QDialog
from sync_helpers import PASSWORD, edit, new_environment, new_trainee

from toimi_desktop.models import Period
from toimi_desktop.models.database import Database
from toimi_desktop.services.context import actor_for
from toimi_desktop.sync import state
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.sync.controller import SyncController
from toimi_desktop.ui.sync.dialogs import ConflictDialog, LoginDialog
from toimi_desktop.ui.sync.page import SyncPage
from toimi_desktop.ui.sync.status import SyncStatusWidget


@pytest.fixture
def app_session(qapp, template_db, tmp_path, server):
    from toimi_desktop.i18n import set_language

    set_language("en")  # no Qt translator here: the widgets' texts are English, so are errors
    shutil.copy(template_db, tmp_path / "app.db")
    db = Database(tmp_path / "app.db")
    # Before the first login the device has its own local coordinator.
    from toimi_desktop.models import User
    from toimi_desktop.models.enums import Role
    from toimi_desktop.models.ids import new_id

    with db.session() as orm, orm.begin():
        orm.add(User(id=new_id(), username="paikallinen", display_name="Paikallinen",
                     role=Role.COORDINATOR))
    session = AppSession(db, actor_for(db, "paikallinen"))
    yield session
    db.dispose()


def wait_sync(qtbot, controller: SyncController):
    with qtbot.waitSignal(controller.finished, timeout=20000) as blocker:
        assert controller.sync_now()
    return blocker.args[0]


def test_first_login_then_background_sync_and_the_status_bar(qtbot, app_session, server,
                                                             make_device):
    controller = SyncController(app_session, autostart=False)
    status = SyncStatusWidget(controller)
    page = SyncPage(app_session, controller)
    qtbot.addWidget(status)
    qtbot.addWidget(page)
    assert status.state_label.text() == "Sync: not set up"
    assert not controller.sync_now()

    dialog = LoginDialog(app_session, server.url, "valmentaja")
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong")
    dialog.log_in()
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=10000)
    assert dialog.message.text() == "Wrong user name or password."
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.log_in()
    assert dialog.user.username == "valmentaja"

    other = make_device(server, "valmentaja2", "other")
    env = new_environment(other)
    new_trainee(other, "167", env, "Aino", "Virtanen")
    other.sync()
    controller.refresh()
    report = wait_sync(qtbot, controller)
    assert report.pulled == 3
    assert status.state_label.text() == "Online"
    assert status.last_label.text().startswith("Last sync ")
    assert page.server_label.text() == server.url

    app_session.ctx = type(app_session.ctx)(app_session.db,
                                            actor_for(app_session.db, "valmentaja"))
    edit_env = new_environment_via(app_session)
    app_session.notify("environment", edit_env)
    assert status.pending_label.text() == "1 change(s) to send"
    wait_sync(qtbot, controller)
    assert status.pending_label.text() == "0 change(s) to send"

    from toimi_desktop.sync.credentials import load_token, store_token

    conn = app_session.db.raw_connection()
    device = state.device_id(conn)
    store_token("http://127.0.0.1:9", device, load_token(server.url, device))
    with conn:  # the network goes: nothing answers at the server's address
        state.put(conn, state.SERVER, "http://127.0.0.1:9")
    conn.close()
    controller.refresh()
    outcome = wait_sync(qtbot, controller)
    assert outcome.__class__.__name__ == "Offline"
    assert status.state_label.text() == "Offline"
    assert "cannot be reached" in status.state_label.toolTip()


def new_environment_via(session: AppSession) -> str:
    from toimi_desktop.models import Environment
    from toimi_desktop.models.enums import EnvironmentKind

    with session.ctx.transaction() as tx:
        env = Environment(municipality_code="167", name="Uusi paja",
                          kind=EnvironmentKind.PARTNERSHIP)
        tx.stamp(env, ["*"])
        tx.session.flush()
        return env.id


def test_a_conflict_is_resolved_in_its_dialog(qtbot, server, make_device, monkeypatch):
    from toimi_desktop.i18n import set_language
    from toimi_desktop.sync.conflicts import open_conflicts

    set_language("en")  # as the widgets (no Qt translator in these tests)

    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    _trainee, period = new_trainee(a, "167", env, "Aino", "Virtanen")
    a.sync(), b.sync()
    edit(a, Period, period, goals="Työkokeilu")
    edit(b, Period, period, goals="Kuntoutus")
    a.sync(), b.sync()
    session = AppSession(b.db, b.ctx.actor)
    session.ctx = b.ctx
    controller = SyncController(session, autostart=False)
    page = SyncPage(session, controller)
    qtbot.addWidget(page)
    assert page.conflicts.list.count() == 1
    # Named the way users know it: the record's trainee and the field's label.
    assert page.conflicts.list.item(0).text().startswith("Coaching period: Virtanen Aino, "
                                                         "5.1.2026 – Goals: “")
    (conflict,) = open_conflicts(b.db)
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    assert {dialog.current.toPlainText(), dialog.other.toPlainText()} == {"Työkokeilu",
                                                                          "Kuntoutus"}
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ConflictDialog, "text", lambda self: "Kuntoutus, sitten työkokeilu")
    with qtbot.waitSignal(controller.finished, timeout=20000):
        page.conflicts.resolve(page.conflicts.list.item(0))
    assert page.conflicts.list.count() == 0 and page.conflicts.isHidden()
    a.sync()
    assert a.dump()["period"][period]["goals"] == "Kuntoutus, sitten työkokeilu"


def test_a_person_registered_twice_is_opened_and_merged_from_the_sync_page(
        qtbot, server, make_device, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from toimi_desktop.i18n import set_language
    from toimi_desktop.models import Trainee

    set_language("en")
    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    a.sync(), b.sync()
    people = []
    for device, last in ((a, "Virtanen"), (b, "Virtanen-Kopio")):
        person, _period = new_trainee(device, "167", env, "Aino", last)
        edit(device, Trainee, person, hetu="010594Y9032")
        people.append(person)
    a.sync(), b.sync()
    session = AppSession(b.db, b.ctx.actor)
    session.ctx = b.ctx
    controller = SyncController(session, autostart=False)
    page = SyncPage(session, controller)
    qtbot.addWidget(page)
    page.show()
    assert page.refused.isVisible() and not page.failures.isVisible()
    text = page.refused.list.item(0).text()
    assert text.startswith("Trainee: Virtanen-Kopio Aino\nThe person is already in the "
                           "register with this personal identity code.")
    assert page.refused.open_button.isEnabled() and page.refused.merge_button.isEnabled()
    with qtbot.waitSignal(page.openRequested) as opened:
        page.refused.open_button.click()
    assert opened.args == [people[0]]
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    with qtbot.waitSignal(controller.finished, timeout=20000):
        page.refused.merge_button.click()
    assert told == ["1 record(s) moved to Virtanen Aino."]
    assert page.refused.isHidden()
    a.sync()
    assert a.dump()["trainee"][people[1]]["deleted"]
