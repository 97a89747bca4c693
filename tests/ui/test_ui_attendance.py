"""The attendance view: the coach's morning by keyboard, saving, unsaved input, errors,
locks, the kind of day, and the week and month grids."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from toimi_desktop.models import WorkTask
from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, PeriodKind, WorkField
from toimi_desktop.models.ids import new_id
from toimi_desktop.services.attendance import AttendanceEntry, approve_month, day_sheet, save_day
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.reference import environments
from toimi_desktop.services.trainees import TraineeInput, create_trainee
from toimi_desktop.ui.attendance import dialogs
from toimi_desktop.ui.attendance.day_model import HOURS, NOTE, STATUS, TASK
from toimi_desktop.ui.attendance.view import MONTH, WEEK, AttendanceView

TODAY = date(2026, 11, 20)  # a Friday: the view's "today" in these tests
DAY = date(2026, 11, 18)  # a Wednesday
P, PART, A, N = (AttendanceStatus.PRESENT, AttendanceStatus.PARTLY_PRESENT,
                 AttendanceStatus.ABSENT, AttendanceStatus.NOT_HELD)
Button = QMessageBox.StandardButton


def make_group(ctx, environment_id: str, count: int, start: date = date(2025, 12, 1),
               hours: float = 6, kind: PeriodKind = PeriodKind.REHABILITATIVE_WORK
               ) -> list[str]:
    """`count` trainees with a period at the environment; rows sort in creation order."""
    ids = []
    for i in range(count):
        trainee = create_trainee(ctx, TraineeInput("Eka", f"Testaaja{i:02d}", "167"),
                                 today=TODAY).id
        start_period(ctx, trainee, PeriodInput(environment_id, kind, start,
                                               start + timedelta(days=360), hours, 4))
        ids.append(trainee)
    return ids


def add_task(db, environment_id: str, name: str) -> str:
    with db.session() as session, session.begin():
        task = WorkTask(id=new_id(), environment_id=environment_id, municipality_code="167",
                        name=name, field=WorkField.CLEANING_SERVICES, updated_hlc="0")
        session.add(task)
        return task.id


@pytest.fixture
def coach(make_session):
    return make_session("valmentaja")


@pytest.fixture
def make_view(qtbot, coach, world):
    """A new attendance view on Taitamo at `day` (the coach's own environment)."""
    def make(day: date = DAY, session=None) -> AttendanceView:
        session = session or coach
        view = AttendanceView(session, environments(session.ctx), world["joensuu_env"],
                              today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1100, 700)
        view.show()
        view.activateWindow()
        qtbot.waitExposed(view)
        # The table has the focus on open: the coach can start typing at once.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view.day_page.table)
        view.set_day(day)
        return view
    return make


def statuses(ctx, environment_id: str, day: date) -> list[tuple]:
    return [(r.status, r.absence_reason) for r in day_sheet(ctx, environment_id, day).rows]


def press(qtbot, widget, *keys, counter: list[int] | None = None) -> None:
    for key in keys:
        modifiers = Qt.KeyboardModifier.NoModifier
        if isinstance(key, tuple):
            key, modifiers = key
        qtbot.keyClick(widget, key, modifiers)
        if counter is not None:
            counter[0] += 1


K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_marks_fifteen_trainees_by_keyboard_saves_and_finds_them_again(
        qtbot, coach, world, make_view) -> None:
    ids = make_group(coach.ctx, world["joensuu_env"], 15)
    view = make_view()
    table = view.day_page.table
    assert view.day_page.model.rowCount() == 15
    keys = [K.Key_P, K.Key_P, K.Key_S, K.Key_Space, K.Key_O, K.Key_L, K.Key_K, K.Key_H,
            K.Key_T, K.Key_M, K.Key_X, K.Key_E, K.Key_P, K.Key_Space, K.Key_P]
    press(qtbot, table, *keys)
    assert view.day_page.unsaved_label.text() == "15 unsaved change(s)"
    press(qtbot, table, (K.Key_S, CTRL))
    assert view.day_page.model.unsaved_count() == 0
    assert view.day_page.unsaved_label.text() == "Saved: 15 row(s)."

    again = make_view()  # a new widget reads what was saved
    model = again.day_page.model
    assert [model.mark(r).letter for r in range(15)] == list("PPSPOLKHTMXEPPP")
    r = AbsenceReason
    assert statuses(coach.ctx, world["joensuu_env"], DAY) == [
        (P, None), (P, None), (A, r.OWN_ILLNESS), (P, None), (PART, None),
        (A, r.ILLNESS_CERTIFIED), (A, r.SICK_CHILD), (A, r.JOB_INTERVIEW),
        (A, r.PUBLIC_OFFICE), (A, r.OTHER_ACCEPTED), (A, r.UNEXPLAINED), (N, None),
        (P, None), (P, None), (P, None)]
    assert len(ids) == 15
    sheet = day_sheet(coach.ctx, world["joensuu_env"], DAY)
    assert sheet.rows[0].hours == 6.0 and sheet.rows[2].hours == 0
    assert sheet.rows[0].recorded_by == "Valmentaja"


def test_a_group_of_25_in_at_most_30_keystrokes(qtbot, coach, world, make_view) -> None:
    make_group(coach.ctx, world["joensuu_env"], 25)
    view = make_view()
    table = view.day_page.table
    count = [0]
    # All present, then the three absent ones (rows 4, 13 and 24), then save.
    press(qtbot, table, (K.Key_P, CTRL_SHIFT), counter=count)
    press(qtbot, table, *[K.Key_Down] * 4, K.Key_S, counter=count)  # -> row 5
    press(qtbot, table, *[K.Key_Down] * 8, K.Key_K, counter=count)  # -> row 14
    press(qtbot, table, K.Key_End, K.Key_X, counter=count)
    press(qtbot, table, (K.Key_S, CTRL), counter=count)
    assert count[0] <= 30, count[0]
    marks = statuses(coach.ctx, world["joensuu_env"], DAY)
    absent = {i: reason for i, (status, reason) in enumerate(marks) if status is A}
    assert absent == {4: AbsenceReason.OWN_ILLNESS, 13: AbsenceReason.SICK_CHILD,
                      24: AbsenceReason.UNEXPLAINED}
    assert sum(1 for status, _ in marks if status is P) == 22


def test_hours_task_and_note_by_keyboard_and_delete_clears(qtbot, db, coach, world,
                                                          make_view) -> None:
    make_group(coach.ctx, world["joensuu_env"], 3)
    task = add_task(db, world["joensuu_env"], "Siivous")
    view = make_view()
    table, model = view.day_page.table, view.day_page.model
    press(qtbot, table, K.Key_O)  # row 0 partly present; now on row 1
    press(qtbot, table, K.Key_Up, K.Key_Right, K.Key_3)  # digits on Hours edit hours
    editor = QApplication.focusWidget()
    assert editor is not table and editor.text() == "3"
    press(qtbot, editor, K.Key_Comma, K.Key_5, K.Key_Return)  # Enter commits (queued)
    qtbot.waitUntil(lambda: model.index(0, HOURS).data() == "3,5")
    table.setCurrentIndex(model.index(0, TASK))
    model.setData(model.index(0, TASK), task)
    model.setData(model.index(0, NOTE), "Lähti lääkäriin")
    press(qtbot, table, K.Key_Down, K.Key_P, K.Key_Delete)  # row 2: marked, then cleared
    assert model.unsaved_count() == 2 and model.mark(2) is None
    press(qtbot, table, K.Key_Up, K.Key_Delete)  # row 1's mark was unsaved: cleared too
    assert model.unsaved_count() == 1
    assert view.save()
    row = day_sheet(coach.ctx, world["joensuu_env"], DAY).rows[0]
    assert (row.status, row.hours, row.work_task_id, row.note) == (PART, 3.5, task,
                                                                    "Lähti lääkäriin")
    assert model.index(0, TASK).data() == "Siivous"


def test_all_remaining_present_keeps_what_is_marked(qtbot, coach, world, make_view) -> None:
    ids = make_group(coach.ctx, world["joensuu_env"], 4)
    save_day(coach.ctx, world["joensuu_env"], DAY,
             [AttendanceEntry(ids[1], A, absence_reason=AbsenceReason.JOB_INTERVIEW)])
    view = make_view()
    press(qtbot, view.day_page.table, K.Key_X)  # row 0 unexplained
    assert view.mark_remaining_present() == 2
    model = view.day_page.model
    assert [model.mark(r).letter for r in range(4)] == ["X", "H", "P", "P"]
    assert model.unsaved_count() == 3  # row 1 was saved already and did not change


def test_unsaved_input_asks_before_the_date_changes(qtbot, coach, world, make_view,
                                                    monkeypatch) -> None:
    make_group(coach.ctx, world["joensuu_env"], 3)
    view = make_view()
    table = view.day_page.table
    press(qtbot, table, K.Key_S, K.Key_P)
    answers = [Button.Cancel]
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _parent, count: answers.pop(0))
    press(qtbot, table, (K.Key_Right, Qt.KeyboardModifier.AltModifier))
    assert view.current_day() == DAY and view.date_edit.date().toPython() == DAY
    assert view.day_page.model.unsaved_count() == 2  # Cancel keeps the input

    answers.append(Button.Discard)
    view.date_edit.setDate(view.date_edit.date().addDays(-1))
    assert view.current_day() == DAY - timedelta(days=1)
    assert view.day_page.model.unsaved_count() == 0
    assert view.set_day(DAY)
    assert [view.day_page.model.mark(r) for r in range(3)] == [None, None, None]

    press(qtbot, table, K.Key_P)
    answers.append(Button.Save)
    assert view.step(-1)
    assert statuses(coach.ctx, world["joensuu_env"], DAY)[0] == (P, None)


