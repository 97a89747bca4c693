"""Create or edit a work task (`services.catalogue.TaskInput`), and record how a task worked
for a trainee (`EvaluationInput`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import (
    SKILL_LEVELS,
    WORK_ABILITY_LEVELS,
    PhysicalLoad,
    Season,
    TaskFit,
    WorkField,
)
from toimi_desktop.services import reference
from toimi_desktop.services.catalogue import (
    EvaluationInput,
    TaskInput,
    create_task,
    record_evaluation,
    update_task,
)
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.services.orders import departments
from toimi_desktop.services.planning import active_trainees
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label
from toimi_desktop.ui.widgets.choices import ChoiceCombo, enum_choices
from toimi_desktop.ui.widgets.dates import DateEdit
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required


def text_box(lines: int, parent: QWidget | None = None) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def level_combo(descriptions: dict[int, str]) -> ChoiceCombo:
    return ChoiceCombo([(level, QCoreApplication.translate("enums", text))
                        for level, text in descriptions.items()])


def buttons(dialog: FormDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("WorkCommon", "Cancel"))
    box.rejected.connect(dialog.reject)
    return box


class TaskDialog(FormDialog):
    """A task of the catalogue: what, for whom (levels), how heavy, when, how safely."""

    min_width = 620

    def __init__(self, session: AppSession, environment_id: str | None = None,
                 task_id: str | None = None, initial: TaskInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._task_id = task_id
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Edit work task") if task_id else self.tr("New work task"))
        wrap = self.errors.wrap
        ctx = session.ctx
        self.environment = ChoiceCombo([(c.key, c.label) for c in reference.environments(ctx)],
                                       none_label=self.tr("Choose…"))
        self.environment.setEnabled(task_id is None)  # a task stays in its environment
        self.name = QLineEdit()
        self.field = ChoiceCombo(enum_choices(WorkField))
        self.orderer = QLineEdit()
        self.orderer.setPlaceholderText(self.tr("e.g. Parks, Facilities, Schools"))
        self.orderer.setCompleter(QCompleter(departments(ctx), self.orderer))
        self.skill = level_combo(SKILL_LEVELS)
        self.ability = level_combo(WORK_ABILITY_LEVELS)
        self.load = ChoiceCombo(enum_choices(PhysicalLoad))
        self.season = ChoiceCombo(enum_choices(Season))
        self.group_work = QCheckBox(self.tr("Can be done in a group"))
        self.induction = QCheckBox(self.tr("Induction needed before the first time"))
        self.active = QCheckBox(self.tr("In use"))
        self.description = text_box(3)
        self.tools = text_box(2)
        self.protective = QLineEdit()
        self.protective.setPlaceholderText(self.tr("e.g. Gloves, safety shoes"))
        self.safety = text_box(2)

        form = form_layout()
        form.addRow(required(self.tr("Coaching environment")),
                    wrap("environment_id", self.environment))
        form.addRow(required(self.tr("Name")), wrap("name", self.name))
        form.addRow(required(self.tr("Field")), wrap("field", self.field))
        form.addRow(self.tr("Orderer"), wrap("orderer_department", self.orderer))
        form.addRow(self.tr("Description"), wrap("description", self.description))
        form.addRow(required(self.tr("Skill level")), wrap("skill_level", self.skill))
        form.addRow(required(self.tr("Work-ability demand")),
                    wrap("work_ability_level", self.ability))
        form.addRow(self.tr("Physical load"), wrap("physical_load", self.load))
        form.addRow(self.tr("Season"), wrap("season", self.season))
        checks = QHBoxLayout()
        for check in (self.group_work, self.induction, self.active):
            checks.addWidget(check)
        checks.addStretch(1)
        form.addRow("", checks)
        form.addRow(self.tr("Tools"), wrap("tools", self.tools))
        form.addRow(self.tr("Protective equipment"),
                    wrap("protective_equipment", self.protective))
        form.addRow(self.tr("Safety notes"), wrap("safety_notes", self.safety))
        box = buttons(self, self.tr("Save"))
        box.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(box)
        self.fill(initial or TaskInput(environment_id or "", "", WorkField.ENVIRONMENTAL_CARE))

    def fill(self, data: TaskInput) -> None:
        self.environment.set_value(data.environment_id or None)
        self.name.setText(data.name)
        self.field.set_value(data.field)
        self.orderer.setText(data.orderer_department or "")
        self.skill.set_value(data.skill_level)
        self.ability.set_value(data.work_ability_level)
        self.load.set_value(data.physical_load)
        self.season.set_value(data.season)
        self.group_work.setChecked(data.group_work)
        self.induction.setChecked(data.induction_needed)
        self.active.setChecked(data.active)
        self.active.setVisible(self._task_id is not None)
        self.description.setPlainText(data.description or "")
        self.tools.setPlainText(data.tools or "")
        self.protective.setText(data.protective_equipment or "")
        self.safety.setPlainText(data.safety_notes or "")

    def collect(self) -> TaskInput:
        return TaskInput(
            environment_id=str(self.environment.value() or ""), name=self.name.text(),
            field=self.field.value(), orderer_department=self.orderer.text(),
            skill_level=self.skill.value(), work_ability_level=self.ability.value(),
            description=self.description.toPlainText(), tools=self.tools.toPlainText(),
            safety_notes=self.safety.toPlainText(), protective_equipment=self.protective.text(),
            induction_needed=self.induction.isChecked(), physical_load=self.load.value(),
            group_work=self.group_work.isChecked(), season=self.season.value(),
            active=self.active.isChecked())

    def save(self) -> None:
        self.errors.clear()
        ctx = self._session.ctx
        try:
            if self._task_id:
                result = update_task(ctx, self._task_id, self.collect())
            else:
                result = create_task(ctx, self.collect())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id = result.id
        self.accept()
        self._session.notify("work_task", result.id)


class EvaluationDialog(FormDialog):
    """How the task worked for a trainee at a level: suitable, with support, not suitable."""

    min_width = 520

    def __init__(self, session: AppSession, task_id: str, task_name: str, environment_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._task_id = task_id
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Record an evaluation"))
        wrap = self.errors.wrap
        title = QLabel(self.tr("Task: {name}").format(name=task_name))
        title.setStyleSheet("font-weight: bold;")
        trainees = active_trainees(session.ctx, environment_id, date.today())
        self.trainee = ChoiceCombo(trainees, none_label=self.tr("Not named"))
        self.level = ChoiceCombo([(n, str(n)) for n in (1, 2, 3)])
        self.fits = QButtonGroup(self)
        fit_row = QWidget()
        fit_layout = QHBoxLayout(fit_row)
        fit_layout.setContentsMargins(0, 0, 0, 0)
        for fit in TaskFit:
            button = QRadioButton(enum_label(fit))
            button.setProperty("fit", fit.value)
            self.fits.addButton(button)
            fit_layout.addWidget(button)
        fit_layout.addStretch(1)
        self.fits.buttons()[0].setChecked(True)
        self.day = DateEdit(date.today())
        self.note = text_box(3)
        self.note.setPlaceholderText(self.tr("What went well, what needed support"))

        form = form_layout()
        form.addRow(self.tr("Trainee"), wrap("trainee_id", self.trainee))
        form.addRow(required(self.tr("Trainee's level")), wrap("trainee_level", self.level))
        form.addRow("", hint_label(self.tr("The trainee's level on the task's scale: 1 simple "
                                           "routine work … 3 demanding work."), wrap=False))
        form.addRow(required(self.tr("How it worked")), wrap("fit", fit_row))
        form.addRow(self.tr("Note"), wrap("note", self.note))
        form.addRow(required(self.tr("Date")), wrap("evaluated_on", self.day))
        box = buttons(self, self.tr("Save"))
        box.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(box)

    def fit(self) -> TaskFit:
        return TaskFit(self.fits.checkedButton().property("fit"))

    def set_fit(self, fit: TaskFit) -> None:
        for button in self.fits.buttons():
            button.setChecked(button.property("fit") == fit.value)

    def save(self) -> None:
        self.errors.clear()
        data = EvaluationInput(self._task_id, int(self.level.value() or 0), self.fit(),
                               self.note.toPlainText(), self.day.value(),
                               self.trainee.value())
        try:
            result = record_evaluation(self._session.ctx, data)
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id = result.id
        self.accept()
        self._session.notify("task_evaluation", self._task_id)
