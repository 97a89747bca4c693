"""File → Import…: pick a spreadsheet, see its first rows, choose what each column is, read
the check's report row by row, then import the valid rows or only a wholly valid file.

Reading, checking and importing run in the background (`Operation`) with progress and
Cancel; a check is a dry run of the import itself, so it writes nothing. The column mapping
chosen is remembered for the next file with the same headers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.services.errors import DomainError
from toimi_desktop.services.imports import (
    ImportKind,
    ImportReport,
    SheetTable,
    check_mapping,
    initial_mapping,
    propose_mapping,
    read_table,
    remember_mapping,
    run_import,
)
from toimi_desktop.services.progress import Progress
from toimi_desktop.ui.errors import show_error
from toimi_desktop.ui.imports.preview import MappingPreview
from toimi_desktop.ui.imports.report_model import ReportModel
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import enum_label, error_text, message_text
from toimi_desktop.ui.widgets.choices import ChoiceCombo

_CHANGED_ENTITY = {ImportKind.TRAINEES: "trainee", ImportKind.PERIODS: "period",
                   ImportKind.ATTENDANCE: "attendance"}


class ImportDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.table: SheetTable | None = None
        self.report: ImportReport | None = None
        self.operation: Operation | None = None
        self._progress: Progress | None = None
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.resize(1040, 720)
        self._build()
        self._update_buttons()

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("An Excel (.xlsx) or CSV file"))
        self.path.setAccessibleName(self.tr("File"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.kind = ChoiceCombo([(k, enum_label(k)) for k in ImportKind])
        self.kind.setAccessibleName(self.tr("The file holds"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        kind_label = QLabel(self.tr("The file &holds"))
        kind_label.setBuddy(self.kind)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File")))
        top.addWidget(self.path, 1)
        top.addWidget(self.choose_button)
        top.addSpacing(12)
        top.addWidget(kind_label)
        top.addWidget(self.kind)

        self.preview = MappingPreview()
        self.preview.mappingChanged.connect(self._mapping_changed)
        preview_box = self._titled(self.tr("Choose what each column is (* required). "
                                           "The first rows of the file:"), self.preview)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_model = ReportModel(self)
        self.report_table = QTableView()
        self.report_table.setModel(self.report_model)
        self.report_table.setAccessibleName(self.tr("Check report"))
        self.report_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_table.setAlternatingRowColors(True)
        self.report_table.verticalHeader().hide()
        header = self.report_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.show_warnings = QCheckBox(self.tr("Show &warnings too"))
        self.show_warnings.toggled.connect(self._show_report)
        report_box = QWidget()
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_head = QHBoxLayout()
        report_head.addWidget(self.summary, 1)
        report_head.addWidget(self.show_warnings, 0, Qt.AlignmentFlag.AlignTop)
        report_layout.addLayout(report_head)
        report_layout.addWidget(self.report_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(preview_box)
        splitter.addWidget(report_box)
        splitter.setSizes([300, 360])

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()
        self._poll = QTimer(self, interval=150, timeout=self._show_progress)

        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(
            self.tr("Chec&k again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_valid_button = self.buttons.addButton(
            self.tr("Import &valid rows"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_all_button = self.buttons.addButton(
            self.tr("Import only if &all are valid"), QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.check_button.clicked.connect(self.check)
        self.import_valid_button.clicked.connect(lambda: self.start_import(False))
        self.import_all_button.clicked.connect(lambda: self.start_import(True))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    # --- choosing the file and the columns ------------------------------------------------
    def choose_file(self, path: Path | None = None) -> Operation | None:
        """Read a file (asked for unless given) in the background, then check it."""
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose a spreadsheet"), folder,
                self.tr("Spreadsheets (*.xlsx *.csv)"))
            if not name:
                return None
            path = Path(name)
        self.path.setText(str(path))
        return self._run(lambda _progress: read_table(path), self._file_read,
                         self.tr("Reading the file…"))

    def _file_read(self, table: SheetTable) -> None:
        self.table = table
        kind, mapping = initial_mapping(self._session.ctx, table)
        self.kind.blockSignals(True)
        self.kind.set_value(kind)
        self.kind.blockSignals(False)
        self.preview.blockSignals(True)
        self.preview.set_table(table, kind, mapping)
        self.preview.blockSignals(False)
        self.check()

    def current_kind(self) -> ImportKind:
        return ImportKind(self.kind.value())

    def _kind_changed(self) -> None:
        if self.table is not None:
            kind = self.current_kind()
            self.preview.set_kind(kind, propose_mapping(self.table.headers, kind))

    def _mapping_changed(self) -> None:
        self.report = None
        self.report_model.set_report(None)
        self.summary.setText(self.tr("The columns changed: check the file again."))
        self._update_buttons()

    # --- checking and importing -----------------------------------------------------------
    def _ready(self) -> bool:
        """The mapping has every column it needs (else the reason is shown)."""
        if self.table is None:
            return False
        try:
            check_mapping(self.current_kind(), self.preview.mapping())
        except DomainError as error:
            self.summary.setText(error_text(error))
            return False
        remember_mapping(self._session.ctx, self.table.headers, self.current_kind(),
                         self.preview.mapping())
        return True

    def check(self) -> Operation | None:
        """A dry run: every row checked as the import would, nothing written."""
        return self._start(dry_run=True, all_or_nothing=False)

    def start_import(self, all_or_nothing: bool) -> Operation | None:
        return self._start(dry_run=False, all_or_nothing=all_or_nothing)

    def _start(self, dry_run: bool, all_or_nothing: bool) -> Operation | None:
        if not self._ready():
            self._update_buttons()
            return None
        ctx, table = self._session.ctx, self.table
        kind, mapping = self.current_kind(), self.preview.mapping()
        label = self.tr("Checking rows…") if dry_run else self.tr("Importing rows…")
        return self._run(lambda progress: run_import(
            ctx, table, kind, mapping, dry_run=dry_run, all_or_nothing=all_or_nothing,
            progress=progress), self._finished, label)

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        self._show_report()
        if report.written:
            self._session.notify(_CHANGED_ENTITY[report.kind])

    def _show_report(self) -> None:
        report = self.report
        self.report_model.set_report(report, self.show_warnings.isChecked())
        if report is None:
            return
        if report.cancelled:
            self.summary.setText(message_text(report.outcome()))
            return
        lines = [f"<b>{message_text(report.summary())}</b>", message_text(report.outcome())]
        counts = report.warning_counts()
        if counts:
            lines.append(self.tr("Warnings: {count} (e.g. {example})").format(
                count=len(report.warnings), example=message_text(counts[0][0])))
        self.summary.setText("<br>".join(lines))

    # --- background work with progress ----------------------------------------------------
    def _run(self, work: Callable[[Progress], object], done: Callable[[Any], None],
             label: str) -> Operation:
        progress = self._progress = Progress()
        self.progress_bar.setFormat(f"{label} %v/%m")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._poll.start()
        operation = Operation(self, lambda: work(progress))
        operation.success(done).failure(self._failed)
        operation.finished.connect(self._work_ended)
        self.operation = operation.run_in_background()
        self._update_buttons()
        return operation

    def _show_progress(self) -> None:
        progress = self._progress
        if progress is not None and progress.total:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(min(progress.done, progress.total))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.summary.setText(error_text(error))
        else:
            show_error(self, error)

    def _work_ended(self) -> None:
        self._poll.stop()
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.operation = None
        self._progress = None
        self._update_buttons()

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)

    def running(self) -> bool:
        return self.operation is not None

    def _update_buttons(self) -> None:
        idle = not self.running()
        loaded = self.table is not None
        for button in (self.check_button, self.import_valid_button, self.import_all_button):
            button.setEnabled(idle and loaded)
        self.choose_button.setEnabled(idle)
        self.kind.setEnabled(idle and loaded)
        self.preview.setEnabled(idle)

    def reject(self) -> None:
        if self.running():  # stop first; the work rolls back and the dialog can close
            self.cancel()
            return
        super().reject()