def test_the_real_question_has_save_discard_and_cancel(qtbot, coach, world,
                                                        make_view) -> None:
    make_group(coach.ctx, world["joensuu_env"], 2)
    view = make_view()
    press(qtbot, view.day_page.table, K.Key_P)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text() for b in box.buttons())
        box.button(Button.Cancel).click()

    QTimer.singleShot(0, answer)
    assert not view.set_day(DAY - timedelta(days=1))
    assert len(seen) == 3 and view.current_day() == DAY


def test_a_refused_row_is_marked_and_keeps_its_input(qtbot, coach, world, make_view) -> None:
    make_group(coach.ctx, world["joensuu_env"], 3)
    view = make_view()
    table, model = view.day_page.table, view.day_page.model
    press(qtbot, table, K.Key_P, K.Key_P)
    model.setData(model.index(1, HOURS), "13")
    press(qtbot, table, (K.Key_S, CTRL))
    assert model.unsaved_count() == 2
    trainee = model.trainee_id(1)
    assert model.errors() == {trainee: "Hours must be 0–12."}
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Hours must be 0–12."
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Testaaja01 Eka: Hours must be 0–12." in view.notice.text()
    assert table.currentIndex().row() == 1
    assert statuses(coach.ctx, world["joensuu_env"], DAY)[0] == (None, None)  # all or nothing
    model.setData(model.index(1, HOURS), "7")
    assert model.errors() == {}
    assert view.save()
    assert [r.hours for r in day_sheet(coach.ctx, world["joensuu_env"], DAY).rows[:2]] == [
        6.0, 7.0]


