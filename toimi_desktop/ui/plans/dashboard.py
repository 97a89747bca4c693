"""The follow-up dashboard: plan reviews, overdue plan steps, periods ending without a plan,
assessments due and 6-month follow-ups, one tab each with its count. Enter or a
double-click opens the trainee.

It refreshes itself when shown and when the session broadcasts a change (only the visible
one queries at once; a hidden one refreshes on its next show).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import Role
from toimi_desktop.services.dashboard import Dashboard, followup_dashboard
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.plans.due_model import DETAIL, TRAINEE_ID_ROLE, DueModel
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import format_date
from toimi_desktop.ui.widgets.forms import hint_label

PLAN_REVIEWS, STEPS, ENDING, ASSESSMENTS, FOLLOWUPS = (
    "plan_reviews", "steps_overdue", "ending_without_plan", "assessments_due",
    "followups_due")
ALL_LISTS = (PLAN_REVIEWS, ENDING, STEPS, ASSESSMENTS, FOLLOWUPS)
# Which tab of the trainee page a row of each list opens.
TRAINEE_TAB = {PLAN_REVIEWS: "plan", STEPS: "plan", ENDING: "plan",
               ASSESSMENTS: "assessments", FOLLOWUPS: "plan"}
WATCHED = {"trainee", "period", "assessment", "plan"}


class DueTable(QTableView):
    """A read-only table of due rows; Enter or a double-click asks to open the trainee."""

    openRequested = Signal(str)  # noqa: N815 - trainee id

    def __init__(self, model: DueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(str(index.data(TRAINEE_ID_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)


class FollowupDashboard(QWidget):
    """What is due, for the acting user; `lists` picks which of the lists to show."""

    openRequested = Signal(str, str)  # noqa: N815 - trainee id, trainee page tab

    def __init__(self, session: AppSession, parent: QWidget | None = None,
                 lists: tuple[str, ...] = ALL_LISTS,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._lists = lists
        self._dirty = True
        self.dashboard: Dashboard | None = None
        self.mine = QCheckBox(self.tr("Only &my trainees"))
        self.mine.setToolTip(self.tr("Trainees whose coach or career agent you are"))
        self.mine.toggled.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the list shown as an Excel or CSV file"))
        self.export_button.clicked.connect(lambda: self.exports[self._current_list()].run())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.mine)
        top.addWidget(self.export_button)
        top.addWidget(self.refresh_button)

        self.models: dict[str, DueModel] = {}
        self.tables: dict[str, DueTable] = {}
        self.exports: dict[str, ListExport] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        hints = {
            PLAN_REVIEWS: self.tr("Plans of open periods whose next review is past or "
                                  "within 14 days."),
            STEPS: self.tr("Steps of current plans that are still open after their due "
                           "date."),
            ENDING: self.tr("Open periods that end within 30 days, or are past their planned "
                            "end, and have no continuation plan made for them."),
            ASSESSMENTS: self.tr("Active periods with no assessment in 8 weeks, or none two "
                                 "weeks after the period began."),
            FOLLOWUPS: self.tr("Periods that ended six months ago (or will within 14 days) "
                               "whose follow-up result is not recorded yet."),
        }
        for index, name in enumerate(lists):
            model = DueModel(self)
            table = DueTable(model)
            table.setObjectName(f"due_{name}")
            table.setAccessibleDescription(hints[name])
            table.openRequested.connect(
                lambda trainee_id, n=name: self.openRequested.emit(trainee_id, TRAINEE_TAB[n]))
            empty = QLabel(self.tr("Nothing due."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            stack = QStackedWidget()
            stack.addWidget(table)
            stack.addWidget(empty)
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 6, 0, 0)
            page_layout.addWidget(hint_label(hints[name], wrap=False))
            page_layout.addWidget(stack, 1)
            self.models[name], self.tables[name] = model, table
            self.exports[name] = ListExport(
                table, session, lambda i=index: self.tabs.tabText(i))
            model.modelReset.connect(
                lambda m=model, s=stack: s.setCurrentIndex(0 if m.rowCount() else 1))
            self.tabs.addTab(page, "")
        self.tabs.tabBar().setVisible(len(lists) > 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.mine.setChecked(session.actor.role in (Role.COACH, Role.CAREER_AGENT))
        session.dataChanged.connect(self._data_changed)

    def _current_list(self) -> str:
        return self._lists[max(self.tabs.currentIndex(), 0)]

    def _titles(self, board: Dashboard) -> None:
        titles = {
            PLAN_REVIEWS: self.tr("Plan reviews (%n)", "", len(board.plan_reviews)),
            STEPS: self.tr("Steps overdue (%n)", "", len(board.steps_overdue)),
            ENDING: self.tr("Ending without a plan (%n)", "", len(board.ending_without_plan)),
            ASSESSMENTS: self.tr("Assessments due (%n)", "", len(board.assessments_due)),
            FOLLOWUPS: self.tr("6-month follow-ups (%n)", "", len(board.followups_due)),
        }
        for i, name in enumerate(self._lists):
            self.tabs.setTabText(i, titles[name])
            self.tables[name].setAccessibleName(titles[name])

    def refresh(self) -> None:
        self._dirty = False
        today = self._today()
        board = run_action(self, lambda: followup_dashboard(
            self._session.ctx, today, mine=self.mine.isChecked()))
        if board is None:
            return
        self.dashboard = board
        for name, model in self.models.items():
            model.set_rows(getattr(board, name), today)
        self._titles(board)
        total = sum(len(getattr(board, name)) for name in self._lists)
        self.summary.setText(self.tr("%n item(s) due on {day}", "", total).format(
            day=format_date(today)))

    def show_list(self, name: str) -> None:
        self.tabs.setCurrentIndex(self._lists.index(name))
        self.tables[name].setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _data_changed(self, entity: str, _record_id: str) -> None:
        if entity in WATCHED:
            self._dirty = True
            if self.isVisible():
                self.refresh()
