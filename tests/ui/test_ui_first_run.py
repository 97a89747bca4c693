"""The first-run wizard: language, demo data, an empty local database, and the entry point
that shows it when this computer has no database of its own."""

from __future__ import annotations

import json

import pytest
from accessibility import unnamed_controls
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWizard

from toimi_desktop import app as toimi_app
from toimi_desktop import preferences
from toimi_desktop.i18n import current_language
from toimi_desktop.ui.first_run.wizard import (
    ACCOUNT_PAGE,
    DEMO_PAGE,
    FINISH_PAGE,
    SERVER_PAGE,
    START_PAGE,
    FirstRunWizard,
)
from toimi_desktop.ui.language import remove_translations


@pytest.fixture
def wizard(qtbot):
    made = FirstRunWizard("fi")
    made.demo_trainees = 12  # a small demo is enough to see it made and opened
    qtbot.addWidget(made)
    made.show()
    yield made
    remove_translations(QApplication.instance())  # other UI tests read the source texts


def test_choosing_english_switches_the_wizard_and_the_locale(qtbot, wizard) -> None:
    wizard.pages[0].buttons["en"].setChecked(True)
    assert current_language() == "en"
    assert QLocale().name() == "en_GB"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
    wizard.next()
    assert wizard.currentPage().title() == "How do you want to start?"
    wizard.back()
    wizard.pages[0].buttons["fi"].setChecked(True)
    assert current_language() == "fi" and QLocale().name() == "fi_FI"


def test_demo_path_makes_the_demo_and_remembers_it(qtbot, wizard) -> None:
    wizard.pages[0].buttons["en"].setChecked(True)
    wizard.next()
    assert wizard.currentId() == START_PAGE
    assert str(preferences.data_dir()) in wizard.pages[START_PAGE].location.text()
    wizard.next()
    assert wizard.currentId() == DEMO_PAGE
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=60000)
    wizard.next()
    assert wizard.currentId() == FINISH_PAGE
    assert str(preferences.demo_database_path()) in wizard.pages[FINISH_PAGE].summary.text()
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = json.loads(preferences.path().read_text(encoding="utf-8"))
    assert saved["language"] == "en"
    assert saved["database"] == str(preferences.demo_database_path())
    # The next start opens it without the wizard.
    assert preferences.chosen_database(preferences.load()) == preferences.demo_database_path()


def test_local_path_creates_the_first_coordinator(qtbot, wizard) -> None:
    wizard.next()
    wizard.pages[START_PAGE].local.setChecked(True)
    wizard.next()
    assert wizard.currentId() == ACCOUNT_PAGE
    page = wizard.pages[ACCOUNT_PAGE]
    page.username.setText("M Virtanen")  # a space is not allowed
    wizard.next()
    assert wizard.currentId() == ACCOUNT_PAGE
    assert set(page.errors.messages()) == {"username", "display_name", "password"}
    page.username.setText("mvirtanen")
    page.display_name.setText("Maija Virtanen")
    page.password.setText("kissa123")
    page.repeated.setText("kissa124")
    wizard.next()
    assert set(page.errors.messages()) == {"repeated"}
    page.repeated.setText("kissa123")
    wizard.next()
    assert wizard.currentId() == FINISH_PAGE
    wizard.accept()
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.actor import default_username

    db = Database(preferences.own_database_path())
    try:
        assert default_username(db) == "mvirtanen"
        assert wizard.signed_in == "mvirtanen"  # the app opens as them, no second prompt
        from toimi_desktop.sync.signin import sign_in

        assert sign_in(db, "mvirtanen", "kissa123").actor.username == "mvirtanen"
    finally:
        db.dispose()
    # Run again: the database has its coordinator, so no account page this time.
    again = FirstRunWizard("fi", reopened=True)
    qtbot.addWidget(again)
    again.show()
    again.next()
    again.pages[START_PAGE].local.setChecked(True)
    again.next()
    assert again.currentId() == FINISH_PAGE


def test_server_path_asks_for_the_login_and_stays_until_it_succeeds(qtbot, wizard) -> None:
    wizard.next()
    wizard.pages[START_PAGE].server.setChecked(True)
    wizard.next()
    assert wizard.currentId() == SERVER_PAGE
    form = wizard.pages[SERVER_PAGE].form
    wizard.next()  # nothing filled in: told what is missing, no network call
    assert wizard.currentId() == SERVER_PAGE
    assert form.message.text() == "Give the server address, your user name and password."
    form.server.setText("ftp://nowhere")
    form.username.setText("valmentaja")
    form.password.setText("secret")
    wizard.next()
    qtbot.waitUntil(lambda: not form.busy, timeout=10000)
    assert wizard.currentId() == SERVER_PAGE
    assert form.message.text()  # the address was refused, in words


def test_every_wizard_page_names_its_controls(qtbot, wizard) -> None:
    for page_id, page in wizard.pages.items():
        assert unnamed_controls(page) == [], page_id


def test_entry_point_asks_the_wizard_when_there_is_no_database(qtbot, monkeypatch) -> None:
    """No --db and no database of one's own: the wizard is due; cancelling it gives None
    (main() then quits with 1). With a chosen database, that one opens."""
    args, _qt = toimi_app.parse_args([])
    assert toimi_app.database_path(args) is None
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: 0)
    assert toimi_app.run_first_run_wizard() is None
    chosen = preferences.data_dir() / "elsewhere.db"
    chosen.parent.mkdir(parents=True, exist_ok=True)
    chosen.touch()
    preferences.save(preferences.Preferences(language="en", database=str(chosen)))
    assert toimi_app.database_path(args) == chosen
    assert toimi_app.database_path(toimi_app.parse_args(["--demo"])[0]) == \
        preferences.demo_database_path()
