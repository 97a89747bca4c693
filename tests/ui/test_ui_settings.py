"""File → Settings: built from the Setting definitions, errors under the fields, saved
values read back, and the ways out to the templates, the sync login and the user guide."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from toimi_desktop import preferences
from toimi_desktop.resources import guide_path
from toimi_desktop.services import settings
from toimi_desktop.ui.main_window import ASSESSMENTS, MainWindow
from toimi_desktop.ui.settings_dialog import SettingsDialog, parse_number

RATE = settings.ALLOWANCE_RATE.key
THRESHOLD = settings.SUPPRESSION_THRESHOLD.key


def test_every_setting_has_its_field_with_label_and_limits(qtbot, session) -> None:
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    assert list(dialog.fields) == [s.key for s in settings.all_settings()]
    assert dialog.fields[RATE].text() == "9"
    assert dialog.fields[RATE].accessibleName() == "Expense allowance per day"
    assert dialog.findChild(QDialogButtonBox) is not None


def test_errors_show_under_their_fields_and_nothing_is_saved(qtbot, session) -> None:
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields[RATE].setText("paljon")
    dialog.fields[THRESHOLD].setText("2")
    dialog.save()
    assert dialog.errors.messages() == {RATE: "Give a number.",
                                        THRESHOLD: "The value must be 3–20."}
    assert dialog.isVisible()
    assert settings.read_all(session.ctx)[THRESHOLD] == 5


def test_saved_values_are_read_back_in_finnish_number_format(qtbot, session,
                                                             monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.fields[RATE].setText("9,50")  # Finnish decimal comma (the tests' locale)
    dialog.font_size.setValue(14)
    changes = []
    session.dataChanged.connect(lambda kind, _id: changes.append(kind))
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.saved.restart_needed and changes == ["settings"]
    again = SettingsDialog(session)
    qtbot.addWidget(again)
    assert again.fields[RATE].text() == "9,5"
    assert again.font_size.value() == 14 == preferences.load().font_size


def test_numbers_are_read_in_the_locale_or_with_a_dot() -> None:
    assert parse_number("9,5") == 9.5
    assert parse_number(" 9.5 ") == 9.5
    assert parse_number("4") == 4 and isinstance(parse_number("4"), int)
    assert parse_number("neljä") == "neljä"


def test_a_coach_sees_project_settings_but_cannot_change_them(qtbot, make_session) -> None:
    dialog = SettingsDialog(make_session("valmentaja"))
    qtbot.addWidget(dialog)
    assert not any(edit.isEnabled() for edit in dialog.fields.values())
    assert dialog.language.isEnabled() and dialog.font_size.isEnabled()
    assert dialog.changed_values() == {}


def test_menu_opens_settings_templates_and_the_guide(qtbot, window: MainWindow,
                                                     monkeypatch) -> None:
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    window.settings_action.trigger()
    assert len(opened) == 1
    opened[0].templatesRequested.emit()
    assert window.pages.currentIndex() == ASSESSMENTS
    assert window.assessments.templates is not None

    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    window.guide_action.trigger()
    assert guide_path().is_file()
    assert urls[0].toLocalFile() == str(guide_path())
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
