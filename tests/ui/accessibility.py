"""What a screen reader would call each control: the walk used by the accessibility test."""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit, QSlider)
# Parts of a compound control that Qt names through the control itself.
_COMPOUND = (QComboBox, QAbstractSpinBox, QLineEdit)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets: the accessible name, else the button's text or
    the buddy label's text (Qt derives these itself)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _internal(widget: QWidget, root: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    if widget.window() is not root.window():  # e.g. a combo box's popup list
        return True
    parent = widget.parentWidget()
    if parent is not None and isinstance(parent.parentWidget(), QAbstractItemView) \
            and parent is parent.parentWidget().viewport():
        return True  # a cell's editor: the table and its cell are what is announced
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def show_every_tab(root: QWidget) -> None:
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
        tabs.setCurrentIndex(0)


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls under `root` with no name a screen reader could say (a symbol such as ◀
    is not a name)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _internal(widget, root):
            continue
        if not re.search(r"\w", accessible_name(widget)):
            where = widget.objectName() or type(widget.parentWidget()).__name__
            missing.append(f"{type(widget).__name__} in {where} "
                           f"(tooltip {widget.toolTip()!r})")
    return missing
