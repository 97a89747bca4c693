"""The Register section: the list page and the trainee page, or a clear "no access"
message for roles that may not see personal data (the steering group)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.register import TraineeRegister
from toimi_desktop.ui.info_page import InfoPage
from toimi_desktop.ui.register.register_view import RegisterView
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import error_text
from toimi_desktop.ui.widgets.notice import NoticeBar

if TYPE_CHECKING:
    from toimi_desktop.ui.register.trainee_view import TraineeView


class RegisterSection(QWidget):
    """Rebuilds itself when the acting user changes (rights and municipalities differ)."""

    countChanged = Signal(int)  # noqa: N815 - trainees found, -1 when not available

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.notice = NoticeBar(self)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.list_view: RegisterView | None = None
        self._trainee_view: TraineeView | None = None
        self.denied = InfoPage(self.tr("Register"), "", parent=self)
        self.denied.setObjectName("noAccess")
        self.stack.addWidget(self.denied)
        self._build()
        session.actorChanged.connect(self._build)

    @property
    def available(self) -> bool:
        return self.list_view is not None

    @property
    def trainee_view(self) -> TraineeView | None:
        """The trainee page, made when first needed (not before the window paints); None
        for a role that may not see the register."""
        if self._trainee_view is None and self.list_view is not None:
            from toimi_desktop.ui.register.trainee_view import TraineeView

            view = self._trainee_view = TraineeView(self._session, self.notice.show_messages,
                                                    self)
            view.backRequested.connect(self.show_list)
            self.stack.addWidget(view)
        return self._trainee_view

    def _build(self) -> None:
        for page in (self.list_view, self._trainee_view):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self.list_view = self._trainee_view = None
        self.notice.hide()
        try:
            register = TraineeRegister(self._session.ctx)
        except PermissionDenied as error:
            self.denied.set_text(error_text(error), self.tr(
                "The register holds personal data. Steering groups follow the project "
                "through reports of aggregate figures, which do not identify anyone."))
            self.stack.setCurrentWidget(self.denied)
            self.countChanged.emit(-1)
            return
        self.list_view = RegisterView(self._session, register, self.notice.show_messages, self)
        self.list_view.openRequested.connect(self.open_trainee)
        self.list_view.countChanged.connect(self.countChanged)
        self.stack.addWidget(self.list_view)
        self.stack.setCurrentWidget(self.list_view)
        self.countChanged.emit(self.list_view.model.total_count())

    # --- navigation --------------------------------------------------------------------
    def show_list(self) -> None:
        if self.list_view is not None:
            self.stack.setCurrentWidget(self.list_view)
            self.list_view.table.setFocus()

    def open_trainee(self, trainee_id: str) -> None:
        view = self.trainee_view
        if view is not None and view.show_trainee(trainee_id):
            self.stack.setCurrentWidget(view)

    def focus_search(self) -> None:
        if self.list_view is not None:
            self.stack.setCurrentWidget(self.list_view)
            self.list_view.focus_search()

    def new_trainee(self) -> QDialog | None:
        if self.list_view is None:
            return None
        self.show_list()
        return self.list_view.new_trainee()
