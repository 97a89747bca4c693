"""Combos and lists whose items carry Python values (kept beside Qt, never converted)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget, QListWidgetItem, QWidget

from toimi_desktop.models.enums import LabelledEnum
from toimi_desktop.ui.text import enum_label, yes_no


def enum_choices(enum_cls: type[LabelledEnum],
                 members: Iterable[LabelledEnum] | None = None) -> list[tuple[object, str]]:
    """(member, translated label) for each member, in declaration order."""
    return [(member, enum_label(member)) for member in (members or list(enum_cls))]


class ChoiceCombo(QComboBox):
    """A combo of (value, label) pairs; an optional first item stands for "none" (None)."""

    def __init__(self, choices: Iterable[tuple[object, str]] = (), none_label: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[object] = []
        self.set_choices(choices, none_label)

    def set_choices(self, choices: Iterable[tuple[object, str]],
                    none_label: str | None = None) -> None:
        """Replace the items, keeping the current value when it is still offered.
        `currentIndexChanged` is emitted once, and only if the value changed."""
        previous = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        if none_label is not None:
            self.addItem(none_label)
            self._values.append(None)
        for value, label in choices:
            self.addItem(label)
            self._values.append(value)
        if not self.set_value(previous):
            self.setCurrentIndex(0 if self._values else -1)
        self.blockSignals(False)
        if not _same(previous, self.value()):
            self.currentIndexChanged.emit(self.currentIndex())

    def value(self) -> object | None:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def values(self) -> list[object]:
        return list(self._values)

    def set_value(self, value: object | None) -> bool:
        """Select `value`; returns False (and changes nothing) if it is not offered."""
        for index, candidate in enumerate(self._values):
            if _same(candidate, value):
                self.setCurrentIndex(index)
                return True
        return False


def _same(a: object, b: object) -> bool:
    """Equality that keeps None, True/False and 1/0 apart (tri-state answers)."""
    if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b


class TriStateCombo(ChoiceCombo):
    """An ESF+ question: not asked or declined (None), yes (True), no (False)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([(True, yes_no(True)), (False, yes_no(False))],
                         none_label=yes_no(None), parent=parent)


class CheckList(QListWidget):
    """A list of checkable (value, label) items, as tall as its content."""

    def __init__(self, choices: Sequence[tuple[object, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._values = [value for value, _label in choices]
        for _value, label in choices:
            item = QListWidgetItem(label, self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = max(1, self.count())
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)

    def checked_values(self) -> list[object]:
        return [value for row, value in enumerate(self._values)
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, values: Iterable[object]) -> None:
        wanted = {v.value if isinstance(v, Enum) else v for v in values}
        for row, value in enumerate(self._values):
            key = value.value if isinstance(value, Enum) else value
            self.item(row).setCheckState(
                Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)
