"""Changing an open coaching period (`services.period_changes`): its plan, and pausing and
resuming it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.services.period_changes import (
    PAUSE_REASON_MAX,
    PeriodUpdate,
    pause_period,
    resume_period,
    update_period,
)
from toimi_desktop.services.period_days import AttendanceOutside
from toimi_desktop.services.register import PeriodRow
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.register.period_dialogs import (
    PeriodPlanDialog,
    ask_remove_attendance,
    ok_cancel,
)
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, format_date
from toimi_desktop.ui.widgets.dates import DateEdit
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required


def _summary(period: PeriodRow) -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "PeriodEditDialogs", "{environment}, {kind}, started {start}").format(
        environment=period.environment, kind=enum_label(period.kind),
        start=format_date(period.start_date)))
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    return label


class EditPeriodDialog(PeriodPlanDialog):
    """The plan of an open period: planned end, hours, weekdays, people, goals."""

    min_width = 520

    def __init__(self, session: AppSession, period: PeriodRow, municipality: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._period = period
        self.setWindowTitle(self.tr("Change the coaching period"))
        self._build_plan(period.start_date)
        self._set_environment(period.environment_id, municipality)
        self.planned_end.set_value(period.planned_end_date)
        self.hours.setValue(period.hours_per_day)
        self.days.blockSignals(True)
        self.days.setValue(period.days_per_week)
        self.days.blockSignals(False)
        self.weekdays.set_value(period.weekdays)
        for combo, value in ((self.coach, period.coach_id),
                             (self.career_agent, period.career_agent_id)):
            combo.set_value(value)
        self.goals.setPlainText(period.goals or "")
        self.package.setText(period.coaching_package or "")

        form = form_layout()
        self._add_plan_rows(form)
        buttons = ok_cancel(self, self.tr("Save"), self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(period))
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr(
            "Recorded attendance stays as it is; the new hours and weekdays apply to the "
            "days marked from now on.")))
        layout.addWidget(buttons)

    def collect(self) -> PeriodUpdate:
        return PeriodUpdate(
            planned_end_date=self.planned_end.value(), hours_per_day=self.hours.value(),
            days_per_week=self.days.value(), weekdays=self.weekdays.value(),
            coach_id=self.coach.value(), career_agent_id=self.career_agent.value(),
            goals=self.goals.toPlainText(), coaching_package=self.package.text())

    def save(self) -> None:
        self.errors.clear()
        try:
            update_period(self._session.ctx, self._period.id, self.collect())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
        self._session.notify("period", self._period.id)


class PauseDialog(FormDialog):
    """Pause from a day (today at the latest) until the period is resumed."""

    min_width = 460

    def __init__(self, session: AppSession, period: PeriodRow, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._period = period
        self.setWindowTitle(self.tr("Pause the coaching period"))
        wrap = self.errors.wrap
        self.start_date = DateEdit(date.today())
        self.reason = QLineEdit()
        self.reason.setMaxLength(PAUSE_REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. sick leave, a rehabilitation course"))
        form = form_layout()
        form.addRow(required(self.tr("Paused from")), wrap("start_date", self.start_date))
        form.addRow(self.tr("Reason"), wrap("reason", self.reason))
        buttons = ok_cancel(self, self.tr("Pause"), self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(period))
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr(
            "While the period is paused, the trainee is on no day sheet and no attendance can "
            "be recorded. Resume it when the trainee is back.")))
        layout.addWidget(buttons)

    def _pause(self, remove: bool) -> None:
        pause_period(self._session.ctx, self._period.id, self.start_date.value(),
                     self.reason.text(), remove_attendance_from=remove)

    def save(self) -> None:
        """Pause; if attendance is recorded from that day on, offer to remove it."""
        self.errors.clear()
        try:
            try:
                self._pause(False)
            except AttendanceOutside as error:
                if not ask_remove_attendance(self, error, self.tr("Pause the period")):
                    self.errors.show(error)
                    return
                self._pause(True)
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
        self._session.notify("period", self._period.id)


class ResumeDialog(FormDialog):
    """The trainee is back: the pause ends the day before."""

    min_width = 420

    def __init__(self, session: AppSession, period: PeriodRow, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._period = period
        self.setWindowTitle(self.tr("Resume the coaching period"))
        pause = next((p for p in period.pauses if p.end is None), None)
        since = QLabel(self.tr("Paused since {day}").format(day=format_date(pause.start))
                       + (f" ({pause.reason})" if pause.reason else "")
                       if pause else self.tr("Paused"))
        since.setWordWrap(True)
        self.back_on = DateEdit(date.today())
        form = form_layout()
        form.addRow(required(self.tr("Back on")), self.errors.wrap("back_on", self.back_on))
        buttons = ok_cancel(self, self.tr("Resume"), self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(period))
        layout.addWidget(since)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.errors.clear()
        try:
            resume_period(self._session.ctx, self._period.id, self.back_on.value())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
        self._session.notify("period", self._period.id)
