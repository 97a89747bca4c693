"""Export… on every list: the rows a table shows, as an Excel workbook or a CSV file.

    ListExport(self.table, session, self.tr("Work orders"))      # context menu
    buttons.addWidget(export.button())                          # and a button

What is exported is what the list displays (its headers, every row, the columns not
hidden), read from the model on the UI thread; a model that pages its rows in from SQL
(the register) gives all matching rows through `export_rows()` instead, read by the worker.
The file is written by `services.exports.export_table` in the background.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMainWindow,
    QTableView,
    QToolButton,
)

from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession

if TYPE_CHECKING:
    from toimi_desktop.services.exports import ExportTable

_DISPLAY = Qt.ItemDataRole.DisplayRole


def _display(value: object) -> object:
    return "" if value is None else value


def visible_columns(model: QAbstractItemModel, view: QAbstractItemView | None) -> list[int]:
    columns = range(model.columnCount())
    if isinstance(view, QTableView):
        return [c for c in columns if not view.isColumnHidden(c)]
    return list(columns)


def headers_of(model: QAbstractItemModel, columns: Sequence[int]) -> list[str]:
    """Header texts in one line each (grids break day headers over two)."""
    return [" ".join(str(model.headerData(c, Qt.Orientation.Horizontal, _DISPLAY) or "")
                     .split()) for c in columns]


def table_of(model: QAbstractItemModel, title: str,
             view: QAbstractItemView | None = None) -> ExportTable:
    """The model's displayed data: headers and every row. Read on the UI thread, except
    the rows of a model with `export_rows(columns)` (all of them, read where iterated)."""
    from toimi_desktop.services.exports import ExportTable  # not on the start-up path

    columns = visible_columns(model, view)
    headers = headers_of(model, columns)
    export_rows: Callable[[list[int]], Iterable[Sequence[object]]] | None = getattr(
        model, "export_rows", None)
    if export_rows is not None:
        return ExportTable(title, headers, export_rows(columns))
    rows = [[_display(model.index(r, c).data(_DISPLAY)) for c in columns]
            for r in range(model.rowCount())]
    return ExportTable(title, headers, rows)


def file_name(title: str, today: date | None = None) -> str:
    slug = re.sub(r"[^\w]+", "-", title.strip().lower()).strip("-") or "lista"
    return f"{slug}-{(today or date.today()).isoformat()}.xlsx"


class ListExport(QObject):
    """The Export… action of one list view (in its context menu) and a button for it."""

    def __init__(self, view: QAbstractItemView, session: AppSession,
                 title: str | Callable[[], str]) -> None:
        super().__init__(view)
        self.view = view
        self._session = session
        self._title = title
        self.action = QAction(self.tr("Export…"), view)
        self.action.setToolTip(self.tr("Save this list as an Excel or CSV file"))
        self.action.triggered.connect(lambda _checked=False: self.run())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(self.action)
        self.last: Operation | None = None

    def title(self) -> str:
        return self._title() if callable(self._title) else self._title

    def button(self) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(self.action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def ask_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        xlsx, csv_filter = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self.view, self.tr("Export the list"), str(Path(folder) / file_name(self.title())),
            f"{xlsx};;{csv_filter}")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
        return path

    def run(self, path: Path | None = None) -> Operation | None:
        """Ask where (unless `path` is given) and write the file in the background."""
        model = self.view.model()
        if model is None:
            return None
        path = path or self.ask_path()
        if path is None:
            return None
        from toimi_desktop.services.exports import export_table

        table = table_of(model, self.title(), self.view)
        ctx = self._session.ctx
        self.action.setEnabled(False)
        operation = Operation(self.view, lambda: export_table(ctx, table, path))
        operation.success(lambda rows: self._done(path, rows))
        operation.finished.connect(lambda: self.action.setEnabled(True))
        self.last = operation.run_in_background()
        return operation

    def _done(self, path: Path, rows: int) -> None:
        window = self.view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("%n row(s) exported to {path}", "", rows).format(path=path), 10000)
