"""The periods of one trainee as a small table model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from toimi_desktop.services.register import PeriodRow
from toimi_desktop.ui.text import enum_label, format_date

AnyIndex = QModelIndex | QPersistentModelIndex


class PeriodTableModel(QAbstractTableModel):
    """Environment, kind, dates, state, outcome and coach of each period, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._periods: list[PeriodRow] = []
        self._headers = [
            self.tr("Environment"), self.tr("Kind"), self.tr("Start"),
            self.tr("Planned end"), self.tr("End"), self.tr("State"), self.tr("Outcome"),
            self.tr("Coach"),
        ]

    def set_periods(self, periods: Sequence[PeriodRow]) -> None:
        self.beginResetModel()
        self._periods = list(periods)
        self.endResetModel()

    def period(self, row: int) -> PeriodRow:
        return self._periods[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._periods)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._periods):
            return None
        period = self._periods[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(period, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and period.goals:
            return period.goals
        return None

    @staticmethod
    def _text(period: PeriodRow, column: int) -> str:
        values = (
            period.environment,
            enum_label(period.kind),
            format_date(period.start_date),
            format_date(period.planned_end_date),
            format_date(period.end_date),
            enum_label(period.state),
            enum_label(period.exit_outcome),
            period.coach or "",
        )
        return values[column] if 0 <= column < len(values) else ""
