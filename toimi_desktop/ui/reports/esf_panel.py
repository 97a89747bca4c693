"""ESF+ reporting in the Reports section: the coordinator's export of participant data and
indicators (XLSX or CSV, logged), and for staff the trainees whose entry data is incomplete,
each opening in the register. Hidden from roles that may not see personal data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toimi_desktop.i18n import current_language, translate
from toimi_desktop.reports.esf import ENTRY_FIELDS, EXPORTERS, MissingEntry
from toimi_desktop.services.trainees import WRITERS
from toimi_desktop.ui.attendance.dialogs import offer_to_open
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession
from toimi_desktop.ui.text import format_date

Range = Callable[[], tuple[date, date]]


class MissingDataDialog(QDialog):
    openRequested = Signal(str, str)  # noqa: N815

    def __init__(self, entries: list[MissingEntry], start: date, end: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Missing ESF+ entry data"))
        self.resize(760, 480)
        text = QLabel(self.tr("%n trainee(s) in coaching {start}–{end} lack ESF+ entry data. "
                              "Double-click a row to open the trainee and complete it. "
                              "Disability and minority may be declined and are not listed.",
                              "", len(entries)).format(start=format_date(start),
                                                       end=format_date(end)))
        text.setWordWrap(True)
        self.entries = entries
        self.table = QTableWidget(len(entries), 3)
        self.table.setObjectName("missingEntryData")
        self.table.setHorizontalHeaderLabels([self.tr("Trainee"), self.tr("Municipality"),
                                              self.tr("Missing")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            missing = ", ".join(translate("reports", ENTRY_FIELDS[k]) for k in entry.missing)
            for column, value in enumerate((entry.name, entry.municipality, missing)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.entries):
            self.openRequested.emit(self.entries[row].trainee_id, "")
            self.accept()


class EsfPanel(QFrame):
    openRequested = Signal(str, str)  # noqa: N815
    exported = Signal(str)  # the file written

    def __init__(self, session: AppSession, date_range: Range,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.date_range = date_range
        self.last_dialog: QDialog | None = None
        self.last_operation: Operation | None = None
        title = QLabel(self.tr("ESF+ reporting"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.text = QLabel(self.tr("Participants of the range above with their entry data "
                                   "and results, and the indicators by gender."))
        self.text.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export ESF+ data…"))
        self.missing_button = QPushButton(self.tr("Trainees with missing entry data…"))
        self.export_button.clicked.connect(self.export)
        self.missing_button.clicked.connect(self.show_missing)
        self.setObjectName("esfPanel")
        self.setStyleSheet("#esfPanel { border-top: 1px solid palette(mid); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.text)
        layout.addWidget(self.export_button)
        layout.addWidget(self.missing_button)

    def rebuild(self) -> None:
        role = self.session.actor.role
        self.export_button.setVisible(role in EXPORTERS)
        self.text.setVisible(role in EXPORTERS)
        self.missing_button.setVisible(role in WRITERS)
        self.setVisible(role in WRITERS or role in EXPORTERS)

    def show_missing(self) -> MissingDataDialog | None:
        from toimi_desktop.reports.esf import missing_entry_data
        from toimi_desktop.ui.errors import run_action

        start, end = self.date_range()
        entries = run_action(self, lambda: missing_entry_data(self.session.ctx, start, end))
        if entries is None:
            return None
        dialog = MissingDataDialog(entries, start, end, self)
        dialog.openRequested.connect(self.openRequested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def export(self, out: Path | None = None) -> Operation | None:
        start, end = self.date_range()
        if out is None:
            folder = (QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
            name = self.tr("esf-participants-{start}-{end}").format(
                start=start.isoformat(), end=end.isoformat())
            xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV for spreadsheets "
                                                                     "(*.csv)")
            chosen, kind = QFileDialog.getSaveFileName(
                self, self.tr("Save the ESF+ export"), str(Path(folder) / f"{name}.xlsx"),
                f"{xlsx};;{csv}")
            if not chosen:
                return None
            out = Path(chosen)
            if out.suffix.lower() not in (".xlsx", ".csv"):
                out = out.with_name(f"{out.name}.{'csv' if kind == csv else 'xlsx'}")
        ctx, language = self.session.ctx, current_language()
        kind = out.suffix.lower().lstrip(".")

        def work() -> str:
            from toimi_desktop.reports import esf, esf_files

            report = esf.export_participants(ctx, start, end, kind)
            if kind == "csv":
                esf_files.write_csv(report, out, language)
            else:
                esf_files.write_xlsx(report, out, language)
            return str(out)

        def done(path: str) -> None:
            self.exported.emit(path)
            self.last_dialog = offer_to_open(self, path)

        operation = Operation(self, work).success(done)
        self.last_operation = operation
        return operation.run_in_background()
