"""Earlier versions of a plan: pick one to read it as it was saved, or print it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.plans import PlanView, VersionRow, plan_version, plan_versions
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.plans.plan_text import plan_html
from toimi_desktop.ui.plans.printing import print_plan
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import format_date

AnyIndex = QModelIndex | QPersistentModelIndex


class VersionListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VersionRow] = []
        self._headers = [self.tr("Version"), self.tr("Saved"), self.tr("By")]

    def set_versions(self, rows: Sequence[VersionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def version(self, row: int) -> VersionRow:
        return self._rows[row]

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
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            local = row.saved_at.astimezone()
            values = (str(row.version), f"{format_date(local.date())} {local:%H:%M}",
                      row.saved_by or "")
            return values[index.column()] if 0 <= index.column() < len(values) else None
        return None


class PlanVersionsDialog(QDialog):
    def __init__(self, session: AppSession, plan: PlanView, trainee_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._plan = plan
        self._trainee_name = trainee_name
        self.shown: PlanView | None = None
        self.setWindowTitle(self.tr("Versions of the plan: {name}").format(name=trainee_name))
        self.resize(980, 620)
        self.model = VersionListModel(self)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.text = QTextBrowser()
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 680])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.print_button = QPushButton(self.tr("&Print this version…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_shown)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.selectionModel().currentRowChanged.connect(self._show)
        self.model.set_versions(run_action(self, lambda: plan_versions(session.ctx, plan.id))
                                or [])
        if self.model.rowCount():
            self.list.selectRow(0)

    def _show(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        number = self.model.version(index.row()).version
        view = run_action(self, lambda: plan_version(self._session.ctx, self._plan.id, number))
        self.shown = view
        self.text.setHtml(plan_html(view, mark_late=view.version == self._plan.version)
                          if view else "")

    def print_shown(self) -> object:
        if self.shown is None:
            return None
        return print_plan(self, self._session, self._plan.trainee_id, self._trainee_name,
                          self.shown.version)
