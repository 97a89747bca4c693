"""The day grid's table: one keystroke per trainee, and the cell editors.

Keys on the table (not while a cell editor is open):
  a mark letter (P O S L K H T M X E) or Space (= P)  set the row's mark, go to the next row
  0–9 on the hours column                              edit the hours, starting with that digit
  Delete / Backspace                                   drop the row's unsaved input
  Enter / F2 / double-click                            edit the cell (mark, hours, task, note)
  arrows, Page Up/Down                                 move
  Home / End                                           the first / last trainee
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from toimi_desktop.ui.attendance.day_model import (
    HOURS,
    MARK_ROLE,
    NOT_DUE_ROLE,
    STATUS,
    TASK,
    DayModel,
)
from toimi_desktop.ui.attendance.marks import MARKS, PRESENT, MarkKey, mark_for_letter
from toimi_desktop.ui.widgets.choices import ChoiceCombo

AnyIndex = QModelIndex | QPersistentModelIndex
_NAVIGATION = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
               Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def paint_mark(painter: QPainter, rect: QRect, mark: MarkKey, height: int) -> int:
    """A rounded chip with the mark's letter at the left of `rect`; returns its width."""
    chip = QRect(rect.left(), rect.center().y() - height // 2 + 1, height + 4, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(mark.colour)
    painter.setPen(mark.colour.darker(135))
    painter.drawRoundedRect(chip, 3, 3)
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(mark.text_colour)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, mark.letter)
    painter.restore()
    return chip.width()


class _ComboDelegate(QStyledItemDelegate):
    """A combo editor that commits as soon as a choice is made."""

    def choices(self, index: AnyIndex) -> list[tuple[object, str]]:
        raise NotImplementedError

    none_label: str | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
                     ) -> QWidget:
        combo = ChoiceCombo(self.choices(index), none_label=self.none_label, parent=parent)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: ChoiceCombo) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, ChoiceCombo)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
                     ) -> None:
        assert isinstance(editor, ChoiceCombo)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class StatusDelegate(_ComboDelegate):
    """Paints the mark as a coloured letter chip and its word; edits with a combo."""

    def choices(self, index: AnyIndex) -> list[tuple[object, str]]:
        return [(mark.letter, f"{mark.letter}  {mark.word}") for mark in MARKS]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
              ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        mark = index.data(MARK_ROLE)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if mark is None:
            self._paint_placeholder(painter, opt, index.data(NOT_DUE_ROLE))
            return
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.setFont(opt.font)
        height = opt.fontMetrics.height() + 2
        width = paint_mark(painter, rect, mark, min(height, rect.height() - 4))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(opt.palette.color(role))
        text_rect = rect.adjusted(width + 8, 0, 0, 0)
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter
                                        | Qt.AlignmentFlag.AlignLeft), elided)
        painter.restore()


    @staticmethod
    def _paint_placeholder(painter: QPainter, opt: QStyleOptionViewItem, text: str | None
                           ) -> None:
        """Grey italic text in an unmarked cell, e.g. "not due today"."""
        if not text:
            return
        painter.save()
        font = QFont(opt.font)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(opt.rect.adjusted(6, 0, -4, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()


class TaskDelegate(_ComboDelegate):
    """The environment's work tasks, or none."""

    none_label = "–"

    def choices(self, index: AnyIndex) -> list[tuple[object, str]]:
        model = index.model()
        return list(model.tasks) if isinstance(model, DayModel) else []


class DayTable(QTableView):
    """A QTableView over a `DayModel` with the coach's one-keystroke marking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # AnyKeyPressed lets a digit typed on the hours column open the editor with that
        # digit in it; every other printable key is handled (or swallowed) in keyPressEvent.
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setItemDelegateForColumn(STATUS, StatusDelegate(self))
        self.setItemDelegateForColumn(TASK, TaskDelegate(self))

    def day_model(self) -> DayModel:
        model = self.model()
        assert isinstance(model, DayModel)
        return model

    def go_to_row(self, row: int, column: int | None = None) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        column = self.currentIndex().column() if column is None else column
        self.setCurrentIndex(model.index(row, column if column >= 0 else STATUS))

    def commit_editor(self) -> None:
        """Take in what is typed in an open cell editor (before saving or leaving)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        while editor is not None and editor.parentWidget() is not self.viewport():
            editor = editor.parentWidget()
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        index = self.currentIndex()
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        if (not index.isValid() or modifiers or event.key() in _NAVIGATION
                or self.state() == QAbstractItemView.State.EditingState):
            return False
        model = self.day_model()
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):  # first / last trainee, same column
            self.go_to_row(0 if key == Qt.Key.Key_Home else model.rowCount() - 1)
            return True
        mark = PRESENT if key == Qt.Key.Key_Space else (
            mark_for_letter(text) if text.isalpha() else None)
        if mark is not None:
            if model.set_mark(index.row(), mark):
                self.go_to_row(index.row() + 1)
            return True
        if text.isdigit() and len(text) == 1:
            if index.column() == HOURS and not model.read_only:
                self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.clear_draft(index.row())
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
            return True
        return bool(text and text.isprintable())  # no keyboard search, no stray editing
