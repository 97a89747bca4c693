"""The Attendance section: the attendance view, or a clear page for roles that may not see
attendance (the steering group sees no personal data) and for a database without
coaching environments. Rebuilt when the acting user changes.

The view (and with it SQLAlchemy, which the attendance services use) is built the first
time the section is shown, so that the main window still paints without the ORM.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from toimi_desktop.models.enums import Role
from toimi_desktop.services import reference
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.register import require_personal_data_reader
from toimi_desktop.ui.info_page import InfoPage
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import error_text

if TYPE_CHECKING:
    from toimi_desktop.ui.attendance.view import AttendanceView


class AttendanceSection(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        # The environment last chosen, per user, for as long as the app runs.
        self._last_environment: dict[str, str] = {}
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.denied = InfoPage(self.tr("Attendance"), "", parent=self)
        self.denied.setObjectName("noAccess")
        self.stack.addWidget(self.denied)
        self.view: AttendanceView | None = None
        self._built = False
        session.actorChanged.connect(self._actor_changed)

    @property
    def available(self) -> bool:
        self.ensure_built()
        return self.view is not None

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self._build()

    def _actor_changed(self) -> None:
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self._built = False
        if self.isVisible():
            self.ensure_built()

    def _build(self) -> None:
        from toimi_desktop.services.attendance import RECORDERS
        from toimi_desktop.ui.attendance.view import AttendanceView

        ctx = self._session.ctx
        try:
            require_personal_data_reader(ctx.actor)
            ctx.require_role(*RECORDERS)
        except PermissionDenied as error:
            self._deny(error_text(error), self._why_not(ctx.actor.role))
            return
        environments = reference.environments(ctx, people=True)
        if not environments:
            self._deny(self.tr("There are no coaching environments in your municipalities."),
                       self.tr("Attendance is recorded per coaching environment. The "
                               "environments come from the central server."))
            return
        username = ctx.actor.username
        # Default: the one chosen last, else the first of the user's own municipalities.
        chosen = self._last_environment.get(username, environments[0].key)
        self.view = AttendanceView(self._session, environments, chosen, self,
                                   today=self._today)
        self.view.environmentChanged.connect(
            lambda env, u=username: self._last_environment.__setitem__(u, env))
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)

    def _deny(self, subtitle: str, text: str) -> None:
        self.denied.set_text(subtitle, text)
        self.stack.setCurrentWidget(self.denied)

    def _why_not(self, role: Role) -> str:
        if role is Role.STEERING_GROUP:
            return self.tr("Attendance records are personal data. Steering groups follow "
                           "attendance through reports of aggregate figures, which do not "
                           "identify anyone.")
        return self.tr("Attendance is recorded by work coaches, career agents and "
                       "coordinators.")

    def confirm_leave(self) -> bool:
        """Before the section is left or the window closes: deal with unsaved input."""
        return self.view is None or self.view.confirm_leave()

    def focus_table(self) -> None:
        self.ensure_built()
        if self.view is not None:
            self.view.focus_table()
