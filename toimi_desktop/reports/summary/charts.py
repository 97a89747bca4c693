"""Charts of protected figures with reportlab's graphics: horizontal bars (this range beside
the previous one) and a monthly line. A hidden value is never drawn: its bar has no length
and carries its mark ("<5" or ".."), a hidden month breaks the line, and the value axis is
scaled from the shown values only, so nothing about a hidden figure can be read off."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from toimi_desktop.reports.pdf import BOLD, FONT, register_fonts
from toimi_desktop.reports.summary.tables import Chart

CURRENT = colors.HexColor("#2b5d7d")
EARLIER = colors.HexColor("#a9c3d6")
RANGE_SHADE = colors.HexColor("#eef3f7")
SERIES_COLOURS = (CURRENT, EARLIER)


def _nice_top(highest: float) -> float:
    """An axis end a little above the highest shown value, on a round number."""
    if highest <= 0:
        return 1.0
    step = 10 ** (len(str(int(highest))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if highest <= factor * step:
            return factor * step
    return 10 * step


def _shown(chart: Chart) -> list[float]:
    return [v for s in chart.series for v in s.values if v is not None]


def draw(chart: Chart, width: float, height: float | None = None) -> Drawing:
    register_fonts()
    if chart.kind == "bars":
        return _bars(chart, width, height)
    return _line(chart, width, height or 55 * mm)


def _title(drawing: Drawing, text: str, height: float) -> None:
    drawing.add(String(0, height - 9, text, fontName=BOLD, fontSize=8.5))


def _bars(chart: Chart, width: float, height: float | None) -> Drawing:
    count = max(len(chart.categories), 1)
    per_category = 8.5 * len(chart.series) + 6
    legend = 14 if len(chart.series) > 1 else 0
    height = height or count * per_category + 40 + legend
    drawing = Drawing(width, height)
    _title(drawing, chart.title, height)
    bars = HorizontalBarChart()
    label_width = min(0.40 * width, 60 * mm)
    bars.x, bars.y = label_width, 14
    bars.width, bars.height = width - label_width - 26, height - 14 - 16 - legend
    # Reversed so the first category is at the top, as in the table beside it, and the
    # first series (this range) the upper bar of its group.
    ordered = list(reversed(chart.series))
    bars.data = [[v or 0 for v in reversed(s.values)] for s in ordered]
    bars.categoryAxis.categoryNames = [_short(c, 34) for c in reversed(chart.categories)]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dx = -3
    bars.categoryAxis.strokeColor = colors.HexColor("#888888")
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = _nice_top(max(_shown(chart), default=0))
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 6.5
    bars.valueAxis.strokeColor = colors.HexColor("#888888")
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#e3e3e3")
    bars.barSpacing = 1
    bars.groupSpacing = 5
    for i, _series in enumerate(ordered):
        bars.bars[i].fillColor = SERIES_COLOURS[(len(ordered) - 1 - i) % len(SERIES_COLOURS)]
        bars.bars[i].strokeColor = None
    bars.barLabelFormat = "values"
    bars.barLabelArray = [list(reversed(s.marks)) for s in ordered]
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 6
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 2
    drawing.add(bars)
    _legend(drawing, chart, label_width, height - 18 - legend)
    return drawing


def _line(chart: Chart, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    _title(drawing, chart.title, height)
    line = HorizontalLineChart()
    line.x, line.y = 30, 22
    line.width, line.height = width - 40, height - 22 - 20
    count = len(chart.categories)
    if chart.highlight_from is not None and count:
        step = line.width / count
        drawing.add(Rect(line.x + step * chart.highlight_from, line.y,
                         step * (count - chart.highlight_from), line.height,
                         fillColor=RANGE_SHADE, strokeColor=None))
    # Each unbroken run of shown months is its own series (same colour): a hidden month
    # leaves a gap instead of a line drawn across it.
    runs: list[list[float | None]] = []
    colours = []
    for i, data in enumerate(chart.series):
        run: list[float | None] | None = None
        for index, value in enumerate(data.values):
            if value is None:
                run = None
                continue
            if run is None:
                run = [None] * count
                runs.append(run)
                colours.append(SERIES_COLOURS[i % len(SERIES_COLOURS)])
            run[index] = value
    line.data = runs or [[None] * count]
    line.categoryAxis.categoryNames = list(chart.categories)
    line.categoryAxis.labels.fontName = FONT
    line.categoryAxis.labels.fontSize = 6.5
    line.categoryAxis.strokeColor = colors.HexColor("#888888")
    line.valueAxis.valueMin = 0
    top = max(_shown(chart), default=0)
    line.valueAxis.valueMax = 1.0 if chart.percent else _nice_top(top)
    line.valueAxis.valueStep = 0.25 if chart.percent else None
    line.valueAxis.labels.fontName = FONT
    line.valueAxis.labels.fontSize = 6.5
    if chart.percent:
        line.valueAxis.labelTextFormat = lambda v: f"{round(100 * v)} %"
    line.valueAxis.visibleGrid = True
    line.valueAxis.gridStrokeColor = colors.HexColor("#e3e3e3")
    line.valueAxis.strokeColor = colors.HexColor("#888888")
    line.joinedLines = 1
    for i, colour in enumerate(colours):
        line.lines[i].strokeColor = colour
        line.lines[i].strokeWidth = 1.6
        line.lines[i].symbol = makeMarker("FilledCircle", size=3.2, fillColor=colour,
                                          strokeColor=colour)
    drawing.add(line)
    # The marks of hidden months sit on the axis where their point would be.
    step = line.width / max(count, 1)
    for data in chart.series:
        for index, (value, text) in enumerate(zip(data.values, data.marks, strict=True)):
            if value is None and text and text != "–":
                drawing.add(String(line.x + step * (index + 0.5), line.y + 3, text,
                                   fontName=FONT, fontSize=6, textAnchor="middle",
                                   fillColor=colors.HexColor("#666666")))
    return drawing


def _legend(drawing: Drawing, chart: Chart, x: float, y: float) -> None:
    if len(chart.series) < 2:
        return
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = FONT
    legend.fontSize = 7
    legend.boxAnchor = "sw"
    legend.dx = legend.dy = 6
    legend.deltax = 70
    legend.colorNamePairs = [(SERIES_COLOURS[i % len(SERIES_COLOURS)], s.name)
                             for i, s in enumerate(chart.series)]
    drawing.add(legend)


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"
