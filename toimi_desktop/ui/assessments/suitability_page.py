"""The trainee page's Suitable tasks tab: the environment's tasks judged against the
trainee's levels from the latest assessments, for a chosen day (tomorrow by default):
suitable first, then with support (a step up), then not suitable, each with its reasons."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.models.enums import SKILL_LEVELS, WORK_ABILITY_LEVELS, TaskFit
from toimi_desktop.services.register import TraineeDetails
from toimi_desktop.services.suitability import (
    DimensionLevel,
    Suitability,
    TaskFitRow,
    task_suitability,
)
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, format_date, message_text
from toimi_desktop.ui.widgets.dates import DateEdit

AnyIndex = QModelIndex | QPersistentModelIndex
FIT_COLOURS = {TaskFit.SUITABLE: QColor("#dff0d8"), TaskFit.WITH_SUPPORT: QColor("#fcf3cf"),
               TaskFit.NOT_SUITABLE: QColor("#f6dcdc")}
TASK, FIELD, SKILL, ABILITY, FIT, WHY = range(6)


class TaskFitModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskFitRow] = []
        self._headers = [self.tr("Task"), self.tr("Field"), self.tr("Skill"),
                         self.tr("Work ability"), self.tr("Fit"), self.tr("Why")]

    def set_rows(self, rows: Sequence[TaskFitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> TaskFitRow:
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
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.name, enum_label(row.field), str(row.skill_level),
                      str(row.work_ability_level), enum_label(row.fit),
                      " ".join(message_text(m) for m in row.reasons))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.BackgroundRole and column == FIT:
            return QBrush(FIT_COLOURS[row.fit])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SKILL:
                return self._level_text(SKILL_LEVELS, row.skill_level)
            if column == ABILITY:
                return self._level_text(WORK_ABILITY_LEVELS, row.work_ability_level)
            if column == TASK and row.orderer:
                return self.tr("Ordered by {department}").format(department=row.orderer)
            if column == WHY:
                return "\n".join(message_text(m) for m in row.reasons)
        return None

    @staticmethod
    def _level_text(levels: dict[int, str], level: int) -> str | None:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("enums", levels[level]) if level in levels else None


class SuitabilityPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.details: TraineeDetails | None = None
        self.result: Suitability | None = None
        self.day = DateEdit(date.today() + timedelta(days=1))
        self.day.dateChanged.connect(self.refresh)
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day)
        self.levels = QLabel()
        self.levels.setWordWrap(True)
        self.levels.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.levels, 1)
        top.addWidget(day_label)
        top.addWidget(self.day)
        self.model = TaskFitModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Suitable tasks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.export = ListExport(self.table, session, self.tr("Suitable tasks"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)

    def set_trainee(self, details: TraineeDetails) -> None:
        self.details = details
        self.refresh()

    def _level(self, name: str, found: DimensionLevel | None) -> str:
        if found is None:
            return self.tr("{name} 1 (no assessment yet)").format(name=name)
        text = self.tr("{name} {level} ({template} {day})").format(
            name=name, level=found.level, template=found.template,
            day=format_date(found.assessed_on))
        if found.capped_by_safety:
            text += " " + self.tr("– capped at 2 until safety is at level 3")
        return text

    def refresh(self) -> None:
        if self.details is None:
            return
        day = self.day.value()
        result = run_action(self, lambda: task_suitability(self._session.ctx, self.details.id,
                                                           day))
        self.result = result
        self.model.set_rows(result.rows if result else ())
        if result is None:
            return
        if result.environment is None:
            self.levels.setText(self.tr("The trainee has no coaching period: no environment's "
                                        "tasks to judge."))
            self.counts.clear()
            return
        levels = result.levels
        intro = (self.tr("No assessment yet: a newcomer starts with level 1 tasks.")
                 if levels.assumed else self.tr("Levels from the latest assessments:"))
        self.levels.setText("{intro} {skill}; {ability}.".format(
            intro=intro, skill=self._level(self.tr("skill"), levels.skill),
            ability=self._level(self.tr("work ability"), levels.work_ability)))
        self.counts.setText(self.tr(
            "{environment}: {suitable} suitable, {support} with support, {not_suitable} not "
            "suitable on {day}.").format(
                environment=result.environment,
                suitable=len(result.of_fit(TaskFit.SUITABLE)),
                support=len(result.of_fit(TaskFit.WITH_SUPPORT)),
                not_suitable=len(result.of_fit(TaskFit.NOT_SUITABLE)), day=format_date(day)))
