"""`TraineeListModel`: the register list as a lazily paged Qt table model.

Filtering and ordering happen in SQL (FTS5 for text) in `services.register`; this model
only pages the result in: the first 200 rows at once, more as the view scrolls
(`canFetchMore`/`fetchMore`). No proxy model filters on top of it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from toimi_desktop.services.register import RegisterFilter, TraineeRegister, TraineeRow
from toimi_desktop.ui.text import enum_label, format_date

AnyIndex = QModelIndex | QPersistentModelIndex

LAST_NAME, FIRST_NAME, HETU, BIRTH_DATE, MUNICIPALITY, ENVIRONMENT, PERIOD_STATE, TARGET_GROUPS = (
    range(8))
TRAINEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TraineeListModel(QAbstractTableModel):
    """The trainees that match a `RegisterFilter`, ordered by name, paged in lazily.

    Public interface (the benchmark relies on it): `TraineeListModel(register, parent)`,
    `set_filter(flt)` (re-queries synchronously: reset, count, first page),
    `total_count()` and `trainee_id(row)`.
    """

    PAGE_SIZE = 200
    REFRESH_LIMIT = 5000  # a refresh reloads at most this many rows at once
    EXPORT_PAGE_SIZE = 2000

    def __init__(self, register: TraineeRegister, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._filter = RegisterFilter()
        self._rows: list[TraineeRow] = []
        self._total = 0
        self._headers = [
            self.tr("Last name"), self.tr("First name"), self.tr("Identity code"),
            self.tr("Birth date"), self.tr("Municipality"), self.tr("Coaching environment"),
            self.tr("Period status"), self.tr("Target groups"),
        ]
        self._load()

    # --- public interface -------------------------------------------------------------
    def set_filter(self, flt: RegisterFilter) -> None:
        """Show the trainees matching `flt`: count them and load the first page, now."""
        self._filter = flt
        self._load()

    def current_filter(self) -> RegisterFilter:
        return self._filter

    def refresh(self) -> None:
        """Query again with the same filter (after data changed), keeping as many rows
        loaded as before so that the view does not jump back to the top."""
        self._load(min(max(len(self._rows), self.PAGE_SIZE), self.REFRESH_LIMIT))

    def total_count(self) -> int:
        """How many trainees match the filter (not only the rows loaded so far)."""
        return self._total

    def trainee_id(self, row: int) -> str:
        return self._rows[row].id

    def trainee_row(self, row: int) -> TraineeRow:
        return self._rows[row]

    def row_of(self, trainee_id: str) -> int:
        """The row of a loaded trainee, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == trainee_id), -1)

    def export_rows(self, columns: list[int]) -> Iterator[list[str]]:
        """Every trainee matching the filter, not only the rows paged in so far, as the
        list shows them. Read page by page from SQL where iterated (the export worker),
        with the filter of the moment Export was chosen."""
        flt, register, size, text = (self._filter, self._register, self.EXPORT_PAGE_SIZE,
                                     self._text)

        def rows() -> Iterator[list[str]]:
            offset = 0
            while True:
                page = register.page(flt, offset, size)
                for row in page:
                    yield [text(row, c, Qt.ItemDataRole.DisplayRole) or "" for c in columns]
                if len(page) < size:
                    return
                offset += size

        return rows()

    # --- loading ------------------------------------------------------------------------
    def _load(self, limit: int | None = None) -> None:
        limit = limit or self.PAGE_SIZE
        self.beginResetModel()
        try:
            self._total = self._register.count(self._filter)
            self._rows = self._register.page(self._filter, 0, limit)
            if len(self._rows) < limit:
                self._total = len(self._rows)
        finally:
            self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._register.page(self._filter, len(self._rows), self.PAGE_SIZE)
        if len(more) < self.PAGE_SIZE:  # rows went away meanwhile: this is the end
            self._total = len(self._rows) + len(more)
        if not more:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- the table ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or (
                role == Qt.ItemDataRole.ToolTipRole and index.column() == TARGET_GROUPS):
            return self._text(row, index.column(), role)
        if role == TRAINEE_ID_ROLE:
            return row.id
        return None

    def _text(self, row: TraineeRow, column: int, role: int) -> str | None:
        if column == LAST_NAME:
            return row.last_name
        if column == FIRST_NAME:
            return row.first_name
        if column == HETU:
            return row.hetu_masked
        if column == BIRTH_DATE:
            return format_date(row.birth_date)
        if column == MUNICIPALITY:
            return row.municipality
        if column == ENVIRONMENT:
            return row.environment or ""
        if column == PERIOD_STATE:
            return enum_label(row.period_state)
        if column == TARGET_GROUPS:
            separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else ", "
            return separator.join(enum_label(group) for group in row.target_groups)
        return None
