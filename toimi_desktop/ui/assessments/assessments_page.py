"""The trainee page's Assessments tab: the trend chart per criterion group of one template
family, the change from the first to the latest assessment, and the assessments; coaches
write a new one (Ctrl+Shift+A) or correct one (Enter or double-click opens it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.assessment_trends import FamilyTrend, trends
from toimi_desktop.services.assessments import (
    ASSESSORS,
    AssessmentView,
    templates,
    trainee_assessments,
)
from toimi_desktop.services.register import TraineeDetails
from toimi_desktop.ui.assessments.assessment_models import AssessmentListModel, ChangeModel
from toimi_desktop.ui.assessments.trend_chart import TrendChart
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.export import ListExport
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.widgets.choices import ChoiceCombo


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AssessmentsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.details: TraineeDetails | None = None
        self.assessments: list[AssessmentView] = []
        self.trends: list[FamilyTrend] = []
        self.new_button = QPushButton(self.tr("&New assessment…"))
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.new_button.setToolTip(self.tr("New assessment (Ctrl+Shift+A)"))
        self.new_button.clicked.connect(self.new_assessment)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.family = ChoiceCombo()
        self.family.currentIndexChanged.connect(self._show_family)
        self.show_own = QCheckBox(self.tr("Trainee's own scores (dashed)"))
        self.show_own.toggled.connect(self._show_family)
        family_label = QLabel(self.tr("&Chart:"))
        family_label.setBuddy(self.family)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addStretch(1)
        top.addWidget(family_label)
        top.addWidget(self.family)
        top.addWidget(self.show_own)

        self.chart = TrendChart()
        self.changes = ChangeModel(self)
        self.change_table = _table(self.changes)
        self.change_table.setAccessibleName(self.tr("Change by criterion"))
        self.change_title = QLabel()
        self.change_title.setStyleSheet("font-weight: bold;")
        self.list_model = AssessmentListModel(self)
        self.list = _table(self.list_model)
        self.list.setAccessibleName(self.tr("Assessments"))
        self.list.activated.connect(self._open_index)
        self.exports = (ListExport(self.list, session, self.tr("Assessments")),
                        ListExport(self.change_table, session, self.tr("Change")))
        self.empty = QLabel(self.tr("No assessments yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.change_title)
        right_layout.addWidget(self.change_table, 2)
        list_title = QLabel(self.tr("Assessments"))
        list_title.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(list_title)
        right_layout.addWidget(self.list, 3)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

    # --- showing ------------------------------------------------------------------------
    def set_trainee(self, details: TraineeDetails) -> None:
        self.details = details
        self.refresh()

    def refresh(self) -> None:
        if self.details is None:
            return
        views = run_action(self, lambda: trainee_assessments(self._session.ctx,
                                                             self.details.id))
        self.assessments = views or []
        self.trends = trends(self.assessments)
        chosen = self.family.value()
        self.family.set_choices([(t.family, t.name) for t in self.trends])
        if chosen is not None:
            self.family.set_value(chosen)
        self.list_model.set_assessments(self.assessments)
        self.empty.setVisible(not self.assessments)
        self.splitter.setVisible(bool(self.assessments))
        self.open_button.setEnabled(bool(self.assessments))
        self.family.setEnabled(len(self.trends) > 1)
        may_assess = self._session.actor.role in ASSESSORS
        self.new_button.setEnabled(may_assess)
        self.new_button.setToolTip(self.tr("New assessment (Ctrl+Shift+A)") if may_assess
                                   else self.tr("Work coaches write assessments."))
        self._show_family()

    def current_trend(self) -> FamilyTrend | None:
        family = self.family.value()
        return next((t for t in self.trends if t.family == family), None)

    def _show_family(self) -> None:
        trend = self.current_trend()
        self.chart.set_trend(trend, self.show_own.isChecked())
        self.changes.set_trend(trend)
        if trend is not None:
            self.change_title.setText(self.tr("Change from the first to the latest ({n} "
                                              "assessments)").format(n=trend.count))

    # --- actions ------------------------------------------------------------------------
    def new_assessment(self) -> QDialog | None:
        if self.details is None or self._session.actor.role not in ASSESSORS:
            return None
        active = run_action(self, lambda: templates(self._session.ctx))
        if not active:
            return None
        return self._open_dialog(active, None)

    def open_selected(self) -> QDialog | None:
        index = self.list.currentIndex()
        if not index.isValid() and self.list_model.rowCount():
            index = self.list_model.index(0, 0)
        return self._open_index(index)

    def _open_index(self, index: QModelIndex) -> QDialog | None:
        if not index.isValid() or self.details is None:
            return None
        view = self.list_model.assessment(index.row())
        return self._open_dialog([view.template], view)

    def _open_dialog(self, choices: list, existing: AssessmentView | None) -> QDialog:
        from toimi_desktop.ui.assessments.assessment_dialog import AssessmentDialog

        d = self.details
        dialog = AssessmentDialog(
            self._session, d.id, f"{d.first_name} {d.last_name}", choices, self.assessments,
            existing, read_only=self._session.actor.role not in ASSESSORS, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
