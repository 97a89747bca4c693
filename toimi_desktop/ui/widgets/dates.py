"""Date editors in the locale's format: a required date, and one that may be "not set"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from toimi_desktop.ui.text import date_format

_UNSET = QDate(1900, 1, 1)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateEdit(QDateEdit):
    """A required date with a calendar popup, shown as d.M.yyyy in Finnish."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(QDate(1900, 1, 2))
        self.setDate(to_qdate(value or date.today()))

    def value(self) -> date:
        return self.date().toPython()

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class _OptionalDateEdit(QDateEdit):
    """A QDateEdit whose minimum date stands for "not set" (shown as special text)."""

    def __init__(self, suggested: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggested = suggested
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(_UNSET)
        self.setSpecialValueText(self.tr("Not set"))
        self.setDate(_UNSET)
        self.calendarWidget().installEventFilter(self)

    def is_unset(self) -> bool:
        return self.date() == _UNSET

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Opening the calendar of an unset date shows the suggested month, not January 1900.
        if event.type() == QEvent.Type.Show and self.is_unset():
            start = self.suggested or date.today()
            self.calendarWidget().setCurrentPage(start.year, start.month)
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # QDateEdit moves Tab between day, month and year; with "Not set" shown there are no
        # sections and Qt keeps the focus here for ever: a keyboard trap. Leave the field.
        if self.is_unset():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(_UNSET)
            return
        if self.is_unset() and (event.text().isdigit() or event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)):
            self.setDate(to_qdate(self.suggested or date.today()))
            if not event.text().isdigit():
                return
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: the editor plus a button that clears it.
    The Delete key clears it too."""

    changed = Signal()

    def __init__(self, value: date | None = None, suggested: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = _OptionalDateEdit(suggested, self)
        self.setFocusProxy(self.editor)
        clear = QToolButton(self)
        clear.setText("×")
        clear.setAutoRaise(True)
        clear.setToolTip(self.tr("Clear the date"))
        clear.setAccessibleName(self.tr("Clear the date"))
        clear.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor, 1)
        layout.addWidget(clear)
        self.editor.dateChanged.connect(self.changed)
        self.set_value(value)

    def value(self) -> date | None:
        return None if self.editor.is_unset() else self.editor.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.editor.setDate(_UNSET if value is None else to_qdate(value))


class OptionalDateCell(_OptionalDateEdit):
    """An optional date as a table cell's editor: one widget (Delete empties it), so Tab
    moves on to the next cell instead of into a clear button."""

    def __init__(self, suggested: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(suggested, parent)

    def value(self) -> date | None:
        return None if self.is_unset() else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(_UNSET if value is None else to_qdate(value))
