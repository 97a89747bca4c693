"""Small modal questions of the attendance view. Each is a module-level function so that
callers (and tests) reach them as `dialogs.ask_…`."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.attendance import month_start
from toimi_desktop.ui.widgets.choices import ChoiceCombo
from toimi_desktop.ui.widgets.dates import DateEdit
from toimi_desktop.ui.widgets.forms import form_layout

Button = QMessageBox.StandardButton
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def month_name(month: date) -> str:
    """"marraskuu 2026" in Finnish, "November 2026" in English."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name} {month.year}"


class UnsavedBox(QMessageBox):
    """Save, discard or stay: asked when leaving a day with unsaved marks. (A class, so that
    lupdate of every supported PySide6 sees the plural form of its tr() call.)"""

    def __init__(self, parent: QWidget | None, count: int) -> None:
        super().__init__(QMessageBox.Icon.Question, "", "",
                         Button.Save | Button.Discard | Button.Cancel, parent)
        self.setWindowTitle(self.tr("Unsaved attendance"))
        self.setText(self.tr("%n attendance mark(s) have not been saved.", "", count))
        self.setInformativeText(self.tr("Save them before you go on?"))
        self.setDefaultButton(Button.Save)
        self.setEscapeButton(Button.Cancel)
        self.setObjectName("unsavedAttendance")


def unsaved_box(parent: QWidget | None, count: int) -> QMessageBox:
    return UnsavedBox(parent, count)


def ask_unsaved(parent: QWidget | None, count: int) -> Button:
    """Save, Discard or Cancel."""
    return Button(unsaved_box(parent, count).exec())


class _Form(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        if text:
            label = QLabel(text, self)
            label.setWordWrap(True)
            self.layout_.addWidget(label)
        self.form = form_layout()
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(380)


class ReasonDialog(_Form):
    """Why an approved month's attendance is changed (the reason goes to the audit log)."""

    def __init__(self, parent: QWidget | None, month: date) -> None:
        text = translate("AttendanceDialogs",
                         "The allowance of {month} has already been approved. Changing its "
                         "attendance needs a reason, which is logged.")
        super().__init__(parent, translate("AttendanceDialogs", "Reason for the change"),
                         text.format(month=month_name(month)))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            translate("AttendanceDialogs", "e.g. a doctor's certificate arrived later"))
        self.form.addRow(translate("AttendanceDialogs", "Reason"), self.reason)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))


def ask_reason(parent: QWidget | None, month: date) -> str | None:
    dialog = ReasonDialog(parent, month)
    return dialog.reason.text().strip() if dialog.exec() else None


class MonthDialog(_Form):
    """Choose a month (the last two years), e.g. for the allowance report."""

    def __init__(self, parent: QWidget | None, title: str, default: date, text: str = "",
                 latest: date | None = None) -> None:
        super().__init__(parent, title, text)
        months = []
        month = month_start(latest or date.today())
        for _ in range(25):
            months.append((month, month_name(month)))
            month = month_start(month - timedelta(days=1))
        self.month = ChoiceCombo(months, parent=self)
        self.month.set_value(month_start(default))
        self.form.addRow(translate("AttendanceDialogs", "Month"), self.month)


def ask_month(parent: QWidget | None, title: str, default: date, text: str = "") -> date | None:
    dialog = MonthDialog(parent, title, default, text)
    value = dialog.month.value() if dialog.exec() else None
    return value if isinstance(value, date) else None


class RangeDialog(_Form):
    """A date range, and whether to limit it to the environment on screen."""

    def __init__(self, parent: QWidget | None, title: str, start: date, end: date,
                 environment: str) -> None:
        super().__init__(parent, title)
        self.start = DateEdit(start, self)
        self.end = DateEdit(end, self)
        only = translate("AttendanceDialogs", "Only {environment}")
        self.only_environment = QCheckBox(only.format(environment=environment), self)
        self.only_environment.setChecked(True)
        self.form.addRow(translate("AttendanceDialogs", "From"), self.start)
        self.form.addRow(translate("AttendanceDialogs", "To"), self.end)
        self.form.addRow("", self.only_environment)


def ask_range(parent: QWidget | None, title: str, start: date, end: date, environment: str
              ) -> tuple[date, date, bool] | None:
    """(start, end, only this environment), or None if cancelled."""
    dialog = RangeDialog(parent, title, start, end, environment)
    if not dialog.exec():
        return None
    first, last = sorted((dialog.start.value(), dialog.end.value()))
    return first, last, dialog.only_environment.isChecked()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.Cancel, parent)
    ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(Button.Cancel)
    box.exec()
    return box.clickedButton() is ok


def offer_to_open(parent: QWidget | None, path: str) -> QMessageBox:
    """Tell where a report was saved and offer to open it; non-blocking."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    box = QMessageBox(QMessageBox.Icon.Information, translate("AttendanceDialogs", "Report ready"),
                      translate("AttendanceDialogs", "The report was saved to\n{path}")
                      .format(path=path),
                      Button.Close, parent)
    box.setObjectName("reportReady")
    open_button = box.addButton(translate("AttendanceDialogs", "Open"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(open_button)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
    box.finished.connect(box.deleteLater)
    box.open()
    return box
