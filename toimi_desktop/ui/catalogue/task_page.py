"""The task catalogue: search and filters (field, level, season, in use), the table, and the
selected task's card with its level descriptions and the accumulated evaluation evidence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import Season, WorkField
from toimi_desktop.services.catalogue import (
    TaskDetails,
    TaskFilter,
    input_from_task,
    set_task_active,
    task_details,
    task_list,
)
from toimi_desktop.services.work_rules import CATALOGUE_WRITERS, EVALUATORS
from toimi_desktop.ui.catalogue.common import (
    fact_rows,
    fit_once,
    h,
    level_descriptions,
    select_id,
    selected_row,
    side_by_side,
    table_view,
)
from toimi_desktop.ui.catalogue.models import TaskTableModel, advice_text
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, format_date
from toimi_desktop.ui.widgets.choices import ChoiceCombo, enum_choices

REFRESH_ON = ("work_task", "task_evaluation", "environment", "work_order")


class TaskPage(QWidget):
    def __init__(self, session: AppSession, notice: Callable[[list[str]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._notice = notice
        self._environment_id: str | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tasks, descriptions, orderers…"))
        self.search.setAccessibleName(self.tr("Search tasks"))
        self.search.setClearButtonEnabled(True)
        self.field = ChoiceCombo(enum_choices(WorkField), none_label=self.tr("All fields"))
        self.level = ChoiceCombo([(n, self.tr("Suits level {n}").format(n=n)) for n in (1, 2, 3)],
                                 none_label=self.tr("Any level"))
        self.season = ChoiceCombo(enum_choices(Season), none_label=self.tr("Any season"))
        self.active = ChoiceCombo([(True, self.tr("In use")), (False, self.tr("Not in use"))],
                                  none_label=self.tr("In use or not"))
        self.active.set_value(True)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.field, self.level, self.season, self.active):
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)

        self.model = TaskTableModel(parent=self)
        self.table = table_view(self.model, self, (28, 18, 16, 10, 10, 14, 12, 16))
        self.table.setAccessibleName(self.tr("Work tasks"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.edit_task())
        self.card = QTextBrowser()
        self.card.setObjectName("taskCard")
        self.card.setAccessibleName(self.tr("The selected task"))
        self.card.setOpenLinks(False)
        splitter = side_by_side(self.table, self.card, 68)

        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New task…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.evaluate_button = QPushButton(self.tr("Record evaluation…"))
        self.active_button = QPushButton(self.tr("Take out of use"))
        self.new_button.clicked.connect(self.new_task)
        self.edit_button.clicked.connect(self.edit_task)
        self.evaluate_button.clicked.connect(self.evaluate)
        self.active_button.clicked.connect(self.toggle_active)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        self.export = ListExport(self.table, session, self.tr("Work tasks"))
        actions.addWidget(self.export.button())
        for button in (self.new_button, self.edit_button, self.evaluate_button,
                       self.active_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        session.dataChanged.connect(self._data_changed)
        self._details: TaskDetails | None = None

    # --- data ----------------------------------------------------------------------------
    def set_environment(self, environment_id: str | None) -> None:
        self._environment_id = environment_id
        self.table.setColumnHidden(1, environment_id is not None)  # the environment
        self.refresh()

    def current_filter(self) -> TaskFilter:
        return TaskFilter(text=self.search.text(), environment_id=self._environment_id,
                          field=self.field.value(), level=self.level.value(),
                          season=self.season.value(), active=self.active.value())

    def refresh(self) -> None:
        selected = selected_row(self.table)
        rows = run_action(self, lambda: task_list(self._session.ctx, self.current_filter()))
        self.model.set_rows(rows or [])
        fit_once(self.table)
        self.count.setText(self.tr("%n task(s)", "", self.model.rowCount()))
        if not (selected and select_id(self.table, selected.id)) and self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def _data_changed(self, entity: str, record_id: str) -> None:
        if entity in REFRESH_ON:
            self.refresh()
            if entity == "work_task":
                select_id(self.table, record_id)

    def selected_id(self) -> str | None:
        row = selected_row(self.table)
        return row.id if row else None

    def _selection_changed(self) -> None:
        row = selected_row(self.table)
        role = self._session.actor.role
        self._details = None
        if row is not None:
            self._details = run_action(self, lambda: task_details(self._session.ctx, row.id))
        self.card.setHtml(self._card_html(self._details) if self._details else "")
        self.new_button.setEnabled(role in CATALOGUE_WRITERS)
        for button in (self.edit_button, self.active_button):
            button.setEnabled(row is not None and role in CATALOGUE_WRITERS)
        self.evaluate_button.setEnabled(row is not None and role in EVALUATORS)
        self.active_button.setText(self.tr("Back in use") if row is not None and not row.active
                                   else self.tr("Take out of use"))

    def _card_html(self, details: TaskDetails) -> str:
        row = details.row
        skill_text, ability_text = level_descriptions(row.skill_level, row.work_ability_level)
        yes = self.tr("yes")
        facts = fact_rows([
            (self.tr("Environment"), h(row.environment)),
            (self.tr("Field"), h(enum_label(row.field))),
            (self.tr("Orderer"), h(row.orderer_department)),
            (self.tr("Skill level"), h(skill_text)),
            (self.tr("Work-ability demand"), h(ability_text)),
            (self.tr("Physical load"), h(enum_label(row.physical_load))),
            (self.tr("Season"), h(enum_label(row.season))),
            (self.tr("Group work"), yes if row.group_work else self.tr("no")),
            (self.tr("Induction needed"), yes if row.induction_needed else ""),
            (self.tr("Protective equipment"), h(details.protective_equipment)),
            (self.tr("Tools"), h(details.tools)),
            (self.tr("Safety notes"), h(details.safety_notes)),
        ])
        not_in_use, evidence = self.tr("not in use"), self.tr("Evidence from evaluations")
        state = "" if row.active else f" <i>({h(not_in_use)})</i>"
        parts = [f"<h3>{h(row.name)}{state}</h3>", f"<p>{h(row.description)}</p>", facts,
                 f"<h4>{h(evidence)}</h4>"]
        if not row.evaluations:
            parts.append("<p>" + h(self.tr("Not evaluated yet.")) + "</p>")
        else:
            head = "".join(f"<th align='left'>{h(t)}</th>" for t in (
                self.tr("Trainee level"), self.tr("Suitable"), self.tr("With support"),
                self.tr("Not suitable")))
            body = "".join(
                f"<tr><td>{e.level}</td><td>{e.suitable}</td><td>{e.with_support}</td>"
                f"<td>{e.not_suitable}</td></tr>" for e in row.evidence)
            parts.append(f"<table cellspacing='0' cellpadding='3' border='0'><tr>{head}</tr>"
                         f"{body}</table>")
            advice = advice_text(row)
            if advice:
                rated = self.tr("the task is rated at level {level}.").format(
                    level=max(row.skill_level, row.work_ability_level))
                parts.append(f"<p><b>{h(advice)}</b> – {h(rated)}</p>")
        if details.notes:
            level = self.tr("level")
            items = "".join(
                f"<li>{format_date(n.evaluated_on)} · {level} {n.level} · "
                f"{h(enum_label(n.fit))}{' – ' + h(n.note) if n.note else ''}"
                f"{' (' + h(n.evaluator) + ')' if n.evaluator else ''}</li>"
                for n in details.notes[:12])
            parts.append(f"<ul style='margin-left:-20px'>{items}</ul>")
        return "".join(parts)

    # --- actions -------------------------------------------------------------------------
    def new_task(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.task_dialogs import TaskDialog

        if self._session.actor.role not in CATALOGUE_WRITERS:
            return None
        dialog = TaskDialog(self._session, self._environment_id, parent=self)
        return _open(dialog)

    def edit_task(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.task_dialogs import TaskDialog

        if self._details is None or self._session.actor.role not in CATALOGUE_WRITERS:
            return None
        dialog = TaskDialog(self._session, task_id=self._details.row.id,
                            initial=input_from_task(self._details), parent=self)
        return _open(dialog)

    def evaluate(self) -> QDialog | None:
        from toimi_desktop.ui.catalogue.task_dialogs import EvaluationDialog

        if self._details is None or self._session.actor.role not in EVALUATORS:
            return None
        row = self._details.row
        return _open(EvaluationDialog(self._session, row.id, row.name, row.environment_id,
                                      parent=self))

    def toggle_active(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        if run_action(self, lambda: set_task_active(self._session.ctx, row.id, not row.active)):
            self._session.notify("work_task", row.id)


def _open(dialog: QDialog) -> QDialog:
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
