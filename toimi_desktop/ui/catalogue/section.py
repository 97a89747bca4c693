"""The "Tasks and orders" section: a coaching environment chosen at the top and tabs for the
task catalogue, work orders, planning help, service packages and the environments.

Built on first show, off the start-up path, and rebuilt when the acting user changes. The
steering group sees only what names no persons: the task catalogue and the packages.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from toimi_desktop.services import reference
from toimi_desktop.services.work_rules import PLANNERS, READERS
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.widgets.choices import ChoiceCombo
from toimi_desktop.ui.widgets.notice import NoticeBar


class CatalogueSection(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._built = False
        self.notice = NoticeBar(self)
        self.environment = ChoiceCombo()
        self.environment.setObjectName("workEnvironment")
        self.environment.setMinimumContentsLength(24)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Coaching environment")))
        top.addWidget(self.environment)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.tasks = self.orders = self.planning = self.packages = self.environments = None
        self._loaded: dict[int, object] = {}
        self.environment.currentIndexChanged.connect(self._show_current)
        self.tabs.currentChanged.connect(self._show_current)
        session.actorChanged.connect(self._actor_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()

    def ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self._build()

    def _actor_changed(self) -> None:
        if self._built:
            self._build()

    def _build(self) -> None:
        from toimi_desktop.ui.catalogue.environment_page import EnvironmentPage
        from toimi_desktop.ui.catalogue.order_page import OrderPage
        from toimi_desktop.ui.catalogue.package_page import PackagePage
        from toimi_desktop.ui.catalogue.planning_page import PlanningPage
        from toimi_desktop.ui.catalogue.task_page import TaskPage

        self.notice.hide()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        session, notice = self._session, self.notice.show_messages
        role = session.actor.role
        self.tasks = TaskPage(session, notice)
        self.tabs.addTab(self.tasks, self.tr("Task catalogue"))
        self.orders = self.planning = self.environments = None
        if role in READERS:
            self.orders = OrderPage(session, notice)
            self.tabs.addTab(self.orders, self.tr("Work orders"))
        if role in PLANNERS:
            self.planning = PlanningPage(session)
            self.tabs.addTab(self.planning, self.tr("Planning"))
        self.packages = PackagePage(session, notice)
        self.tabs.addTab(self.packages, self.tr("Service packages"))
        if role in READERS:
            self.environments = EnvironmentPage(session)
            self.tabs.addTab(self.environments, self.tr("Environments"))
        self.tabs.blockSignals(False)
        self._fill_environments()
        self._loaded.clear()
        self._show_current()

    def _fill_environments(self) -> None:
        actor = self._session.actor
        choices = reference.environments(self._session.ctx)
        self.environment.blockSignals(True)
        self.environment.set_choices([(c.key, c.label) for c in choices],
                                     none_label=self.tr("All environments"))
        own = [c.key for c in choices if c.group in actor.municipality_codes]
        if not actor.sees_all_municipalities and own:
            self.environment.set_value(own[0])  # a coach works at their own first
        self.environment.blockSignals(False)

    def environment_id(self) -> str | None:
        value = self.environment.value()
        return str(value) if value else None

    def _show_current(self) -> None:
        """Load the visible tab for the chosen environment (the others load when shown)."""
        page = self.tabs.currentWidget()
        if page is None:
            return
        env = self.environment_id()
        index = self.tabs.currentIndex()
        if self._loaded.get(index, ...) != env:
            self._loaded[index] = env
            page.set_environment(env)

    def show_tab(self, page: QWidget | None) -> None:
        self.ensure_built()
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def choose_environment(self, environment_id: str | None) -> None:
        self.ensure_built()
        self.environment.set_value(environment_id)
