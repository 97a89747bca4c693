"""Outputs from the attendance view: reports written by a background operation (PDF text
read back with pypdf), the absence list as CSV, a trainee's sheet, approving a month."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

# The fixtures `coach` and `make_view` come from the main attendance test module.
from test_ui_attendance import DAY, coach, make_group, make_view  # noqa: F401

from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
from toimi_desktop.services.attendance import AttendanceEntry, day_sheet, save_day
from toimi_desktop.ui import operation
from toimi_desktop.ui.attendance import dialogs

P, A = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT


@pytest.fixture
def october(coach, world):  # noqa: F811
    ids = make_group(coach.ctx, world["joensuu_env"], 3)
    for day in (5, 6, 7, 8):
        save_day(coach.ctx, world["joensuu_env"], date(2026, 10, day),
                 [AttendanceEntry(ids[0], P), AttendanceEntry(ids[1], P),
                  AttendanceEntry(ids[2], A, absence_reason=AbsenceReason.OWN_ILLNESS)])
    return ids


@pytest.fixture
def save_as(monkeypatch):
    """QFileDialog.getSaveFileName answers with the given path (and filter)."""
    asked: list[tuple] = []

    def answer(path, chosen="PDF document (*.pdf)"):
        def fake(*args, **kwargs):
            asked.append(args)
            return str(path), chosen
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return asked
    return answer


def finish(qtbot, op) -> None:
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert op.error is None, op.error


def pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_allowance_report_pdf_from_the_view(qtbot, make_view, october, save_as, monkeypatch,  # noqa: F811
                                             tmp_path) -> None:
    view = make_view()
    months: list[date] = []
    monkeypatch.setattr(dialogs, "ask_month",
                        lambda _p, _t, default, _text="": months.append(default)
                        or date(2026, 10, 1))
    asked = save_as(tmp_path / "kulukorvaus")  # no suffix: the chosen filter's is added
    view.reports.update_actions()
    assert view.reports.allowance_action.isEnabled()
    op = view.reports.allowance_report()
    assert view.busy_label.text() == "Creating kulukorvaus.pdf…"
    finish(qtbot, op)
    assert months == [date(2026, 10, 1)]  # the default: the previous month of "today"
    assert asked[0][2].endswith("allowance-Taitamo-2026-10.pdf")
    text = pdf_text(tmp_path / "kulukorvaus.pdf")
    for expected in ("Taitamo", "Testaaja00 Eka", "10/2026", "Valmentaja"):
        assert expected in text, expected
    assert view.busy_label.text() == ""
    box = view.reports.last_box
    assert box.isVisible() and "kulukorvaus.pdf" in box.text()
    opened: list = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    next(b for b in box.buttons() if b.text() == "Open").click()
    assert opened == [str(tmp_path / "kulukorvaus.pdf")]


def test_absence_list_csv_for_kela(qtbot, make_view, october, save_as, monkeypatch,  # noqa: F811
                                   tmp_path) -> None:
    view = make_view()
    ranges: list[tuple] = []

    def ask_range(_parent, _title, start, end, environment, may_show_hetu):
        ranges.append((start, end, environment))
        assert may_show_hetu  # a coach may include whole HETUs for Kela
        return date(2026, 10, 1), date(2026, 10, 31), True, True

    monkeypatch.setattr(dialogs, "ask_range", ask_range)
    save_as(tmp_path / "poissaolot.csv", "CSV for spreadsheets (*.csv)")
    finish(qtbot, view.reports.absence_list())
    assert ranges == [(date(2026, 11, 2), date(2026, 11, 15), "Taitamo")]  # default_range
    lines = (tmp_path / "poissaolot.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2
    assert lines[1] == "Testaaja02 Eka;;Taitamo;5.10.2026–8.10.2026;4;Oma sairaus;own_illness"
    view.reports.last_box.close()


def test_the_signable_sheet_of_the_selected_trainee(qtbot, make_view, october, save_as,  # noqa: F811
                                                     monkeypatch, tmp_path) -> None:
    view = make_view(date(2026, 10, 6))
    view.day_page.table.go_to_row(1)
    assert view.selected_trainee()[1] == "Testaaja01 Eka"
    monkeypatch.setattr(dialogs, "ask_month", lambda _p, _t, default, _text="": default)
    save_as(tmp_path / "kortti.pdf")
    finish(qtbot, view.reports.attendance_sheet())
    text = pdf_text(tmp_path / "kortti.pdf")
    assert "Testaaja01 Eka" in text and "10/2026" in text
    view.reports.last_box.close()


def test_a_failed_report_is_told_not_crashed(qtbot, make_view, october, save_as,  # noqa: F811
                                             monkeypatch, tmp_path) -> None:
    view = make_view()
    monkeypatch.setattr(dialogs, "ask_month", lambda *_args: date(2026, 10, 1))
    shown: list[BaseException] = []
    monkeypatch.setattr(operation, "show_error", lambda _parent, error: shown.append(error))
    save_as(tmp_path / "missing-folder" / "raportti.pdf")
    op = view.reports.allowance_report()
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert len(shown) == 1 and isinstance(shown[0], OSError)
    assert view.busy_label.text() == ""


def test_approve_month_locks_it(qtbot, coach, world, make_view, october,  # noqa: F811
                                monkeypatch) -> None:
    view = make_view(date(2026, 10, 6))
    assert not view.lock_banner.isVisible()
    monkeypatch.setattr(dialogs, "ask_month", lambda *_args: date(2026, 10, 1))
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "confirm",
                        lambda _p, _title, text, _action: questions.append(text) or True)
    assert view.reports.approve_month()
    assert "Approve the allowance of" in questions[0] and "Taitamo" in questions[0]
    assert view.lock_banner.isVisible()  # the view refreshed itself from the broadcast
    assert "was approved" in view.notice.text()
    assert day_sheet(coach.ctx, world["joensuu_env"], date(2026, 10, 6)).locked
    shown: list = []
    monkeypatch.setattr("toimi_desktop.ui.errors.show_error",
                        lambda _parent, error: shown.append(error))
    assert not view.reports.approve_month()  # twice: the service's error is shown
    assert "already been approved" in str(shown[0])


def test_career_agent_may_not_approve(qtbot, make_session, world, make_view) -> None:  # noqa: F811
    view = make_view(DAY, session=make_session("agentti"))
    view.reports.update_actions()
    assert view.reports.allowance_action.isEnabled()
    assert not view.reports.approve_action.isEnabled()
