"""A coordinator adds an assessment template, or a new version of one (the older version
is retired, and assessments made with it keep their criteria)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.assessment_templates import save_template
from toimi_desktop.services.assessments import Criterion, Template, TemplateInput
from toimi_desktop.services.errors import DomainError, ValidationError
from toimi_desktop.ui.assessments.criteria_model import (
    DIMENSION,
    LABEL,
    LEVELS,
    CriteriaModel,
    DimensionDelegate,
)
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.widgets.form_dialog import FormDialog
from toimi_desktop.ui.widgets.forms import form_layout, hint_label, required


class TemplateDialog(FormDialog):
    """New template (`base` None), or the next version of `base`'s family."""

    min_width = 900

    def __init__(self, session: AppSession, base: Template | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._base = base
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("New assessment template") if base is None else
                            self.tr("New version of {name}").format(name=base.name))
        wrap = self.errors.wrap
        self.name = QLineEdit(base.name if base else "")
        self.description = QPlainTextEdit(base.description or "" if base else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.allows_self = QCheckBox(self.tr("The trainee assesses themself with the same "
                                             "criteria"))
        self.allows_self.setChecked(base.allows_self_assessment if base else True)
        criteria = list(base.criteria) if base else [Criterion("", "", "", 1, 5)]
        self.model = CriteriaModel(criteria, editable=True, parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Criteria"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DIMENSION, DimensionDelegate(self.model, self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LEVELS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(LABEL, 220)
        self.table.setMinimumHeight(260)
        buttons_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add criterion"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_criterion)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        criteria_box = QWidget()
        box_layout = QVBoxLayout(criteria_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.table)
        box_layout.addLayout(buttons_row)
        box_layout.addWidget(hint_label(self.tr(
            "Key: lower-case letters, digits and _ (it links the scores of later versions). "
            "Scale within 0–10. Level descriptions as “1 = needs much support; 5 = "
            "independent”. Suitability: whether the criterion tells about the skill or the "
            "work-ability demand a task may have.")))

        form = form_layout()
        form.addRow(required(self.tr("Name")), wrap("name", self.name))
        form.addRow(self.tr("Description"), wrap("description", self.description))
        form.addRow("", self.allows_self)
        form.addRow(required(self.tr("Criteria")), wrap("criteria", criteria_box))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save as a new version") if base else self.tr("Save template"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if base is not None:
            layout.addWidget(hint_label(self.tr(
                "Version {version} will be retired; assessments made with it keep its "
                "criteria.").format(version=base.version)))
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _selected_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else self.model.rowCount() - 1

    def add_criterion(self) -> None:
        row = self.model.add_row(self._selected_row() if self.model.rowCount() else None)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.edit(self.model.index(row, 0))

    def remove_criterion(self) -> None:
        self.model.remove_row(self._selected_row())

    def _move(self, delta: int) -> None:
        row = self.model.move_row(self._selected_row(), delta)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def collect(self) -> tuple[TemplateInput, list[int]]:
        criteria, bad = self.model.criteria()
        return TemplateInput(name=self.name.text(), criteria=criteria,
                             description=self.description.toPlainText(),
                             allows_self_assessment=self.allows_self.isChecked()), bad

    def save(self) -> None:
        self.errors.clear()
        data, bad = self.collect()
        if bad:
            self.general.setText(self.tr(
                "Write the level descriptions of criterion {rows} as “1 = text; 5 = text”."
            ).format(rows=", ".join(str(b) for b in bad)))
            self.general.setVisible(True)
            self.refit()
            return
        try:
            result = save_template(self._session.ctx, data,
                                   self._base.family if self._base else None)
        except ValidationError as error:
            self.errors.show(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.result_id = result.id
        self.accept()
        self._session.notify("template", result.id)
