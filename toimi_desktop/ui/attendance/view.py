"""The attendance view, the screen a coach opens every morning: environment and date, the
day grid (or the week or month), what kind of day it is, the legend, and the outputs.

Unsaved input is never lost silently: changing the day, the environment or the section
asks Save / Discard / Cancel (`confirm_leave`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.attendance import DaySheet, day_sheet, month_end, month_start
from toimi_desktop.services.attendance_views import attendance_grid
from toimi_desktop.services.calendar import DayKind, iso_week
from toimi_desktop.services.reference import Choice
from toimi_desktop.ui.attendance.day_page import DayPage
from toimi_desktop.ui.attendance.dialogs import month_name
from toimi_desktop.ui.attendance.grid_page import GridPage
from toimi_desktop.ui.attendance.legend import Legend
from toimi_desktop.ui.attendance.report_actions import ReportActions
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import format_date
from toimi_desktop.ui.widgets.choices import ChoiceCombo
from toimi_desktop.ui.widgets.dates import DateEdit, to_qdate
from toimi_desktop.ui.widgets.notice import NoticeBar

DAY, WEEK, MONTH = range(3)
_BANNER = ("QLabel#{name} {{ background: {bg}; border: 1px solid {border};"
           " border-radius: 4px; padding: 6px 10px; color: #2b2b2b; }}")
_NO_SERVICE = ("#fde7e6", "#e4a09a")
_AHEAD = ("#e8eef7", "#9fb4d6")
_LOCKED = ("#efe7f6", "#b59ad0")


def _banner(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def _show_banner(label: QLabel, text: str, colours: tuple[str, str]) -> None:
    label.setStyleSheet(_BANNER.format(name=label.objectName(), bg=colours[0],
                                       border=colours[1]))
    label.setText(text)
    label.setVisible(bool(text))


class AttendanceView(QWidget):
    environmentChanged = Signal(str)  # noqa: N815 - the environment id chosen

    def __init__(self, session: AppSession, environments: list[Choice],
                 environment_id: str | None = None, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._session = session
        self.today = today
        self._day = today()
        self._mode = DAY
        self.notice = NoticeBar(self)
        self.day_page = DayPage(session, self.notice.show_messages, self)
        self.grid_page = GridPage(self)
        self.reports = ReportActions(self, session, self, self.notice.show_messages)
        self._build_top(environments, environment_id)
        self._build_body()
        self._build_actions()
        self.day_page.model.unsavedChanged.connect(lambda _n: self._update_actions())
        self.day_page.model.modelReset.connect(self._update_actions)
        self.grid_page.dayRequested.connect(self.open_day)
        self.reports.busyChanged.connect(self._busy)
        session.dataChanged.connect(self._data_changed)
        self.reload()

    # --- building -------------------------------------------------------------------------
    def _build_top(self, environments: list[Choice], environment_id: str | None) -> None:
        self.environment = ChoiceCombo([(c.key, c.label) for c in environments], parent=self)
        self.environment.setAccessibleName(self.tr("Coaching environment"))
        if environment_id:
            self.environment.set_value(environment_id)
        self._environment = self.environment.value()
        self.environment.currentIndexChanged.connect(self._environment_chosen)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.date_edit = DateEdit(self._day, self)
        self.date_edit.setKeyboardTracking(False)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.dateChanged.connect(lambda d: self.set_day(d.toPython()))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.set_day(self.today()))
        self.modes = QButtonGroup(self)
        self.mode_buttons: list[QToolButton] = []
        for mode, text in ((DAY, self.tr("&Day")), (WEEK, self.tr("&Week")),
                           (MONTH, self.tr("&Month"))):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(mode == DAY)
            self.modes.addButton(button, mode)
            self.mode_buttons.append(button)
        self.modes.idClicked.connect(self.set_mode)
        self.busy_label = QLabel(self)
        self.reports_button = QToolButton(self)
        self.reports_button.setText(self.tr("&Reports"))
        self.reports_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reports_button.setMenu(self.reports.menu(self.reports_button))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Environment"), self))
        top.addWidget(self.environment)
        top.addSpacing(12)
        for widget in (self.prev_button, self.date_edit, self.next_button, self.today_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.busy_label)
        for button in self.mode_buttons:
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.reports_button)
        self.exports = (ListExport(self.day_page.table, self._session, self._export_title),
                        ListExport(self.grid_page.table, self._session, self._export_title))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the day, week or month shown as an Excel "
                                              "or CSV file"))
        self.export_button.clicked.connect(
            lambda: self.exports[0 if self._mode == DAY else 1].run())
        top.addWidget(self.export_button)
        self._top = top

    def _export_title(self) -> str:
        return " ".join((self.tr("Attendance"), self.environment_name(), self.title.text()))

    def _build_body(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("dayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.day_banner = _banner("dayBanner")
        self.lock_banner = _banner("lockBanner")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.day_page)
        self.stack.addWidget(self.grid_page)
        self.legend = Legend(self)
        self.legend.setFixedWidth(self.legend.preferred_width())
        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.day_banner)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.save_action = self._action(self.tr("Save"), "Ctrl+S", self.save)
        self.all_present_action = self._action(self.tr("All remaining present"),
                                               "Ctrl+Shift+P", self.mark_remaining_present)
        self.prev_action = self._action(self.tr("Previous"), "Alt+Left", lambda: self.step(-1))
        self.next_action = self._action(self.tr("Next"), "Alt+Right", lambda: self.step(1))
        self._update_step_tooltips()

    # --- state ----------------------------------------------------------------------------
    def environment_id(self) -> str | None:
        value = self._environment
        return str(value) if value else None

    def environment_name(self) -> str:
        return self.environment.currentText() if self.environment_id() else ""

    def current_day(self) -> date:
        return self._day

    def mode(self) -> int:
        return self._mode

    def selected_trainee(self) -> tuple[str, str] | None:
        if self._mode == DAY:
            index = self.day_page.table.currentIndex()
            model = self.day_page.model
            if index.isValid():
                return model.trainee_id(index.row()), model.sheet_row(index.row()).name
            return None
        index = self.grid_page.table.currentIndex()
        if index.isValid():
            grid_model = self.grid_page.model
            row = index.row()
            return grid_model.trainee_id(row), str(grid_model.index(row, 0).data())
        return None

    def has_unsaved(self) -> bool:
        return self.day_page.model.unsaved_count() > 0

    def confirm_leave(self) -> bool:
        self.day_page.table.commit_editor()
        return self.day_page.confirm_leave()

    # --- navigation -----------------------------------------------------------------------
    def set_day(self, day: date) -> bool:
        """Show another day (asking first about unsaved input); False if the user stays."""
        if day == self._day:
            self._show_date()
            return True
        if not self.confirm_leave():
            self._show_date()
            return False
        self._day = day
        self._show_date()
        self.reload()
        return True

    def open_day(self, day: date) -> bool:
        """From the week or month grid: that day in the day view."""
        if not self.set_day(day):
            return False
        self.set_mode(DAY)
        return True

    def step(self, direction: int) -> bool:
        day = self._day
        if self._mode == DAY:
            target = day + timedelta(days=direction)
        elif self._mode == WEEK:
            target = day + timedelta(days=7 * direction)
        else:
            first = month_start(day)
            target = (month_start(first - timedelta(days=1)) if direction < 0
                      else month_end(first) + timedelta(days=1))
        return self.set_day(target)

    def set_mode(self, mode: int) -> None:
        self.modes.button(mode).setChecked(True)
        if mode == self._mode:
            return
        self._mode = mode
        self.stack.setCurrentWidget(self.day_page if mode == DAY else self.grid_page)
        self.legend.setVisible(mode != MONTH)  # a month needs the width; colours speak
        self._update_step_tooltips()
        self.reload()
        self.focus_table()

    def _environment_chosen(self) -> None:
        value = self.environment.value()
        if value == self._environment:
            return
        if not self.confirm_leave():
            self.environment.blockSignals(True)
            self.environment.set_value(self._environment)
            self.environment.blockSignals(False)
            return
        self._environment = value
        if value:
            self.environmentChanged.emit(str(value))
        self.reload()

    def _show_date(self) -> None:
        if self.date_edit.date() != to_qdate(self._day):
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(self._day.year, self._day.month, self._day.day))
            self.date_edit.blockSignals(False)

    def _update_step_tooltips(self) -> None:
        texts = {DAY: (self.tr("Previous day (Alt+Left)"), self.tr("Next day (Alt+Right)")),
                 WEEK: (self.tr("Previous week (Alt+Left)"), self.tr("Next week (Alt+Right)")),
                 MONTH: (self.tr("Previous month (Alt+Left)"),
                         self.tr("Next month (Alt+Right)"))}[self._mode]
        self.prev_button.setToolTip(texts[0])
        self.next_button.setToolTip(texts[1])
        self.prev_button.setAccessibleName(texts[0])
        self.next_button.setAccessibleName(texts[1])

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        env = self.environment_id()
        ctx, day = self._session.ctx, self._day
        if self._mode == DAY:
            sheet = run_action(self, lambda: day_sheet(ctx, env, day)) if env else None
            self.day_page.set_sheet(sheet, read_only=day > self.today())
            self._show_day_header(sheet)
        else:
            start, end = self.grid_range()
            grid = run_action(self, lambda: attendance_grid(ctx, env, start, end)) if env else None
            self.grid_page.set_grid(grid, self.today(), day)
            self._show_grid_header(start, end)
        self._update_actions()

    def grid_range(self) -> tuple[date, date]:
        if self._mode == MONTH:
            return month_start(self._day), month_end(self._day)
        monday = self._day - timedelta(days=self._day.weekday())
        return monday, monday + timedelta(days=6)

    def _show_day_header(self, sheet: DaySheet | None) -> None:
        day = self._day
        weekday = QLocale().standaloneDayName(day.isoweekday(),
                                              QLocale.FormatType.LongFormat)
        self.title.setText(f"{weekday[:1].upper()}{weekday[1:]} {format_date(day)}")
        self.subtitle.setText(self.tr("Week {week} · {environment}").format(
            week=iso_week(day)[1], environment=self.environment_name()))
        _show_banner(self.day_banner, self._day_text(sheet, weekday),
                     _AHEAD if day > self.today() else _NO_SERVICE)
        locked = self.tr("The allowance of {month} has been approved: a change needs a "
                         "reason, which is logged.").format(month=month_name(day))
        _show_banner(self.lock_banner, locked if sheet and sheet.locked else "", _LOCKED)

    def _day_text(self, sheet: DaySheet | None, weekday: str) -> str:
        if self._day > self.today():
            return self.tr("This day is still ahead: attendance can be recorded up to today.")
        if sheet is None:
            return ""
        info, env = sheet.info, self.environment_name()
        if info.kind is DayKind.HOLIDAY:
            return self.tr("Public holiday: {name}. The service is not held; mark E (service "
                           "not held) where needed.").format(name=info.name or "")
        if info.kind is DayKind.CLOSED:
            return self.tr("{environment} is closed on this day: {reason}. Mark E (service "
                           "not held) where needed.").format(
                environment=env, reason=info.name or self.tr("no reason given"))
        if info.kind is DayKind.NOT_OPEN_WEEKDAY:
            return self.tr("{environment} does not work on this weekday ({weekday}). Mark E "
                           "(service not held) where needed.").format(environment=env,
                                                                       weekday=weekday)
        return ""

    def _show_grid_header(self, start: date, end: date) -> None:
        env = self.environment_name()
        if self._mode == WEEK:
            self.title.setText(self.tr("Week {week}").format(week=iso_week(start)[1]))
            self.subtitle.setText(f"{format_date(start)} – {format_date(end)} · {env}")
        else:
            name = month_name(start)
            self.title.setText(name[:1].upper() + name[1:])
            self.subtitle.setText(self.tr(
                "{environment} · double-click a day to open it").format(environment=env))
        self.day_banner.hide()
        self.lock_banner.hide()

    def _update_actions(self) -> None:
        day_mode = self._mode == DAY
        self.save_action.setEnabled(day_mode and self.has_unsaved())
        self.all_present_action.setEnabled(day_mode and self.day_page.can_mark_all())
        self.all_present_button_visible(day_mode)

    def all_present_button_visible(self, visible: bool) -> None:
        self.day_page.all_present_button.setVisible(
            visible and bool(self.day_page.model.sheet and self.day_page.model.sheet.info.held))

    def _data_changed(self, entity: str, _record_id: str) -> None:
        if entity in ("attendance", "period", "trainee"):
            self.reload()

    def _busy(self, text: str) -> None:
        self.busy_label.setText(text)

    # --- actions --------------------------------------------------------------------------
    def save(self) -> bool:
        if self._mode != DAY:
            return False
        self.day_page.table.commit_editor()
        return self.day_page.save()

    def mark_remaining_present(self) -> int:
        if self._mode != DAY:
            return 0
        self.day_page.table.commit_editor()
        return self.day_page.mark_remaining_present()

    def focus_table(self) -> None:
        table = self.day_page.table if self._mode == DAY else self.grid_page.table
        table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_table)
