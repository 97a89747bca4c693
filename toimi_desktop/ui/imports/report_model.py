"""The import report as a table: row, column, problem (warnings too, if asked for)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from toimi_desktop.services.imports import ImportReport, RowProblem
from toimi_desktop.ui.text import message_text

AnyIndex = QModelIndex | QPersistentModelIndex
ROW, COLUMN, PROBLEM = range(3)
_WARNING_TEXT = QColor("#7a5a00")


class ReportModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[RowProblem, bool]] = []  # (problem, is a warning)
        self._headers = [self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def set_report(self, report: ImportReport | None, warnings: bool = False) -> None:
        self.beginResetModel()
        self._rows = []
        if report is not None:
            self._rows = [(p, False) for p in report.problems]
            if warnings:
                self._rows += [(w, True) for w in report.warnings]
                self._rows.sort(key=lambda item: (item[0].row, item[1]))
        self.endResetModel()

    def problem(self, row: int) -> RowProblem:
        return self._rows[row][0]

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
        problem, warning = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ROW:
                return str(problem.row)
            if column == COLUMN:
                return problem.column or "–"
            text = message_text(problem.message)
            return self.tr("Warning: {text}").format(text=text) if warning else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and warning:
            return QBrush(_WARNING_TEXT)
        return None
