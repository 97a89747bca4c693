"""The pages of a PDF report in the app (QtPdf's QPdfDocument and QPdfView), with page
count, zoom, Save as PDF and Print. Printing draws each page, rendered at the printer's
resolution, onto the QPrinter the print dialog set up."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.ui.errors import show_error


class PdfPreview(QWidget):
    saved = Signal(str)  # the path written

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("reportPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("#reportPreview { background: #8a949c; }")
        self.path: Path | None = None
        self.suggested_name = "report.pdf"

        self.pages = QLabel()
        self.zoom_out = QToolButton(text="−", autoRaise=True)
        self.zoom_in = QToolButton(text="+", autoRaise=True)
        self.fit = QToolButton(text=self.tr("Fit width"), autoRaise=True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        for button, tip in ((self.zoom_out, self.tr("Zoom out")),
                            (self.zoom_in, self.tr("Zoom in"))):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / 1.25))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.fit.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_dialog)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.pages)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.fit, self.save_button,
                       self.print_button):
            bar.addWidget(widget)

        self.empty = QLabel(empty_text)
        self.empty.setObjectName("previewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("#previewEmpty { color: palette(mid); font-size: 13pt;"
                                 " padding: 40px; border: 1px dashed palette(mid);"
                                 " border-radius: 8px; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.zoom_out, self.zoom_in, self.fit, self.save_button,
                       self.print_button):
            widget.setEnabled(enabled)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def show_pdf(self, path: Path, suggested_name: str) -> None:
        self.document.close()
        self.path = path
        self.suggested_name = suggested_name
        self.document.load(str(path))
        count = self.document.pageCount()
        self.pages.setText(self.tr("%n page(s)", "", count))
        self.stack.setCurrentWidget(self.view)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._set_enabled(count > 0)

    def clear(self, text: str | None = None) -> None:
        self.document.close()
        self.path = None
        self.pages.clear()
        if text is not None:
            self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        self._set_enabled(False)

    # --- save and print ----------------------------------------------------------------
    def save_as(self) -> Path | None:
        if self.path is None:
            return None
        folder = (QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary"), str(Path(folder) / self.suggested_name),
            self.tr("PDF document (*.pdf)"))
        if not chosen:
            return None
        return self.save_to(Path(chosen if chosen.lower().endswith(".pdf")
                                 else f"{chosen}.pdf"))

    def save_to(self, out: Path) -> Path | None:
        try:
            shutil.copyfile(self.path, out)
        except OSError as error:
            show_error(self, error)
            return None
        self.saved.emit(str(out))
        return out

    def print_dialog(self) -> bool:
        if self.path is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the summary"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Each page rendered to fit the printer's page, aspect kept."""
        count = self.document.pageCount()
        if count == 0:
            return False
        first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
        last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QSize(round(size.width() * scale), round(size.height() * scale))
                image = self.document.render(index, target)
                painter.drawImage(QPointF(0, 0), image)
        finally:
            painter.end()
        return True
