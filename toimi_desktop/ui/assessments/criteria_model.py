"""A template's criteria as a table: read-only in the template list, editable in the
template dialog (key, name, group, scale, suitability dimension, level descriptions)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from toimi_desktop.services.assessments import DIMENSIONS, Criterion
from toimi_desktop.services.suitability import dimension_of

AnyIndex = QModelIndex | QPersistentModelIndex
KEY, LABEL, GROUP, LOW, HIGH, DIMENSION, LEVELS = range(7)
_LEVEL = re.compile(r"^\s*(\d+)\s*[=:]\s*(.+?)\s*$")


def levels_text(levels: dict[int, str]) -> str:
    return "; ".join(f"{score} = {text}" for score, text in sorted(levels.items()))


def parse_levels(text: str) -> dict[int, str] | None:
    """"1 = needs support; 5 = independent" → {1: ..., 5: ...}; None if not in that form."""
    levels: dict[int, str] = {}
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        match = _LEVEL.match(part)
        if match is None:
            return None
        levels[int(match.group(1))] = match.group(2)
    return levels


class CriteriaModel(QAbstractTableModel):
    def __init__(self, criteria: Sequence[Criterion] = (), editable: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self._rows: list[dict] = [self._row(c) for c in criteria]
        self._headers = [self.tr("Key"), self.tr("Criterion"), self.tr("Group"),
                         self.tr("Min"), self.tr("Max"), self.tr("Suitability"),
                         self.tr("Level descriptions")]

    @staticmethod
    def _row(c: Criterion) -> dict:
        # The dimension the criterion feeds, the defaults' made explicit (suitability).
        return {KEY: c.key, LABEL: c.label, GROUP: c.group, LOW: c.low, HIGH: c.high,
                DIMENSION: dimension_of(c), LEVELS: levels_text(c.levels)}

    def dimension_label(self, dimension: str | None) -> str:
        return {None: self.tr("Not used"), "skill": self.tr("Skill demand"),
                "work_ability": self.tr("Work-ability demand")}.get(dimension, dimension or "")

    def set_criteria(self, criteria: Sequence[Criterion]) -> None:
        self.beginResetModel()
        self._rows = [self._row(c) for c in criteria]
        self.endResetModel()

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
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.dimension_label(value) if index.column() == DIMENSION else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == LEVELS and value:
            return value.replace("; ", "\n")
        return None

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self.editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        column = index.column()
        if column in (LOW, HIGH):
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        elif column == DIMENSION:
            value = value if value in DIMENSIONS else None
        else:
            value = str(value or "").strip()
        self._rows[index.row()][column] = value
        self.dataChanged.emit(index, index)
        return True

    def add_row(self, after: int | None = None) -> int:
        row = len(self._rows) if after is None else after + 1
        group = self._rows[row - 1][GROUP] if row > 0 and self._rows else ""
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, {KEY: "", LABEL: "", GROUP: group, LOW: 1, HIGH: 5,
                                DIMENSION: None, LEVELS: ""})
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move_row(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                           target + 1 if delta > 0 else target)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def criteria(self) -> tuple[list[Criterion], list[int]]:
        """The criteria, and the rows whose level descriptions are not "n = text"."""
        bad, result = [], []
        for number, row in enumerate(self._rows, start=1):
            levels = parse_levels(row[LEVELS])
            if levels is None:
                bad.append(number)
            result.append(Criterion(row[KEY], row[LABEL], row[GROUP], row[LOW], row[HIGH],
                                    levels or {}, row[DIMENSION]))
        return result, bad


class DimensionDelegate(QStyledItemDelegate):
    """A combo for the suitability column."""

    def __init__(self, model: CriteriaModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     _index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value in (None, *DIMENSIONS):
            combo.addItem(self._model.dimension_label(value), value or "")
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        current = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setCurrentIndex(max(0, editor.findData(current)))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,
                     index: QModelIndex) -> None:
        model.setData(index, editor.currentData() or None, Qt.ItemDataRole.EditRole)
