"""Screenshots of the "Tasks and orders" section, called from `screenshots.py`: a Joensuu
coach's task catalogue with evidence, work orders, the order dialog with a message under a
field and the note of an overlapping order, planning help, service packages, the
environment dialog, and the first page of the service catalogue PDF (rendered with
pdftoppm when it is installed)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

Save = Callable[[QWidget, Path, str, QApplication], None]


def catalogue_shots(window, session, out: Path, app: QApplication, save: Save,
                    coach: str | None) -> None:
    from toimi_desktop.i18n import current_language
    from toimi_desktop.models.enums import OrderStatus
    from toimi_desktop.reports import services_catalogue as report
    from toimi_desktop.ui.main_window import CATALOGUE

    if coach:
        session.switch_user(coach)
    window.show_section(CATALOGUE)
    section = window.catalogue
    section.ensure_built()
    env = section.environment_id()
    tasks = section.tasks
    with_advice = next((r for r in tasks.model.rows() if r.advice), None)
    evaluated = max(tasks.model.rows(), key=lambda r: r.evaluations, default=None)
    chosen = with_advice or evaluated
    if chosen is not None:
        tasks.table.selectRow(tasks.model.row_of(chosen.id))
    save(window, out, "30-work-tasks.png", app)

    orders = section.orders
    section.show_tab(orders)
    busy = next((i for i, r in enumerate(orders.model.rows())
                 if r.status is OrderStatus.IN_PROGRESS and r.done_hours), 0)
    orders.table.selectRow(busy)
    save(window, out, "31-work-orders.png", app)
    dialog = orders.new_order()
    if dialog is not None:
        chosen = orders.selected()
        if chosen is not None:  # the same task during the selected order: a warning
            dialog.task.set_value(chosen.task_id)
            dialog.starts_on.set_value(chosen.starts_on + timedelta(days=7))
        else:
            dialog.task.setCurrentIndex(1)
        dialog.planned.setValue(40)
        dialog.save()  # no title yet: the message shows under the field
        save(dialog, out, "32-order-dialog.png", app)
        dialog.reject()

    section.show_tab(section.planning)
    save(window, out, "33-planning.png", app)
    section.show_tab(section.packages)
    save(window, out, "34-service-packages.png", app)
    section.show_tab(section.environments)
    dialog = section.environments.edit_environment()
    if dialog is not None:
        save(dialog, out, "35-environment-dialog.png", app)
        dialog.reject()
    section.show_tab(section.tasks)
    dialog = tasks.evaluate()
    if dialog is not None:
        save(dialog, out, "36-task-evaluation.png", app)
        dialog.reject()

    pdftoppm = shutil.which("pdftoppm")
    if env and pdftoppm:
        tmp = Path(tempfile.mkdtemp(prefix="toimi-pdf-"))
        pdf = tmp / "catalogue.pdf"
        data = report.service_catalogue(session.ctx, env)
        report.write_catalogue_pdf(data, pdf, session.actor.display_name, current_language())
        subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf),
                        str(tmp / "page")], check=True)
        page = next(tmp.glob("page*.png"))
        shutil.copy(page, out / "37-service-catalogue-pdf.png")
        print(out / "37-service-catalogue-pdf.png")
        shutil.rmtree(tmp, ignore_errors=True)
