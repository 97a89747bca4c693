"""The week and month views: `GridModel` in a compact table; double-click opens a day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from toimi_desktop.services.attendance_views import AttendanceGrid
from toimi_desktop.ui.attendance.grid_model import DATE_ROLE, GridModel


def name_width(metrics: QFontMetrics, names: list[str]) -> int:
    """Room for a typical long name, more for the longest shown (a namesake's birth date
    after it), within reason."""
    typical = metrics.horizontalAdvance("Hakkarainen Aleksandra")
    longest = max((metrics.horizontalAdvance(n) for n in names), default=0)
    return min(max(typical, longest), int(typical * 1.6)) + 12


class GridPage(QWidget):
    dayRequested = Signal(object)  # noqa: N815 - a date to open in the day view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GridModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("attendanceGrid")
        self.table.setAccessibleName(self.tr("Attendance by trainee and day"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # No selection colour over the marks: the current cell shows as a focus frame.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.setShowGrid(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(10)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def set_grid(self, grid: AttendanceGrid | None, today: date, focus_day: date) -> None:
        self.model.set_grid(grid, today)
        header = self.table.horizontalHeader()
        days = self.model.columnCount() - 1
        metrics = self.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, name_width(metrics, [r.name for r in grid.rows] if grid else []))
        width = metrics.horizontalAdvance("30.12.") + 14 if days <= 7 else (
            metrics.horizontalAdvance("30") + 12)
        for column in range(1, days + 1):
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        column = self.model.column_of(focus_day)
        if self.model.rowCount() and column > 0:
            self.table.setCurrentIndex(self.model.index(0, column))

    def _open(self, index: QModelIndex) -> None:
        day = index.data(DATE_ROLE)
        if isinstance(day, date):
            self.dayRequested.emit(day)
