"""Closing a period with the ESF+ results on leaving, correcting those results later, and
recording the 6-month follow-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import ExitOutcome
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.services.followup import (
    ExitResults,
    FollowupInput,
    PeriodResults,
    default_results,
    record_exit_results,
    record_followup,
)
from toimi_desktop.services.periods import close_period
from toimi_desktop.services.register import PeriodRow
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.register.period_dialogs import ClosePeriodDialog
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, format_date
from toimi_desktop.ui.widgets.choices import TriStateCombo
from toimi_desktop.ui.widgets.dates import DateEdit
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required

RESULT_FIELDS = ("exit_job_search", "exit_in_education", "exit_qualification",
                 "exit_employed")


class _Results:
    """The four ESF+ questions as tri-state combos, wrapped for field errors."""

    def __init__(self, dialog: FormDialog, form: QFormLayout) -> None:
        labels = (QCoreApplication.translate("OutcomeDialogs", "Engaged in job search"),
                  QCoreApplication.translate("OutcomeDialogs", "In education or training"),
                  QCoreApplication.translate("OutcomeDialogs", "Gained a qualification"),
                  QCoreApplication.translate("OutcomeDialogs",
                                             "In employment, incl. self-employment"))
        self.combos = {name: TriStateCombo() for name in RESULT_FIELDS}
        for (name, combo), label in zip(self.combos.items(), labels, strict=True):
            form.addRow(label, dialog.errors.wrap(name, combo))

    def value(self) -> ExitResults:
        return ExitResults(*(self.combos[name].value() for name in RESULT_FIELDS))

    def set_value(self, results: ExitResults, only_known: bool = False) -> None:
        for name, value in zip(RESULT_FIELDS, (results.job_search, results.in_education,
                                               results.qualification, results.employed),
                               strict=True):
            if value is not None or not only_known:
                self.combos[name].set_value(value)


class ExitDialog(ClosePeriodDialog):
    """The register's close dialog plus the ESF+ results, pre-filled from the outcome."""

    min_width = 520

    def __init__(self, session: AppSession, period: PeriodRow, parent: QWidget | None = None,
                 *, trainee_name: str = "") -> None:
        super().__init__(session, period, parent, trainee_name=trainee_name)
        form = self.findChild(QFormLayout)
        heading = QLabel(self.tr("ESF+ results on leaving (within 4 weeks)"))
        heading.setStyleSheet("font-weight: bold; padding-top: 6px;")
        form.addRow(heading)
        self.results = _Results(self, form)
        form.addRow("", hint_label(self.tr("The last event within four weeks counts. “Not "
                                           "asked” if you do not know yet: you can record "
                                           "it later on the plan tab.")))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)

    def _outcome_changed(self) -> None:
        outcome = self.outcome.value()
        if outcome is not None:
            self.results.set_value(default_results(ExitOutcome(outcome)), only_known=True)

    def _close(self, remove_later_attendance: bool) -> None:
        close_period(self._session.ctx, self._period.id, self.end_date.value(),
                     self.outcome.value(), self.note.toPlainText(),  # type: ignore[arg-type]
                     results=self.results.value(),
                     remove_later_attendance=remove_later_attendance)


def _buttons(dialog: FormDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("OutcomeDialogs", "Cancel"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _summary(dialog: FormDialog, period: PeriodResults) -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "OutcomeDialogs", "{environment}, ended {end}: {outcome}").format(
        environment=period.environment, end=format_date(period.end_date),
        outcome=enum_label(period.outcome)))
    label.setWordWrap(True)
    return label


class ExitResultsDialog(FormDialog):
    """Record or correct the ESF+ results of a closed period."""

    min_width = 460

    def __init__(self, session: AppSession, period: PeriodResults,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._period = period
        self.setWindowTitle(self.tr("ESF+ results on leaving"))
        form = form_layout()
        self.results = _Results(self, form)
        self.results.set_value(period.results)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(self, period))
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Save results")))

    def save(self) -> None:
        self.errors.clear()
        try:
            record_exit_results(self._session.ctx, self._period.period_id,
                                self.results.value())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
        self._session.notify("period", self._period.period_id)


class FollowupDialog(FormDialog):
    """The ESF+ result six months after leaving."""

    min_width = 460

    def __init__(self, session: AppSession, period: PeriodResults,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._period = period
        self.setWindowTitle(self.tr("6-month follow-up"))
        wrap = self.errors.wrap
        self.followup_on = DateEdit(period.followup_on or min(date.today(),
                                                              period.followup_due))
        self.employed = TriStateCombo()
        self.improved = TriStateCombo()
        if period.followup_on:
            self.employed.set_value(period.followup_employed)
            self.improved.set_value(period.followup_improved)
        form = form_layout()
        form.addRow(required(self.tr("Followed up on")), wrap("followup_on", self.followup_on))
        form.addRow(self.tr("In employment, incl. self-employment"),
                    wrap("followup_employed", self.employed))
        form.addRow(self.tr("Labour-market situation improved"),
                    wrap("followup_improved", self.improved))
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(self, period))
        layout.addWidget(hint_label(self.tr("Due on {day}: six months after leaving.").format(
            day=format_date(period.followup_due)), wrap=False))
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Save follow-up")))

    def save(self) -> None:
        self.errors.clear()
        try:
            record_followup(self._session.ctx, self._period.period_id, FollowupInput(
                self.followup_on.value(), self.employed.value(), self.improved.value()))
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
        self._session.notify("period", self._period.period_id)
