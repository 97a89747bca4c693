"""The one error-dialog helper: a domain error becomes a clear sentence for the user,
anything unexpected is logged with its traceback and reported without a crash."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from toimi_desktop.services.errors import DomainError, PermissionDenied
from toimi_desktop.ui.text import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user why an action failed. Domain errors are shown as their translated
    message; other exceptions are logged with the traceback and shown generically."""
    if isinstance(error, DomainError):
        title = (QCoreApplication.translate("errors_dialog", "Not allowed")
                 if isinstance(error, PermissionDenied)
                 else QCoreApplication.translate("errors_dialog", "Could not be done"))
        text = error_text(error)
        icon = QMessageBox.Icon.Warning
    else:
        log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
        title = QCoreApplication.translate("errors_dialog", "Unexpected error")
        text = QCoreApplication.translate(
            "errors_dialog",
            "Something went wrong and nothing was saved. The details are in the log file.")
        icon = QMessageBox.Icon.Critical
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def run_action(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a service call; on failure show the error and return None."""
    try:
        return action()
    except Exception as error:
        show_error(parent, error)
        return None
