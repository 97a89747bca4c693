"""Base of the data-entry dialogs: a general error line, field errors, and a height that
follows the messages shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from toimi_desktop.ui.widgets.field_errors import FieldErrors
from toimi_desktop.ui.widgets.forms import (
    fit_to_contents,
    general_error_label,
    label_fields,
    tab_leaves_fields,
)


class FormDialog(QDialog):
    """Subclasses put `self.general` at the top of their layout and wrap each input with
    `self.errors.wrap(field_name, widget)`."""

    min_width = 420

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = general_error_label(self)
        self.errors = FieldErrors(self.general, self.refit)
        self._fitted = False

    def refit(self) -> None:
        fit_to_contents(self, self.min_width)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            label_fields(self)
            tab_leaves_fields(self)
            self.refit()
