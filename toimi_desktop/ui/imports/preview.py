"""The first rows of the file under its own headers, with a combo above each column that
says which field the column fills (or that it is not imported)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from toimi_desktop.services.imports import FIELDS, ImportKind, Mapping, SheetTable
from toimi_desktop.services.imports.values import text

PREVIEW_ROWS = 8


def field_text(label: str, required: bool) -> str:
    translated = QCoreApplication.translate("import", label)
    return f"{translated} *" if required else translated


class MappingPreview(QTableWidget):
    """Row 0 holds the mapping combos; the rows below show the file as it is."""

    mappingChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setMinimumSectionSize(150)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.combos: list[QComboBox] = []

    def set_table(self, table: SheetTable, kind: ImportKind, mapping: Mapping) -> None:
        shown = table.rows[:PREVIEW_ROWS]
        self.clear()
        self.setColumnCount(len(table.headers))
        self.setRowCount(1 + len(shown))
        self.setHorizontalHeaderLabels(list(table.headers))
        self.setVerticalHeaderLabels([self.tr("Field"), *map(str, table.row_numbers[:len(
            shown)])])
        self.combos = []
        for column, header in enumerate(table.headers):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field of column {name}").format(name=header))
            self._fill(combo, kind, mapping.get(column))
            combo.currentIndexChanged.connect(lambda _i: self.mappingChanged.emit())
            self.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for row, cells in enumerate(shown, start=1):
                self.setItem(row, column, QTableWidgetItem(text(cells[column]) or ""))
        self.resizeColumnsToContents()
        self.resizeRowToContents(0)

    def set_kind(self, kind: ImportKind, mapping: Mapping) -> None:
        for column, combo in enumerate(self.combos):
            combo.blockSignals(True)
            self._fill(combo, kind, mapping.get(column))
            combo.blockSignals(False)
        self.mappingChanged.emit()

    def _fill(self, combo: QComboBox, kind: ImportKind, key: str | None) -> None:
        combo.clear()
        combo.addItem(self.tr("– not imported –"), None)
        for field in FIELDS[kind]:
            combo.addItem(field_text(field.label, field.required), field.key)
        combo.setCurrentIndex(max(combo.findData(key), 0) if key else 0)

    def mapping(self) -> Mapping:
        return {column: combo.currentData() for column, combo in enumerate(self.combos)
                if combo.currentData()}
