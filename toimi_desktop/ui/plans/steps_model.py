"""A plan's steps as a table: what, who is responsible, by when, status. Editable in the
plan dialog (a date editor that may be left empty, a status combo)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from toimi_desktop.models.enums import StepStatus
from toimi_desktop.services.plans import StepInput, StepView
from toimi_desktop.ui.text import enum_label, format_date
from toimi_desktop.ui.widgets.dates import OptionalDateCell
from toimi_desktop.ui.widgets.keyboard import tab_out_of_table

AnyIndex = QModelIndex | QPersistentModelIndex
WHAT, RESPONSIBLE, DUE, STATUS = range(4)


class StepsModel(QAbstractTableModel):
    def __init__(self, steps: Sequence[StepView | StepInput] = (), editable: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self._rows: list[StepInput] = []
        self._headers = [self.tr("What"), self.tr("Responsible"), self.tr("By"),
                         self.tr("Status")]
        self.set_steps(steps)

    def set_steps(self, steps: Sequence[StepView | StepInput]) -> None:
        self.beginResetModel()
        self._rows = [StepInput(s.what, s.responsible, s.due_on, s.status, s.id) for s in steps]
        self.endResetModel()

    def steps(self) -> list[StepInput]:
        return [StepInput(s.what, s.responsible, s.due_on, s.status, s.id) for s in self._rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        step, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (step.what, step.responsible or "", format_date(step.due_on),
                      enum_label(StepStatus(step.status)))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.EditRole:
            values = (step.what, step.responsible or "", step.due_on, StepStatus(step.status))
            return values[column] if 0 <= column < len(values) else None
        return None

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self.editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        step, column = self._rows[index.row()], index.column()
        if column == WHAT:
            step.what = str(value or "")
        elif column == RESPONSIBLE:
            step.responsible = str(value or "") or None
        elif column == DUE:
            if value is not None and not isinstance(value, date):
                return False
            step.due_on = value
        elif column == STATUS:
            step.status = StepStatus(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def add_step(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(StepInput(""))
        self.endInsertRows()
        return row

    def remove_step(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move_step(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                           target + 1 if delta > 0 else target)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target


class StepDelegate(QStyledItemDelegate):
    """A date editor that may be left empty for "by" (Delete empties it), a combo for the
    status. Tab in the last cell leaves the table: a keyboard user is not kept circling."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QWidget) and tab_out_of_table(self, editor, event):
            return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        if index.column() == DUE:
            editor = OptionalDateCell(suggested=date.today(), parent=parent)
            editor.setAutoFillBackground(True)
            return editor
        if index.column() == STATUS:
            combo = QComboBox(parent)
            for status in StepStatus:
                combo.addItem(enum_label(status), status.value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if index.column() == DUE:
            editor.set_value(value)
        elif index.column() == STATUS:
            editor.setCurrentIndex(max(0, editor.findData(StepStatus(value).value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,
                     index: QModelIndex) -> None:
        if index.column() == DUE:
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif index.column() == STATUS:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
