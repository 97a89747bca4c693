"""`GridModel`: an environment's week or month, trainees by days, one mark letter a cell.

Over `services.attendance_views.attendance_grid`. Days the service is not held (public
holidays, closed days, weekdays the environment does not work) are shaded; days outside a
trainee's period are greyed out and carry no mark.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from toimi_desktop.services.attendance_views import AttendanceGrid, Mark
from toimi_desktop.services.calendar import DayInfo, DayKind
from toimi_desktop.ui.attendance.day_model import AnyIndex
from toimi_desktop.ui.attendance.marks import NOT_HELD_DAY, OUTSIDE_PERIOD, mark_for
from toimi_desktop.ui.text import format_date, format_day_month, number

DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the date of a day column (cells and headers)
TRAINEE_ROLE = Qt.ItemDataRole.UserRole + 2
HOLIDAY_TEXT = "#b3261e"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def weekday_short(day: date) -> str:
    """"ma", "ti"… in Finnish; "Mon", "Tue"… in English."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def day_description(info: DayInfo) -> str:
    """Why the service is not held on a day ("" when it is)."""
    if info.kind is DayKind.HOLIDAY:
        return translate("GridModel", "Public holiday: {name}").format(name=info.name or "")
    if info.kind is DayKind.CLOSED:
        return (translate("GridModel", "Closed: {reason}").format(reason=info.name) if info.name
                else translate("GridModel", "Closed"))
    if info.kind is DayKind.NOT_OPEN_WEEKDAY:
        return translate("GridModel", "Not a working day of the environment")
    return ""


class GridModel(QAbstractTableModel):
    """Column 0 is the trainee's name, then one column per day."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None
        self.today = date.today()

    def set_grid(self, grid: AttendanceGrid | None, today: date | None = None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.today = today or date.today()
        self.endResetModel()

    def day_of_column(self, column: int) -> date | None:
        if self.grid is None or not 1 <= column <= len(self.grid.days):
            return None
        return self.grid.days[column - 1].day

    def column_of(self, day: date) -> int:
        if self.grid is None:
            return -1
        return next((i + 1 for i, info in enumerate(self.grid.days) if info.day == day), -1)

    def trainee_id(self, row: int) -> str:
        assert self.grid is not None
        return self.grid.rows[row].trainee_id

    # --- the table ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or self.grid is None:
            return None
        if not 0 <= section <= len(self.grid.days):
            return None
        if section == 0:
            return self.tr("Trainee") if role == Qt.ItemDataRole.DisplayRole else None
        info = self.grid.days[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            if len(self.grid.days) > 7:  # a month: narrow columns
                return f"{weekday_short(info.day)}\n{info.day.day}"
            return f"{weekday_short(info.day)}\n{format_day_month(info.day)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            why = day_description(info)
            return f"{format_date(info.day)}\n{why}" if why else format_date(info.day)
        if role == Qt.ItemDataRole.ForegroundRole and info.kind is DayKind.HOLIDAY:
            return QBrush(QColor(HOLIDAY_TEXT))
        if role == DATE_ROLE:
            return info.day
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        grid = self.grid
        if grid is None or not index.isValid() or not 0 <= index.row() < len(grid.rows):
            return None
        row = grid.rows[index.row()]
        column = index.column()
        if role == TRAINEE_ROLE:
            return row.trainee_id
        if column == 0:
            return row.name if role in (Qt.ItemDataRole.DisplayRole,
                                        Qt.ItemDataRole.ToolTipRole) else None
        if not 1 <= column <= len(grid.days):
            return None
        info = grid.days[column - 1]
        in_period = row.in_period[column - 1]
        mark = row.marks[column - 1]
        key = mark_for(mark.status, mark.reason) if mark else None
        if role == Qt.ItemDataRole.DisplayRole:
            return key.letter if key else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key is not None:
                return QBrush(key.colour)
            if not in_period:
                return QBrush(QColor(OUTSIDE_PERIOD))
            if not info.held:
                return QBrush(QColor(NOT_HELD_DAY), Qt.BrushStyle.Dense4Pattern)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key is not None:
            return QBrush(key.text_colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row.name, info, in_period, mark)
        if role == DATE_ROLE:
            return info.day
        return None

    def _tooltip(self, name: str, info: DayInfo, in_period: bool, mark: Mark | None) -> str:
        lines = [f"{name}, {weekday_short(info.day)} {format_date(info.day)}"]
        if mark is not None:
            key = mark_for(mark.status, mark.reason)
            assert key is not None
            text = f"{key.letter} = {key.word}"
            if mark.status.attended:
                text += " · " + self.tr("{hours} h").format(hours=number(mark.hours))
            lines.append(text)
        elif not in_period:
            lines.append(self.tr("Outside the coaching period"))
        elif info.day <= self.today and info.held:
            lines.append(self.tr("Not marked"))
        why = day_description(info)
        if why:
            lines.append(why)
        return "\n".join(lines)
