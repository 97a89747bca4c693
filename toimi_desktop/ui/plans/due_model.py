"""Rows of the follow-up dashboard (`services.dashboard.DueRow`) as a table model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from toimi_desktop.services.dashboard import DueKind, DueRow
from toimi_desktop.ui.text import enum_label, format_date

AnyIndex = QModelIndex | QPersistentModelIndex
TRAINEE_ID_ROLE = Qt.ItemDataRole.UserRole
LATE = QColor("#b3261e")
TRAINEE, ENVIRONMENT, DUE, WHEN, RESPONSIBLE, DETAIL = range(6)


class DueModel(QAbstractTableModel):
    """Trainee, environment, due date, how soon or late, who is responsible, and what."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueRow] = []
        self.today = today or date.today()
        self._headers = [self.tr("Trainee"), self.tr("Coaching environment"), self.tr("Due"),
                         self.tr("When"), self.tr("Responsible"), self.tr("What")]

    def set_rows(self, rows: Sequence[DueRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today
        self.endResetModel()

    def row(self, row: int) -> DueRow:
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
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == WHEN \
                and row.days_left(self.today) < 0:
            return QBrush(LATE)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TRAINEE:
            return self.tr("Enter or double-click opens the trainee")
        return None

    def _text(self, row: DueRow, column: int) -> str:
        if column == TRAINEE:
            return row.name
        if column == ENVIRONMENT:
            return row.environment or ""
        if column == DUE:
            return format_date(row.due_on)
        if column == WHEN:
            return self.when(row.days_left(self.today))
        if column == RESPONSIBLE:
            return row.responsible or ""
        if column == DETAIL:
            return self.detail(row)
        return ""

    def when(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days > 0:
            return self.tr("in %n day(s)", "", days)
        return self.tr("%n day(s) late", "", -days)

    def detail(self, row: DueRow) -> str:
        if row.kind is DueKind.PLAN_REVIEW:
            return self.tr("Plan review: {path}").format(
                path=enum_label(row.path))
        if row.kind is DueKind.PLAN_STEP:
            return self.tr("Plan step: {what}").format(what=row.step)
        if row.kind is DueKind.ENDING_WITHOUT_PLAN:
            return self.tr("The period ends: no continuation plan yet")
        if row.kind is DueKind.INITIAL_ASSESSMENT:
            return self.tr("No assessment since the period began")
        if row.kind is DueKind.ASSESSMENT:
            return self.tr("Last assessed {day}").format(day=format_date(row.last_on))
        return self.tr("Left on {day}: record the 6-month result").format(
            day=format_date(row.last_on))
