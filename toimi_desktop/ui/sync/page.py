"""The Synchronisation section: the server and user, what waits to be sent, what the server
refused (with its reasons), texts edited on two devices to resolve, and the actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.sync import state
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.sync.controller import SyncController
from toimi_desktop.ui.sync.dialogs import ConflictDialog, LoginDialog
from toimi_desktop.ui.sync.status import when_text


class SyncPage(QWidget):
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
        self.retry_button = QPushButton(self.tr("Send refused changes again"))
        self.retry_button.clicked.connect(self.retry_refused)
        buttons = QHBoxLayout()
        for button in (self.login_button, self.sync_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.conflicts = QListWidget()
        self.conflicts.itemActivated.connect(self.resolve)
        conflict_box = QGroupBox(self.tr("Texts edited on two devices (double-click to choose)"))
        QVBoxLayout(conflict_box).addWidget(self.conflicts)
        self.refused = QListWidget()
        refused_box = QGroupBox(self.tr("Changes the server refused"))
        QVBoxLayout(refused_box).addWidget(self.refused)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(conflict_box, 1)
        layout.addWidget(refused_box, 1)
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
        self.pending_label.setText(str(status.pending if status else 0))
        self.last_label.setText(when_text(status.last_success if status else None)
                                or self.tr("never"))
        self.error_label.setText(view.error or "")
        self.error_label.setVisible(bool(view.error))
        self.login_button.setText(self.tr("Log in again…") if view.configured
                                  else self.tr("Log in to a server…"))
        self.sync_button.setEnabled(view.configured and not view.running)
        self.retry_button.setEnabled(bool(status and status.rejected))

    def reload_lists(self) -> None:
        from toimi_desktop.sync.conflicts import open_conflicts

        self.conflicts.clear()
        for conflict in run_action(self, lambda: open_conflicts(self.session.db)) or []:
            item = QListWidgetItem(self.tr("{table}, field {field}: “{text}” by {name}").format(
                table=conflict.table_name, field=conflict.field,
                text=(conflict.other_value or "")[:60], name=conflict.other_by or "?"))
            item.setData(256, conflict)
            self.conflicts.addItem(item)
        self.refused.clear()
        for refusal in state.rejections(self.session.db.reader()):
            self.refused.addItem(f"{refusal.table_name} {refusal.row_id[:8]}…: "
                                 f"{refusal.reason}")

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
        self.controller.refresh()
        self.controller.sync_now()

    def resolve(self, item: QListWidgetItem) -> None:
        from toimi_desktop.sync.conflicts import resolve_conflict

        conflict = item.data(256)
        dialog = ConflictDialog(conflict, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = dialog.text()
        if run_action(self, lambda: resolve_conflict(self.session.ctx, conflict.id, text)):
            self.session.notify(conflict.table_name, conflict.row_id)
            self.reload_lists()
            self.controller.sync_now()
