"""The status bar's sync part: online or offline, changes waiting, the last successful sync,
and while a transfer runs its progress with a Cancel button."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from toimi_desktop.ui.sync.controller import SyncController
from toimi_desktop.ui.text import format_datetime


def when_text(iso: str | None) -> str:
    """An ISO time as the UI shows it, in local time and the locale's format (d.M.yyyy
    H.mm in Finnish)."""
    if not iso:
        return ""
    return format_datetime(datetime.fromisoformat(iso))


class SyncStatusWidget(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.state_label = QLabel()
        self.pending_label = QLabel()
        self.last_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(controller.cancel)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(controller.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        for widget in (self.state_label, self.pending_label, self.last_label, self.progress,
                       self.cancel_button, self.sync_button):
            layout.addWidget(widget)
        controller.changed.connect(self.update_view)
        self.update_view()

    def update_view(self) -> None:
        view = self.controller.view()
        status = view.status
        if not view.configured:
            self.state_label.setText(self.tr("Sync: not set up"))
        elif view.running:
            self.state_label.setText(self.tr("Syncing…"))
        elif view.online is False:
            self.state_label.setText(self.tr("Offline"))
        elif view.online:
            self.state_label.setText(self.tr("Online"))
        else:
            self.state_label.setText(self.tr("Sync"))
        self.state_label.setToolTip(view.error or "")
        pending = status.pending if status else 0
        self.pending_label.setText(self.tr("%n change(s) to send", "", pending or 0))
        self.pending_label.setVisible(view.configured and pending is not None)  # counted
        last = when_text(status.last_success if status else None)
        self.last_label.setText(self.tr("Last sync {when}").format(when=last) if last
                                else self.tr("Never synced"))
        self.last_label.setVisible(view.configured)
        self.progress.setVisible(view.running)
        self.cancel_button.setVisible(view.running)
        self.sync_button.setVisible(view.configured and not view.running)
        if view.running:
            if view.total:
                self.progress.setRange(0, view.total)
                self.progress.setValue(min(view.done, view.total))
                self.progress.setFormat(self.tr("Sending %v/%m"))
            else:
                self.progress.setRange(0, 0)  # busy: records keep arriving
                self.progress.setFormat(self.tr("Receiving"))
