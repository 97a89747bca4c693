"""The trainee view's table of coaching periods, made to read well in the room it has: every
column as wide as its contents, a header too long for its column wrapped onto two lines
instead of being cut, the text columns (not the dates) giving way (elided, the whole text
in a tooltip) when the row is still too wide, the last column taking what is left, and a
height that fits the rows up to `MAX_ROWS` (more scroll)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QToolTip,
    QWidget,
)

MAX_ROWS = 6
ELASTIC = (0, 1, 5, 6, 7)  # all but the dates may give way (elided)
ELASTIC_FLOOR = 8  # characters an elastic column keeps at least
PADDING = 12  # around a cell's text


def two_lines(text: str, metrics: QFontMetrics) -> str:
    """`text` broken at the space that makes its wider line the narrowest (as is, if it
    is one word)."""
    words = text.split(" ")
    if len(words) < 2:
        return text
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda s: max(metrics.horizontalAdvance(s[0]),
                                                   metrics.horizontalAdvance(s[1])))
    return f"{first}\n{second}"


class WrappingHeader(QHeaderView):
    """A horizontal header whose labels wrap onto a second line in the sections that
    `PeriodTable.fit` marks as too narrow for them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wrapped: set[int] = set()

    def metrics(self) -> QFontMetrics:
        font = QFont(self.font())
        font.setBold(True)  # the styles draw a highlighted (selected-row) section bold
        return QFontMetrics(font)

    def label(self, section: int) -> str:
        model = self.model()
        text = model.headerData(section, self.orientation()) if model else None
        return str(text or "")

    def label_width(self, section: int, wrapped: bool) -> int:
        """The section width its label needs, on one line or wrapped (in bold: the styles
        draw the sections of a selected row so)."""
        metrics = self.metrics()
        text = self.label(section)
        lines = two_lines(text, metrics).split("\n") if wrapped else [text]
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        needed = max(metrics.horizontalAdvance(line) for line in lines) + margin + 4
        return needed if wrapped else max(needed, super().sectionSizeFromContents(
            section).width())

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, section: int) -> None:
        super().initStyleOptionForIndex(option, section)
        if section in self.wrapped:
            option.text = two_lines(option.text, self.metrics())

    def sectionSizeFromContents(self, section: int) -> QSize:
        size = super().sectionSizeFromContents(section)
        if self.wrapped:  # room for the second line in every section
            size.setHeight(size.height() + self.metrics().lineSpacing())
        if section in self.wrapped:
            size.setWidth(self.label_width(section, True))
        return size


class PeriodTable(QTableView):
    """A read-only, row-selecting table that fits its columns and height to its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self._fitting = False

    def header(self) -> WrappingHeader:
        return self.horizontalHeader()  # type: ignore[return-value]

    def fit(self) -> None:
        """Column widths for the width the table has now, then the height for its rows."""
        model = self.model()
        if model is None or self._fitting:
            return
        self._fitting = True
        try:
            self._fit_columns(model.columnCount())
            self._fit_height(model.rowCount())
        finally:
            self._fitting = False

    def _fit_columns(self, count: int) -> None:
        header = self.header()
        room = self.viewport().width() or self.width() - 2 * self.frameWidth()
        char = self.fontMetrics().averageCharWidth()
        contents = [self.sizeHintForColumn(c) if self.model().rowCount() else 0
                    for c in range(count)]
        one_line = [max(contents[c], header.label_width(c, False)) for c in range(count)]
        widths = list(one_line)
        wrapped: set[int] = set()
        if sum(widths) > room:  # wrap the headers wider than their contents
            for c in range(count):
                narrower = max(contents[c], header.label_width(c, True))
                if narrower < widths[c]:
                    widths[c] = narrower
                    wrapped.add(c)
        excess = sum(widths) - room
        if excess > 0:  # the elastic columns give way down to their floor
            floors = {c: max(header.label_width(c, True), min(contents[c],
                                                               ELASTIC_FLOOR * char))
                      for c in ELASTIC if c < count}
            slack = {c: widths[c] - floors[c] for c in floors if widths[c] > floors[c]}
            total = sum(slack.values())
            for c, give in slack.items():
                cut = min(give, -(-excess * give // total))
                widths[c] -= cut
                if one_line[c] > widths[c] >= header.label_width(c, True):
                    wrapped.add(c)
        if wrapped != header.wrapped:
            header.wrapped = wrapped
            # the label heights changed: the header asks its sections again
            self.model().headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
        for c, width in enumerate(widths):
            header.resizeSection(c, width)
        # The last column fills the row while the others fit, and keeps its width if not.
        header.setStretchLastSection(sum(widths) <= room)

    def _fit_height(self, rows: int) -> None:
        shown = min(max(rows, 1), MAX_ROWS)
        height = (self.header().sizeHint().height()
                  + shown * self.verticalHeader().defaultSectionSize()
                  + 2 * self.frameWidth())
        if self.header().length() > self.viewport().width() > 0:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def viewportEvent(self, event: QEvent) -> bool:
        """A cell too narrow for its text shows the whole text as its tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            text = self._cut_text(index)
            if text:
                extra = index.data(Qt.ItemDataRole.ToolTipRole)
                QToolTip.showText(event.globalPos(), f"{text}\n\n{extra}" if extra else text,
                                  self.viewport(), self.visualRect(index))
                return True
        return super().viewportEvent(event)

    def _cut_text(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = self.fontMetrics().horizontalAdvance(text) + PADDING
        return text if text and needed > self.columnWidth(index.column()) else None
