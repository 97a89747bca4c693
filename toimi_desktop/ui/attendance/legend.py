"""The key map on screen: each mark's letter chip and word, and the keys of the day view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from toimi_desktop.ui.attendance.marks import MARKS, NOT_HELD_DAY, OUTSIDE_PERIOD, MarkKey
from toimi_desktop.ui.widgets.forms import hint_label


def chip(mark: MarkKey | None, text: str = "", background: str = "",
         parent: QWidget | None = None) -> QLabel:
    """A small coloured square with a letter, as the grids show it."""
    label = QLabel(mark.letter if mark else text, parent)
    colour = mark.background if mark else background
    border = mark.colour.darker(135).name() if mark else "#bdbdbd"
    label.setStyleSheet(f"background: {colour}; border: 1px solid {border};"
                        " border-radius: 3px; font-weight: bold; color: #1f1f1f;")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    size = label.fontMetrics().height() + 6
    label.setFixedSize(size + 4, size)
    return label


class Legend(QFrame):
    """A narrow panel beside the grids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setStyleSheet("#legend { border: 1px solid palette(mid); border-radius: 6px;"
                           " background: palette(base); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("Marks"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.words: dict[str, QLabel] = {}
        for row, mark in enumerate(MARKS):
            grid.addWidget(chip(mark, parent=self), row, 0)
            word = QLabel(mark.word, self)
            self.words[mark.letter] = word
            grid.addWidget(word, row, 1)
        extra = len(MARKS)
        grid.addWidget(chip(None, "", NOT_HELD_DAY, self), extra, 0)
        for row, (colour, text) in enumerate(((NOT_HELD_DAY, self.tr("No service (holiday, "
                                                                     "closed)")),
                                              (OUTSIDE_PERIOD, self.tr("Outside the period"))),
                                             start=extra):
            grid.addWidget(chip(None, "", colour, self), row, 0)
            label = QLabel(text, self)
            label.setWordWrap(True)
            grid.addWidget(label, row, 1)
        # The day view's grey rows: trainees whose weekdays do not include the day.
        grey = QLabel(self.tr("Aa", "a sample of the grey italic text of rows not due"), self)
        grey.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        grey.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(grey, extra + 2, 0)
        not_due = QLabel(self.tr("Not due on this weekday"), self)
        not_due.setWordWrap(True)
        grid.addWidget(not_due, extra + 2, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addSpacing(6)
        keys = QLabel(self.tr("Keys"), self)
        keys.setFont(font)
        layout.addWidget(keys)
        self.keys = hint_label(self.tr(
            "A letter marks the row and moves down.\n"
            "Space = P (present)\n"
            "0–9 on Hours: type the hours\n"
            "Enter: edit the cell\n"
            "Delete: clear an unsaved mark\n"
            "Ctrl+Shift+P: all remaining present\n"
            "Ctrl+S: save\n"
            "Alt+←/→: previous/next day"), self)
        layout.addWidget(self.keys)
        layout.addStretch(1)
        self._chip_width = chip(MARKS[0]).width()

    def preferred_width(self) -> int:
        """Wide enough for the longest mark word in this language and text size (the
        longer explanations wrap)."""
        words = max(label.sizeHint().width() for label in self.words.values())
        margins = self.layout().contentsMargins()
        return max(230, margins.left() + margins.right() + self._chip_width + 8 + words + 4)
