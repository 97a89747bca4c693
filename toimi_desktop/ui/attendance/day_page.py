"""The day view: the grid of the day's trainees, "all remaining present", and saving.

Saving sends only the changed rows to `save_day` (all or nothing). A refused row keeps its
input and shows the service's message in red; legal-limit warnings after a save go to the
notice bar; the session's `dataChanged` tells every view that attendance changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.attendance import DaySheet, SaveDayResult, save_day
from toimi_desktop.services.errors import ValidationError
from toimi_desktop.ui.attendance import dialogs
from toimi_desktop.ui.attendance.day_model import (
    HOURS,
    NAME,
    NOTE,
    RECORDED_BY,
    STATUS,
    TASK,
    DayModel,
)
from toimi_desktop.ui.attendance.day_table import DayTable
from toimi_desktop.ui.attendance.grid_page import name_width
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import message_text

Notice = Callable[[list[str]], None]


class DayPage(QWidget):
    saved = Signal(object)  # SaveDayResult

    def __init__(self, session: AppSession, notice: Notice, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session = session
        self._notice = notice
        self.model = DayModel(self)
        self.table = DayTable(self)
        self.table.setAccessibleName(self.tr("Attendance of the day"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        # Typical content per column (the note takes the rest).
        widths = {NAME: "Hakkarainen Aleksandra", HOURS: "Tunnit",
                  TASK: "Puistojen roskahuolto", RECORDED_BY: "Pekka Huttunen"}
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        # The mark column: a letter chip and the longest word, bold when unsaved.
        bold = QFont(self.font())
        bold.setBold(True)
        header.resizeSection(STATUS, QFontMetrics(bold).horizontalAdvance(
            "Palvelua ei järjestetä") + 2 * metrics.height() + 16)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.model.unsavedChanged.connect(self._unsaved_changed)
        self.model.modelReset.connect(self._model_reset)

        self.unsaved_label = QLabel(self)
        self.unsaved_label.setObjectName("unsaved")
        self.empty_label = QLabel(self.tr("No trainee has a coaching period here on this day."),
                                  self)
        self.empty_label.hide()
        self.all_present_button = QPushButton(self.tr("All remaining present"), self)
        self.all_present_button.setToolTip(self.tr(
            "Mark every trainee due today without a mark present (Ctrl+Shift+P); those not "
            "due on this weekday (grey) are left as they are"))
        self.all_present_button.clicked.connect(self.mark_remaining_present)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the changed rows (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.unsaved_label)
        bottom.addWidget(self.empty_label)
        bottom.addStretch(1)
        bottom.addWidget(self.all_present_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._last_saved: int | None = None
        self._update()

    # --- showing ------------------------------------------------------------------------
    def set_sheet(self, sheet: DaySheet | None, read_only: bool) -> None:
        """Show a day. Unsaved input of the same day is kept; of another day it is not
        (the view asks before it changes the day)."""
        same_day = (self.model.sheet is not None and sheet is not None
                    and (self.model.sheet.environment_id, self.model.sheet.day)
                    == (sheet.environment_id, sheet.day))
        row = self.table.currentIndex().row()
        column = self.table.currentIndex().column()
        if not same_day:
            self._last_saved = None
        self.model.set_sheet(sheet, read_only, keep_drafts=same_day)
        header = self.table.horizontalHeader()
        wanted = name_width(self.fontMetrics(), [r.name for r in sheet.rows] if sheet else [])
        if header.sectionSize(NAME) < wanted:  # a namesake's birth date after the name
            header.resizeSection(NAME, wanted)
        if self.model.rowCount():
            keep = same_day and 0 <= row < self.model.rowCount()
            self.table.go_to_row(row if keep else 0, column if keep else STATUS)

    def _model_reset(self) -> None:
        self.empty_label.setVisible(self.model.sheet is not None and not self.model.rowCount())
        self._update()

    def _unsaved_changed(self, count: int) -> None:
        if count:
            self._last_saved = None
        self._update()

    def can_mark_all(self) -> bool:
        sheet = self.model.sheet
        return bool(sheet and sheet.info.held and not self.model.read_only
                    and self.model.remaining())

    def _update(self) -> None:
        count = self.model.unsaved_count()
        if count:
            text = self.tr("%n unsaved change(s)", "", count)
            style = "color: #8a5a00; font-weight: bold;"
        elif self._last_saved is not None:
            text = self.tr("Saved: %n row(s).", "", self._last_saved)
            style = "color: #2e7d32;"
        else:
            text, style = "", ""
        self.unsaved_label.setText(text)
        self.unsaved_label.setStyleSheet(style)
        self.save_button.setEnabled(bool(count))
        self.all_present_button.setEnabled(self.can_mark_all())

    # --- actions ------------------------------------------------------------------------
    def mark_remaining_present(self) -> int:
        if not self.can_mark_all():
            return 0
        count = self.model.mark_remaining_present()
        self._update()
        return count

    def save(self) -> bool:
        """Save the changed rows; True when nothing is left unsaved."""
        model, sheet = self.model, self.model.sheet
        if sheet is None or not model.unsaved_count():
            return True
        unmarked = model.unmarked_changes()
        if unmarked:
            model.set_errors({tid: self.tr("Mark the attendance first: a letter key or Space.")
                              for tid in unmarked})
            self._show_row_errors(len(unmarked))
            return False
        reason = None
        if sheet.locked:
            reason = dialogs.ask_reason(self, sheet.day)
            if reason is None:
                return False
        entries = model.entries()
        try:
            result: SaveDayResult = save_day(self._session.ctx, sheet.environment_id,
                                             sheet.day, entries, change_reason=reason)
        except ValidationError as error:
            model.set_errors({key: message_text(m) for key, m in error.errors.items()})
            self._show_row_errors(len(error.errors))
            return False
        except Exception as error:
            show_error(self, error)
            return False
        model.discard()
        self._last_saved = len(entries)
        self._update()
        self._notice([message_text(w) for w in result.warnings])
        self.saved.emit(result)
        self._session.notify("attendance", sheet.environment_id)
        return True

    def _show_row_errors(self, count: int) -> None:
        errors = self.model.errors()
        rows = sorted(self.model.row_of(tid) for tid in errors if self.model.row_of(tid) >= 0)
        lines = [self.tr("Nothing was saved: %n row(s) need attention (in red).", "", count)]
        for row in rows:
            name = self.model.sheet_row(row).name
            lines.append(f"{name}: {errors[self.model.trainee_id(row)]}")
        self._notice(lines)
        if rows:
            self.table.go_to_row(rows[0])
        self.table.setFocus()

    def confirm_leave(self) -> bool:
        """Before the day, environment or section changes: True when it may go on."""
        count = self.model.unsaved_count()
        if not count:
            return True
        answer = dialogs.ask_unsaved(self, count)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.model.discard()
            return True
        self.table.setFocus()
        return False