def test_an_approved_month_asks_for_a_reason(qtbot, coach, world, make_view,
                                             monkeypatch) -> None:
    ids = make_group(coach.ctx, world["joensuu_env"], 2)
    october = date(2026, 10, 14)
    save_day(coach.ctx, world["joensuu_env"], october, [AttendanceEntry(ids[0], P)])
    approve_month(coach.ctx, world["joensuu_env"], october)
    view = make_view(october)
    assert view.lock_banner.isVisible()
    assert "has been approved" in view.lock_banner.text()
    asked: list[date] = []
    reasons = [None, "Lääkärintodistus tuli jälkikäteen"]
    monkeypatch.setattr(dialogs, "ask_reason",
                        lambda _parent, month: asked.append(month) or reasons.pop(0))
    press(qtbot, view.day_page.table, K.Key_L)
    assert not view.save()  # cancelled: nothing saved, the input stays
    assert view.day_page.model.unsaved_count() == 1
    assert view.save()
    assert asked == [october, october]
    assert statuses(coach.ctx, world["joensuu_env"], october)[0] == (
        A, AbsenceReason.ILLNESS_CERTIFIED)


def test_the_reason_dialog_needs_a_reason(qtbot) -> None:
    dialog = dialogs.ReasonDialog(None, date(2026, 10, 1))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Korjaus")
    assert ok.isEnabled()


@pytest.mark.parametrize(("day", "names"), [
    (date(2025, 12, 24), {"fi": "Jouluaatto", "en": "Christmas Eve"}),
    (date(2025, 12, 6), {"fi": "Itsenäisyyspäivä", "en": "Independence Day"})])
def test_a_holiday_is_shown_and_all_present_is_not_offered(qtbot, coach, world, make_view,
                                                           day, names) -> None:
    from toimi_desktop.i18n import current_language

    name = names[current_language()]  # holiday names follow the app's language
    make_group(coach.ctx, world["joensuu_env"], 2)
    view = make_view(day)
    assert view.day_banner.isVisible()
    assert view.day_banner.text().startswith(f"Public holiday: {name}.")
    assert not view.day_page.all_present_button.isVisibleTo(view)
    press(qtbot, view.day_page.table, (K.Key_P, CTRL_SHIFT))
    assert view.day_page.model.unsaved_count() == 0
    press(qtbot, view.day_page.table, K.Key_E, K.Key_E, (K.Key_S, CTRL))  # not held: allowed
    assert statuses(coach.ctx, world["joensuu_env"], day) == [(N, None), (N, None)]


