"""The sync page's three lists, each record named the way users know it (the trainee and the
day, the field's label): texts edited on two devices, changes the server refused (with the
actions a duplicate person needs), and records from the server not stored here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.sync import describe
from toimi_desktop.sync.conflicts import ConflictView, open_conflicts
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.sync.dialogs import ConflictDialog

ROLE = Qt.ItemDataRole.UserRole


def _list() -> QListWidget:
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setAlternatingRowColors(True)
    return widget


class ConflictsBox(QGroupBox):
    """Free-text conflicts; double-click (or Enter) opens the dialog to choose."""

    resolved = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Texts edited on two devices (double-click to choose)"))
        self.list = _list()
        self.list.setAccessibleName(self.title())
        self.list.itemActivated.connect(self.resolve)
        QVBoxLayout(self).addWidget(self.list)

    def reload(self) -> int:
        self.list.clear()
        conflicts = run_action(self, lambda: open_conflicts(self.session.db)) or []
        for conflict in conflicts:
            item = QListWidgetItem(self.tr("{record} – {field}: “{text}” by {name}").format(
                record=conflict.what, field=conflict.field_label,
                text=(conflict.other_value or "")[:60], name=conflict.other_by or "?"))
            item.setData(ROLE, conflict)
            self.list.addItem(item)
        return len(conflicts)

    def resolve(self, item: QListWidgetItem) -> None:
        from toimi_desktop.sync.conflicts import resolve_conflict

        conflict: ConflictView = item.data(ROLE)
        dialog = ConflictDialog(conflict, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = dialog.text()
        if run_action(self, lambda: resolve_conflict(self.session.ctx, conflict.id, text)):
            self.session.notify(conflict.table_name, conflict.row_id)
            self.resolved.emit()


class RefusalsBox(QGroupBox):
    """Changes the server refused. A person registered twice can be opened and merged."""

    openRequested = Signal(str)  # noqa: N815 - Qt signal naming
    merged = Signal()
    retryRequested = Signal()  # noqa: N815

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Changes the server refused"))
        self.list = _list()
        self.list.setAccessibleName(self.title())
        self.list.currentItemChanged.connect(self._selected)
        self.open_button = QPushButton(self.tr("Open the existing person"))
        self.open_button.clicked.connect(self.open_existing)
        self.merge_button = QPushButton(self.tr("Merge this copy into the existing person…"))
        self.merge_button.clicked.connect(self.merge)
        self.retry_button = QPushButton(self.tr("Send refused changes again"))
        self.retry_button.clicked.connect(self.retryRequested)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.merge_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._selected(None)

    def reload(self) -> int:
        self.list.clear()
        refusals = describe.refusals(self.session.db.reader())
        for refusal in refusals:
            item = QListWidgetItem(f"{refusal.what}\n{refusal.reason}")
            item.setData(ROLE, refusal)
            self.list.addItem(item)
        self.retry_button.setEnabled(bool(refusals))
        if refusals:
            self.list.setCurrentRow(0)
        self._selected(self.list.currentItem())
        return len(refusals)

    def _duplicate(self) -> describe.Refusal | None:
        item = self.list.currentItem()
        refusal = item.data(ROLE) if item is not None else None
        if refusal is None or refusal.code != "duplicate_hetu" or not refusal.other_id:
            return None
        return refusal

    def _selected(self, _item: QListWidgetItem | None) -> None:
        duplicate = self._duplicate() is not None
        self.open_button.setEnabled(duplicate)
        self.merge_button.setEnabled(duplicate)

    def open_existing(self) -> None:
        refusal = self._duplicate()
        if refusal is not None:
            self.openRequested.emit(refusal.other_id)

    def confirm_box(self) -> QMessageBox | None:
        """The question asked before merging the selected copy (None: nothing to merge)."""
        refusal = self._duplicate()
        if refusal is None:
            return None
        conn = self.session.db.reader()
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Merge the copy"),
            self.tr("Everything recorded on this computer for {copy} (periods, attendance, "
                    "assessments, plans) moves to {person}, who is already in the register, "
                    "and the copy is removed. Merge?").format(
                copy=describe.record_name(conn, "trainee", refusal.row_id),
                person=describe.record_name(conn, "trainee", refusal.other_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def merge(self) -> None:
        from toimi_desktop.services.duplicates import merge_trainee

        refusal, box = self._duplicate(), self.confirm_box()
        if refusal is None or box is None or box.exec() != QMessageBox.StandardButton.Yes:
            return
        person = describe.record_name(self.session.db.reader(), "trainee", refusal.other_id)
        result = run_action(self, lambda: merge_trainee(self.session.ctx, refusal.row_id,
                                                        refusal.other_id))
        if result is None:
            return
        text = self.tr("%n record(s) moved to {person}.", "", result.moved).format(
            person=person)
        if result.days_in_both:
            text += " " + self.tr("On %n day(s) both had an attendance entry: the existing "
                                  "person's entry was kept.", "", result.days_in_both)
        QMessageBox.information(self, self.tr("Merged"), text)
        self.session.notify("trainee", result.trainee_id)
        self.merged.emit()


class FailuresBox(QGroupBox):
    """Records from the server this computer could not store (kept, tried at every sync)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Records from the server not stored on this computer"))
        self.list = _list()
        self.list.setAccessibleName(self.title())
        QVBoxLayout(self).addWidget(self.list)

    def reload(self) -> int:
        self.list.clear()
        failures = describe.failures(self.session.db.reader())
        for failure in failures:
            item = QListWidgetItem(f"{failure.what}\n{failure.reason}")
            item.setToolTip(failure.detail)
            item.setData(ROLE, failure)
            self.list.addItem(item)
        return len(failures)
