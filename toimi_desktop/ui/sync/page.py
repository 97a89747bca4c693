"""The Synchronisation section: the server and user, what waits to be sent, texts edited on
two devices to resolve, what the server refused (with its reasons and, for a person
registered twice, opening and merging), records not stored here, and the actions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.sync import state
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.sync.controller import SyncController
from toimi_desktop.ui.sync.dialogs import LoginDialog
from toimi_desktop.ui.sync.lists import ConflictsBox, FailuresBox, RefusalsBox
from toimi_desktop.ui.sync.status import when_text


class SyncPage(QWidget):
    openRequested = Signal(str)  # noqa: N815 - a trainee to show (the existing person)

    def __init__(self, session: AppSession, controller: SyncController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.controller = session, controller
        title = QLabel(self.tr("Synchronisation"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("Everything you save stays on this computer and is sent to the "
                               "central server when it answers; changes made by others "
                               "arrive at the same time."))
        intro.setWordWrap(True)
        self.server_label, self.user_label = QLabel(), QLabel()
        self.pending_label, self.last_label = QLabel(), QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server_label)
        form.addRow(self.tr("User"), self.user_label)
        form.addRow(self.tr("Waiting to be sent"), self.pending_label)
        form.addRow(self.tr("Last successful sync"), self.last_label)
        self.login_button = QPushButton(self.tr("Log in to a server…"))
        self.login_button.clicked.connect(self.log_in)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(controller.sync_now)
        buttons = QHBoxLayout()
        for button in (self.login_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.conflicts = ConflictsBox(session)
        self.conflicts.resolved.connect(self._changed_here)
        self.refused = RefusalsBox(session)
        self.refused.openRequested.connect(self.openRequested)
        self.refused.merged.connect(self._changed_here)
        self.refused.retryRequested.connect(self.retry_refused)
        self.failures = FailuresBox(session)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.refused, 1)
        layout.addWidget(self.failures, 1)
        layout.addStretch(0)  # takes the room when every list is empty (hidden)
        controller.changed.connect(self.update_view)
        controller.finished.connect(lambda _outcome: self.reload_lists())
        self.update_view()
        self.reload_lists()

    def update_view(self) -> None:
        view = self.controller.view()
        status = view.status
        self.server_label.setText((status.server if status else None)
                                  or self.tr("not set up"))
        self.user_label.setText((status.username if status else None) or "–")
        pending = status.pending if status else 0
        self.pending_label.setText("…" if pending is None else str(pending))  # counting
        self.last_label.setText(when_text(status.last_success if status else None)
                                or self.tr("never"))
        self.error_label.setText(view.error or "")
        self.error_label.setVisible(bool(view.error))
        self.login_button.setText(self.tr("Log in again…") if view.configured
                                  else self.tr("Log in to a server…"))
        self.sync_button.setEnabled(view.configured and not view.running)

    def reload_lists(self) -> None:
        """Each list is shown only when it has something in it."""
        self.conflicts.setVisible(self.conflicts.reload() > 0)
        self.refused.setVisible(self.refused.reload() > 0)
        self.failures.setVisible(self.failures.reload() > 0)

    def log_in(self) -> None:
        status = self.controller.view().status
        dialog = LoginDialog(self.session, (status.server if status else None) or "",
                             self.session.actor.username, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.logged_in()

    def retry_refused(self) -> None:
        conn = self.session.db.raw_connection()
        try:
            state.retry_rejected(conn)
        finally:
            conn.close()
        self._changed_here()

    def _changed_here(self) -> None:
        self.reload_lists()
        self.controller.refresh()
        self.controller.sync_now()
