"""Service packages (productisation): the list, the selected package's card, new and edit,
and the PDFs: a service card for the package, the service catalogue of its environment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.i18n import current_language
from toimi_desktop.models.enums import WorkField
from toimi_desktop.services import reference
from toimi_desktop.services.catalogue import TaskFilter, TaskRow, task_list
from toimi_desktop.services.errors import DomainError, Message, ValidationError
from toimi_desktop.services.packages import (
    MAX_HOURS,
    MAX_PRICE,
    PackageInput,
    PackageRow,
    create_package,
    input_from_package,
    package_list,
    update_package,
)
from toimi_desktop.services.work_rules import PACKAGE_WRITERS
from toimi_desktop.ui.catalogue.common import (
    fact_rows,
    fit_once,
    h,
    hours,
    level_line,
    save_pdf,
    select_id,
    selected_row,
    side_by_side,
    table_view,
)
from toimi_desktop.ui.catalogue.models import PackageTableModel
from toimi_desktop.ui.catalogue.task_dialogs import buttons, text_box
from toimi_desktop.ui.errors import run_action, show_error
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, message_text, number
from toimi_desktop.ui.widgets.choices import CheckList, ChoiceCombo
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, required

REFRESH_ON = ("service_package", "work_task", "environment", "work_order")


def _level_pair(low: int, high: int) -> tuple[QWidget, QSpinBox, QSpinBox]:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    spins = []
    for value in (low, high):
        spin = QSpinBox()
        spin.setRange(1, 3)
        spin.setValue(value)
        spins.append(spin)
    layout.addWidget(spins[0])
    layout.addWidget(QLabel("–"))
    layout.addWidget(spins[1])
    layout.addStretch(1)
    return box, spins[0], spins[1]


class PackageDialog(FormDialog):
    min_width = 560

    def __init__(self, session: AppSession, environment_id: str | None = None,
                 package_id: str | None = None, initial: PackageInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._package_id = package_id
        self.result_id: str | None = None
        self.warnings: list[Message] = []
        self.setWindowTitle(self.tr("Edit service package") if package_id
                            else self.tr("New service package"))
        wrap = self.errors.wrap
        data = initial or PackageInput(environment_id or "", "")
        self.environment = ChoiceCombo(
            [(c.key, c.label) for c in reference.environments(session.ctx)],
            none_label=self.tr("Choose…"))
        self.environment.set_value(data.environment_id or None)
        self.environment.setEnabled(package_id is None)
        self.name = QLineEdit(data.name)
        self.description = text_box(3)
        self.description.setPlainText(data.description or "")
        skill_box, self.min_skill, self.max_skill = _level_pair(data.min_skill_level,
                                                                data.max_skill_level)
        ability_box, self.min_ability, self.max_ability = _level_pair(
            data.min_work_ability_level, data.max_work_ability_level)
        self.typical_hours = QDoubleSpinBox()
        self.typical_hours.setRange(0, MAX_HOURS)
        self.typical_hours.setSingleStep(10)
        self.typical_hours.setSpecialValueText(self.tr("Not set"))
        self.typical_hours.setValue(data.typical_hours or 0)
        self.price = QDoubleSpinBox()
        self.price.setRange(0, MAX_PRICE)
        self.price.setSuffix(" €")
        self.price.setSpecialValueText(self.tr("Not set"))
        self.price.setValue(data.price_per_hour or 0)
        self.active = QCheckBox(self.tr("Offered"))
        self.active.setChecked(data.active)
        self.tasks = CheckList([])
        self.tasks_box = QVBoxLayout()
        self.tasks_holder = QWidget()
        self.tasks_holder.setLayout(self.tasks_box)
        self.tasks_box.setContentsMargins(0, 0, 0, 0)
        form = form_layout()
        form.addRow(required(self.tr("Coaching environment")),
                    wrap("environment_id", self.environment))
        form.addRow(required(self.tr("Name")), wrap("name", self.name))
        form.addRow(self.tr("Description"), wrap("description", self.description))
        form.addRow(self.tr("Skill levels"), wrap("max_skill_level", skill_box))
        form.addRow(self.tr("Work-ability levels"),
                    wrap("max_work_ability_level", ability_box))
        form.addRow(self.tr("Typical hours"), wrap("typical_hours", self.typical_hours))
        form.addRow(self.tr("Price per hour"), wrap("price_per_hour", self.price))
        form.addRow(required(self.tr("Tasks")), wrap("task_ids", self.tasks_holder))
        form.addRow("", self.active)
        box = buttons(self, self.tr("Save"))
        box.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(box)
        self.environment.currentIndexChanged.connect(lambda _i: self._load_tasks([]))
        self._load_tasks(data.task_ids)

    def _load_tasks(self, checked: list[str]) -> None:
        env = self.environment.value()
        tasks = task_list(self._session.ctx, TaskFilter(environment_id=str(env))) if env else []
        self.tasks.setParent(None)
        self.tasks.deleteLater()
        self.tasks = CheckList([(t.id, _task_label(t)) for t in tasks])
        self.tasks.set_checked(checked)
        self.tasks_box.addWidget(self.tasks)
        self.refit()

    def collect(self) -> PackageInput:
        return PackageInput(
            environment_id=str(self.environment.value() or ""), name=self.name.text(),
            description=self.description.toPlainText(),
            min_skill_level=self.min_skill.value(), max_skill_level=self.max_skill.value(),
            min_work_ability_level=self.min_ability.value(),
            max_work_ability_level=self.max_ability.value(),
            typical_hours=self.typical_hours.value() or None,
            price_per_hour=self.price.value() or None,
            task_ids=[str(t) for t in self.tasks.checked_values()],
            active=self.active.isChecked())

    def save(self) -> None:
        self.errors.clear()
        ctx = self._session.ctx
        try:
            if self._package_id:
                result = update_package(ctx, self._package_id, self.collect())
            else:
                result = create_package(ctx, self.collect())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id, self.warnings = result.id, result.warnings
        self.accept()
        self._session.notify("service_package", result.id)


class PackagePage(QWidget):
    def __init__(self, session: AppSession, notice: Callable[[list[str]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._notice = notice
        self._environment_id: str | None = None
        self.last_operation: Operation | None = None
        self.model = PackageTableModel(self)
        self.table = table_view(self.model, self, (26, 20, 14, 14, 19, 10, 40))
        self.table.setAccessibleName(self.tr("Service packages"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_package())
        self.card = QTextBrowser()
        self.card.setObjectName("packageCard")
        self.card.setAccessibleName(self.tr("The selected package"))
        splitter = side_by_side(self.table, self.card, 64)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New package…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.card_button = QPushButton(self.tr("Service card PDF…"))
        self.catalogue_button = QPushButton(self.tr("Service catalogue PDF…"))
        self.new_button.clicked.connect(self.new_package)
        self.edit_button.clicked.connect(self.edit_package)
        self.card_button.clicked.connect(self.service_card)
        self.catalogue_button.clicked.connect(self.catalogue)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        self.export = ListExport(self.table, session, self.tr("Service packages"))
        actions.addWidget(self.export.button())
        for button in (self.new_button, self.edit_button, self.card_button,
                       self.catalogue_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        session.dataChanged.connect(self._data_changed)

    def set_environment(self, environment_id: str | None) -> None:
        self._environment_id = environment_id
        self.table.setColumnHidden(1, environment_id is not None)  # the environment
        self.refresh()

    def refresh(self) -> None:
        selected = selected_row(self.table)
        env = self._environment_id
        rows = run_action(self, lambda: package_list(self._session.ctx, env))
        self.model.set_rows(rows or [])
        fit_once(self.table)
        self.count.setText(self.tr("%n package(s)", "", self.model.rowCount()))
        if not (selected and select_id(self.table, selected.id)) and self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def _data_changed(self, entity: str, record_id: str) -> None:
        if entity in REFRESH_ON:
            self.refresh()
            if entity == "service_package":
                select_id(self.table, record_id)

    def _selection_changed(self) -> None:
        row: PackageRow | None = selected_row(self.table)
        writer = self._session.actor.role in PACKAGE_WRITERS
        self.card.setHtml(self._card_html(row) if row else "")
        self.new_button.setEnabled(writer)
        self.edit_button.setEnabled(writer and row is not None)
        self.card_button.setEnabled(row is not None)
        self.catalogue_button.setEnabled(row is not None or self._environment_id is not None)

    def _card_html(self, row: PackageRow) -> str:
        price = "" if row.price_per_hour is None else self.tr("{price} € / h").format(
            price=number(row.price_per_hour))
        if row.typical_price is not None:
            price += " · " + self.tr("typically {total} €").format(
                total=number(row.typical_price))
        facts = fact_rows([
            (self.tr("Environment"), h(row.environment)),
            (self.tr("Skill levels"), f"{row.min_skill_level}–{row.max_skill_level}"),
            (self.tr("Work-ability levels"),
             f"{row.min_work_ability_level}–{row.max_work_ability_level}"),
            (self.tr("Typical hours"), h(hours(row.typical_hours))),
            (self.tr("Internal price"), h(price)),
            (self.tr("Offered"), self.tr("yes") if row.active else self.tr("no")),
        ])
        tasks = "".join(f"<li>{h(t.name)} – {h(enum_label_of(t.field))}, "
                        f"{h(level_line(t.skill_level, t.work_ability_level))}</li>"
                        for t in row.tasks)
        heading = self.tr("Tasks")
        return (f"<h3>{h(row.name)}</h3><p>{h(row.description)}</p>{facts}"
                f"<h4>{h(heading)}</h4><ul style='margin-left:-20px'>{tasks}</ul>")

    # --- actions -------------------------------------------------------------------------
    def _open(self, dialog: PackageDialog) -> QDialog:
        dialog.accepted.connect(lambda: self._notice([message_text(m)
                                                      for m in dialog.warnings]))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_package(self) -> QDialog | None:
        if self._session.actor.role not in PACKAGE_WRITERS:
            return None
        return self._open(PackageDialog(self._session, self._environment_id, parent=self))

    def edit_package(self) -> QDialog | None:
        row = selected_row(self.table)
        if row is None or self._session.actor.role not in PACKAGE_WRITERS:
            return None
        return self._open(PackageDialog(self._session, package_id=row.id,
                                        initial=input_from_package(row), parent=self))

    def service_card(self) -> Operation | None:
        row: PackageRow | None = selected_row(self.table)
        if row is None:
            return None
        ctx, language = self._session.ctx, current_language()

        def work(out: Path) -> None:
            from toimi_desktop.reports import services_catalogue as report

            data = report.service_catalogue(ctx, row.environment_id)
            report.write_service_card(data, row.id, out, ctx.actor.display_name, language)

        self.last_operation = save_pdf(self, self.tr("Save the service card"),
                                       self.tr("service-card-{name}").format(name=row.name),
                                       work)
        return self.last_operation

    def catalogue(self) -> Operation | None:
        row: PackageRow | None = selected_row(self.table)
        env = self._environment_id or (row.environment_id if row else None)
        if env is None:
            return None
        name = row.environment if row and row.environment_id == env else ""
        ctx, language = self._session.ctx, current_language()

        def work(out: Path) -> None:
            from toimi_desktop.reports import services_catalogue as report

            data = report.service_catalogue(ctx, env)
            report.write_catalogue_pdf(data, out, ctx.actor.display_name, language)

        self.last_operation = save_pdf(self, self.tr("Save the service catalogue"),
                                       self.tr("service-catalogue-{name}").format(name=name),
                                       work)
        return self.last_operation


def enum_label_of(field: str) -> str:
    return enum_label(WorkField(field))


def _task_label(task: TaskRow) -> str:
    return f"{task.name} ({level_line(task.skill_level, task.work_ability_level)})"
