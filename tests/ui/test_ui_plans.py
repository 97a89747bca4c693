"""Continuation plans through the UI: a career agent writes, revises, reads versions and
prints a plan; closing a period with ESF+ results; the 6-month follow-up; the dashboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from assessment_helpers import trainee_with_period
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from toimi_desktop.models import Period
from toimi_desktop.models.enums import ExitOutcome, PlanPath, StepStatus
from toimi_desktop.services.dashboard import followup_dashboard
from toimi_desktop.services.periods import close_period
from toimi_desktop.services.plans import (
    PlanInput,
    current_plan,
    plan_versions,
    save_plan,
)
from toimi_desktop.ui.main_window import PLANS, MainWindow
from toimi_desktop.ui.plans.due_model import DueModel
from toimi_desktop.ui.plans.outcome_dialogs import ExitDialog, FollowupDialog
from toimi_desktop.ui.plans.plan_dialog import PlanDialog
from toimi_desktop.ui.plans.steps_model import StepsModel
from toimi_desktop.ui.plans.versions_dialog import PlanVersionsDialog

TODAY = date.today()


def _click(qtbot, dialog, button=QDialogButtonBox.StandardButton.Save) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(button),
                     Qt.MouseButton.LeftButton)


@pytest.fixture
def agent_window(qtbot, make_session):
    main = MainWindow(make_session("agentti"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def trainee(as_user, world) -> str:
    trainee_id, _period = trainee_with_period(
        as_user("valmentaja"), world, start=TODAY - timedelta(days=90),
        planned_end=TODAY + timedelta(days=20))
    return trainee_id


def test_career_agent_writes_revises_and_prints_a_plan(qtbot, agent_window, session, trainee,
                                                       tmp_path) -> None:
    agent_window.register.open_trainee(trainee)
    page = agent_window.register.trainee_view.progress.show_tab("plan")
    assert page.edit_button.text() == "&Write plan…" and not page.print_button.isEnabled()
    dialog = page.edit_plan()
    assert isinstance(dialog, PlanDialog)
    qtbot.waitExposed(dialog)
    dialog.path.set_value(PlanPath.EDUCATION)
    qtbot.keyClicks(dialog.goal, "Perustutkinto syksylla")  # QTest types ASCII only
    steps = dialog.steps
    steps.setData(steps.index(0, 0), "Tutustuminen oppilaitokseen")
    steps.setData(steps.index(0, 1), "Valmentautuja")
    steps.setData(steps.index(0, 2), TODAY + timedelta(days=10))
    dialog.add_step()
    steps.setData(steps.index(1, 0), "Hakemus yhteishaussa")
    dialog.next_review.set_value(TODAY + timedelta(days=30))
    _click(qtbot, dialog)
    assert not dialog.isVisible()
    plan = current_plan(session.ctx, trainee)
    assert (plan.version, plan.path, plan.career_agent) == (1, PlanPath.EDUCATION, "Agentti")
    assert [s.what for s in plan.steps] == ["Tutustuminen oppilaitokseen",
                                           "Hakemus yhteishaussa"]
    assert "Perustutkinto syksylla" in page.text.toPlainText()
    assert page.edit_button.text() == "&Edit plan…"

    # Revise: the first step is done, a review date in the past is refused at the field.
    dialog = page.edit_plan()
    qtbot.waitExposed(dialog)
    dialog.steps.setData(dialog.steps.index(0, 3), StepStatus.DONE.value)
    dialog.next_review.set_value(TODAY - timedelta(days=1))
    _click(qtbot, dialog)
    assert dialog.isVisible() and set(dialog.errors.messages()) == {"next_review_on"}
    dialog.next_review.set_value(TODAY + timedelta(days=45))
    _click(qtbot, dialog)
    assert not dialog.isVisible()
    assert [v.version for v in plan_versions(session.ctx, plan.id)] == [2, 1]

    versions = page.show_versions()
    assert isinstance(versions, PlanVersionsDialog)
    assert versions.model.rowCount() == 2 and versions.shown.version == 2
    versions.list.selectRow(1)
    assert versions.shown.version == 1 and "Open" in versions.text.toPlainText()
    versions.reject()

    out = tmp_path / "plan.pdf"
    from toimi_desktop.ui.plans.printing import print_plan

    operation = print_plan(page, page._session, trainee, "Aino Virtanen", out=out)
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    text = PdfReader(out).pages[0].extract_text()
    assert "Perustutkinto syksylla" in text and "Tutustuminen" in text


def test_a_plan_saved_meanwhile_is_not_overwritten(qtbot, monkeypatch, agent_window, as_user,
                                                   session, trainee) -> None:
    import toimi_desktop.ui.plans.plan_dialog as plan_dialog

    agent_window.register.open_trainee(trainee)
    save_plan(as_user("agentti"), trainee, PlanInput(PlanPath.OPEN_LABOUR_MARKET, "Töihin"))
    page = agent_window.register.trainee_view.progress.show_tab("plan")
    dialog = page.edit_plan()
    qtbot.waitExposed(dialog)
    save_plan(as_user("valmentaja"), trainee, PlanInput(PlanPath.EDUCATION, "Kouluun"),
              current_plan(session.ctx, trainee).id, expected_version=1)
    dialog.goal.setPlainText("Minun muutokseni")
    shown: list[str] = []
    monkeypatch.setattr(plan_dialog, "show_error", lambda _parent, error: shown.append(
        str(error)))
    _click(qtbot, dialog)
    assert dialog.isVisible() and dialog.goal.toPlainText() == "Minun muutokseni"
    assert "version 2" in shown[0]
    assert current_plan(session.ctx, trainee).goal == "Kouluun"


def test_close_period_with_esf_results_and_follow_up(qtbot, window, db, session, trainee
                                                     ) -> None:
    window.register.open_trainee(trainee)
    dialog = window.register.trainee_view.close_period()
    assert isinstance(dialog, ExitDialog)
    qtbot.waitExposed(dialog)
    dialog.outcome.set_value(ExitOutcome.OPEN_LABOUR_MARKET)
    assert dialog.results.combos["exit_employed"].value() is True  # from the outcome
    dialog.results.combos["exit_employed"].set_value(False)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and set(dialog.errors.messages()) == {"exit_employed"}
    dialog.results.combos["exit_employed"].set_value(True)
    dialog.results.combos["exit_job_search"].set_value(False)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.session() as s:
        period = s.query(Period).filter_by(trainee_id=trainee).one()
        assert (period.exit_employed, period.exit_job_search) == (True, False)

    page = window.register.trainee_view.progress.show_tab("plan")
    assert "Open labour market" in page.outcome.text()
    assert not page.followup_button.isEnabled()  # six months later


def test_followup_dialog_records_the_result(qtbot, window, db, as_user, world) -> None:
    coach = as_user("valmentaja")
    trainee, period = trainee_with_period(coach, world, start=TODAY - timedelta(days=400),
                                          planned_end=None, name="Eino")
    close_period(coach, period, TODAY - timedelta(days=190), ExitOutcome.EDUCATION)
    window.register.open_trainee(trainee)
    page = window.register.trainee_view.progress.show_tab("plan")
    assert page.followup_button.isEnabled()
    dialog = page.record_followup()
    assert isinstance(dialog, FollowupDialog)
    qtbot.waitExposed(dialog)
    dialog.employed.set_value(True)
    dialog.improved.set_value(True)
    _click(qtbot, dialog)
    assert not dialog.isVisible()
    assert "Followed up on" in page.outcome.text()


def test_dashboard_row_opens_the_trainee(qtbot, agent_window, trainee) -> None:
    agent_window.show_section(PLANS)
    board = agent_window.plans.dashboard
    assert board.mine.isChecked()  # career agents see their own trainees first
    assert board.models["ending_without_plan"].rowCount() == 1
    assert "Ending without a plan (1)" in board.tabs.tabText(1)
    board.show_list("ending_without_plan")
    table = board.tables["ending_without_plan"]
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert agent_window.pages.currentWidget() is agent_window.register
    view = agent_window.register.trainee_view
    assert view.details.id == trainee
    assert view.tabs.currentWidget() is view.progress._holders["plan"]


def test_due_and_steps_models_pass_the_model_tester(qtmodeltester, session, as_user,
                                                    trainee) -> None:
    board = followup_dashboard(as_user("agentti"), TODAY)
    model = DueModel()
    model.set_rows(board.ending_without_plan + board.assessments_due, TODAY)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    save_plan(as_user("agentti"), trainee, PlanInput(PlanPath.EDUCATION, "Koulutus"))
    plan = current_plan(session.ctx, trainee)
    for editable in (False, True):
        steps = StepsModel(plan.steps, editable=editable)
        steps.add_step()
        qtmodeltester.check(steps)
    from toimi_desktop.ui.plans.versions_dialog import VersionListModel

    versions = VersionListModel()
    versions.set_versions(plan_versions(session.ctx, plan.id))
    qtmodeltester.check(versions)


def test_steering_group_and_business_agent_get_no_dashboard(qtbot, db, make_session) -> None:
    from ui_sample_data import add_user

    from toimi_desktop.models.enums import Role

    add_user(db, "yritys", "Yrjö Yritysagentti", Role.BUSINESS_AGENT, ["167"])
    for username, text in (("ohjausryhma", "personal data"), ("yritys", "career agents")):
        main = MainWindow(make_session(username))
        qtbot.addWidget(main)
        main.show()
        main.show_section(PLANS)
        section = main.plans
        assert section.stack.currentWidget() is section.denied
        assert text in section.denied.subtitle.text() + section.denied.text.text()
