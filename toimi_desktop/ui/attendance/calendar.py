"""A trainee's attendance calendar for the trainee view: one month as a heat-map (the mark
letters and colours of the day grid), previous/next month, and the attendance rate.

The rate is attended days of the days that were due (`trainee_attendance`: days the service
was not held are not due), for the month shown and for the whole current period. The
attendance services import SQLAlchemy, so they are imported when a trainee is shown, not
when the register starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.ui.attendance.marks import NOT_HELD_DAY, mark_for
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import format_date, number

if TYPE_CHECKING:
    from toimi_desktop.services.attendance_views import Mark, TraineeAttendance

AnyIndex = QModelIndex | QPersistentModelIndex
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
LETTER_ROLE = Qt.ItemDataRole.UserRole + 2


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def last_of_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


@dataclass(frozen=True)
class _Cell:
    day: date
    holiday: str | None


class MonthCalendarModel(QAbstractTableModel):
    """Rows are ISO weeks (the week number in the vertical header), columns Monday–Sunday;
    cells outside the month are empty."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.month = first_of_month(date.today())
        self.today = date.today()
        self._weeks: list[list[_Cell | None]] = []  # filled by set_month
        self._marks: dict[date, Mark] = {}

    def set_month(self, month: date, marks: dict[date, Mark], today: date | None = None
                  ) -> None:
        from toimi_desktop.services.calendar import holiday_name

        self.beginResetModel()
        self.month = first_of_month(month)
        self.today = today or date.today()
        self._marks = dict(marks)
        monday = self.month - timedelta(days=self.month.weekday())
        last = last_of_month(self.month)
        self._weeks = []
        while monday <= last:
            week: list[_Cell | None] = []
            for offset in range(7):
                day = monday + timedelta(days=offset)
                week.append(_Cell(day, holiday_name(day)) if day.month == self.month.month
                            else None)
            self._weeks.append(week)
            monday += timedelta(days=7)
        self.endResetModel()

    def cell(self, row: int, column: int) -> _Cell | None:
        return self._weeks[row][column]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._weeks)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._weeks):
            first = next(c for c in self._weeks[section] if c is not None)
            return str(first.day.isocalendar()[1])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._weeks[index.row()][index.column()] is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._weeks):
            return None
        cell = self._weeks[index.row()][index.column()]
        if cell is None:
            return None
        mark = self._marks.get(cell.day)
        key = mark_for(mark.status, mark.reason) if mark else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cell.day.day}\n{key.letter}" if key else str(cell.day.day)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key is not None:
                return QBrush(key.colour)
            if cell.holiday or cell.day.weekday() >= 5:
                return QBrush(QColor(NOT_HELD_DAY))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key is not None:
            return QBrush(key.text_colour)
        if role == Qt.ItemDataRole.FontRole and cell.day == self.today:
            font = QFont(QApplication.font())
            font.setBold(True)
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [format_date(cell.day)]
            if key is not None and mark is not None:
                hours = (" · " + self.tr("{hours} h").format(hours=number(mark.hours))
                         if mark.status.attended else "")
                lines.append(f"{key.letter} = {key.word}{hours}")
            if cell.holiday:
                lines.append(cell.holiday)
            return "\n".join(lines)
        if role == DATE_ROLE:
            return cell.day
        if role == LETTER_ROLE:
            return key.letter if key else ""
        return None


