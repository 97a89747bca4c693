"""What the pages of the work section share: a table model over plain rows, HTML helpers for
the detail panels, level texts, and saving a PDF off the UI thread."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QSplitter,
    QTableView,
    QWidget,
)

from toimi_desktop.models.enums import SKILL_LEVELS, WORK_ABILITY_LEVELS
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.text import number

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    right: bool = False  # numbers
    tooltip: Callable[[Any], str | None] | None = None


class RowTableModel(QAbstractTableModel):
    """A read-only table of frozen dataclass rows (each with an `id`), one column per
    `Column`. Subclasses give their columns; `set_rows` replaces the rows."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, index: int) -> Any:
        return self._rows[index]

    def row_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows)
                     if getattr(r, "id", None) == record_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None


def table_view(model: QAbstractTableModel, parent: QWidget | None = None,
               caps: Sequence[int] = ()) -> QTableView:
    """A row-selecting, read-only table like the register's. `caps` are the widest each
    column may become (in characters) when `fit_once` sizes them to their contents."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setProperty("caps", list(caps))
    return table


def fit_once(table: QTableView) -> None:
    """Size the columns to their contents and headers, each within its cap, the first time
    the table has rows (later the user's own widths stay). The first column (the name)
    takes what is left and elides, so the short columns after it keep their whole headers
    instead of the last one being squeezed out of view."""
    if table.property("fitted") or not table.model().rowCount():
        return
    table.setProperty("fitted", True)
    char = table.fontMetrics().averageCharWidth()
    header = table.horizontalHeader()
    # Not stretched while sizing: a table not yet shown would give the last column all of
    # its default width, leaving the name column (which stretches) almost nothing.
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    for column, cap in enumerate(table.property("caps") or []):
        widest = max(cap * char + 16, header.sectionSizeHint(column))  # the header shows whole
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def side_by_side(left: QWidget, right: QWidget, left_share: int = 64) -> QSplitter:
    """A table and its detail card, the table taking `left_share` % of the width."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 1)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([left_share * 10, (100 - left_share) * 10])
    return splitter


def selected_row(table: QTableView) -> Any | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(ROW_ROLE) if rows else None


def select_id(table: QTableView, record_id: str | None) -> bool:
    model = table.model()
    row = model.row_of(record_id) if isinstance(model, RowTableModel) else -1
    if row < 0:
        return False
    table.selectRow(row)
    table.scrollTo(model.index(row, 0))
    return True


def level_line(skill: int, ability: int) -> str:
    return QCoreApplication.translate("WorkCommon", "skill {skill} · work ability {ability}"
                                      ).format(skill=skill, ability=ability)


def level_descriptions(skill: int, ability: int) -> tuple[str, str]:
    """The translated descriptions of a task's two levels."""
    return (QCoreApplication.translate("enums", SKILL_LEVELS.get(skill, "")),
            QCoreApplication.translate("enums", WORK_ABILITY_LEVELS.get(ability, "")))


def hours(value: float | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("WorkCommon", "{hours} h").format(hours=number(value))


def h(text: object) -> str:
    """Text for an HTML detail panel, escaped; newlines kept."""
    return escape(str(text or "")).replace("\n", "<br/>")


def fact_rows(pairs: Sequence[tuple[str, str]]) -> str:
    """An HTML table of label–value pairs (values already escaped), empty ones left out."""
    rows = "".join(f"<tr><td style='color:palette(placeholder-text); padding-right:12px'>"
                   f"{h(label)}</td><td>{value}</td></tr>" for label, value in pairs if value)
    return f"<table cellspacing='2'>{rows}</table>"


def _file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_")


def save_pdf(parent: QWidget, title: str, name: str, work: Callable[[Path], None]
             ) -> Operation | None:
    """Ask where to save, then write the PDF off the UI thread and offer to open it."""
    from toimi_desktop.ui.attendance.dialogs import offer_to_open

    folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
              or str(Path.home()))
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) /
                                                             f"{_file_name(name)}.pdf"),
                                          QCoreApplication.translate(
                                              "WorkCommon", "PDF document (*.pdf)"))
    if not path:
        return None
    out = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
    return Operation(parent, lambda: work(out)).success(
        lambda _r: offer_to_open(parent, str(out))).run_in_background()