def test_weekend_and_future_days(qtbot, coach, world, make_view) -> None:
    make_group(coach.ctx, world["joensuu_env"], 1)
    view = make_view(date(2026, 11, 15))
    assert "does not work on this weekday (sunnuntai)" in view.day_banner.text().lower()
    view.set_day(TODAY + timedelta(days=3))
    assert "still ahead" in view.day_banner.text()
    press(qtbot, view.day_page.table, K.Key_P)
    assert view.day_page.model.unsaved_count() == 0  # a future day cannot be marked
    assert view.title.text() == "Maanantai 23.11.2026"
    assert view.subtitle.text() == "Week 48 · Taitamo"


def test_week_view_shows_marks_and_opens_a_day(qtbot, coach, world, make_view) -> None:
    ids = make_group(coach.ctx, world["joensuu_env"], 2, start=date(2026, 11, 17))
    save_day(coach.ctx, world["joensuu_env"], DAY,
             [AttendanceEntry(ids[0], P),
              AttendanceEntry(ids[1], A, absence_reason=AbsenceReason.SICK_CHILD)])
    view = make_view()
    view.set_mode(WEEK)
    assert view.title.text() == "Week 47"
    grid = view.grid_page.model
    assert grid.columnCount() == 8
    assert grid.headerData(3, Qt.Orientation.Horizontal) == "ke\n18.11."
    assert [grid.index(r, 3).data() for r in range(2)] == ["P", "K"]
    assert "Sick child" in grid.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    monday = grid.index(0, 1)  # 16.11.: before the period
    assert "Outside the coaching period" in monday.data(Qt.ItemDataRole.ToolTipRole)
    sunday = grid.index(0, 7)
    assert sunday.data(Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.Dense4Pattern
    view.step(1)
    assert view.title.text() == "Week 48"
    view.step(-1)
    table = view.grid_page.table
    table.doubleClicked.emit(grid.index(1, 4))  # Thursday
    assert view.mode() == 0 and view.current_day() == date(2026, 11, 19)
    view.set_mode(MONTH)
    assert grid.columnCount() == 31 and view.title.text() == "Marraskuu 2026"


def test_models_pass_the_model_tester(qtmodeltester, coach, world, make_view) -> None:
    ids = make_group(coach.ctx, world["joensuu_env"], 3)
    save_day(coach.ctx, world["joensuu_env"], DAY, [AttendanceEntry(ids[0], P)])
    view = make_view()
    qtmodeltester.check(view.day_page.model)
    view.day_page.model.set_mark(1, dialogs_mark("S"))
    qtmodeltester.check(view.day_page.model)
    view.set_mode(WEEK)
    qtmodeltester.check(view.grid_page.model)
    view.day_page.model.set_sheet(None)
    qtmodeltester.check(view.day_page.model)


def dialogs_mark(letter: str):
    from toimi_desktop.ui.attendance.marks import mark_for_letter

    return mark_for_letter(letter)


def test_status_column_shows_letter_word_and_legend(qtbot, coach, world, make_view) -> None:
    make_group(coach.ctx, world["joensuu_env"], 1)
    view = make_view()
    press(qtbot, view.day_page.table, K.Key_K)
    model = view.day_page.model
    assert model.index(0, STATUS).data() == "Sick child"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.AccessibleTextRole) == "K Sick child"
    assert view.legend.words["E"].text() == "Service not held"
    assert len(view.legend.words) == 10


def test_legal_limit_warnings_after_saving_and_the_broadcast(qtbot, coach, world,
                                                             make_view) -> None:
    make_group(coach.ctx, world["joensuu_env"], 2)
    view = make_view()
    table, model = view.day_page.table, view.day_page.model
    press(qtbot, table, K.Key_P, K.Key_P)
    model.setData(model.index(0, HOURS), "9")
    with qtbot.waitSignal(coach.dataChanged) as changed:
        press(qtbot, table, (K.Key_S, CTRL))
    assert changed.args == ["attendance", world["joensuu_env"]]
    assert view.notice.isVisible()
    assert view.notice.text() == "Testaaja00 Eka: over 8 hours in a day."
    assert model.index(0, HOURS).data() == "9" and model.unsaved_count() == 0
