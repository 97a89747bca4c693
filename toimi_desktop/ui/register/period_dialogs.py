"""Start a coaching period (`services.periods.PeriodInput`) and close an open one; the plan
fields that changing a period shares (`period_edit_dialogs`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import ExitOutcome, PeriodKind, Role
from toimi_desktop.models.weekdays import default_weekdays
from toimi_desktop.services import reference
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.services.period_days import AttendanceOutside, environment_open_weekdays
from toimi_desktop.services.periods import (
    RWA_MAX_DAYS,
    RWA_MAX_HOURS,
    RWA_MAX_MONTHS,
    RWA_MIN_DAYS,
    RWA_MIN_HOURS,
    RWA_MIN_MONTHS,
    PeriodInput,
    close_period,
    start_period,
)
from toimi_desktop.services.register import PeriodRow
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, format_date, message_text
from toimi_desktop.ui.widgets.choices import ChoiceCombo, enum_choices
from toimi_desktop.ui.widgets.dates import DateEdit, OptionalDateEdit
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required
from toimi_desktop.ui.widgets.weekdays import WeekdayPicker


def ok_cancel(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RemoveAttendanceBox(QMessageBox):
    """The service refused because attendance is recorded outside the shortened period:
    offer to remove those records. (A class, so that lupdate sees the plural form.)"""

    def __init__(self, parent: QWidget, error: AttendanceOutside, action: str) -> None:
        super().__init__(QMessageBox.Icon.Question, "", message_text(error.message),
                         QMessageBox.StandardButton.NoButton, parent)
        self.setWindowTitle(self.tr("Attendance recorded"))
        self.setInformativeText(self.tr(
            "Remove those %n day(s) of attendance and go on? The removal is logged; the "
            "allowance and absence reports no longer count them.", "", len(error.days)))
        self.remove = self.addButton(self.tr("Remove and {action}").format(
            action=action.lower()), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)


def ask_remove_attendance(parent: QWidget, error: AttendanceOutside, action: str) -> bool:
    """True when the user chooses to remove the records (`action` names what is done,
    e.g. "Close the period")."""
    box = RemoveAttendanceBox(parent, error, action)
    box.exec()
    return box.clickedButton() is box.remove


class PeriodPlanDialog(FormDialog):
    """The fields a period plans, shared by starting one and changing an open one: planned
    end, hours a day, days a week and which weekdays, coach, career agent, goals, package.
    Days a week and the weekday boxes follow each other."""

    def _build_plan(self, today: date) -> None:
        self.planned_end = OptionalDateEdit(suggested=today)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 12.0)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setValue(4.0)
        self.days = QSpinBox()
        self.days.setRange(1, 5)
        self.days.setValue(4)
        self.weekdays = WeekdayPicker(default_weekdays(4))
        self._open_weekdays = "12345"
        self.days.valueChanged.connect(self._days_changed)
        self.weekdays.changed.connect(self._weekdays_changed)
        self.coach = ChoiceCombo()
        self.career_agent = ChoiceCombo()
        self.goals = QPlainTextEdit()
        self.goals.setTabChangesFocus(True)
        self.goals.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.package = QLineEdit()
        self.package.setPlaceholderText(self.tr("e.g. Cleaning services, 3 months"))

    def _add_plan_rows(self, form: QFormLayout, with_end: bool = True) -> None:
        wrap = self.errors.wrap
        if with_end:
            form.addRow(self.tr("Planned end"), wrap("planned_end_date", self.planned_end))
        form.addRow(self.tr("Hours a day"), wrap("hours_per_day", self.hours))
        form.addRow(self.tr("Days a week"), wrap("days_per_week", self.days))
        form.addRow(self.tr("Weekdays"), wrap("weekdays", self.weekdays))
        form.addRow(self.tr("Coach"), wrap("coach_id", self.coach))
        form.addRow(self.tr("Career agent"), wrap("career_agent_id", self.career_agent))
        form.addRow(self.tr("Goals"), wrap("goals", self.goals))
        form.addRow(self.tr("Coaching package"), wrap("coaching_package", self.package))

    def _set_environment(self, environment_id: str | None, municipality: str | None) -> None:
        """Offer the coaches and career agents who work in the environment's municipality,
        and mark the weekdays it does not work."""
        ctx = self._session.ctx
        for combo, role in ((self.coach, Role.COACH), (self.career_agent, Role.CAREER_AGENT)):
            people = reference.people(ctx, role, municipality) if municipality else []
            combo.set_choices([(p.key, p.label) for p in people],
                              none_label=self.tr("Not chosen"))
            if combo.value() is None and ctx.actor.role is role:
                combo.set_value(ctx.actor.user_id)  # a coach usually starts their own
        self._open_weekdays = (environment_open_weekdays(ctx, environment_id)
                               if environment_id else "12345")
        self.weekdays.set_open_days(self._open_weekdays)

    def _days_changed(self, days: int) -> None:
        if len(self.weekdays.value()) != days:
            self.weekdays.set_value(default_weekdays(days, self._open_weekdays))

    def _weekdays_changed(self, weekdays: str) -> None:
        if weekdays and len(weekdays) != self.days.value():
            self.days.blockSignals(True)
            self.days.setValue(len(weekdays))
            self.days.blockSignals(False)


class StartPeriodDialog(PeriodPlanDialog):
    """Collects a `PeriodInput` for one trainee and starts the period via the service."""

    min_width = 520

    def __init__(self, session: AppSession, trainee_id: str, trainee_name: str,
                 municipality_code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._trainee_id = trainee_id
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Start a coaching period"))
        wrap = self.errors.wrap
        ctx = session.ctx

        environments = reference.environments(ctx, people=True)
        # The trainee's own municipality first: that is where they are usually coached.
        environments.sort(key=lambda c: (c.group != municipality_code, c.label))
        self.environment = ChoiceCombo([(c.key, c.label) for c in environments],
                                       none_label=self.tr("Choose…"))
        self._environment_municipality = {c.key: c.group for c in environments}
        self.kind = ChoiceCombo(enum_choices(PeriodKind))
        self.kind.set_value(PeriodKind.COACHING)
        self.start_date = DateEdit(date.today())
        self._build_plan(date.today())
        self.rwa_hint = hint_label(self.tr(
            "Rehabilitative work activity: {low_m}–{high_m} months, {low_h}–{high_h} hours a "
            "day, {low_d}–{high_d} days a week.").format(
                low_m=RWA_MIN_MONTHS, high_m=RWA_MAX_MONTHS, low_h=int(RWA_MIN_HOURS),
                high_h=int(RWA_MAX_HOURS), low_d=RWA_MIN_DAYS, high_d=RWA_MAX_DAYS))

        title = QLabel(self.tr("Trainee: {name}").format(name=trainee_name))
        title.setStyleSheet("font-weight: bold;")
        form = form_layout()
        form.addRow(required(self.tr("Coaching environment")),
                    wrap("environment_id", self.environment))
        form.addRow(required(self.tr("Kind")), wrap("kind", self.kind))
        form.addRow("", self.rwa_hint)
        form.addRow(required(self.tr("Start date")), wrap("start_date", self.start_date))
        self._add_plan_rows(form)

        buttons = ok_cancel(self, self.tr("Start period"), self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.environment.currentIndexChanged.connect(self._environment_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        local = next((c.key for c in environments if c.group == municipality_code), None)
        if local is not None:
            self.environment.set_value(local)
        self._environment_changed()
        self._kind_changed()

    def _environment_changed(self) -> None:
        environment = str(self.environment.value() or "") or None
        self._set_environment(environment, self._environment_municipality.get(environment))
        self.weekdays.set_value(default_weekdays(self.days.value(), self._open_weekdays))

    def _kind_changed(self) -> None:
        self.rwa_hint.setVisible(self.kind.value() == PeriodKind.REHABILITATIVE_WORK)

    def collect(self) -> PeriodInput:
        return PeriodInput(
            environment_id=str(self.environment.value() or ""),
            kind=PeriodKind(self.kind.value() or PeriodKind.COACHING),
            start_date=self.start_date.value(),
            planned_end_date=self.planned_end.value(),
            hours_per_day=self.hours.value(),
            days_per_week=self.days.value(),
            weekdays=self.weekdays.value(),
            coach_id=self.coach.value(),
            career_agent_id=self.career_agent.value(),
            goals=self.goals.toPlainText(),
            coaching_package=self.package.text(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            result = start_period(self._session.ctx, self._trainee_id, self.collect())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id = result.id
        self.accept()
        self._session.notify("period", result.id)


class ClosePeriodDialog(FormDialog):
    """End an open period: end date, outcome and a note. Whose period, where and from when
    stand in the title and at the top, so that a coach closing several periods one after
    another sees which one this is."""

    min_width = 460

    def __init__(self, session: AppSession, period: PeriodRow, parent: QWidget | None = None,
                 *, trainee_name: str = "") -> None:
        super().__init__(parent)
        self._session = session
        self._period = period
        self.setWindowTitle(self.tr("Close the coaching period: {name}").format(
            name=trainee_name) if trainee_name else self.tr("Close the coaching period"))
        wrap = self.errors.wrap

        self.trainee = QLabel(trainee_name)
        self.trainee.setObjectName("closeTrainee")
        self.trainee.setVisible(bool(trainee_name))
        self.trainee.setWordWrap(True)
        font = self.trainee.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.trainee.setFont(font)
        values = {"environment": period.environment, "kind": enum_label(period.kind),
                  "start": format_date(period.start_date)}
        if period.planned_end_date:
            text = self.tr("{environment}, {kind}, started {start}, planned to end "
                           "{planned_end}").format(
                planned_end=format_date(period.planned_end_date), **values)
        else:
            text = self.tr("{environment}, {kind}, started {start}").format(**values)
        summary = QLabel(text)
        summary.setObjectName("closePeriod")
        summary.setWordWrap(True)
        self.end_date = DateEdit(date.today())
        self.outcome = ChoiceCombo(enum_choices(ExitOutcome), none_label=self.tr("Choose…"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        form = form_layout()
        form.addRow(required(self.tr("End date")), wrap("end_date", self.end_date))
        form.addRow(required(self.tr("Outcome")), wrap("exit_outcome", self.outcome))
        form.addRow(self.tr("Note"), wrap("exit_note", self.note))
        buttons = ok_cancel(self, self.tr("Close period"), self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.trainee)
        layout.addWidget(summary)
        layout.addSpacing(4)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _close(self, remove_later_attendance: bool) -> None:
        close_period(self._session.ctx, self._period.id, self.end_date.value(),
                     self.outcome.value(), self.note.toPlainText(),  # type: ignore[arg-type]
                     remove_later_attendance=remove_later_attendance)

    def save(self) -> None:
        """Close; if attendance is recorded after the end date, offer to remove it."""
        self.errors.clear()
        try:
            try:
                self._close(False)
            except AttendanceOutside as error:
                if not ask_remove_attendance(self, error, self.tr("Close the period")):
                    self.errors.show(error)
                    return
                self._close(True)
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
        self._session.notify("period", self._period.id)
