"""The File menu's data actions: Import…, Back up…, Restore…, and the status-bar reminder to
back up while changes wait for sync.

A restore cannot replace the database under the app's own open connections: the backup is
checked and prepared here, and put in place when the app starts again (it restarts itself
after the user confirms; see `app.main`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox

from toimi_desktop.models.enums import Role
from toimi_desktop.services.trainees import WRITERS
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import format_date

if TYPE_CHECKING:
    from toimi_desktop.services.backup import BackupInfo, BackupReminder
    from toimi_desktop.ui.imports.dialog import ImportDialog

REMINDER_CHECK_MS = 10 * 60 * 1000
FIRST_CHECK_MS = 3000  # after start-up, off the first paint's path
RESTART_PROPERTY = "toimi_restart_after_quit"  # read by app.main after the event loop


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))


class DataActions(QObject):
    def __init__(self, session: AppSession, window: QMainWindow) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self.last_operation: Operation | None = None
        self.import_action = QAction(self.tr("&Import from a spreadsheet…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda _checked=False: self.open_import())
        self.backup_action = QAction(self.tr("&Back up…"), window)
        self.backup_action.triggered.connect(lambda _checked=False: self.backup())
        self.restore_action = QAction(self.tr("&Restore from a backup…"), window)
        self.restore_action.triggered.connect(lambda _checked=False: self.restore())
        self.reminder = QLabel()
        self.reminder.setObjectName("backupReminder")
        self.reminder.setStyleSheet("#backupReminder { background: #fff4d6; color: #4a3900;"
                                    " border: 1px solid #e0b84a; border-radius: 3px;"
                                    " padding: 0 6px; }")
        self.reminder.linkActivated.connect(lambda _link: self.backup())
        self.reminder.hide()
        self._timer = QTimer(self, interval=REMINDER_CHECK_MS,
                             timeout=lambda: self.refresh_reminder())
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, lambda: self.refresh_reminder())
        session.actorChanged.connect(self._actor_changed)
        session.dataChanged.connect(self._data_changed)
        self._actor_changed()

    def actions(self) -> list[QAction]:
        return [self.import_action, self.backup_action, self.restore_action]

    def _actor_changed(self) -> None:
        role = self._session.actor.role
        self.import_action.setEnabled(role in WRITERS)
        # A backup holds everyone's personal data: not for a steering-group user.
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(role is not Role.STEERING_GROUP)

    def _data_changed(self, entity: str, _record_id: str) -> None:
        if entity == "sync" or not self.reminder.isVisible():
            self.refresh_reminder()

    # --- import ---------------------------------------------------------------------------
    def open_import(self) -> ImportDialog | None:
        if not self.import_action.isEnabled():
            return None
        from toimi_desktop.ui.imports.dialog import ImportDialog  # off the start-up path

        dialog = ImportDialog(self._session, self._window)
        dialog.setModal(True)
        dialog.show()
        return dialog

    # --- backup ---------------------------------------------------------------------------
    def backup(self, path: Path | None = None) -> Operation | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self._window, self.tr("Back up the database"),
                str(_documents() / f"toimi-varmuuskopio-{date.today().isoformat()}.db"),
                self.tr("TOIMI backup (*.db)"))
            if not name:
                return None
            path = Path(name)
        from toimi_desktop.services.backup import backup_database

        db = self._session.db
        self.backup_action.setEnabled(False)
        operation = Operation(self._window, lambda: backup_database(db, path))
        operation.success(lambda result: self._backed_up(result.path))
        operation.finished.connect(self._actor_changed)
        self.last_operation = operation.run_in_background()
        return operation

    def _backed_up(self, path: Path) -> None:
        self._window.statusBar().showMessage(
            self.tr("Backed up to {path}").format(path=path), 10000)
        self.refresh_reminder()

    # --- restore --------------------------------------------------------------------------
    def restore(self, path: Path | None = None) -> Operation | None:
        """Check and prepare a backup in the background, then ask before restarting."""
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self._window, self.tr("Restore from a backup"), str(_documents()),
                self.tr("TOIMI backup (*.db);;All files (*)"))
            if not name:
                return None
            path = Path(name)
        from toimi_desktop.services.backup import prepare_restore

        db_path = self._session.db.path
        operation = Operation(self._window, lambda: prepare_restore(db_path, path))
        operation.success(self._confirm_restore)
        self.last_operation = operation.run_in_background()
        return operation

    def confirm_text(self, info: BackupInfo) -> str:
        when = format_date(info.last_change.date()) if info.last_change else "–"
        return self.tr(
            "Restore the backup {file}?\n\nIt has {trainees} trainees; its last change was "
            "made on {date}. Changes made after the backup that have not been synced are "
            "lost.\n\nThe current database is kept beside it as a copy. TOIMI Desktop closes "
            "and starts again to finish the restore.").format(
                file=info.path.name, trainees=info.trainees, date=when)

    def _confirm_restore(self, info: BackupInfo) -> None:
        answer = QMessageBox.question(
            self._window, self.tr("Restore from a backup"), self.confirm_text(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_to_restore()
        else:
            from toimi_desktop.services.backup import cancel_restore

            cancel_restore(self._session.db.path)

    def restart_to_restore(self) -> None:
        from toimi_desktop.services.backup import mark_restore_ready

        mark_restore_ready(self._session.db.path)
        app = QApplication.instance()
        app.setProperty(RESTART_PROPERTY, True)
        self._window.close()

    # --- reminder -------------------------------------------------------------------------
    def refresh_reminder(self, now: datetime | None = None) -> BackupReminder | None:
        from toimi_desktop.services.backup import backup_reminder

        reminder = backup_reminder(self._session.db, now or datetime.now(UTC))
        self.reminder.setVisible(reminder is not None and self.backup_action.isEnabled())
        if reminder is not None:
            if reminder.last_backup is None:
                text = self.tr("No backup yet and %Ln change(s) not synced.", "",
                               reminder.pending)
            else:
                text = self.tr("Last backup {date}; %Ln change(s) not synced.", "",
                               reminder.pending).format(
                    date=format_date(reminder.last_backup.astimezone().date()))
            link = self.tr("Back up now")
            # The link first: a crowded status bar cuts the label's end, never the action.
            self.reminder.setText(f'<a href="backup">{link}</a> · {text}')
            self.reminder.setToolTip(text)
        return reminder
