"""A line chart of one template family: per criterion group, the coach's mean score at each
assessment, and optionally the trainee's own (dashed, same colour)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from toimi_desktop.services.assessment_trends import FamilyTrend
from toimi_desktop.ui.text import date_format

COLOURS = ("#2b5d7d", "#c0392b", "#2e8b57", "#8e44ad", "#d68910", "#16a085", "#7f8c8d")


def _when(day: date) -> float:
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()


class TrendChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 260)
        self.trend: FamilyTrend | None = None
        self.set_trend(None)

    def set_trend(self, trend: FamilyTrend | None, show_own: bool = False) -> None:
        self.trend = trend
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        if trend is None or not trend.groups:
            chart.setTitle(self.tr("No assessments yet"))
            self.setChart(chart)
            return
        chart.setTitle(trend.name)
        days = sorted({p.day for g in trend.groups for p in g.points})
        x_axis = QDateTimeAxis()
        x_axis.setFormat(date_format())
        x_axis.setTickCount(min(max(len(days), 2), 6))
        span = max((days[-1] - days[0]).days // 20, 3)
        x_axis.setRange(QDateTime(days[0] - timedelta(days=span), QTime(0, 0)),
                        QDateTime(days[-1] + timedelta(days=span), QTime(23, 59)))
        y_axis = QValueAxis()
        y_axis.setRange(trend.low, trend.high)
        y_axis.setTickCount(trend.high - trend.low + 1 if trend.high - trend.low <= 10 else 6)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for i, group in enumerate(trend.groups):
            colour = QColor(COLOURS[i % len(COLOURS)])
            lines = [(group.group, "coach", Qt.PenStyle.SolidLine)]
            if show_own:
                lines.append((self.tr("{group} (own)").format(group=group.group), "own",
                              Qt.PenStyle.DashLine))
            for name, attribute, style in lines:
                points = [(p.day, getattr(p, attribute)) for p in group.points
                          if getattr(p, attribute) is not None]
                if not points:
                    continue
                series = QLineSeries()
                series.setName(name)
                pen = QPen(colour, 2.2, style)
                series.setPen(pen)
                series.setPointsVisible(True)
                for day, value in points:
                    series.append(_when(day), value)
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
                if attribute == "own":  # one legend entry a group: the colour tells
                    for marker in chart.legend().markers(series):
                        marker.setVisible(False)
        self.setChart(chart)

    def series_names(self) -> list[str]:
        return [s.name() for s in self.chart().series()]
