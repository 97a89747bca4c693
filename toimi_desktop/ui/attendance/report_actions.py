"""The attendance view's outputs: the monthly allowance report, the absence list for Kela,
a trainee's signable monthly sheet, and approving a month.

The report is built and written by an `Operation` (off the UI thread); when it is done the
user is offered to open the file. reportlab is imported by the worker, not at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from toimi_desktop.i18n import current_language
from toimi_desktop.services.access import Right, has_right
from toimi_desktop.services.attendance import APPROVERS, RECORDERS, approve_month, month_start
from toimi_desktop.ui.attendance import dialogs
from toimi_desktop.ui.errors import run_action
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession


class ReportSource(Protocol):
    """What the reports need from the view on screen."""

    def environment_id(self) -> str | None: ...
    def environment_name(self) -> str: ...
    def current_day(self) -> date: ...
    def selected_trainee(self) -> tuple[str, str] | None: ...
    def today(self) -> date: ...


def _file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_")


def previous_month(today: date) -> date:
    return month_start(month_start(today) - timedelta(days=1))


class ReportActions(QObject):
    busyChanged = Signal(str)  # noqa: N815 - "" when nothing is running
    reportReady = Signal(str)  # noqa: N815 - the path written

    def __init__(self, parent: QWidget, session: AppSession, source: ReportSource,
                 notice: Callable[[list[str]], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._notice = notice
        self._session = session
        self._source = source
        self.last_operation: Operation | None = None
        self.last_box: object | None = None
        self.allowance_action = QAction(self.tr("Monthly &allowance report…"), self)
        self.absences_action = QAction(self.tr("Absence list for &Kela…"), self)
        self.sheet_action = QAction(self.tr("Monthly attendance &sheet of the trainee…"), self)
        self.approve_action = QAction(self.tr("A&pprove month…"), self)
        self.allowance_action.triggered.connect(self.allowance_report)
        self.absences_action.triggered.connect(self.absence_list)
        self.sheet_action.triggered.connect(self.attendance_sheet)
        self.approve_action.triggered.connect(self.approve_month)

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.addAction(self.allowance_action)
        menu.addAction(self.absences_action)
        menu.addAction(self.sheet_action)
        menu.addSeparator()
        menu.addAction(self.approve_action)
        menu.aboutToShow.connect(self.update_actions)
        return menu

    def update_actions(self) -> None:
        role = self._session.actor.role
        has_env = self._source.environment_id() is not None
        for action in (self.allowance_action, self.absences_action):
            action.setEnabled(has_env and role in RECORDERS)
        self.sheet_action.setEnabled(self._source.selected_trainee() is not None)
        self.approve_action.setEnabled(has_env and role in APPROVERS)

    # --- the outputs ----------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, kinds: tuple[str, ...] = ("pdf", "csv")
                  ) -> tuple[Path, str] | None:
        filters = {"pdf": self.tr("PDF document (*.pdf)"),
                   "csv": self.tr("CSV for spreadsheets (*.csv)")}
        folder = (QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
        start = Path(folder) / f"{_file_name(name)}.{kinds[0]}"
        path, chosen = QFileDialog.getSaveFileName(
            self._parent, title, str(start), ";;".join(filters[k] for k in kinds))
        if not path:
            return None
        out = Path(path)
        kind = out.suffix.lower().lstrip(".")
        if kind not in kinds:
            kind = next((k for k in kinds if filters[k] == chosen), kinds[0])
            out = out.with_name(f"{out.name}.{kind}")
        return out, kind

    def _run(self, work: Callable[[], None], out: Path) -> Operation:
        self.busyChanged.emit(self.tr("Creating {file}…").format(file=out.name))

        def done(_result: object) -> None:
            self.reportReady.emit(str(out))
            self.last_box = dialogs.offer_to_open(self._parent, str(out))

        operation = Operation(self._parent, work).success(done)
        operation.finished.connect(lambda: self.busyChanged.emit(""))
        self.last_operation = operation
        return operation.run_in_background()

    def allowance_report(self) -> Operation | None:
        env, name = self._source.environment_id(), self._source.environment_name()
        if env is None:
            return None
        month = dialogs.ask_month(self._parent, self.tr("Monthly allowance report"),
                                  previous_month(self._source.today()),
                                  self.tr("Allowance days and euros of {environment}.")
                                  .format(environment=name))
        if month is None:
            return None
        chosen = self._ask_path(self.tr("Save the allowance report"), self.tr(
            "allowance-{environment}-{month}").format(environment=name,
                                                      month=f"{month:%Y-%m}"))
        if chosen is None:
            return None
        out, kind = chosen
        ctx, language = self._session.ctx, current_language()

        def work() -> None:
            from toimi_desktop.reports import allowance

            report = allowance.allowance_report(ctx, env, month)
            if kind == "csv":
                allowance.write_csv(report, out, language=language)
            else:
                allowance.write_pdf(report, out, who=ctx.actor.display_name, language=language)

        return self._run(work, out)

    def absence_list(self) -> Operation | None:
        from toimi_desktop.reports.absences import default_range

        env, name = self._source.environment_id(), self._source.environment_name()
        start, end = default_range(self._source.today())
        answer = dialogs.ask_range(self._parent, self.tr("Absence list for Kela"), start, end,
                                   name, has_right(self._session.actor, Right.HETU))
        if answer is None:
            return None
        start, end, only_here, full_hetu = answer
        chosen = self._ask_path(self.tr("Save the absence list"), self.tr(
            "absences-{start}-{end}").format(start=start.isoformat(), end=end.isoformat()))
        if chosen is None:
            return None
        out, kind = chosen
        ctx, language = self._session.ctx, current_language()
        scope = env if only_here else None

        def work() -> None:
            from toimi_desktop.reports import absences

            runs = absences.absence_runs(ctx, start, end, scope, full_hetu=full_hetu)
            if kind == "csv":
                absences.write_csv(runs, out, language=language)
            else:
                absences.write_pdf(runs, start, end, out, who=ctx.actor.display_name,
                                   environment=name if scope else None, language=language)

        return self._run(work, out)

    def attendance_sheet(self) -> Operation | None:
        trainee = self._source.selected_trainee()
        if trainee is None:
            return None
        trainee_id, trainee_name = trainee
        month = dialogs.ask_month(self._parent, self.tr("Monthly attendance sheet"),
                                  self._source.current_day(),
                                  self.tr("A sheet for {name} to sign.").format(
                                      name=trainee_name))
        if month is None:
            return None
        chosen = self._ask_path(self.tr("Save the attendance sheet"), self.tr(
            "attendance-{name}-{month}").format(name=trainee_name, month=f"{month:%Y-%m}"),
            ("pdf",))
        if chosen is None:
            return None
        out, _kind = chosen
        ctx, language = self._session.ctx, current_language()

        def work() -> None:
            from toimi_desktop.reports import attendance_sheet

            sheet = attendance_sheet.month_sheet(ctx, trainee_id, month, language)
            attendance_sheet.write_pdf(sheet, out, who=ctx.actor.display_name,
                                       language=language)

        return self._run(work, out)

    def approve_month(self) -> bool:
        env, name = self._source.environment_id(), self._source.environment_name()
        if env is None:
            return False
        month = dialogs.ask_month(self._parent, self.tr("Approve month"),
                                  previous_month(self._source.today()))
        if month is None:
            return False
        month_text = dialogs.month_name(month)
        if not dialogs.confirm(self._parent, self.tr("Approve month"), self.tr(
                "Approve the allowance of {month} for {environment}?\n\nThe month's "
                "attendance is locked after this: later changes need a reason and are "
                "logged.").format(month=month_text, environment=name), self.tr("Approve")):
            return False
        ctx = self._session.ctx
        done = run_action(self._parent, lambda: approve_month(ctx, env, month) or True)
        if not done:
            return False
        self._notice([self.tr("The allowance of {month} for {environment} was approved.")
                      .format(month=month_text, environment=name)])
        self._session.notify("attendance", env)
        return True
