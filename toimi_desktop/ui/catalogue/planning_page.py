"""Planning help: for the next service day (or a chosen day) the environment's open orders
and its active trainees, each with the tasks that fit them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import Role
from toimi_desktop.services.planning import DayPlan, day_plan, next_service_day
from toimi_desktop.ui.catalogue.common import fit_once, table_view
from toimi_desktop.ui.catalogue.models import OrderTableModel, PlanTraineeModel
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import format_date
from toimi_desktop.ui.widgets.dates import DateEdit

REFRESH_ON = ("work_order", "attendance", "work_task", "task_evaluation", "period",
              "trainee", "assessment", "environment")


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; margin-top: 6px;")
    return label


class PlanningPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._environment_id: str | None = None
        self.plan: DayPlan | None = None
        self._stale = False
        self.day = DateEdit(date.today())
        self.day.setAccessibleName(self.tr("Day"))
        self.day.dateChanged.connect(self.refresh)
        self.next_button = QPushButton(self.tr("Next service day"))
        self.next_button.clicked.connect(self.go_next_day)
        self.mine = QCheckBox(self.tr("Only my trainees"))
        self.mine.setVisible(session.actor.role is Role.COACH)
        self.mine.setChecked(session.actor.role is Role.COACH)
        self.mine.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addWidget(self.next_button)
        top.addWidget(self.mine)
        top.addWidget(self.summary, 1)

        self.orders = OrderTableModel(self)
        self.order_table = table_view(self.orders, self, (30, 16, 10, 11, 10, 8, 12, 12, 10))
        self.order_table.setAccessibleName(self.tr("Orders of the day"))
        self.trainees = PlanTraineeModel(self)
        self.trainee_table = table_view(self.trainees, self, (26, 26, 8, 8, 80))
        self.trainee_table.setAccessibleName(self.tr("Trainees of the day"))
        self.exports = (ListExport(self.order_table, session, self.tr("Open orders on the day")),
                        ListExport(self.trainee_table, session, self.tr("Trainees and tasks")))
        orders_box, trainees_box = QWidget(), QWidget()
        for box, title, table in (
                (orders_box, self.tr("Open orders on the day"), self.order_table),
                (trainees_box, self.tr("Trainees and the tasks that fit them"),
                 self.trainee_table)):
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(_heading(title))
            box_layout.addWidget(table, 1)
        self.hint = QLabel(self.tr("Levels come from the latest assessment; without one, from "
                                   "the latest task evaluation or the period. Point at a row "
                                   "to see why a task was suggested."))
        self.hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(orders_box)
        splitter.addWidget(trainees_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        session.dataChanged.connect(self._data_changed)

    def set_environment(self, environment_id: str | None) -> None:
        changed = environment_id != self._environment_id
        self._environment_id = environment_id
        if changed and environment_id:
            self.go_next_day()
        else:
            self.refresh()

    def go_next_day(self, today: date | None = None) -> None:
        if not self._environment_id:
            return
        env = self._environment_id
        day = run_action(self, lambda: next_service_day(self._session.ctx, env,
                                                        today or date.today()))
        if day is not None:
            self.day.blockSignals(True)
            self.day.set_value(day)
            self.day.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.plan = None
        if not self._environment_id:
            self.orders.set_rows([])
            self.trainees.set_rows([])
            self.summary.setText(self.tr("Choose a coaching environment above to plan its "
                                         "day."))
            return
        env, day = self._environment_id, self.day.value()
        coach = self._session.actor.user_id if self.mine.isChecked() else None
        self.plan = run_action(self, lambda: day_plan(self._session.ctx, env, day,
                                                      coach_id=coach))
        plan = self.plan
        self.orders.set_rows(plan.orders if plan else [])
        self.trainees.set_rows(plan.trainees if plan else [])
        fit_once(self.order_table)
        fit_once(self.trainee_table)
        if plan is None:
            self.summary.clear()
            return
        text = self.tr("{day}: %n trainee(s)", "", len(plan.trainees)).format(
            day=format_date(plan.day))
        text += " · " + self.tr("%n open order(s)", "", len(plan.orders))
        if not plan.held:
            text += " · " + self.tr("The service is not held: {why}").format(
                why=plan.day_note or self.tr("not an opening day"))
        self.summary.setText(text)

    def _data_changed(self, entity: str, _record_id: str) -> None:
        if entity not in REFRESH_ON:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # the plan is worked out again when the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
