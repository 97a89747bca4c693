"""The Attendance section in the main window (roles, default environment, leaving with
unsaved input) and the attendance calendar of the trainee view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_ui_attendance import DAY, make_group
from ui_sample_data import add_user

from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, Role
from toimi_desktop.services.attendance import AttendanceEntry, day_sheet, save_day
from toimi_desktop.ui.attendance import dialogs
from toimi_desktop.ui.attendance.calendar import MonthCalendarModel
from toimi_desktop.ui.main_window import ATTENDANCE, REGISTER, MainWindow

P, A = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT
Button = QMessageBox.StandardButton


def open_attendance(qtbot, window: MainWindow):
    window.show_section(ATTENDANCE)
    view = window.attendance.view
    assert view is not None
    qtbot.waitUntil(lambda: view.day_page.table.hasFocus())
    return view


def test_the_coach_opens_their_own_environment_at_today(qtbot, make_session, world) -> None:
    main = MainWindow(make_session("liperi"))
    qtbot.addWidget(main)
    main.show()
    assert main.attendance.view is None  # built on first show
    view = open_attendance(qtbot, main)
    assert view.environment.values() == [world["liperi_env"]]
    assert view.current_day() == date.today()


def test_the_last_environment_is_remembered_per_user(qtbot, window, world) -> None:
    view = open_attendance(qtbot, window)
    assert set(view.environment.values()) == {world["joensuu_env"], world["liperi_env"]}
    view.environment.set_value(world["liperi_env"])
    assert view.environment_id() == world["liperi_env"]
    window.switch_user("valmentaja")
    assert window.attendance.view.environment_id() == world["joensuu_env"]
    window.switch_user("koordinaattori")
    assert window.attendance.view.environment_id() == world["liperi_env"]


def test_steering_group_and_business_agent_see_why_not(qtbot, db, make_session) -> None:
    main = MainWindow(make_session("ohjausryhma"))
    qtbot.addWidget(main)
    main.show()
    main.show_section(ATTENDANCE)
    section = main.attendance
    assert section.view is None and section.stack.currentWidget() is section.denied
    assert section.denied.subtitle.text() == (
        "Your role (Steering group) does not allow viewing personal data.")
    assert "aggregate figures" in section.denied.text.text()
    add_user(db, "yritys", "Yrjö Yritysagentti", Role.BUSINESS_AGENT, ["167"])
    main.switch_user("yritys")
    assert section.view is None
    assert section.denied.subtitle.text() == "Your role (Business agent) does not allow this."


def test_leaving_the_section_with_unsaved_input_asks(qtbot, window, session, world,
                                                     monkeypatch) -> None:
    make_group(session.ctx, world["joensuu_env"], 2)
    view = open_attendance(qtbot, window)
    view.environment.set_value(world["joensuu_env"])
    view.set_day(DAY)
    qtbot.keyClick(view.day_page.table, Qt.Key.Key_P)
    answers = [Button.Cancel, Button.Discard]
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _parent, _count: answers.pop(0))
    window.show_section(REGISTER)
    assert window.pages.currentWidget() is window.attendance
    assert window.nav.currentRow() == ATTENDANCE
    assert view.has_unsaved()
    window.show_section(REGISTER)
    assert window.pages.currentWidget() is window.register and not view.has_unsaved()


def test_leaving_the_environment_with_unsaved_input_asks(qtbot, window, session, world,
                                                         monkeypatch) -> None:
    make_group(session.ctx, world["joensuu_env"], 2)
    view = open_attendance(qtbot, window)
    view.environment.set_value(world["joensuu_env"])
    view.set_day(DAY)
    qtbot.keyClick(view.day_page.table, Qt.Key.Key_S)
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _parent, _count: Button.Cancel)
    view.environment.set_value(world["liperi_env"])
    assert view.environment_id() == world["joensuu_env"]
    assert view.environment.value() == world["joensuu_env"] and view.has_unsaved()


def test_closing_the_window_with_unsaved_input_asks(qtbot, window, session, world,
                                                    monkeypatch) -> None:
    make_group(session.ctx, world["joensuu_env"], 2)
    view = open_attendance(qtbot, window)
    view.environment.set_value(world["joensuu_env"])
    view.set_day(DAY)
    qtbot.keyClick(view.day_page.table, Qt.Key.Key_H)
    answers = [Button.Cancel, Button.Save]
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _parent, _count: answers.pop(0))
    assert not window.close()
    assert window.isVisible()
    assert window.close()
    row = day_sheet(session.ctx, world["joensuu_env"], DAY).rows[0]
    assert (row.status, row.absence_reason) == (A, AbsenceReason.JOB_INTERVIEW)


def test_trainee_view_shows_the_attendance_calendar_and_rate(qtbot, window, session, world,
                                                             qtmodeltester) -> None:
    ids = make_group(session.ctx, world["joensuu_env"], 1, start=date(2026, 11, 2))
    for day, entry in ((16, AttendanceEntry(ids[0], P, hours=5)),
                       (17, AttendanceEntry(ids[0], A,
                                            absence_reason=AbsenceReason.SICK_CHILD)),
                       (18, AttendanceEntry(ids[0], P)),
                       (19, AttendanceEntry(ids[0], AttendanceStatus.NOT_HELD))):
        save_day(session.ctx, world["joensuu_env"], date(2026, 11, day), [entry])
    window.register.list_view.model.refresh()
    window.register.open_trainee(ids[0])
    calendar = window.register.trainee_view.attendance
    calendar.show_month(date(2026, 11, 1))
    model = calendar.model
    qtmodeltester.check(model)
    assert calendar.month_label.text() == "Marraskuu 2026"
    assert model.rowCount() == 6  # 1.11.2026 is a Sunday: six ISO weeks touch November
    assert model.headerData(0, Qt.Orientation.Horizontal) == "ma"
    assert model.headerData(3, Qt.Orientation.Vertical) == "47"
    cells = {model.index(3, c).data() for c in range(4)}
    assert cells == {"16\nP", "17\nK", "18\nP", "19\nE"}
    assert "Sick child" in model.index(3, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert calendar.month_rate.text() == "Month: 67 % (2 of 3 days), 11 h"
    assert calendar.period_rate.text().startswith("Period: ")
    assert "since the period began on 2.11.2026" in calendar.period_rate.toolTip()
    calendar.step(-1)
    assert calendar.month_label.text() == "Lokakuu 2026"
    assert calendar.month_rate.text() == "Month: no days due yet"
    calendar.step(1)
    save_day(session.ctx, world["joensuu_env"], date(2026, 11, 20),
             [AttendanceEntry(ids[0], P, hours=4)])
    session.notify("attendance", world["joensuu_env"])
    assert calendar.month_rate.text() == "Month: 75 % (3 of 4 days), 15 h"


def test_an_empty_calendar_model_passes_the_tester(qtmodeltester) -> None:
    model = MonthCalendarModel()
    qtmodeltester.check(model)
    model.set_month(date(2021, 2, 1), {})
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # February 2021: Monday 1st to Sunday 28th
