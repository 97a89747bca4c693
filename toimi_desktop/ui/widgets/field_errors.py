"""Field-level validation feedback: a service's ValidationError shown under each widget.

Each input widget is wrapped with `FieldErrors.wrap(name, widget)`, which returns a small
container (the widget with a hidden error line under it) to put in the form. On save,
the dialog calls the service; on ValidationError it calls `show(error)`: each message
appears under the widget of the matching field name, with a red border, and the first
such widget gets focus. Messages for fields without a widget go to the general label, so
nothing the service said is lost. Editing a field clears its message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.errors import Message, ValidationError
from toimi_desktop.ui.text import message_text

ERROR_COLOUR = "#b3261e"
_BORDERED = (QLineEdit, QComboBox, QAbstractSpinBox, QListWidget, QPlainTextEdit)


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setVisible(False)
    return label


@dataclass
class _Field:
    widget: QWidget
    label: QLabel


def _border_target(widget: QWidget) -> QWidget:
    """The widget that gets the red border: the widget itself or its first editor child."""
    if isinstance(widget, _BORDERED):
        return widget
    for child in widget.findChildren(QWidget):
        if isinstance(child, _BORDERED):
            return child
    return widget


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    target = _border_target(widget)
    base = next(cls.__name__ for cls in type(target).__mro__ if cls in _BORDERED)
    target.setStyleSheet(
        f"{base} {{ border: 1px solid {ERROR_COLOUR}; border-radius: 3px; padding: 2px; }}"
        if invalid else "")
    target.setProperty("invalid", invalid)


class FieldErrors:
    """The error lines of one form, by the service's input field names."""

    def __init__(self, general: QLabel, on_layout_change: Callable[[], None] | None = None
                 ) -> None:
        self.general = general
        self._fields: dict[str, _Field] = {}
        self._on_layout_change = on_layout_change

    def wrap(self, name: str, widget: QWidget) -> QWidget:
        """`widget` with its (hidden) error line below; put the result in the layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = error_label(box)
        label.setObjectName(f"error_{name}")
        layout.addWidget(label)
        self._fields[name] = _Field(widget, label)
        self._clear_on_edit(name, widget)
        return box

    def _clear_on_edit(self, name: str, widget: QWidget) -> None:
        for signal_name in ("textEdited", "currentIndexChanged", "changed", "valueChanged",
                            "dateChanged", "itemChanged", "textChanged"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_args, n=name: self.clear_field(n))
                return

    def label(self, name: str) -> QLabel:
        return self._fields[name].label

    def clear_field(self, name: str) -> None:
        entry = self._fields.get(name)
        if entry and not entry.label.isHidden():
            entry.label.clear()
            entry.label.setVisible(False)
            _set_invalid(entry.widget, False)

    def clear(self) -> None:
        for name in self._fields:
            self.clear_field(name)
        self.general.clear()
        self.general.setVisible(False)

    def show(self, error: ValidationError) -> None:
        self.clear()
        unmatched: list[Message] = []
        first: QWidget | None = None
        for name, message in error.errors.items():
            entry = self._fields.get(name)
            if entry is None:
                unmatched.append(message)
                continue
            entry.label.setText(message_text(message))
            entry.label.setVisible(True)
            _set_invalid(entry.widget, True)
            first = first or entry.widget
        if unmatched:
            self.general.setText("\n".join(message_text(m) for m in unmatched))
            self.general.setVisible(True)
        if self._on_layout_change is not None:
            self._on_layout_change()
        if first is not None:
            first.setFocus()

    def messages(self) -> dict[str, str]:
        """The messages now shown, by field name (for tests and accessibility)."""
        return {name: entry.label.text() for name, entry in self._fields.items()
                if not entry.label.isHidden()}
