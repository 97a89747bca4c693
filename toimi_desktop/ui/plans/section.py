"""The Continuation plans section: the follow-up dashboard of career agents, coaches and
coordinators. Plans themselves are written on the trainee's page. Other roles get a clear
page. Built on first show and again when the acting user changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.register import require_personal_data_reader
from toimi_desktop.ui.info_page import InfoPage
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, error_text
from toimi_desktop.ui.widgets.forms import hint_label


class PlansSection(QWidget):
    openRequested = Signal(str, str)  # noqa: N815 - trainee id, trainee page tab

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.denied = InfoPage(self.tr("Continuation plans"), "", parent=self)
        self.denied.setObjectName("noAccess")
        self.stack.addWidget(self.denied)
        self.content: QWidget | None = None
        self.dashboard = None
        self._built = False
        session.actorChanged.connect(self._actor_changed)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self._build()

    def _actor_changed(self) -> None:
        if self.content is not None:
            self.stack.removeWidget(self.content)
            self.content.deleteLater()
            self.content = self.dashboard = None
        self._built = False
        if self.isVisible():
            self.ensure_built()

    def _build(self) -> None:
        from toimi_desktop.services.dashboard import DASHBOARD_READERS
        from toimi_desktop.ui.plans.dashboard import FollowupDashboard

        actor = self._session.actor
        try:
            require_personal_data_reader(actor)
        except PermissionDenied as error:
            self.denied.set_text(error_text(error), self.tr(
                "Continuation plans are personal data. Steering groups follow outcomes "
                "through reports of aggregate figures."))
            self.stack.setCurrentWidget(self.denied)
            return
        if actor.role not in DASHBOARD_READERS:
            self.denied.set_text(
                self.tr("The follow-up dashboard is for career agents, coaches and "
                        "coordinators."),
                self.tr("As {role} you can read a trainee's plan on the trainee's page.")
                .format(role=enum_label(actor.role)))
            self.stack.setCurrentWidget(self.denied)
            return
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint_label(self.tr(
            "What is due. Plans are written on the trainee's page: open a row (Enter or "
            "double-click)."), wrap=False))
        self.dashboard = FollowupDashboard(self._session)
        self.dashboard.openRequested.connect(self.openRequested)
        layout.addWidget(self.dashboard, 1)
        self.stack.addWidget(self.content)
        self.stack.setCurrentWidget(self.content)
