"""Screenshots of assessments, task suitability, continuation plans and the follow-up
dashboard (called from screenshots.py with the demo data): 40-…png to 50-…png."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from toimi_desktop.models.enums import ExitOutcome


def _user(session, role: str, municipality: str = "167") -> str | None:
    row = session.db.reader().execute(
        "SELECT u.username FROM app_user u JOIN user_municipality m ON m.user_id = u.id"
        " WHERE u.role = ? AND m.municipality_code = ? ORDER BY u.username LIMIT 1",
        (role, municipality)).fetchone()
    return row[0] if row else None


def _showcase(session) -> str | None:
    """A Taitamo trainee in an open period with several work-coaching assessments, an
    ability assessment and a plan of more than one version, for whom some tasks fit, some
    with support and some not."""
    from toimi_desktop.models.enums import TaskFit
    from toimi_desktop.services.suitability import task_suitability

    rows = session.db.reader().execute(
        "SELECT p.trainee_id FROM period p JOIN environment e ON e.id = p.environment_id"
        " JOIN continuation_plan c ON c.period_id = p.id AND c.version >= 2"
        " WHERE e.name = 'Taitamo' AND p.status = 'active' AND p.deleted = 0"
        " AND (SELECT count(DISTINCT a.template_id) FROM assessment a"
        "      WHERE a.period_id = p.id) = 2"
        " ORDER BY (SELECT count(*) FROM assessment a WHERE a.period_id = p.id) DESC,"
        " p.trainee_id LIMIT 40").fetchall()
    for (trainee_id,) in rows:
        fits = {r.fit for r in task_suitability(session.ctx, trainee_id).rows}
        if fits == set(TaskFit):
            return trainee_id
    return rows[0][0] if rows else None


def _dialog() -> QDialog:
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible()]
    return dialogs[-1]


def progress_shots(window, session, out: Path, app: QApplication,
                   save: Callable[[QWidget, Path, str, QApplication], None]) -> None:
    from toimi_desktop.ui.main_window import ASSESSMENTS, PLANS

    trainee = _showcase(session)
    agent, coach = _user(session, "career_agent"), _user(session, "coach")
    if trainee is None or agent is None or coach is None:
        return
    session.switch_user(agent)
    window.show_section(PLANS)
    board = window.plans.dashboard
    board.mine.setChecked(False)
    save(window, out, "40-followup-dashboard.png", app)

    session.switch_user(coach)
    window.open_trainee(trainee, "assessments")
    view = window.register.trainee_view
    page = view.progress.page("assessments")
    page.show_own.setChecked(True)
    save(window, out, "41-trainee-assessments.png", app)
    dialog = page.new_assessment()
    if dialog is not None:
        grid = dialog.grid()
        for i, spin in enumerate(grid.coach.values()):
            spin.setValue(3 + i % 2)
        for spin in list(grid.own.values())[:4]:
            spin.setValue(4)
        dialog.texts["strengths"].setPlainText("Täsmällinen, huolellinen työn jälki.")
        save(dialog, out, "42-assessment-dialog.png", app)
        dialog.reject()
    view.progress.show_tab("tasks")
    save(window, out, "43-suitable-tasks.png", app)

    session.switch_user(agent)
    window.open_trainee(trainee, "plan")
    view = window.register.trainee_view
    plan_page = view.progress.page("plan")
    save(window, out, "44-trainee-plan.png", app)
    dialog = plan_page.edit_plan()
    if dialog is not None:
        save(dialog, out, "45-plan-dialog.png", app)
        dialog.reject()
    versions = plan_page.show_versions()
    if versions is not None:
        versions.list.selectRow(versions.model.rowCount() - 1)
        save(versions, out, "46-plan-versions.png", app)
        versions.reject()
    exit_dialog = view.close_period()
    if exit_dialog is not None:
        exit_dialog.outcome.set_value(ExitOutcome.EDUCATION)
        exit_dialog.results.combos["exit_qualification"].set_value(False)
        save(exit_dialog, out, "47-close-period-esf.png", app)
        exit_dialog.reject()

    session.switch_user(_user(session, "coordinator", "167") or "koordinaattori")
    window.show_section(ASSESSMENTS)
    save(window, out, "48-assessment-templates.png", app)
    panel = window.assessments.templates
    new_version = panel.new_version()
    if new_version is not None:
        save(new_version, out, "49-template-dialog.png", app)
        new_version.reject()
    _plan_pdf(session, trainee, out)


def _plan_pdf(session, trainee: str, out: Path) -> None:
    """The signable plan PDF, first page as a PNG (needs pdftoppm from poppler-utils)."""
    from toimi_desktop.reports import plan

    if shutil.which("pdftoppm") is None:
        return
    tmp = Path(tempfile.mkdtemp(prefix="toimi-plan-"))
    pdf = tmp / "plan.pdf"
    plan.write_pdf(plan.plan_report(session.ctx, trainee), pdf, session.actor.display_name,
                   "fi")
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp / "page")], check=True)
    page = next(tmp.glob("page*.png"))
    shutil.copy(page, out / "50-plan-pdf.png")
    print(out / "50-plan-pdf.png")
    shutil.rmtree(tmp, ignore_errors=True)
