"""The register through the GUI: create a trainee in the dialog, find it, open it;
field-level validation; editing; the steering group's view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import open_dialog

from toimi_desktop.ui.register.trainee_dialog import TraineeDialog


def _save(qtbot, dialog: TraineeDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_create_trainee_in_dialog_then_find_and_open_it(qtbot, window) -> None:
    register = window.register
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, TraineeDialog)
    qtbot.keyClicks(dialog.last_name, "Virtanen")
    qtbot.keyClicks(dialog.first_name, "Maija")
    qtbot.keyClicks(dialog.hetu, "131052-308T")
    dialog.municipality.setFocus()
    qtbot.keyClicks(dialog.municipality, "Joensuu")
    assert dialog.municipality.value() == "167"
    dialog.target_groups.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.languages, "fi, ru")
    _save(qtbot, dialog)
    assert dialog.result() == TraineeDialog.DialogCode.Accepted
    assert dialog.errors.messages() == {}

    # After saving, the new trainee is shown; go back and find it by searching.
    view = register.trainee_view
    qtbot.waitUntil(lambda: register.stack.currentWidget() is view)
    assert view.name.text() == "Virtanen Maija"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    list_view = register.list_view
    assert list_view.filter_bar.search.hasFocus()
    qtbot.keyClicks(list_view.filter_bar.search, "virt")
    qtbot.waitUntil(lambda: list_view.model.total_count() == 1)  # after the debounce
    assert list_view.model.index(0, 0).data() == "Virtanen"
    assert list_view.count_label.text() == "1 trainee(s) found"
    assert "1" in window.count_label.text()
    qtbot.keyClick(list_view.filter_bar.search, Qt.Key.Key_Down)  # to the list
    qtbot.keyClick(list_view.table, Qt.Key.Key_Return)  # opens
    assert register.stack.currentWidget() is view
    assert view.name.text() == "Virtanen Maija"
    assert view.hetu.text() == "131052-****"
    assert view.fields["birth_date"].text() == "13.10.1952"  # taken from the HETU
    assert view.fields["target_groups"].text() == "Long-term unemployed"
    assert view.fields["languages"].text() == "fi, ru"
    qtbot.mouseClick(view.show_hetu, Qt.MouseButton.LeftButton)
    assert view.hetu.text() == "131052-308T"


def test_invalid_input_shows_field_messages_and_keeps_the_dialog(qtbot, window) -> None:
    dialog = window.register.new_trainee()
    assert isinstance(dialog, TraineeDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.last_name, "Korhonen")
    qtbot.keyClicks(dialog.hetu, "131052-308U")  # wrong check character
    qtbot.keyClicks(dialog.email, "pekka@")
    _save(qtbot, dialog)

    assert dialog.isVisible()
    messages = dialog.errors.messages()
    assert set(messages) == {"first_name", "hetu", "email", "municipality_code"}
    assert messages["first_name"] == "Name is required."
    assert "check character" in messages["hetu"]
    assert dialog.errors.label("hetu").isVisible()
    assert dialog.hetu.property("invalid") is True
    assert "border" in dialog.hetu.styleSheet()
    # Nothing typed is lost.
    assert (dialog.last_name.text(), dialog.hetu.text(), dialog.email.text()) == (
        "Korhonen", "131052-308U", "pekka@")
    assert window.register.list_view.model.total_count() == 0  # nothing saved

    # Correcting a field clears its message; a valid save closes the dialog.
    qtbot.keyClick(dialog.hetu, Qt.Key.Key_Backspace)
    assert "hetu" not in dialog.errors.messages()
    assert dialog.hetu.property("invalid") is False
    qtbot.keyClicks(dialog.hetu, "T")
    qtbot.keyClicks(dialog.first_name, "Pekka")
    dialog.email.clear()
    dialog.municipality.set_value("167")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.register.list_view.model.total_count() == 1


def test_temporary_hetu_warning_is_shown_without_blocking(qtbot, window) -> None:
    dialog = window.register.new_trainee()
    dialog.last_name.setText("Tilapäinen")  # QTest types ASCII only
    qtbot.keyClicks(dialog.first_name, "Toni")
    qtbot.keyClicks(dialog.hetu, "010594Y9032")  # individual number 903: temporary
    dialog.municipality.set_value("167")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert "temporary" in window.register.notice.text()


def test_edit_trainee_prefills_and_saves(qtbot, window) -> None:
    dialog = window.register.new_trainee()
    dialog.last_name.setText("Mäkinen")
    qtbot.keyClicks(dialog.first_name, "Aino")
    dialog.municipality.set_value("426")
    dialog.flags["rural"].set_value(True)
    _save(qtbot, dialog)
    view = window.register.trainee_view
    assert view.fields["rural"].text() == "Yes"

    edit = view.edit()
    assert isinstance(edit, TraineeDialog)
    assert edit.last_name.text() == "Mäkinen"
    assert edit.municipality.value() == "426"
    assert edit.flags["rural"].value() is True
    assert edit.flags["homeless"].value() is None
    edit.phone.setText("040 123 4567")
    _save(qtbot, edit)
    assert not edit.isVisible()
    assert view.fields["phone"].text() == "040 123 4567"  # refreshed by the broadcast


def test_filters_narrow_the_list_and_clear_resets(qtbot, window, session, world) -> None:
    from datetime import date

    from toimi_desktop.models.enums import PeriodKind, PeriodState
    from toimi_desktop.services.periods import PeriodInput, start_period
    from toimi_desktop.services.trainees import TraineeInput, create_trainee

    ctx = session.ctx
    joensuu = create_trainee(ctx, TraineeInput("Aino", "Ahonen", "167")).id
    create_trainee(ctx, TraineeInput("Eero", "Eronen", "167"))
    create_trainee(ctx, TraineeInput("Liisa", "Lipponen", "426"))
    start_period(ctx, joensuu, PeriodInput(world["joensuu_env"], PeriodKind.COACHING,
                                           date.today()))
    session.notify("trainee")
    list_view = window.register.list_view
    bar, model = list_view.filter_bar, list_view.model
    assert model.total_count() == 3

    bar.municipality.set_value("426")  # narrows the environments too
    assert bar.environment.values() == [None, world["liperi_env"]]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Lipponen"]
    bar.municipality.set_value("167")
    bar.period_state.set_value(PeriodState.NONE)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Eronen"]
    bar.period_state.set_value(PeriodState.ACTIVE)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Ahonen"]
    assert list_view.count_label.text() == "1 trainee(s) found"

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert (bar.municipality.value(), bar.period_state.value()) == (None, None)
    assert model.total_count() == 3

    qtbot.keyClicks(bar.search, "lipp")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)  # Enter searches at once
    assert model.total_count() == 1
