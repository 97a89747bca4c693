"""The steering summary as a document: `summary_document` turns the figures into protected,
translated tables and charts; `write_pdf` lays them out with reportlab (cover with the key
figures, then one section after another, each table with its chart beside or below it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.reports import pdf
from toimi_desktop.reports.summary import tables
from toimi_desktop.reports.summary.charts import draw
from toimi_desktop.reports.summary.figures import SummaryFigures
from toimi_desktop.reports.summary.sections_activity import ActivitySections
from toimi_desktop.reports.summary.sections_people import (
    CHANGE,
    PREVIOUS,
    THIS_RANGE,
    PeopleSections,
)
from toimi_desktop.reports.summary.tables import Numbers, Row, SummaryDocument

TITLE = N_("reports", "Progress summary")
HEADER_TITLE = N_("reports", "Progress summary: {scope}, {range}")
COMPARED = N_("reports", "Compared with the previous range of equal length: {range}")
PRODUCED_ON = N_("reports", "Produced on {day} by {who}")
PRIVACY = N_("reports", "No figure identifies anyone. A figure from fewer than {threshold} "
                        "persons is shown as “<{threshold}”; “..” marks a figure hidden so "
                        "that a small one cannot be worked out from the totals. No names, "
                        "personal identity codes or free text are included.")
KEY_FIGURES = N_("reports", "Key figures")
FIGURE = N_("reports", "Figure")
KEY_PARTICIPANTS = N_("reports", "Trainees in coaching")
KEY_STARTS = N_("reports", "Starts")
KEY_EXITS = N_("reports", "Exits")
KEY_EMPLOYED = N_("reports", "In employment on leaving (share of exits)")
KEY_RATE = N_("reports", "Attendance rate")
KEY_ALLOWANCE = N_("reports", "Allowance days")
KEY_IMPROVED = N_("reports", "Improved in assessments (share)")
KEY_HOURS = N_("reports", "Hours of work for departments")
KEY_PLAN = N_("reports", "With a current continuation plan (share)")
NOTES_TITLE = N_("reports", "How the figures are counted")
NOTES = (
    N_("reports", "A trainee counts once in each figure, with their latest qualifying period "
                  "in the range, so rows add up to the totals."),
    N_("reports", "The previous range is the quarter, month or year before a whole quarter, "
                  "month or year, and otherwise the same number of days just before."),
    N_("reports", "A change is shown only when both of its figures are shown; a share only "
                  "when its count is shown. Charts draw shown figures only."),
)


def range_text(start: date, end: date) -> str:
    return f"{pdf.fi_date(start)}–{pdf.fi_date(end)}"


def summary_document(figures: SummaryFigures, language: str | None = None
                     ) -> SummaryDocument:
    """Everything the PDF prints, protected and translated."""
    t = pdf.translator(language)
    numbers = Numbers(language, figures.threshold)
    people = PeopleSections(figures, numbers, t, language)
    activity = ActivitySections(figures, numbers, t, language)
    current, previous = figures.current, figures.previous
    keys = (
        (KEY_PARTICIPANTS, people.grand_total("participants"), None, None),
        (KEY_STARTS, people.grand_total("starts"), None, None),
        (KEY_EXITS, people.grand_total("exits"), None, None),
        (KEY_EMPLOYED, people.result_share("exit_employed"), numbers.percent, numbers.points),
        (KEY_RATE, activity.key("rate"), numbers.percent, numbers.points),
        (KEY_ALLOWANCE, activity.key("allowance"), None, None),
        (KEY_IMPROVED, activity.key("improved"), numbers.percent, numbers.points),
        (KEY_HOURS, activity.key("hours"), numbers.hours,
         lambda v: numbers.signed(v, 1 if v % 1 else 0)),
        (KEY_PLAN, activity.key("with_plan"), numbers.percent, numbers.points),
    )
    rows = tuple(Row(t(label), tables.compared_cells(numbers, now, before, number, how))
                 for label, (now, before), number, how in keys)
    key_table = tables.Table(t(KEY_FIGURES), (t(FIGURE), t(THIS_RANGE), t(PREVIOUS),
                                              t(CHANGE)), rows, label_share=0.52)
    threshold = figures.threshold
    produced = figures.produced_at
    return SummaryDocument(
        title=t(TITLE), scope=figures.scope.title(language),
        range_text=range_text(current.start, current.end),
        compared_text=t(COMPARED).format(range=range_text(previous.start, previous.end)),
        produced_text=t(PRODUCED_ON).format(day=pdf.fi_date(produced), who=figures.produced_by),
        privacy_text=t(PRIVACY).format(threshold=threshold),
        key_figures=key_table,
        cover_charts=(people.starts_chart(), activity.rate_chart()),
        sections=(people.people(), people.exits(),
                  activity.attendance_section(figures.weekly_cap),
                  activity.progress_section(), activity.work_section(),
                  activity.plans_section()),
        notes_title=t(NOTES_TITLE), notes=tuple(t(n) for n in NOTES))


# --- layout --------------------------------------------------------------------------------
CONTENT_WIDTH = 178 * mm  # A4 portrait less the margins of `pdf.build_pdf`
_SIDE_BY_SIDE_COLUMNS = 4  # a table this narrow leaves room for its chart beside it


def _styles() -> dict[str, ParagraphStyle]:
    base = pdf.styles()
    body = base["body"]
    return {**base,
            "cover_title": ParagraphStyle("cover_title", parent=base["title"], fontSize=26,
                                          leading=32, textColor=colors.HexColor("#2b5d7d")),
            "cover_scope": ParagraphStyle("cover_scope", parent=base["title"], fontSize=20,
                                          leading=26, spaceBefore=6),
            "cover_range": ParagraphStyle("cover_range", parent=body, fontSize=14, leading=18,
                                          spaceBefore=2),
            "section": ParagraphStyle("section", parent=base["title"], fontSize=14,
                                      leading=18, spaceBefore=8, spaceAfter=3,
                                      textColor=colors.HexColor("#2b5d7d")),
            "subheading": ParagraphStyle("subheading", parent=base["heading"], fontSize=10,
                                         leading=13, spaceBefore=4, spaceAfter=3),
            "head_right": ParagraphStyle("head_right", parent=base["head"], alignment=2),
            "row_heading": ParagraphStyle("row_heading", parent=base["cell"],
                                          fontName=pdf.BOLD, fontSize=8,
                                          textColor=colors.HexColor("#2b5d7d"))}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_flowable(table: tables.Table, width: float) -> Table:
    """A table whose header repeats on every page, figures right-aligned, sub-heading rows
    across the whole width and the total row in bold."""
    styles = _styles()
    count = len(table.header) - 1
    label_width = width * table.label_share
    widths = [label_width, *([(width - label_width) / max(count, 1)] * count)]
    head = [Paragraph(_escape(table.header[0]), styles["head"]),
            *(Paragraph(_escape(h), styles["head_right"]) for h in table.header[1:])]
    body = []
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), pdf.FONT),
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf2")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#2b5d7d")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, row in enumerate(table.rows, start=1):
        if row.heading:
            body.append([Paragraph(_escape(row.label), styles["row_heading"]),
                         *([""] * count)])
            commands += [("SPAN", (0, index), (-1, index)),
                         ("TOPPADDING", (0, index), (-1, index), 4)]
            continue
        body.append([Paragraph(_escape(row.label), styles["cell"]), *row.cells])
        if row.total:
            commands += [("FONTNAME", (1, index), (-1, index), pdf.BOLD),
                         ("LINEABOVE", (0, index), (-1, index), 0.8, colors.black),
                         ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#eef2f5"))]
        elif index % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index),
                             colors.HexColor("#f6f8fa")))
    flowable = Table([head, *body], colWidths=widths, repeatRows=1)
    flowable.setStyle(TableStyle(commands))
    return flowable


def _side_by_side(left: Flowable, right: Flowable, left_width: float) -> Table:
    grid = Table([[left, right]], colWidths=[left_width, CONTENT_WIDTH - left_width])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return grid


def _block(block: tables.Block) -> list[Flowable]:
    styles = _styles()
    parts: list[Flowable] = [Paragraph(_escape(block.table.title), styles["subheading"])]
    side = block.chart is not None and len(block.table.header) <= _SIDE_BY_SIDE_COLUMNS
    if side:
        left = CONTENT_WIDTH * 0.53
        parts.append(_side_by_side(table_flowable(block.table, left - 5 * mm),
                                   draw(block.chart, CONTENT_WIDTH - left), left))
    else:
        parts.append(table_flowable(block.table, CONTENT_WIDTH))
    if block.table.note:
        parts.append(Paragraph(_escape(block.table.note), styles["small"]))
    if block.chart is not None and not side:
        parts += [pdf.spacer(2), draw(block.chart, CONTENT_WIDTH * 0.8)]
    parts.append(pdf.spacer(3))
    return parts


def story(document: SummaryDocument) -> list[Flowable]:
    styles = _styles()
    cover: list[Flowable] = [
        pdf.spacer(6),
        Paragraph(_escape(document.title), styles["cover_title"]),
        Paragraph(_escape(document.scope), styles["cover_scope"]),
        Paragraph(_escape(document.range_text), styles["cover_range"]),
        pdf.spacer(2),
        Paragraph(_escape(document.compared_text), styles["subtitle"]),
        Paragraph(_escape(document.produced_text), styles["subtitle"]),
        pdf.spacer(3),
        _privacy_box(document.privacy_text),
        pdf.spacer(5),
        Paragraph(_escape(document.key_figures.title), styles["heading"]),
        table_flowable(document.key_figures, CONTENT_WIDTH),
        pdf.spacer(6),
    ]
    if document.cover_charts:
        half = CONTENT_WIDTH / 2
        charts = [draw(chart, half - 4 * mm) for chart in document.cover_charts[:2]]
        cover.append(_side_by_side(charts[0], charts[1] if len(charts) > 1 else "", half))
    cover.append(PageBreak())
    body: list[Flowable] = []
    for section in document.sections:
        opening = [Paragraph(_escape(section.title), styles["section"]),
                   Paragraph(_escape(section.intro), styles["body"]), pdf.spacer(2)]
        for number, block in enumerate(section.blocks):
            parts = _block(block)
            body.append(KeepTogether(opening + parts if number == 0 else parts))
    body.append(KeepTogether(
        [Paragraph(_escape(document.notes_title), styles["heading"]),
         *(Paragraph("• " + _escape(note), styles["small"]) for note in document.notes)]))
    return cover + body


def _privacy_box(text: str) -> Table:
    box = Table([[Paragraph(_escape(text), _styles()["body"])]], colWidths=[CONTENT_WIDTH])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f7")),
                             ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#2b5d7d")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def write_pdf(document: SummaryDocument, out: Path | str, *, who: str,
              language: str | None = None) -> int:
    """Write the summary; returns the number of pages."""
    header = pdf.translator(language)(HEADER_TITLE).format(scope=document.scope,
                                                           range=document.range_text)
    return pdf.build_pdf(out, header, story(document), who=who, language=language)
