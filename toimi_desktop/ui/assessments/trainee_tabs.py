"""The trainee page's tabs for progress: Assessments, Suitable tasks, Continuation plan.

Each page is built the first time its tab is shown (QtCharts and the queries stay off the
start-up path) and reloads when shown after a change, or at once if it is the one on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from toimi_desktop.services.access import Right, has_right
from toimi_desktop.services.register import TraineeDetails
from toimi_desktop.ui.session import AppSession

ASSESSMENTS, TASKS, PLAN = "assessments", "tasks", "plan"
# The right each page needs: a role without it does not get the tab at all.
NEEDS = {ASSESSMENTS: Right.ASSESSMENTS, TASKS: Right.ASSESSMENTS, PLAN: Right.PLANS}
# Broadcast entities that each page shows.
WATCHES = {ASSESSMENTS: {"assessment", "template"},
           TASKS: {"assessment", "template", "work_task", "task", "task_evaluation"},
           PLAN: {"plan"}}  # a period change reloads the whole trainee page


class ProgressTabs(QObject):
    def __init__(self, session: AppSession, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._session = session
        self.tabs = tabs
        self.details: TraineeDetails | None = None
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        self._dirty: set[str] = set()
        titles = {ASSESSMENTS: self.tr("Assessments"), TASKS: self.tr("Suitable tasks"),
                  PLAN: self.tr("Continuation plan")}
        for name, title in titles.items():
            if not has_right(session.actor, NEEDS[name]):
                continue  # the trainee view is rebuilt when the acting user changes
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[name] = holder
            tabs.addTab(holder, title)
        tabs.currentChanged.connect(self._current_changed)
        session.dataChanged.connect(self._data_changed)

    def set_trainee(self, details: TraineeDetails) -> None:
        self.details = details
        self._dirty = set(self._holders)
        self._current_changed(self.tabs.currentIndex())

    def show_tab(self, name: str) -> QWidget | None:
        if name not in self._holders:
            return None  # not for this role
        self.tabs.setCurrentWidget(self._holders[name])
        return self.page(name)

    def page(self, name: str) -> QWidget:
        """The page of `name`, built (and loaded) if it was not yet."""
        if name not in self.pages:
            self.pages[name] = self._build(name)
            self._holders[name].layout().addWidget(self.pages[name])
            self.pages[name].show()  # added to a shown tab: shown now, not on a later event
        if name in self._dirty and self.details is not None:
            self._dirty.discard(name)
            self.pages[name].set_trainee(self.details)
        return self.pages[name]

    def _build(self, name: str) -> QWidget:
        if name == ASSESSMENTS:
            from toimi_desktop.ui.assessments.assessments_page import AssessmentsPage

            return AssessmentsPage(self._session)
        if name == TASKS:
            from toimi_desktop.ui.assessments.suitability_page import SuitabilityPage

            return SuitabilityPage(self._session)
        from toimi_desktop.ui.plans.plan_page import PlanPage

        return PlanPage(self._session)

    def _name_of(self, index: int) -> str | None:
        widget = self.tabs.widget(index)
        return next((n for n, h in self._holders.items() if h is widget), None)

    def _current_changed(self, index: int) -> None:
        name = self._name_of(index)
        if name is not None and self.details is not None:
            self.page(name)

    def _data_changed(self, entity: str, _record_id: str) -> None:
        if self.details is None:
            return
        self._dirty |= {name for name, entities in WATCHES.items()
                        if entity in entities and name in self._holders}
        self._current_changed(self.tabs.currentIndex())
