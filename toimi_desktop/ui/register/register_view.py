"""The register list page: search and filters, the paged table, count and actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import PeriodState
from toimi_desktop.services.register import RegisterFilter, TraineeRegister
from toimi_desktop.services.trainees import WRITERS
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.register import list_model as cols
from toimi_desktop.ui.register.actions import (
    Notice,
    open_edit_trainee,
    open_new_trainee,
    open_start_period,
)
from toimi_desktop.ui.register.filter_bar import FilterBar
from toimi_desktop.ui.register.list_model import TraineeListModel
from toimi_desktop.ui.session import AppSession

# Typical content per column, to size the columns without measuring every row.
_COLUMN_SAMPLES = {
    cols.LAST_NAME: "Hakkarainen-Ahon", cols.FIRST_NAME: "Aleksandra", cols.HETU: "131052-****",
    cols.BIRTH_DATE: "30.11.1987", cols.MUNICIPALITY: "Kontiolahti",
    cols.ENVIRONMENT: "Polvijärven Työvalmennus", cols.PERIOD_STATE: "Suunniteltu",
}


class RegisterView(QWidget):
    """Lists the trainees that match the filter; opens, edits and starts periods."""

    openRequested = Signal(str)  # noqa: N815 - trainee id
    countChanged = Signal(int)  # noqa: N815 - trainees matching the filter

    def __init__(self, session: AppSession, register: TraineeRegister, notice: Notice,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._notice = notice
        self.model = TraineeListModel(register, self)
        self.filter_bar = FilterBar(session.ctx, self)
        self.filter_bar.filterChanged.connect(self.set_filter)
        self.filter_bar.downPressed.connect(self._focus_table)
        if self.filter_bar.current() != self.model.current_filter():
            self.model.set_filter(self.filter_bar.current())

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Trainees"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             metrics.horizontalAdvance(title)) + 16)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._model_reset)

        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.new_button = QPushButton(self.tr("New trainee…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.start_button = QPushButton(self.tr("Start period…"))
        self.new_button.clicked.connect(self.new_trainee)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.start_button.clicked.connect(self.start_period_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        self.export = ListExport(self.table, session, self.tr("Register"))
        actions.addWidget(self.export.button())
        for button in (self.new_button, self.open_button, self.edit_button, self.start_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        session.dataChanged.connect(self._data_changed)
        self._model_reset()

    # --- filter and list ---------------------------------------------------------------
    def set_filter(self, flt: RegisterFilter) -> None:
        self.model.set_filter(flt)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)

    def _model_reset(self) -> None:
        total = self.model.total_count()
        self.count_label.setText(self.tr("%n trainee(s) found", "", total))
        self.countChanged.emit(total)
        self._update_buttons()

    def _data_changed(self, entity: str, record_id: str) -> None:
        if entity not in ("trainee", "period"):
            return
        selected = self.selected_id()
        self.model.refresh()
        keep = record_id if entity == "trainee" and self.model.row_of(record_id) >= 0 else (
            selected)
        if keep:
            row = self.model.row_of(keep)
            if row >= 0:
                self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.trainee_id(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        selected = bool(rows)
        writer = self._session.actor.role in WRITERS
        state = self.model.trainee_row(rows[0].row()).period_state if rows else None
        self.new_button.setEnabled(writer)
        self.open_button.setEnabled(selected)
        self.edit_button.setEnabled(selected and writer)
        self.start_button.setEnabled(selected and writer and state in (
            PeriodState.NONE, PeriodState.ENDED))

    # --- actions -------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.trainee_id(index.row()))

    def open_selected(self) -> None:
        trainee_id = self.selected_id()
        if trainee_id:
            self.openRequested.emit(trainee_id)

    def new_trainee(self) -> QDialog | None:
        """Open the new-trainee dialog; after saving, the new trainee is shown."""
        if self._session.actor.role not in WRITERS:
            return None
        municipality = self.filter_bar.municipality.value()
        return open_new_trainee(self, self._session, self._notice,
                                on_saved=self.openRequested.emit,
                                default_municipality=str(municipality) if municipality else None)

    def edit_selected(self) -> QDialog | None:
        trainee_id = self.selected_id()
        if not trainee_id:
            return None
        return open_edit_trainee(self, self._session, trainee_id, self._notice)

    def start_period_selected(self) -> QDialog | None:
        trainee_id = self.selected_id()
        if not trainee_id:
            return None
        return open_start_period(self, self._session, trainee_id)
