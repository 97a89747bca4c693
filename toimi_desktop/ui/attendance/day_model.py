"""`DayModel`: one environment's day sheet as a table, with the coach's unsaved input.

What is saved comes from `services.attendance.day_sheet`; what the coach has typed since is
kept beside it as a `Draft` per trainee (never written into the saved rows), so that
"unsaved" is simply "has a draft that differs from what is saved", Delete drops the draft,
and `entries()` gives exactly the changed rows for `save_day`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
from toimi_desktop.services.attendance import AttendanceEntry, DaySheet, SheetRow
from toimi_desktop.ui.attendance.marks import (
    ERROR_BACKGROUND,
    PRESENT,
    UNSAVED_BACKGROUND,
    MarkKey,
    mark_for,
    mark_for_letter,
)
from toimi_desktop.ui.text import number
from toimi_desktop.ui.widgets.weekdays import weekday_text

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, STATUS, HOURS, TASK, NOTE, RECORDED_BY = range(6)
MARK_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's MarkKey (or None)
UNSAVED_ROLE = Qt.ItemDataRole.UserRole + 2  # bool
NOT_DUE_ROLE = Qt.ItemDataRole.UserRole + 3  # a placeholder for an unmarked row not due
_EDITABLE = (STATUS, HOURS, TASK, NOTE)


@dataclass(frozen=True)
class Draft:
    """A row as the coach has it now. `hours` None: the default (planned hours if the
    trainee attended, else 0), which `save_day` fills in the same way."""

    status: AttendanceStatus | None
    reason: AbsenceReason | None
    hours: float | None
    work_task_id: str | None
    note: str | None

    @classmethod
    def of(cls, row: SheetRow) -> Draft:
        return cls(row.status, row.absence_reason, row.hours, row.work_task_id, row.note)

    def effective_hours(self, planned: float) -> float:
        if self.status is None or not self.status.attended:
            return 0.0
        return planned if self.hours is None else self.hours

    def same_as(self, row: SheetRow) -> bool:
        saved = Draft.of(row)
        return (self.status, self.reason, self.work_task_id, self.note or None) == (
            saved.status, saved.reason, saved.work_task_id, saved.note or None) and (
            self.effective_hours(row.planned_hours) == saved.effective_hours(
                row.planned_hours))


class DayModel(QAbstractTableModel):
    """Rows: the trainees of the day sheet. Columns: name, status, hours, work task, note,
    recorded by. Editable unless `read_only` (no sheet, or a future day)."""

    unsavedChanged = Signal(int)  # noqa: N815 - the number of rows with unsaved input

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet: DaySheet | None = None
        self.read_only = True
        self._rows: list[SheetRow] = []
        self._drafts: dict[str, Draft] = {}
        self._errors: dict[str, str] = {}
        self._tasks: dict[str, str] = {}
        self._headers = [self.tr("Trainee"), self.tr("Attendance"), self.tr("Hours"),
                         self.tr("Work task"), self.tr("Note"), self.tr("Recorded by")]

    # --- loading ------------------------------------------------------------------------
    def set_sheet(self, sheet: DaySheet | None, read_only: bool = False,
                  keep_drafts: bool = True) -> None:
        """Show `sheet`. Drafts of trainees still on it are kept (unless `keep_drafts` is
        False), except those that now equal what is saved."""
        self.beginResetModel()
        self.sheet = sheet
        self.read_only = read_only or sheet is None
        self._rows = list(sheet.rows) if sheet else []
        self._tasks = {task.key: task.label for task in sheet.tasks} if sheet else {}
        rows = {row.trainee_id: row for row in self._rows}
        self._drafts = {tid: draft for tid, draft in self._drafts.items()
                        if keep_drafts and tid in rows and not draft.same_as(rows[tid])}
        self._errors = {tid: text for tid, text in self._errors.items() if tid in self._drafts}
        self.endResetModel()
        self.unsavedChanged.emit(len(self._drafts))

    @property
    def tasks(self) -> list[tuple[str, str]]:
        """The environment's work tasks as (id, name)."""
        return list(self._tasks.items())

    def trainee_id(self, row: int) -> str:
        return self._rows[row].trainee_id

    def row_of(self, trainee_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.trainee_id == trainee_id), -1)

    def sheet_row(self, row: int) -> SheetRow:
        return self._rows[row]

    def current(self, row: int) -> Draft:
        """The row as it is now: the draft if there is one, else what is saved."""
        saved = self._rows[row]
        return self._drafts.get(saved.trainee_id) or Draft.of(saved)

    def mark(self, row: int) -> MarkKey | None:
        draft = self.current(row)
        return mark_for(draft.status, draft.reason)

    # --- editing ------------------------------------------------------------------------
    def _put(self, row: int, draft: Draft) -> bool:
        if self.read_only:
            return False
        saved = self._rows[row]
        before = saved.trainee_id in self._drafts
        if draft.same_as(saved):
            self._drafts.pop(saved.trainee_id, None)
        else:
            self._drafts[saved.trainee_id] = draft
        self._errors.pop(saved.trainee_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if before != (saved.trainee_id in self._drafts):
            self.unsavedChanged.emit(len(self._drafts))
        return True

    def set_mark(self, row: int, mark: MarkKey) -> bool:
        """Set the status (and absence reason) of a row. Hours typed for an attending
        trainee stay when the mark changes between present and partly present."""
        current = self.current(row)
        keep_hours = (current.status is not None and current.status.attended
                      and mark.status.attended)
        return self._put(row, replace(current, status=mark.status, reason=mark.reason,
                                      hours=current.hours if keep_hours else None))

    def clear_draft(self, row: int) -> bool:
        """Drop the unsaved input of a row (what is saved stays)."""
        trainee_id = self._rows[row].trainee_id
        if self.read_only or trainee_id not in self._drafts:
            return False
        return self._put(row, Draft.of(self._rows[row]))

    def remaining(self) -> list[int]:
        """Rows of trainees due that day (the period's weekdays) with no status yet, saved
        or typed: what "all remaining present" marks. Others can be marked one by one."""
        return [row for row, saved in enumerate(self._rows)
                if saved.scheduled and self.current(row).status is None]

    def mark_remaining_present(self) -> int:
        """Mark every remaining row (`remaining`) present."""
        return sum(1 for row in self.remaining() if self.set_mark(row, PRESENT))

    def discard(self) -> None:
        if self._drafts or self._errors:
            self.set_sheet(self.sheet, self.read_only, keep_drafts=False)

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row, column = index.row(), index.column()
        current = self.current(row)
        if column == STATUS:
            mark = mark_for_letter(str(value or ""))
            return mark is not None and self.set_mark(row, mark)
        if column == HOURS:
            valid, hours = _parse_hours(value)
            return valid and self._put(row, replace(current, hours=hours))
        if column == TASK:
            task = str(value) if value else None
            if task is not None and task not in self._tasks:
                return False
            return self._put(row, replace(current, work_task_id=task))
        if column == NOTE:
            return self._put(row, replace(current, note=str(value or "").strip() or None))
        return False

    # --- saving -------------------------------------------------------------------------
    def unsaved_count(self) -> int:
        return len(self._drafts)

    def unmarked_changes(self) -> list[str]:
        """Trainees with typed hours, task or note but no status: they cannot be saved."""
        return [tid for tid, draft in self._drafts.items() if draft.status is None]

    def entries(self) -> list[AttendanceEntry]:
        """The changed rows, in row order, for `save_day`."""
        entries = []
        for row in self._rows:
            draft = self._drafts.get(row.trainee_id)
            if draft is None or draft.status is None:
                continue
            entries.append(AttendanceEntry(
                trainee_id=row.trainee_id, status=draft.status,
                hours=draft.hours if draft.status.attended else None,
                absence_reason=draft.reason, work_task_id=draft.work_task_id,
                note=draft.note))
        return entries

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show a message on each row (by trainee id); the input stays."""
        self._errors = dict(errors)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def errors(self) -> dict[str, str]:
        return dict(self._errors)

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

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        saved = self._rows[row]
        unsaved = saved.trainee_id in self._drafts
        error = self._errors.get(saved.trainee_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, unsaved)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == MARK_ROLE:
            return self.mark(row)
        if role == UNSAVED_ROLE:
            return unsaved
        if role == NOT_DUE_ROLE:
            return (self.tr("not due today") if column == STATUS and not saved.scheduled
                    and self.current(row).status is None else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, unsaved, error)
        if role == Qt.ItemDataRole.FontRole and (unsaved or error):
            font = QFont(QApplication.font())
            font.setBold(True)
            font.setItalic(unsaved)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if error:
                return QBrush(QColor(ERROR_BACKGROUND))
            if unsaved:
                return QBrush(QColor(UNSAVED_BACKGROUND))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column, error)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == STATUS:
            mark = self.mark(row)
            return f"{mark.letter} {mark.word}" if mark else self.tr("Not marked")
        return None

    def _text(self, row: int, column: int, unsaved: bool) -> str:
        saved = self._rows[row]
        current = self.current(row)
        if column == NAME:
            return saved.name
        if column == STATUS:
            mark = mark_for(current.status, current.reason)
            return mark.word if mark else ""
        if column == HOURS:
            if current.status is None or not current.status.attended:
                return ""
            return number(current.effective_hours(saved.planned_hours))
        if column == TASK:
            return self._tasks.get(current.work_task_id or "", "")
        if column == NOTE:
            return current.note or ""
        if column == RECORDED_BY:
            return self.tr("not saved") if unsaved else (saved.recorded_by or "")
        return ""

    def _edit_value(self, row: int, column: int) -> object:
        current = self.current(row)
        if column == STATUS:
            mark = mark_for(current.status, current.reason)
            return mark.letter if mark else ""
        if column == HOURS:
            if current.status is None or not current.status.attended:
                return ""
            return number(current.effective_hours(self._rows[row].planned_hours))
        if column == TASK:
            return current.work_task_id
        if column == NOTE:
            return current.note or ""
        return self._text(row, column, False)

    def _tooltip(self, row: int, column: int, unsaved: bool, error: str | None
                 ) -> str | None:
        if error:
            return error
        current = self.current(row)
        saved = self._rows[row]
        if column == NAME and not saved.scheduled:
            return self.tr("Not due on this weekday: comes {days}. You can still mark "
                           "the day.").format(days=weekday_text(saved.weekdays))
        if column == HOURS and current.hours is None and current.status is not None and (
                current.status.attended):
            return self.tr("The planned hours of the period")
        if column == STATUS:
            mark = self.mark(row)
            if mark is not None:
                return f"{mark.letter} = {mark.word}"
        if unsaved:
            return self.tr("Not saved yet")
        return None

    def _foreground(self, row: int, column: int, error: str | None) -> object:
        if error:
            return QBrush(QColor("#b3261e"))
        current = self.current(row)
        not_due = not self._rows[row].scheduled  # greyed: the name, and the row until marked
        if ((column == HOURS and current.hours is None) or column == RECORDED_BY
                or (not_due and (column == NAME or current.status is None))):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None


def _parse_hours(value: object) -> tuple[bool, float | None]:
    """(valid, hours) as typed: "6", "7,5" or "7.5"; empty means the default. The range is
    the service's to check (its message names the row)."""
    text = str(value if value is not None else "").strip().replace(",", ".")
    if not text:
        return True, None
    try:
        return True, float(text)
    except ValueError:
        return False, None
