"""Rows of the access log (`services.access_log_search.LogRow`) as a table model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from toimi_desktop.services.access_log_search import LogRow
from toimi_desktop.ui.text import enum_label, format_date

AnyIndex = QModelIndex | QPersistentModelIndex
TRAINEE_ID_ROLE = Qt.ItemDataRole.UserRole
REFUSED = QColor("#b3261e")
TIME, USER, ROLE, ACTION, DATA, TRAINEE, OUTCOME = range(7)


class AccessLogModel(QAbstractTableModel):
    """Time, user, role, what was done, which data, whose, and the outcome."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []
        self._headers = [self.tr("Time"), self.tr("User"), self.tr("Role"),
                         self.tr("What was done"), self.tr("Data"), self.tr("Whose data"),
                         self.tr("Outcome")]

    def set_rows(self, rows: Sequence[LogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> LogRow:
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
            return self._text(row, index.column())
        if role == TRAINEE_ID_ROLE:
            return row.trainee_id
        if role == Qt.ItemDataRole.ForegroundRole and not row.success:
            return QBrush(REFUSED)
        return None

    def _text(self, row: LogRow, column: int) -> str:
        if column == TIME:
            here = row.at.astimezone()
            return f"{format_date(here.date())} {here:%H:%M:%S}"
        if column == USER:
            return row.user or self.tr("unknown user name")
        if column == ROLE:
            return enum_label(row.role)
        if column == ACTION:
            return enum_label(row.action)
        if column == DATA:
            return enum_label(row.target) if row.target else ""
        if column == TRAINEE:
            if row.trainee_id and not row.trainee:
                return self.tr("(no longer here)")
            return row.trainee
        if column == OUTCOME:
            return self.tr("done") if row.success else self.tr("refused")
        return ""
