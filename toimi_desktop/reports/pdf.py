"""Shared PDF layout: the bundled DejaVu font (renders ä ö å €), styles, header and footer
with "page x / y", and tables that repeat their header row on every page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import translate
from toimi_desktop.resources import resource_path

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGE_OF = N_("reports", "Page {page} / {pages}")
PRODUCED = N_("reports", "Produced {when} by {who}")
BRAND = "TOIMI – Toimivat välityömarkkinat Pohjois-Karjalaan"


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20,
                                spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14,
                                   textColor=colors.HexColor("#444444"), spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=11.5,
                                  leading=15, spaceBefore=10, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=7.5, leading=9.5),
    }


def fi_number(value: float, decimals: int = 2) -> str:
    """Finnish number format: decimal comma, narrow no-break space between thousands."""
    text = f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text


def fi_date(value) -> str:
    return f"{value.day}.{value.month}.{value.year}"


def data_table(header: Sequence[str], rows: Sequence[Sequence[object]],
               col_widths: Sequence[float] | None = None, total_row: bool = False,
               align_right_from: int | None = None) -> Table:
    """A table whose header repeats on every page; numbers right-aligned from a column on."""
    head = [Paragraph(h, styles()["head"]) for h in header]
    body = [[c if isinstance(c, Flowable) else str(c) for c in row] for row in rows]
    table = Table([head, *body], colWidths=col_widths, repeatRows=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf2")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#2b5d7d")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if align_right_from is not None:
        commands.append(("ALIGN", (align_right_from, 1), (-1, -1), "RIGHT"))
    if total_row and rows:
        commands += [("FONTNAME", (0, -1), (-1, -1), BOLD),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                     ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eef2f5"))]
    table.setStyle(TableStyle(commands))
    return table


def signature_block(labels: Sequence[str]) -> Table:
    """Lines to sign on, side by side, with place and date."""
    cell = styles()["small"]
    row = [Paragraph(f"<br/><br/>{'_' * 38}<br/>{label}", cell) for label in labels]
    table = Table([row], colWidths=[85 * mm] * len(labels))
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def build_pdf(out: Path | str, title: str, story: list[Flowable], *, who: str,
              language: str | None = None, wide: bool = False,
              produced: datetime | None = None) -> int:
    """Write `story` to `out` with the common header and the "page x / y" footer; returns
    the number of pages."""
    register_fonts()
    produced = produced or datetime.now()
    page_size = landscape(A4) if wide else A4
    footer_left = translate("reports", PRODUCED, language).format(
        when=f"{fi_date(produced)} {produced:%H:%M}", who=who)
    page_of = translate("reports", PAGE_OF, language)

    def canvas_factory(*args, **kwargs) -> Canvas:
        return _NumberedCanvas(*args, footer=(footer_left, page_of, title), **kwargs)

    doc = SimpleDocTemplate(str(out), pagesize=page_size, title=title, author=BRAND,
                            leftMargin=16 * mm, rightMargin=16 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm)
    doc.build(story, canvasmaker=canvas_factory)
    return doc.page


class _NumberedCanvas(Canvas):
    """Two-pass canvas: pages are kept until the end so each footer knows the page count."""

    def __init__(self, *args, footer: tuple[str, str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []

    def showPage(self) -> None:  # reportlab's name for it
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        left, page_of, title = self._footer
        width, height = self._pagesize
        self.saveState()
        self.setStrokeColor(colors.HexColor("#2b5d7d"))
        self.setLineWidth(0.6)
        self.line(16 * mm, height - 13 * mm, width - 16 * mm, height - 13 * mm)
        self.setFont(FONT, 7.5)
        self.setFillColor(colors.HexColor("#444444"))
        self.drawString(16 * mm, height - 11.5 * mm, BRAND)
        self.drawRightString(width - 16 * mm, height - 11.5 * mm, title)
        self.line(16 * mm, 13 * mm, width - 16 * mm, 13 * mm)
        self.drawString(16 * mm, 9 * mm, left)
        self.drawRightString(width - 16 * mm, 9 * mm,
                             page_of.format(page=self._pageNumber, pages=total))
        self.restoreState()


def heading(text: str) -> Paragraph:
    return Paragraph(text, styles()["heading"])


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, styles()[style])


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


Translator = Callable[[str], str]


def translator(language: str | None) -> Translator:
    return lambda text: translate("reports", text, language)
