"""The trainee page's Continuation plan tab: the current plan (write or revise it, read and
print earlier versions), and the latest closed period's outcome with its ESF+ results and
the 6-month follow-up."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.followup import FOLLOWUP_EARLY_DAYS, PeriodResults, period_results
from toimi_desktop.services.plans import PLAN_WRITERS, PlanView, current_plan
from toimi_desktop.services.register import TraineeDetails
from toimi_desktop.services.trainees import WRITERS
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.plans.plan_text import plan_html
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, format_date, yes_no


class PlanPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.details: TraineeDetails | None = None
        self.plan: PlanView | None = None
        self.closed: list[PeriodResults] = []
        self.edit_button = QPushButton(self.tr("&Write plan…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.new_button = QPushButton(self.tr("New plan for this &period…"))
        self.versions_button = QPushButton(self.tr("&Versions…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("A PDF for signing by the trainee and the "
                                             "career agent (Ctrl+P)"))
        self.edit_button.clicked.connect(self.edit_plan)
        self.new_button.clicked.connect(self.new_plan)
        self.versions_button.clicked.connect(self.show_versions)
        self.print_button.clicked.connect(self.print_plan)
        top = QHBoxLayout()
        for button in (self.edit_button, self.new_button, self.versions_button,
                       self.print_button):
            top.addWidget(button)
        top.addStretch(1)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)

        outcome_box = QGroupBox(self.tr("Outcome and follow-up"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.results_button = QPushButton(self.tr("ESF+ &results…"))
        self.followup_button = QPushButton(self.tr("Record &follow-up…"))
        self.results_button.clicked.connect(self.edit_results)
        self.followup_button.clicked.connect(self.record_followup)
        outcome_buttons = QHBoxLayout()
        outcome_buttons.addWidget(self.results_button)
        outcome_buttons.addWidget(self.followup_button)
        outcome_buttons.addStretch(1)
        outcome_layout = QVBoxLayout(outcome_box)
        outcome_layout.addWidget(self.outcome)
        outcome_layout.addLayout(outcome_buttons)
        outcome_layout.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.text, 3)
        body.addWidget(outcome_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # --- showing ------------------------------------------------------------------------
    def set_trainee(self, details: TraineeDetails) -> None:
        self.details = details
        self.refresh()

    def refresh(self) -> None:
        if self.details is None:
            return
        ctx, trainee_id = self._session.ctx, self.details.id
        self.plan = run_action(self, lambda: current_plan(ctx, trainee_id))
        self.closed = run_action(self, lambda: period_results(ctx, trainee_id)) or []
        open_period = self.details.open_period
        stale = (self.plan is not None and open_period is not None
                 and self.plan.period_id not in (None, open_period.id))
        if self.plan is None:
            self.text.setHtml("<p>{}</p>".format(self.tr("No continuation plan yet.")))
        else:
            intro = ("<p><i>{}</i></p>".format(self.tr(
                "This plan was made in an earlier coaching period.")) if stale else "")
            self.text.setHtml(intro + plan_html(self.plan))
        writer = self._session.actor.role in PLAN_WRITERS
        self.edit_button.setText(self.tr("&Edit plan…") if self.plan else
                                 self.tr("&Write plan…"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+Shift+L"))  # setText resets it
        self.edit_button.setEnabled(writer)
        self.edit_button.setToolTip(self.tr("Write or revise the plan (Ctrl+Shift+L)")
                                    if writer else self.tr("Career agents and coaches write "
                                                           "continuation plans."))
        self.new_button.setVisible(stale and writer)
        self.versions_button.setEnabled(self.plan is not None and self.plan.version > 1)
        self.print_button.setEnabled(self.plan is not None)
        self._show_outcome()

    def _show_outcome(self) -> None:
        latest = self.closed[0] if self.closed else None
        may = self._session.actor.role in WRITERS
        self.results_button.setEnabled(may and latest is not None)
        self.followup_button.setEnabled(
            may and latest is not None
            and date.today() >= latest.followup_due - timedelta(days=FOLLOWUP_EARLY_DAYS))
        if latest is None:
            self.outcome.setText(self.tr("No period has ended yet. The outcome and the ESF+ "
                                         "results are recorded when the period is closed "
                                         "(Close period…)."))
            return
        r = latest.results
        lines = [
            self.tr("<b>{outcome}</b>, {environment}, ended {end}").format(
                outcome=enum_label(latest.outcome), environment=latest.environment,
                end=format_date(latest.end_date)),
            "",
            self.tr("<b>ESF+ results on leaving</b>"),
            self.tr("Job search: {value}").format(value=yes_no(r.job_search)),
            self.tr("Education or training: {value}").format(value=yes_no(r.in_education)),
            self.tr("Qualification: {value}").format(value=yes_no(r.qualification)),
            self.tr("Employment: {value}").format(value=yes_no(r.employed)),
            "",
            self.tr("<b>Six months later</b> (due {day})").format(
                day=format_date(latest.followup_due)),
        ]
        if latest.followup_on:
            lines += [self.tr("Followed up on {day}").format(day=format_date(latest.followup_on)),
                      self.tr("Employment: {value}").format(
                          value=yes_no(latest.followup_employed)),
                      self.tr("Situation improved: {value}").format(
                          value=yes_no(latest.followup_improved))]
        else:
            lines.append(self.tr("Not recorded yet."))
        self.outcome.setText("<br>".join(lines))

    # --- actions ------------------------------------------------------------------------
    def _name(self) -> str:
        return f"{self.details.first_name} {self.details.last_name}"

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_plan(self) -> QDialog | None:
        if self.details is None or self._session.actor.role not in PLAN_WRITERS:
            return None
        from toimi_desktop.ui.plans.plan_dialog import PlanDialog

        return self._open(PlanDialog(self._session, self.details.id, self._name(), self.plan,
                                     parent=self))

    def new_plan(self) -> QDialog | None:
        """A new plan for the open period, starting from the earlier period's text."""
        if self.details is None or self._session.actor.role not in PLAN_WRITERS:
            return None
        from toimi_desktop.ui.plans.plan_dialog import PlanDialog

        initial = self.plan.to_input() if self.plan else None
        if initial is not None:
            for step in initial.steps:
                step.id = None
            initial.next_review_on = None
        return self._open(PlanDialog(self._session, self.details.id, self._name(),
                                     initial=initial, parent=self))

    def show_versions(self) -> QDialog | None:
        if self.plan is None:
            return None
        from toimi_desktop.ui.plans.versions_dialog import PlanVersionsDialog

        return self._open(PlanVersionsDialog(self._session, self.plan, self._name(), self))

    def print_plan(self) -> Operation | None:
        if self.plan is None:
            return None
        from toimi_desktop.ui.plans.printing import print_plan

        return print_plan(self, self._session, self.details.id, self._name())

    def edit_results(self) -> QDialog | None:
        if not self.closed:
            return None
        from toimi_desktop.ui.plans.outcome_dialogs import ExitResultsDialog

        return self._open(ExitResultsDialog(self._session, self.closed[0], self))

    def record_followup(self) -> QDialog | None:
        if not self.closed:
            return None
        from toimi_desktop.ui.plans.outcome_dialogs import FollowupDialog

        return self._open(FollowupDialog(self._session, self.closed[0], self))
