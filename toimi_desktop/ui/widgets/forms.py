"""Helpers shared by the dialogs: form layouts, hints, the save/cancel buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from toimi_desktop.ui.widgets.field_errors import ERROR_COLOUR


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose labels sit left of the fields and wrap instead of clipping."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setVerticalSpacing(6)
    return form


def hint_label(text: str, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    """A small grey explanation under a field or section. Short one-liners are better
    without `wrap`: a wrapping label in a form reserves room for lines it may not need."""
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def general_error_label(parent: QWidget | None = None) -> QLabel:
    """The dialog-wide error line (for messages that belong to no single field)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("general_error")
    label.setStyleSheet(
        f"color: {ERROR_COLOUR}; border: 1px solid {ERROR_COLOUR}; border-radius: 3px;"
        " padding: 6px;")
    label.setVisible(False)
    return label


def required(text: str) -> str:
    """A form label marked as required."""
    return f"{text} *"


def fit_to_contents(dialog: QWidget, min_width: int = 0) -> None:
    """Make a window tall enough for its wrapped labels at its width (Qt does not apply
    height-for-width to top-level windows by itself); call after messages appear."""
    layout = dialog.layout()
    if layout is None:
        return
    width = max(dialog.width(), min_width, layout.totalSizeHint().width())
    height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    dialog.resize(width, max(height, layout.totalMinimumSize().height()))
