"""The trainee view's period table reads whole: every header label as painted fits its
column (wrapping onto two lines when the table is narrow), at 1280×800 the row fits the
width without scrolling, cells too narrow for their text show it in a tooltip, and the
table is as tall as its rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QStyle, QStyleOptionHeader, QToolTip

from toimi_desktop.models.enums import PeriodKind
from toimi_desktop.services.periods import PeriodInput, close_period, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee


@pytest.fixture
def view(window, session, world):
    ctx = session.ctx
    trainee = create_trainee(ctx, TraineeInput("Eero", "Pesonen", "167")).id
    first = start_period(ctx, trainee, PeriodInput(
        world["joensuu_env"], PeriodKind.REHABILITATIVE_WORK, date.today() - timedelta(days=200),
        date.today() - timedelta(days=100), hours_per_day=4, days_per_week=3,
        coach_id=world["coach"])).id
    close_period(ctx, first, date.today() - timedelta(days=100), "sole_trader")
    start_period(ctx, trainee, PeriodInput(world["joensuu_env"], PeriodKind.COACHING,
                                           date.today() - timedelta(days=30),
                                           date.today() + timedelta(days=90),
                                           coach_id=world["coach"]))
    window.resize(1280, 800)
    window.register.open_trainee(trainee)
    return window.register.trainee_view


def _painted_labels_fit(table) -> list[str]:
    """Header labels (as the header paints them) wider than their section."""
    header = table.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for column in range(table.model().columnCount()):
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, column)
        widest = max(metrics.horizontalAdvance(line) for line in option.text.split("\n"))
        if widest + margin > header.sectionSize(column):
            cut.append(option.text)
    return cut


def test_the_period_table_fits_its_room_and_rows(qtbot, view) -> None:
    table = view.period_table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    assert table.model().rowCount() == 2
    assert _painted_labels_fit(table) == []
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()  # no sideways scrolling
    assert not table.horizontalScrollBar().isVisible()
    assert table.height() == (header.height() + 2 * table.verticalHeader().defaultSectionSize()
                              + 2 * table.frameWidth())  # both rows and no empty one

    table.setFixedWidth(440)  # narrow, as with larger text: headers wrap, text columns give
    qtbot.waitUntil(lambda: table.viewport().width() < 440)
    assert _painted_labels_fit(table) == []
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, 3)
    assert option.text == "Planned\nend"
    assert table.height() >= header.sizeHint().height() + 2 * table.verticalHeader(
    ).defaultSectionSize()
    outcome = table.model().index(1, 6)
    text = outcome.data()
    assert text == "Entrepreneurship: sole trader"
    assert table.columnWidth(6) < table.fontMetrics().horizontalAdvance(text)  # elided
    rect = table.visualRect(outcome)
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                       table.viewport().mapToGlobal(rect.center()))
    assert table.viewportEvent(event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith(text)
    QToolTip.hideText()
