"""Keyboard paths: leaving an editable table with Tab instead of circling its cells."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget


def focus_next_outside(view: QWidget, forward: bool = True) -> None:
    """Move the focus to the next (or previous) widget that takes Tab, outside `view`."""
    widget = view
    for _ in range(500):
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is view:
            return
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                and widget.isEnabled() and not view.isAncestorOf(widget)
                and widget.focusProxy() is None):
            widget.setFocus(Qt.FocusReason.TabFocusReason if forward
                            else Qt.FocusReason.BacktabFocusReason)
            return


def tab_out_of_table(delegate: QAbstractItemDelegate, editor: QWidget, event: QEvent) -> bool:
    """For a delegate's eventFilter: Tab saves the cell and edits the next one (Shift+Tab the
    previous); in the last cell (the first for Shift+Tab) it leaves the table. `editor` may
    be a part of a compound editor (a date and its clear button). True: handled."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return False
    view = delegate.parent()
    if not isinstance(view, QAbstractItemView) or view.model() is None:
        return False
    while editor.parentWidget() is not None and editor.parentWidget() is not view.viewport():
        editor = editor.parentWidget()
    forward = event.key() == Qt.Key.Key_Tab and not (
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    index, model = view.currentIndex(), view.model()
    at_end = (index.row() == model.rowCount() - 1
              and index.column() == model.columnCount() - 1)
    at_start = index.row() == 0 and index.column() == 0
    delegate.commitData.emit(editor)
    if (forward and not at_end) or (not forward and not at_start):
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem
                                  if forward else
                                  QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        return True
    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    focus_next_outside(view, forward)
    return True
