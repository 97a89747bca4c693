"""Starting and closing coaching periods through the dialogs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from toimi_desktop.models.enums import ExitOutcome, PeriodKind, PeriodState
from toimi_desktop.services.register import trainee_details
from toimi_desktop.services.trainees import TraineeInput, create_trainee
from toimi_desktop.ui.register.period_dialogs import ClosePeriodDialog, StartPeriodDialog


@pytest.fixture
def trainee_id(session) -> str:
    return create_trainee(session.ctx, TraineeInput(
        first_name="Eero", last_name="Pesonen", municipality_code="167")).id


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_start_period_through_the_dialog(qtbot, window, session, world, trainee_id) -> None:
    register = window.register
    register.list_view.model.refresh()
    register.list_view.select_row(0)
    assert register.list_view.start_button.isEnabled()
    dialog = register.list_view.start_period_selected()
    assert isinstance(dialog, StartPeriodDialog)
    qtbot.waitExposed(dialog)
    # The trainee's own municipality's environment is preselected, with its people.
    assert dialog.environment.value() == world["joensuu_env"]
    assert dialog.start_date.value() == date.today()
    assert (dialog.hours.value(), dialog.days.value()) == (4.0, 4)
    assert dialog.coach.values() == [None, world["coach"]]
    assert dialog.career_agent.values() == [None, world["career_agent"]]
    dialog.coach.set_value(world["coach"])
    qtbot.keyClicks(dialog.goals, "Cleaning services, punctuality")
    qtbot.keyClicks(dialog.package, "Cleaning 3 months")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()

    (period,) = trainee_details(session.ctx, trainee_id).periods
    assert period.environment_id == world["joensuu_env"]
    assert period.kind is PeriodKind.COACHING
    assert period.coach == "Valmentaja"
    assert period.goals == "Cleaning services, punctuality"
    # The list refreshed itself from the broadcast: the trainee now has an active period.
    row = register.list_view.model.row_of(trainee_id)
    assert register.list_view.model.trainee_row(row).period_state is PeriodState.ACTIVE
    assert not register.list_view.start_button.isEnabled()


def test_rehabilitative_rules_show_under_the_fields(qtbot, window, trainee_id) -> None:
    window.register.open_trainee(trainee_id)
    dialog = window.register.trainee_view.start_period()
    qtbot.waitExposed(dialog)
    assert not dialog.rwa_hint.isVisibleTo(dialog)
    dialog.kind.set_value(PeriodKind.REHABILITATIVE_WORK)
    assert dialog.rwa_hint.isVisibleTo(dialog)
    dialog.days.setValue(5)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    messages = dialog.errors.messages()
    assert set(messages) == {"planned_end_date", "days_per_week"}
    assert "planned end date" in messages["planned_end_date"]
    assert messages["days_per_week"] == "Rehabilitative work activity is 1–4 days a week."
    dialog.planned_end.set_value(date.today() + timedelta(days=182))
    dialog.days.setValue(3)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()


def test_close_period_from_the_trainee_view(qtbot, window, session, world, trainee_id) -> None:
    window.register.open_trainee(trainee_id)
    view = window.register.trainee_view
    assert not view.close_button.isEnabled()
    start = view.start_period()
    start.start_date.set_value(date.today() - timedelta(days=60))
    _ok(qtbot, start)
    assert view.close_button.isEnabled() and not view.start_button.isEnabled()

    dialog = view.close_period()
    assert isinstance(dialog, ClosePeriodDialog)
    qtbot.waitExposed(dialog)
    # whose period, where and since when: in the title and at the top of the dialog
    assert dialog.windowTitle() == "Close the coaching period: Pesonen Eero"
    assert dialog.trainee.isVisible() and dialog.trainee.text() == "Pesonen Eero"
    started = date.today() - timedelta(days=60)
    summary = dialog.findChild(QLabel, "closePeriod")
    assert summary.isVisible()
    assert summary.text().startswith("Taitamo, Work coaching, started "
                                     f"{started.day}.{started.month}.{started.year}")
    _ok(qtbot, dialog)  # no outcome chosen
    assert dialog.isVisible()
    assert dialog.errors.messages() == {"exit_outcome": "Choose the outcome of the period."}
    dialog.outcome.set_value(ExitOutcome.EDUCATION)
    qtbot.keyClicks(dialog.note, "Starts vocational school in August")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()

    (period,) = trainee_details(session.ctx, trainee_id).periods
    assert period.state is PeriodState.ENDED
    assert period.exit_outcome is ExitOutcome.EDUCATION
    assert view.periods.index(0, 6).data() == "Education"  # the view refreshed itself
    assert view.start_button.isEnabled() and not view.close_button.isEnabled()


def test_a_coach_starting_a_period_is_its_coach(qtbot, make_session, trainee_id) -> None:
    from toimi_desktop.ui.main_window import MainWindow

    main = MainWindow(make_session("valmentaja"))
    qtbot.addWidget(main)
    main.register.open_trainee(trainee_id)
    dialog = main.register.trainee_view.start_period()
    assert dialog.coach.value() == main.session.actor.user_id
    assert dialog.career_agent.value() is None
    dialog.reject()
