"""The assessment templates: each family's newest version with its criteria; coordinators
add a template, save a new version, or retire one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.assessment_templates import TEMPLATE_MANAGERS, set_template_active
from toimi_desktop.services.assessments import Template, templates
from toimi_desktop.ui.assessments.criteria_model import KEY, LEVELS, CriteriaModel
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import yes_no
from toimi_desktop.ui.widgets.forms import hint_label

AnyIndex = QModelIndex | QPersistentModelIndex


def scale_text(template: Template) -> str:
    scales = sorted({(c.low, c.high) for c in template.criteria})
    return ", ".join(f"{low}–{high}" for low, high in scales)


class TemplateListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Template] = []
        self._headers = [self.tr("Template"), self.tr("Version"), self.tr("Criteria"),
                         self.tr("Scale"), self.tr("Self-assessment"), self.tr("In use")]

    def set_templates(self, rows: Sequence[Template]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def template(self, row: int) -> Template | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (t.name, str(t.version), str(len(t.criteria)), scale_text(t),
                      yes_no(t.allows_self_assessment),
                      yes_no(True) if t.active else self.tr("Retired"))
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and t.description:
            return t.description
        return None


class TemplatesPanel(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.list_model = TemplateListModel(self)
        self.criteria_model = CriteriaModel(parent=self)
        self.list = QTableView()
        self.list.setAccessibleName(self.tr("Assessment templates"))
        self.list.setModel(self.list_model)
        self.criteria = QTableView()
        self.criteria.setAccessibleName(self.tr("Criteria of the selected template"))
        self.criteria.setModel(self.criteria_model)
        for view in (self.list, self.criteria):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.criteria.horizontalHeader().setSectionResizeMode(LEVELS,
                                                              QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self._show_criteria)
        self.exports = (ListExport(self.list, session, self.tr("Assessment templates")),
                        ListExport(self.criteria, session, self.tr("Criteria")))
        self.description = QLabel()
        self.description.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New template…"))
        self.version_button = QPushButton(self.tr("New &version…"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.new_button.clicked.connect(self.new_template)
        self.version_button.clicked.connect(self.new_version)
        self.retire_button.clicked.connect(self.toggle_active)
        self.show_retired.toggled.connect(self.refresh)
        self.managers_only = hint_label(self.tr("Coordinators add templates and new "
                                                "versions."), wrap=False)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.version_button, self.retire_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.managers_only)
        buttons.addStretch(1)
        buttons.addWidget(self.show_retired)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.criteria, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 620])
        self.criteria.hideColumn(KEY)  # technical: shown in the template dialog
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        session.dataChanged.connect(self._data_changed)
        self.refresh()

    def current(self) -> Template | None:
        index = self.list.currentIndex()
        return self.list_model.template(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        chosen = self.current()
        rows = run_action(self, lambda: templates(self._session.ctx,
                                                  self.show_retired.isChecked())) or []
        self.list_model.set_templates(rows)
        row = next((i for i, t in enumerate(rows) if chosen and t.family == chosen.family), 0)
        if rows:
            self.list.selectRow(row)
        self._show_criteria(self.list_model.index(row, 0))

    def _show_criteria(self, index: QModelIndex) -> None:
        template = self.list_model.template(index.row()) if index.isValid() else None
        self.criteria_model.set_criteria(template.criteria if template else ())
        self.description.setText(template.description or "" if template else "")
        self.description.setVisible(bool(template and template.description))
        manager = self._session.actor.role in TEMPLATE_MANAGERS
        for button in (self.new_button, self.version_button, self.retire_button):
            button.setVisible(manager)
        self.managers_only.setVisible(not manager)
        self.version_button.setEnabled(template is not None and template.active)
        self.retire_button.setEnabled(template is not None)
        self.retire_button.setText(self.tr("Re&store") if template and not template.active
                                   else self.tr("Re&tire"))

    def new_template(self) -> QDialog:
        return self._open(None)

    def new_version(self) -> QDialog | None:
        template = self.current()
        return self._open(template) if template else None

    def _open(self, base: Template | None) -> QDialog:
        from toimi_desktop.ui.assessments.template_dialog import TemplateDialog

        dialog = TemplateDialog(self._session, base, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        template = self.current()
        if template is None:
            return
        if run_action(self, lambda: set_template_active(self._session.ctx, template.family,
                                                        not template.active)):
            self._session.notify("template", template.id)

    def _data_changed(self, entity: str, _record_id: str) -> None:
        if entity == "template":
            self.refresh()
