"""The period's weekdays in the day view and the start dialog; changing, pausing, resuming
and closing a period from the trainee view (with the offer to remove later attendance)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from toimi_desktop.models.enums import AttendanceStatus, ExitOutcome, PeriodKind, PeriodState
from toimi_desktop.services.attendance import AttendanceEntry, day_sheet, save_day
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.reference import environments
from toimi_desktop.services.register import trainee_details
from toimi_desktop.services.trainees import TraineeInput, create_trainee
from toimi_desktop.ui.attendance.day_model import NAME, NOT_DUE_ROLE, STATUS
from toimi_desktop.ui.attendance.view import AttendanceView
from toimi_desktop.ui.register import period_dialogs
from toimi_desktop.ui.register.period_edit_dialogs import (
    EditPeriodDialog,
    PauseDialog,
    ResumeDialog,
)

TODAY = date(2026, 11, 20)  # a Friday
FRIDAY, THURSDAY = TODAY, date(2026, 11, 19)
P = AttendanceStatus.PRESENT


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _trainee(ctx, last: str, weekdays: str | None = None, start: date = date(2026, 9, 1),
             kind: PeriodKind = PeriodKind.COACHING) -> str:
    trainee = create_trainee(ctx, TraineeInput("Testi", last, "167"), today=TODAY).id
    days = len(weekdays) if weekdays else 4
    env = environments(ctx)[0].key
    start_period(ctx, trainee, PeriodInput(env, kind, start, start + timedelta(days=200), 5,
                                           days, weekdays=weekdays))
    return trainee


@pytest.fixture
def coach(make_session):
    return make_session("valmentaja")


def test_trainees_not_due_on_the_weekday_are_grey_and_left_by_all_present(
        qtbot, coach, world) -> None:
    mon_thu = _trainee(coach.ctx, "Aalto")  # 4 days a week: Monday to Thursday
    fridays = _trainee(coach.ctx, "Berg", weekdays="5")
    twice = _trainee(coach.ctx, "Colliander", weekdays="15")
    view = AttendanceView(coach, environments(coach.ctx), world["joensuu_env"],
                          today=lambda: TODAY)
    qtbot.addWidget(view)
    view.set_day(FRIDAY)
    model = view.day_page.model
    # The day's own trainees first, the others greyed after them.
    assert [model.trainee_id(r) for r in range(3)] == [fridays, twice, mon_thu]
    grey = QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
    assert model.index(2, NAME).data(Qt.ItemDataRole.ForegroundRole) == grey
    assert model.index(0, NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, STATUS).data(NOT_DUE_ROLE) == "not due today"
    assert "comes ma–to" in model.index(2, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert view.mark_remaining_present() == 2
    assert [model.mark(r) and model.mark(r).letter for r in range(3)] == ["P", "P", None]
    model.set_mark(2, model.mark(0))  # still markable one by one
    assert model.index(2, NAME).data(Qt.ItemDataRole.ForegroundRole) == grey
    assert model.index(2, STATUS).data(Qt.ItemDataRole.ForegroundRole) is None  # marked
    assert view.save()
    assert [r.status for r in day_sheet(coach.ctx, world["joensuu_env"], FRIDAY).rows] == [
        P, P, P]
    view.set_day(THURSDAY)
    assert [model.trainee_id(r) for r in range(3)] == [mon_thu, fridays, twice]
    assert view.mark_remaining_present() == 1


def test_the_start_dialog_chooses_weekdays(qtbot, window, session, world) -> None:
    trainee = create_trainee(session.ctx, TraineeInput("Eero", "Pesonen", "167")).id
    window.register.open_trainee(trainee)
    dialog = window.register.trainee_view.start_period()
    qtbot.waitExposed(dialog)
    assert (dialog.days.value(), dialog.weekdays.value()) == (4, "1234")
    dialog.days.setValue(2)
    assert dialog.weekdays.value() == "12"
    dialog.weekdays.boxes[4].setChecked(True)  # and Friday
    assert (dialog.days.value(), dialog.weekdays.value()) == (3, "125")
    for box in dialog.weekdays.boxes:
        box.setChecked(False)  # the last one stays: a period has at least one day
    assert dialog.weekdays.value() == "5" and dialog.days.value() == 1
    dialog.weekdays.boxes[0].setChecked(True)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    (period,) = trainee_details(session.ctx, trainee).periods
    assert (period.days_per_week, period.weekdays) == (2, "15")


def test_change_pause_resume_and_close_from_the_trainee_view(qtbot, window, session, world,
                                                            monkeypatch) -> None:
    today = date.today()
    trainee = create_trainee(session.ctx, TraineeInput("Eero", "Pesonen", "167")).id
    start_period(session.ctx, trainee, PeriodInput(world["joensuu_env"], PeriodKind.COACHING,
                                                   today - timedelta(days=60),
                                                   today + timedelta(days=120), 4, 4))
    window.register.open_trainee(trainee)
    view = window.register.trainee_view
    assert view.change_button.isEnabled() and view.pause_button.text() == "Pause…"

    dialog = view.change_period()
    assert isinstance(dialog, EditPeriodDialog)
    qtbot.waitExposed(dialog)
    assert (dialog.hours.value(), dialog.weekdays.value()) == (4.0, "1234")
    dialog.hours.setValue(6)
    dialog.weekdays.boxes[0].setChecked(False)
    dialog.goals.setPlainText("Puhtauspalvelut, täsmällisyys")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert view.fields["schedule"].text() == "6 h a day, 3 days a week: ti–to"
    assert view.fields["goals"].text() == "Puhtauspalvelut, täsmällisyys"

    dialog = view.pause_or_resume()
    assert isinstance(dialog, PauseDialog)
    dialog.start_date.set_value(today - timedelta(days=5))
    dialog.reason.setText("Sairausloma")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert view.pause_button.text() == "Resume…"
    assert view.fields["pauses"].text() == (
        f"from {(today - timedelta(days=5)).strftime('%-d.%-m.%Y')}, still paused "
        "(Sairausloma)")

    dialog = view.pause_or_resume()
    assert isinstance(dialog, ResumeDialog)
    _ok(qtbot, dialog)  # back today
    assert not dialog.isVisible()
    assert view.pause_button.text() == "Pause…"
    assert trainee_details(session.ctx, trainee).open_period.state is PeriodState.ACTIVE

    # Attendance after the chosen end date: the close dialog offers to remove it.
    save_day(session.ctx, world["joensuu_env"], today - timedelta(days=8),
             [AttendanceEntry(trainee, AttendanceStatus.NOT_HELD)], today=today)
    answers = [False, True]
    monkeypatch.setattr(period_dialogs, "ask_remove_attendance",
                        lambda _parent, error, _action: answers.pop(0))
    dialog = view.close_period()
    dialog.end_date.set_value(today - timedelta(days=10))
    dialog.outcome.set_value(ExitOutcome.EDUCATION)
    _ok(qtbot, dialog)  # "no": nothing changes, the reason shows under the end date
    assert dialog.isVisible()
    assert "after the end date" in dialog.errors.messages()["end_date"]
    _ok(qtbot, dialog)  # "yes": removed and closed
    assert not dialog.isVisible()
    assert trainee_details(session.ctx, trainee).periods[0].state is PeriodState.ENDED
    assert not view.change_button.isEnabled() and not view.pause_button.isEnabled()


def test_the_removal_question_names_the_days(qtbot) -> None:
    from toimi_desktop.services.period_days import AFTER_END, AttendanceOutside

    error = AttendanceOutside("end_date", AFTER_END, [date(2026, 11, 24), date(2026, 11, 25)])
    box = period_dialogs.RemoveAttendanceBox(None, error, "Close the period")
    qtbot.addWidget(box)
    assert box.text() == ("Attendance is recorded for 2 day(s) after the end date (24.11.2026, "
                          "25.11.2026). Remove those records or choose a later end date.")
    assert "Remove those 2 day(s)" in box.informativeText()
    assert box.remove.text() == "Remove and close the period"
