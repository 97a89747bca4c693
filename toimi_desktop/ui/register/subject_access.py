"""Subject access from the trainee view and the access log (coordinators): everything about
a person as PDF or JSON, and their access report. Both are made in a worker and logged by
the services that make them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from toimi_desktop.i18n import current_language
from toimi_desktop.services.register import TraineeDetails
from toimi_desktop.ui.attendance.dialogs import offer_to_open
from toimi_desktop.ui.operation import Operation
from toimi_desktop.ui.session import AppSession


def _file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _ask(parent: QWidget, title: str, name: str, kinds: dict[str, str]) -> Path | None:
    folder = (QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))
    first = next(iter(kinds))
    path, chosen = QFileDialog.getSaveFileName(parent, title,
                                               str(Path(folder) / f"{_file_name(name)}.{first}"),
                                               ";;".join(kinds.values()))
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower().lstrip(".") not in kinds:
        kind = next((k for k, label in kinds.items() if label == chosen), first)
        out = out.with_name(f"{out.name}.{kind}")
    return out


def _run(parent: QWidget, work, out: Path) -> Operation:
    operation = Operation(parent, work)
    operation.success(lambda _result: offer_to_open(parent, str(out)))
    return operation.run_in_background()


def export_trainee_data(parent: QWidget, session: AppSession, details: TraineeDetails
                        ) -> Operation | None:
    """Everything about the person, as a readable PDF or a machine-readable JSON file."""
    name = f"{details.last_name} {details.first_name}"
    out = _ask(parent, translate("SubjectAccess", "Export all data of {name}").format(name=name),
               translate("SubjectAccess", "data-{name}").format(name=name),
               {"pdf": translate("SubjectAccess", "PDF document (*.pdf)"),
                "json": translate("SubjectAccess", "JSON, machine-readable (*.json)")})
    if out is None:
        return None
    ctx, language, trainee_id = session.ctx, current_language(), details.id
    kind = out.suffix.lower().lstrip(".")

    def work() -> None:
        from toimi_desktop.services.subject_access import trainee_export, write_json

        data = trainee_export(ctx, trainee_id, kind)
        if kind == "json":
            write_json(data, out)
        else:
            from toimi_desktop.reports import subject_access

            subject_access.write_pdf(data, out, ctx.actor.display_name, language)

    return _run(parent, work, out)


def save_access_report(parent: QWidget, session: AppSession, trainee: TraineeDetails | str,
                       name: str = "") -> Operation | None:
    """Who has used the person's data: the PDF for a subject-access request."""
    if isinstance(trainee, TraineeDetails):
        trainee_id, name = trainee.id, f"{trainee.last_name} {trainee.first_name}"
    else:
        trainee_id = trainee
    out = _ask(parent, translate("SubjectAccess", "Access report of {name}").format(name=name),
               translate("SubjectAccess", "access-report-{name}").format(name=name),
               {"pdf": translate("SubjectAccess", "PDF document (*.pdf)")})
    if out is None:
        return None
    ctx, language = session.ctx, current_language()

    def work() -> None:
        from toimi_desktop.reports import access_report

        report = access_report.access_report(ctx, trainee_id)
        access_report.write_pdf(report, out, ctx.actor.display_name, language)

    return _run(parent, work, out)
