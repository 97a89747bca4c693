"""Write or revise a continuation plan with the trainee: path, goal, steps, services
referred to, next review, the day it was agreed. Each save keeps a version; if someone
saved the plan meanwhile, nothing is overwritten and the dialog stays open with the text."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import PlanPath
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.services.plans import PlanInput, PlanView, save_plan
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.plans.steps_model import WHAT, StepDelegate, StepsModel
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.widgets.choices import ChoiceCombo, enum_choices
from toimi_desktop.ui.widgets.dates import OptionalDateEdit
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required


class PlanDialog(FormDialog):
    """`plan` None: a new plan (optionally started from `initial`); else its next version."""

    min_width = 780

    def __init__(self, session: AppSession, trainee_id: str, trainee_name: str,
                 plan: PlanView | None = None, initial: PlanInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._trainee_id = trainee_id
        self._plan = plan
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Continuation plan") if plan is None else
                            self.tr("Continuation plan, version {version}").format(
                                version=plan.version))
        data = plan.to_input() if plan else initial
        wrap = self.errors.wrap
        self.path = ChoiceCombo(enum_choices(PlanPath), none_label=self.tr("Choose…"))
        self.goal = QPlainTextEdit()
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.steps = StepsModel(data.steps if data else (), editable=True, parent=self)
        if self.steps.rowCount() == 0:
            self.steps.add_step()
        self.table = QTableView()
        self.table.setModel(self.steps)
        self.table.setItemDelegate(StepDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(170)
        self.add_button = QPushButton(self.tr("&Add step"))
        self.remove_button = QPushButton(self.tr("&Remove step"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        step_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(self.table)
        steps_layout.addLayout(step_buttons)
        self.services = QPlainTextEdit()
        self.services.setTabChangesFocus(True)
        self.services.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.next_review = OptionalDateEdit(suggested=date.today() + timedelta(days=30))
        self.agreed_on = OptionalDateEdit(suggested=date.today())
        if data is not None:
            self.path.set_value(data.path)
            self.goal.setPlainText(data.goal or "")
            self.services.setPlainText(data.services_referred or "")
            self.next_review.set_value(data.next_review_on)
            self.agreed_on.set_value(data.agreed_on)
        if plan is None:
            self.agreed_on.set_value(date.today())

        title = QLabel(self.tr("Trainee: {name}").format(name=trainee_name))
        title.setStyleSheet("font-weight: bold;")
        form = form_layout()
        form.addRow(required(self.tr("Path")), wrap("path", self.path))
        form.addRow(required(self.tr("Goal")), wrap("goal", self.goal))
        form.addRow(self.tr("Steps"), wrap("steps", steps_box))
        form.addRow(self.tr("Services referred to"), wrap("services_referred", self.services))
        form.addRow(self.tr("Next review"), wrap("next_review_on", self.next_review))
        form.addRow(self.tr("Agreed with the trainee"), wrap("agreed_on", self.agreed_on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save plan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint_label(self.tr(
            "Each save keeps a version; earlier versions can be read and printed."),
            wrap=False))
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else self.steps.rowCount() - 1

    def add_step(self) -> None:
        row = self.steps.add_step()
        self.table.setCurrentIndex(self.steps.index(row, WHAT))
        self.table.edit(self.steps.index(row, WHAT))

    def remove_step(self) -> None:
        self.steps.remove_step(self._row())

    def _move(self, delta: int) -> None:
        row = self.steps.move_step(self._row(), delta)
        self.table.setCurrentIndex(self.steps.index(row, WHAT))

    def collect(self) -> PlanInput:
        return PlanInput(path=self.path.value(), goal=self.goal.toPlainText(),
                         steps=self.steps.steps(), services_referred=self.services.toPlainText(),
                         next_review_on=self.next_review.value(),
                         agreed_on=self.agreed_on.value())

    def save(self) -> None:
        self.errors.clear()
        try:
            result = save_plan(self._session.ctx, self._trainee_id, self.collect(),
                               self._plan.id if self._plan else None,
                               self._plan.version if self._plan else None)
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id = result.id
        self.accept()
        self._session.notify("plan", result.id)
