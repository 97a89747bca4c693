"""Screenshots of sign-in, the idle lock, rights in the trainee view, the access log and the
subject-access outputs, offscreen, in Finnish, on the demo data:

    python tests/ui/screenshots_security.py [OUT_DIR]      # default docs/screenshots

Writes 51-…png to 59-…png (50 is the plan PDF of screenshots_progress.py). The PDFs are
rendered with pdftoppm (poppler-utils) when it is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from screenshots import ROOT, _demo_db, _save, install_finnish

from toimi_desktop import app as toimi_app


def _pdf_page(pdf: Path, out: Path, name: str) -> None:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm missing: no", name)
        return
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(stem)], check=True)
    page = next(pdf.parent.glob(f"{stem.name}*.png"))
    shutil.copy(page, out / name)
    print(out / name)


def _showcase(db) -> str:
    """A Taitamo trainee in rehabilitative work activity with a HETU, assessments and a
    plan, whose record the demo log shows used."""
    return db.reader().execute(
        "SELECT t.id FROM trainee t JOIN period p ON p.trainee_id = t.id"
        " JOIN environment e ON e.id = p.environment_id JOIN continuation_plan c"
        " ON c.trainee_id = t.id WHERE e.name = 'Taitamo' AND p.status = 'active'"
        " AND t.hetu IS NOT NULL AND EXISTS (SELECT 1 FROM assessment a"
        " WHERE a.trainee_id = t.id) ORDER BY (SELECT count(*) FROM access_log l"
        " WHERE l.trainee_id = t.id) DESC, t.id LIMIT 1").fetchone()[0]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    toimi_app.install_font(app)
    tmp = Path(tempfile.mkdtemp(prefix="toimi-security-shots-"))
    translators = install_finnish(app, tmp)  # noqa: F841 - installed while they live

    from toimi_desktop.models.database import Database
    from toimi_desktop.services.context import actor_for
    from toimi_desktop.ui.first_user import FirstUserDialog
    from toimi_desktop.ui.main_window import MainWindow
    from toimi_desktop.ui.session import AppSession
    from toimi_desktop.ui.signin.dialog import SignInDialog

    empty = Database(tmp / "new.db")
    first = FirstUserDialog(empty)
    first.username.setText("mvirtanen")
    first.display_name.setText("Maija Virtanen")
    first.password.setText("salasana")
    first.show()
    _save(first, out, "51-first-account.png", app)
    first.reject()
    empty.dispose()

    db_path = tmp / "demo.db"
    _demo_db(db_path)
    db = Database(db_path)
    dialog = SignInDialog(db, "valmentaja.joensuu1")
    dialog.show()
    dialog.password.setText("väärä")
    dialog.submit()
    if dialog.operation is not None:  # wait for the worker without a busy loop
        loop = QEventLoop()
        dialog.operation.finished.connect(loop.quit)
        loop.exec()
    dialog.password.setText("demo")
    _save(dialog, out, "52-sign-in.png", app)
    dialog.reject()

    session = AppSession(db, actor_for(db, "koordinaattori"))
    window = MainWindow(session, idle_lock_minutes=15)
    window.resize(1280, 800)
    window.show()
    trainee = _showcase(db)
    window.open_trainee(trainee)
    view = window.register.trainee_view
    view.show_hetu.click()  # the reveal, logged
    _save(window, out, "53-trainee-coordinator.png", app)
    session.switch_user("yritysagentti1")
    window.open_trainee(trainee)
    _save(window, out, "54-trainee-business-agent.png", app)
    session.switch_user("valmentaja.joensuu1")
    window.open_trainee(trainee)
    window.idle_lock.lock()
    window.idle_lock.screen.password.setText("demo")
    _save(window, out, "55-locked.png", app)
    window.idle_lock.unlock("demo")

    session.switch_user("koordinaattori")
    log = window.open_access_log()
    log.resize(1180, 640)
    _save(log, out, "56-access-log.png", app)
    log.failures.setChecked(True)
    _save(log, out, "57-access-log-refused.png", app)
    log.close()

    from toimi_desktop.reports import access_report, subject_access
    from toimi_desktop.services.subject_access import trainee_export

    report = access_report.access_report(session.ctx, trainee)
    access_report.write_pdf(report, tmp / "access.pdf", session.actor.display_name, "fi")
    _pdf_page(tmp / "access.pdf", out, "58-access-report-pdf.png")
    data = trainee_export(session.ctx, trainee, "pdf")
    subject_access.write_pdf(data, tmp / "all.pdf", session.actor.display_name, "fi")
    _pdf_page(tmp / "all.pdf", out, "59-subject-access-pdf.png")

    QTimer.singleShot(0, app.quit)
    app.exec()
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
