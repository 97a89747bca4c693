"""Print a continuation plan: ask where to save the PDF, write it off the UI thread
(reportlab is imported there), then offer to open it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from toimi_desktop.i18n import current_language
from toimi_desktop.ui.attendance.dialogs import offer_to_open
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession


def print_plan(parent: QWidget, session: AppSession, trainee_id: str, trainee_name: str,
               version: int | None = None, out: Path | None = None) -> Operation | None:
    """Write the plan (its current version, or `version`) as a PDF; `out` skips asking."""
    if out is None:
        folder = (QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
        name = re.sub(r'[\\/:*?"<>|\s]+', "_", QCoreApplication.translate(
            "PlanPrinting", "continuation-plan-{name}").format(name=trainee_name))
        path, _chosen = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("PlanPrinting", "Save the continuation plan"),
            str(Path(folder) / f"{name}.pdf"),
            QCoreApplication.translate("PlanPrinting", "PDF document (*.pdf)"))
        if not path:
            return None
        out = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
    ctx, language = session.ctx, current_language()

    def work() -> str:
        from toimi_desktop.reports import plan

        report = plan.plan_report(ctx, trainee_id, version)
        plan.write_pdf(report, out, ctx.actor.display_name, language)
        return str(out)

    operation = Operation(parent, work).success(lambda path: offer_to_open(parent, path))
    return operation.run_in_background()
