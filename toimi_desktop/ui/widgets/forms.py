"""Helpers shared by the dialogs: form layouts, hints, the save/cancel buttons."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

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


_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _input_of(widget: QWidget | None) -> QWidget | None:
    """The input a form row's field stands for: itself, its focus proxy, or its first input
    (a field wrapped with its error line, a date with its clear button)."""
    if widget is None or isinstance(widget, _INPUTS):
        return widget
    if widget.focusProxy() is not None:
        return _input_of(widget.focusProxy())
    return next((child for child in widget.findChildren(QWidget)
                 if isinstance(child, _INPUTS)), None)


def _first_widget(layout: QLayout) -> QWidget | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            return item.widget()
        if item.layout() is not None and (found := _first_widget(item.layout())):
            return found
    return None


def plain_label(text: str) -> str:
    """A label's text as a screen reader should say it: no mnemonic &, markup or "*"."""
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "")
    return text.replace("\0", "&").removesuffix(" *").strip()


def label_fields(root: QWidget) -> None:
    """Tie each form label to its input: the label's mnemonic focuses the input, and the
    input gets the label as its accessible name. Qt does this only when the input itself is
    the row's field; ours are often wrapped (error line, clear button)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label = label_item.widget()
            if not isinstance(label, QLabel) or not plain_label(label.text()):
                continue
            field = field_item.widget() or (field_item.layout() and
                                            _first_widget(field_item.layout()))
            target = _input_of(field)
            if target is None:
                continue
            if label.buddy() is None or label.buddy() is field:
                label.setBuddy(target)
            if not target.accessibleName():
                target.setAccessibleName(plain_label(label.text()))


def tab_leaves_fields(root: QWidget) -> None:
    """In a form, Tab goes to the next field: a text box does not take it as a character
    and a table does not move between its cells with it (arrow keys do that), so the
    keyboard never gets stuck in one field."""
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