class _DayDelegate(QStyledItemDelegate):
    """The day number small in the corner, the mark's letter large in the middle: the
    calendar stays one text line high."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
              ) -> None:
        day = index.data(DATE_ROLE)
        if not isinstance(day, date):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        small = QFont(opt.font)
        small.setPointSizeF(opt.font.pointSizeF() * 0.75)
        small.setBold(False)
        small.setUnderline(opt.font.underline())
        painter.setFont(small)
        painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText)
                       if not index.data(LETTER_ROLE) else QColor("#3a3a3a"))
        corner = opt.rect.adjusted(3, 1, -2, -1)
        painter.drawText(corner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         str(day.day))
        letter = index.data(LETTER_ROLE)
        if letter:
            big = QFont(opt.font)
            big.setBold(True)
            painter.setFont(big)
            painter.setPen(QColor("#1f1f1f"))
            painter.drawText(opt.rect.adjusted(6, 4, 0, 0), int(Qt.AlignmentFlag.AlignCenter),
                             letter)
        painter.restore()


def rate_text(summary: TraineeAttendance) -> str:
    """"85 % (17 of 20 days), 68 h" in the UI language."""
    from PySide6.QtCore import QCoreApplication

    rate = summary.rate
    due = summary.attended_days + summary.absent_days
    if rate is None:
        return QCoreApplication.translate("AttendanceCalendar", "no days due yet")
    percent = QLocale().toString(round(rate * 100)) + " %"
    return QCoreApplication.translate(
        "AttendanceCalendar", "{rate} ({attended} of {due} days), {hours} h").format(
        rate=percent, attended=summary.attended_days, due=due, hours=number(summary.hours))


class AttendanceCalendar(QGroupBox):
    """The month heat-map and the rates of one trainee; refreshes when attendance changes."""

    def __init__(self, session: AppSession, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Attendance"))
        self._session = session
        self._today = today
        self.trainee_id: str | None = None
        self.period_start: date | None = None
        self.model = MonthCalendarModel(self)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.prev_button.setAccessibleName(self.tr("Previous month"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.month_label = QLabel(self)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.month_label.font()
        font.setBold(True)
        self.month_label.setFont(font)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Attendance calendar"))
        self.table.setObjectName("attendanceCalendar")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        small = self.table.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.table.setFont(small)
        metrics = QFontMetrics(small)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(metrics.horizontalAdvance("00") + 16)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setItemDelegate(_DayDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 12)
        self.table.verticalHeader().setFixedWidth(metrics.horizontalAdvance("00") + 12)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.month_rate = QLabel(self)
        self.month_rate.setObjectName("monthRate")
        self.month_rate.setWordWrap(True)
        self.month_rate.setToolTip(self.tr(
            "Attended days of the days due in the month; days the service was not held are "
            "not due."))
        self.period_rate = QLabel(self)
        self.period_rate.setObjectName("periodRate")
        self.period_rate.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.month_label, 1)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.month_rate)
        layout.addWidget(self.period_rate)
        layout.addStretch(1)
        self._fit_table(6)
        # As wide as the calendar: the rates wrap under it.
        margins = layout.contentsMargins()
        self.setFixedWidth(self.table.width() + margins.left() + margins.right() + 8)
        session.dataChanged.connect(self._data_changed)

    def _fit_table(self, weeks: int) -> None:
        table = self.table
        width = (table.verticalHeader().width() + 7 * table.horizontalHeader().defaultSectionSize()
                 + 2 * table.frameWidth())
        height = (table.horizontalHeader().sizeHint().height()
                  + weeks * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())
        table.setFixedSize(width + 2, height)

    def set_trainee(self, trainee_id: str | None, period_start: date | None = None,
                    month: date | None = None) -> None:
        """Show a trainee's month (default: this month) and the rate since `period_start`."""
        self.trainee_id = trainee_id
        self.period_start = period_start
        self.show_month(month or self._today())

    def step(self, direction: int) -> None:
        month = self.model.month
        self.show_month(first_of_month(month - timedelta(days=1)) if direction < 0
                        else last_of_month(month) + timedelta(days=1))

    def show_month(self, month: date) -> None:
        from toimi_desktop.ui.attendance.dialogs import month_name

        month = first_of_month(month)
        name = month_name(month)
        self.month_label.setText(name[:1].upper() + name[1:])
        summary = self._summary(month, last_of_month(month))
        self.model.set_month(month, summary.marks if summary else {}, self._today())
        self._fit_table(self.model.rowCount())
        self.month_rate.setText(self.tr("Month: {rate}").format(rate=rate_text(summary))
                                if summary else "")
        period = (self._summary(self.period_start, self._today())
                  if self.period_start and self.period_start <= self._today() else None)
        self.period_rate.setText(self.tr("Period: {rate}").format(rate=rate_text(period))
                                 if period else "")
        self.period_rate.setToolTip(self.tr(
            "Attended days of the days due since the period began on {start}; days the "
            "service was not held are not due.").format(start=format_date(self.period_start))
            if period else "")
        self.period_rate.setVisible(period is not None)

    def _summary(self, start: date, end: date) -> TraineeAttendance | None:
        if self.trainee_id is None:
            return None
        from toimi_desktop.services.attendance_views import trainee_attendance

        ctx, trainee_id = self._session.ctx, self.trainee_id
        return run_action(self, lambda: trainee_attendance(ctx, trainee_id, start, end))

    def _data_changed(self, entity: str, _record_id: str) -> None:
        if entity == "attendance" and self.trainee_id is not None:
            self.show_month(self.model.month)
