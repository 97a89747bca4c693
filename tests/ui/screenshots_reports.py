"""Screenshots of the Reports section, called from `screenshots.py` (40–49): a steering
group's quarterly summary of Joensuu in the preview, the coordinator's view with the ESF+
tools, the missing-entry-data list, and pages of the summary PDF rendered with pdftoppm
(when it is installed)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

Save = Callable[[QWidget, Path, str, QApplication], None]


def _wait(app: QApplication, done: Callable[[], bool], seconds: float = 120) -> None:
    started = time.monotonic()
    while not done() and time.monotonic() - started < seconds:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(40):  # the preview renders its pages in the background
        app.processEvents()
        time.sleep(0.02)


def _create(app: QApplication, section) -> None:
    section.generate()
    _wait(app, lambda: section.operation is None)


def reports_shots(window, session, out: Path, app: QApplication, save: Save) -> None:
    from toimi_desktop.models.enums import Role
    from toimi_desktop.reports.summary.scope import ScopeKind
    from toimi_desktop.services.reference import users
    from toimi_desktop.ui.main_window import REPORTS

    names = {username: role for username, _display, role in users(session.ctx)}
    steering = "ohjausryhma.joensuu" if "ohjausryhma.joensuu" in names else next(
        (u for u, r in names.items() if r is Role.STEERING_GROUP), None)
    section = window.reports
    if steering:
        session.switch_user(steering)  # a steering group lands in Reports
        _create(app, section)
        save(window, out, "40-reports-steering.png", app)
        _pdf_pages(section.preview.path, out)
    coordinator = next((u for u, r in names.items() if r is Role.COORDINATOR), None)
    if coordinator:
        session.switch_user(coordinator)
        window.show_section(REPORTS)
        for index in range(section.scope.count()):
            if section.scope.itemData(index).kind is ScopeKind.AREA:
                section.scope.setCurrentIndex(index)
                break
        _create(app, section)
        save(window, out, "41-reports-coordinator.png", app)
        dialog = section.esf.show_missing()
        if dialog is not None:
            dialog.resize(820, 460)
            save(dialog, out, "42-missing-entry-data.png", app)
            dialog.reject()


def _pdf_pages(pdf: Path | None, out: Path) -> None:
    """The steering summary's first four pages, as PNG at 60 dpi."""
    pdftoppm = shutil.which("pdftoppm")
    if pdf is None or pdftoppm is None:
        return
    tmp = Path(tempfile.mkdtemp(prefix="toimi-summary-"))
    subprocess.run([pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "4", str(pdf),
                    str(tmp / "page")], check=True)
    for number, page in enumerate(sorted(tmp.glob("page*.png")), start=1):
        target = out / f"{42 + number}-summary-pdf-{number}.png"
        shutil.copy(page, target)
        print(target)
    shutil.rmtree(tmp, ignore_errors=True)
