"""The Reports section: the steering group's progress summary (pick the scope and the range,
create it in the background with progress and Cancel, read the pages here, save or print
them) and, for staff, the ESF+ export and the trainees with incomplete entry data.

A steering-group user lands here: it is the section made for them. Only the scopes the user
may see are offered (`available_scopes`); the summary's figures are protected before they
reach the PDF, so what is previewed is what may be printed.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.i18n import LANGUAGE_NAMES, LANGUAGES
from toimi_desktop.reports.summary.scope import (
    Scope,
    ScopeKind,
    available_scopes,
    default_range,
)
from toimi_desktop.services.errors import DomainError
from toimi_desktop.services.progress import Cancelled
from toimi_desktop.ui.errors import run_action, show_error
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.reports.esf_panel import EsfPanel
from toimi_desktop.ui.reports.preview import PdfPreview
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import error_text, format_date
from toimi_desktop.ui.widgets.dates import DateEdit

LAST_QUARTER, PREVIOUS_QUARTER, THIS_QUARTER, LAST_MONTH, LAST_YEAR, CUSTOM = range(6)


def _month_start(day: date) -> date:
    return date(day.year, day.month, 1)


def preset_range(choice: int, today: date) -> tuple[date, date] | None:
    start, end = default_range(today)
    if choice == LAST_QUARTER:
        return start, end
    if choice == PREVIOUS_QUARTER:
        return default_range(start)
    if choice == THIS_QUARTER:
        return end + timedelta(days=1), today
    if choice == LAST_MONTH:
        last = _month_start(today) - timedelta(days=1)
        return _month_start(last), last
    if choice == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


def file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_")


class ReportsSection(QWidget):
    """Rebuilds its choices when the acting user changes."""

    reportReady = Signal(str)  # noqa: N815 - the preview's temporary PDF
    openRequested = Signal(str, str)  # noqa: N815 - trainee id, tab

    def __init__(self, session: AppSession, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.operation: Operation | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="toimi-reports-"))
        folder = str(self._tmp)  # previews live until the section goes
        self.destroyed.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        self._count = 0

        self.scope = QComboBox()
        self.scope.setObjectName("reportScope")
        self.range_choice = QComboBox()
        for text in (self.tr("Last full quarter"), self.tr("The quarter before it"),
                     self.tr("This quarter so far"), self.tr("Last full month"),
                     self.tr("Last year"), self.tr("Other dates")):
            self.range_choice.addItem(text)
        self.start = DateEdit()
        self.end = DateEdit()
        self.language = QComboBox()
        for code in LANGUAGES:  # each language named in itself
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.create = QPushButton(self.tr("Create summary"))
        self.create.setObjectName("createSummary")
        self.create.setDefault(True)
        self.create.setMinimumHeight(34)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("privacyNote")
        self.privacy.setStyleSheet("#privacyNote { color: palette(dark); }")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Area"), self.scope)
        form.addRow(self.tr("Range"), self.range_choice)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Language"), self.language)
        title = QLabel(self.tr("Progress summary"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("Trainees, exits and results, attendance, progress, work done "
                               "for departments and plans, beside the previous range of "
                               "equal length."))
        intro.setWordWrap(True)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        self.esf = EsfPanel(session, self._range, self)
        self.esf.openRequested.connect(self.openRequested)

        panel = QFrame()
        panel.setObjectName("reportPanel")
        panel.setFixedWidth(330)
        panel.setStyleSheet("#reportPanel { border: 1px solid palette(mid);"
                            " border-radius: 8px; background: palette(base); }")
        side = QVBoxLayout(panel)
        side.setContentsMargins(16, 14, 16, 14)
        side.setSpacing(8)
        side.addWidget(title)
        side.addWidget(intro)
        side.addLayout(form)
        side.addWidget(self.create)
        side.addLayout(running)
        side.addWidget(self.progress_text)
        side.addWidget(self.privacy)
        side.addWidget(self.esf)
        side.addStretch(1)

        self.preview = PdfPreview(self.tr("Choose the area and the range, then “Create "
                                          "summary”. The pages appear here to read, save "
                                          "and print."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(panel)
        layout.addWidget(self.preview, 1)

        self.range_choice.currentIndexChanged.connect(self._range_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self.create.clicked.connect(self.generate)
        self.cancel.clicked.connect(self.cancel_generation)
        session.actorChanged.connect(self.rebuild)
        self._set_running(False)
        self._range_chosen(LAST_QUARTER)
        self.rebuild()

    # --- choices -----------------------------------------------------------------------
    def rebuild(self) -> None:
        scopes = run_action(self, lambda: available_scopes(self.session.ctx)) or []
        self.scope.clear()
        for scope in scopes:
            self.scope.addItem(scope.title(), scope)
        # A municipality's own steering group starts from its municipality.
        own = [i for i, s in enumerate(scopes) if s.kind is ScopeKind.MUNICIPALITY]
        if own and not self.session.actor.sees_all_municipalities:
            self.scope.setCurrentIndex(own[0])
        self.create.setEnabled(bool(scopes) and self.operation is None)
        threshold = run_action(self, self._threshold) or 5
        self.privacy.setText(self.tr("No figure identifies anyone: a figure from fewer than "
                                     "{n} persons is shown as “<{n}”, and no names or "
                                     "personal identity codes are included.").format(
            n=threshold))
        if not scopes:
            self.preview.clear(self.tr("Your user has no municipality to summarise."))
        self.esf.rebuild()

    def _threshold(self) -> int:
        from toimi_desktop.reports.summary.activity import threshold

        return threshold(self.session.db.reader())

    def select_scope(self, key: str) -> bool:
        for index in range(self.scope.count()):
            if self.scope.itemData(index).key == key:
                self.scope.setCurrentIndex(index)
                return True
        return False

    def chosen_scope(self) -> Scope | None:
        return self.scope.currentData()

    def _range_chosen(self, choice: int) -> None:
        chosen = preset_range(choice, self.today())
        if chosen is None:
            return
        for edit, value in zip((self.start, self.end), chosen, strict=True):
            edit.blockSignals(True)
            edit.set_value(value)
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self.range_choice.blockSignals(True)
        self.range_choice.setCurrentIndex(CUSTOM)
        self.range_choice.blockSignals(False)

    def set_range(self, start: date, end: date) -> None:
        self.start.set_value(start)
        self.end.set_value(end)

    def _range(self) -> tuple[date, date]:
        return self.start.value(), self.end.value()

    # --- generating ------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel.setVisible(running)
        self.create.setEnabled(not running and self.scope.count() > 0)
        for widget in (self.scope, self.range_choice, self.start, self.end, self.language):
            widget.setEnabled(not running)

    def generate(self) -> Operation | None:
        scope = self.chosen_scope()
        if scope is None or self.operation is not None:
            return None
        start, end = self._range()
        if start > end:
            self.progress_text.setText(self.tr("The first day is after the last day."))
            return None
        language = self.language.currentData()
        ctx, today = self.session.ctx, self.today()
        self._count += 1
        out = self._tmp / f"summary-{self._count}.pdf"
        name = file_name(self.tr("progress-summary-{scope}-{start}-{end}").format(
            scope=scope.title(), start=start.isoformat(), end=end.isoformat())) + ".pdf"

        def work(progress) -> int:
            from toimi_desktop.reports.summary.document import summary_document, write_pdf
            from toimi_desktop.reports.summary.figures import summary_figures

            figures = summary_figures(ctx, scope, start, end, today=today, progress=progress,
                                      language=language)
            document = summary_document(figures, language)
            progress.check()
            return write_pdf(document, out, who=ctx.actor.display_name, language=language)

        operation = Operation.reporting(self, work)
        operation.progressed.connect(self._progressed)
        operation.success(lambda pages: self._done(out, name, pages))
        operation.failure(self._failed)
        operation.finished.connect(self._finished)
        self.operation = operation
        self.progress.setRange(0, 0)
        self.progress_text.setText(self.tr("Creating the summary…"))
        self._set_running(True)
        return operation.run_in_background()

    def cancel_generation(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.progress_text.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if text:
            self.progress_text.setText(text)

    def _done(self, out: Path, name: str, pages: int) -> None:
        self.preview.show_pdf(out, name)
        scope = self.chosen_scope()
        start, end = self._range()
        self.progress_text.setText(self.tr("{scope}, {start}–{end}: %n page(s).", "", pages)
                                   .format(scope=scope.title() if scope else "",
                                           start=format_date(start), end=format_date(end)))
        self.reportReady.emit(str(out))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.progress_text.setText(self.tr("Cancelled."))
        elif isinstance(error, DomainError):
            self.progress_text.setText(error_text(error))
        else:
            self.progress_text.setText(self.tr("The summary could not be created."))
            show_error(self, error)

    def _finished(self) -> None:
        self.operation = None
        self._set_running(False)
