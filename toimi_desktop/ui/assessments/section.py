"""The Assessments section: the assessments due (for coaches, career agents and
coordinators) and the assessment templates. The steering group sees no personal data and
gets a clear page instead. Built on first show and again when the acting user changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.register import require_personal_data_reader
from toimi_desktop.ui.info_page import InfoPage
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import error_text
from toimi_desktop.ui.widgets.forms import hint_label


class AssessmentsSection(QWidget):
    openRequested = Signal(str, str)  # noqa: N815 - trainee id, trainee page tab

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.denied = InfoPage(self.tr("Assessments"), "", parent=self)
        self.denied.setObjectName("noAccess")
        self.stack.addWidget(self.denied)
        self.content: QWidget | None = None
        self.due = None
        self.templates = None
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
            self.content = self.due = self.templates = None
        self._built = False
        if self.isVisible():
            self.ensure_built()

    def _build(self) -> None:
        from toimi_desktop.services.dashboard import DASHBOARD_READERS
        from toimi_desktop.ui.assessments.templates_panel import TemplatesPanel
        from toimi_desktop.ui.plans.dashboard import ASSESSMENTS, FollowupDashboard

        try:
            require_personal_data_reader(self._session.actor)
        except PermissionDenied as error:
            self.denied.set_text(error_text(error), self.tr(
                "Assessments are personal data. Steering groups follow progress through "
                "reports of aggregate figures."))
            self.stack.setCurrentWidget(self.denied)
            return
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint_label(self.tr(
            "Assessments are written on the trainee's page: open the trainee and choose "
            "the Assessments tab."), wrap=False))
        splitter = QSplitter()
        splitter.setOrientation(Qt.Orientation.Vertical)
        if self._session.actor.role in DASHBOARD_READERS:
            self.due = FollowupDashboard(self._session, lists=(ASSESSMENTS,))
            self.due.openRequested.connect(self.openRequested)
            due_box = QGroupBox(self.tr("Assessments due"))
            QVBoxLayout(due_box).addWidget(self.due)
            splitter.addWidget(due_box)
        self.templates = TemplatesPanel(self._session)
        templates_box = QGroupBox(self.tr("Assessment templates"))
        QVBoxLayout(templates_box).addWidget(self.templates)
        splitter.addWidget(templates_box)
        layout.addWidget(splitter, 1)
        self.stack.addWidget(self.content)
        self.stack.setCurrentWidget(self.content)
