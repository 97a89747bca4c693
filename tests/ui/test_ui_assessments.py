"""Assessments through the UI: a coach writes one and sees the trend and the fitting tasks;
a coordinator saves a new template version; the item models pass Qt's model tester."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from assessment_helpers import (
    ABILITY,
    ABILITY_KEYS,
    COACHING,
    COACHING_KEYS,
    all_scores,
    assess,
    trainee_with_period,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from toimi_desktop.models import WorkTask
from toimi_desktop.models.enums import AssessmentKind, TaskFit, WorkField
from toimi_desktop.models.ids import new_id
from toimi_desktop.services.assessment_trends import trends
from toimi_desktop.services.assessments import (
    templates,
    trainee_assessments,
)
from toimi_desktop.ui.assessments.assessment_dialog import AssessmentDialog
from toimi_desktop.ui.assessments.assessment_models import (
    AssessmentListModel,
    ChangeModel,
)
from toimi_desktop.ui.assessments.criteria_model import CriteriaModel
from toimi_desktop.ui.assessments.suitability_page import TaskFitModel
from toimi_desktop.ui.assessments.template_dialog import TemplateDialog
from toimi_desktop.ui.assessments.templates_panel import TemplateListModel
from toimi_desktop.ui.main_window import ASSESSMENTS, MainWindow

TODAY = date.today()


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.fixture
def coach_window(qtbot, make_session):
    main = MainWindow(make_session("valmentaja"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def trainee(as_user, world) -> str:
    trainee_id, _period = trainee_with_period(
        as_user("valmentaja"), world, start=TODAY - timedelta(days=120),
        planned_end=TODAY + timedelta(days=60))
    return trainee_id


def test_coach_writes_an_assessment_and_sees_the_trend(qtbot, coach_window, as_user,
                                                       trainee) -> None:
    coach = as_user("valmentaja")
    assess(coach, trainee, TODAY - timedelta(days=100), all_scores(COACHING_KEYS, 2),
           kind=AssessmentKind.INITIAL, today=TODAY)
    coach_window.register.open_trainee(trainee)
    view = coach_window.register.trainee_view
    page = view.progress.show_tab("assessments")
    assert page.new_button.isEnabled()
    assert page.list_model.rowCount() == 1 and page.chart.series_names() == [
        "Työskentely", "Työelämätaidot", "Oppiminen"]

    qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    # A button's shortcut clicks it "animated", a moment later.
    qtbot.waitUntil(lambda: any(w.isVisible() for w in page.findChildren(AssessmentDialog)))
    dialog = next(w for w in page.findChildren(AssessmentDialog) if w.isVisible())
    qtbot.waitExposed(dialog)
    assert dialog.kind.value() is AssessmentKind.INTERIM  # the family has an initial one
    dialog.template.set_value(COACHING)
    grid = dialog.grid()
    assert grid.level_labels["pace"].text() == ""
    for key in COACHING_KEYS:
        grid.coach[key].setValue(4)
    grid.own["pace"].setValue(5)
    assert grid.level_labels["pace"].text() == "Suoriutuu lähes itsenäisesti"
    qtbot.keyClicks(dialog.texts["strengths"], "Oppii nopeasti")
    _save(qtbot, dialog)
    assert not dialog.isVisible()

    latest = trainee_assessments(coach, trainee)[-1]
    assert latest.scores["pace"] == (4, 5) and latest.strengths == "Oppii nopeasti"
    # The tab refreshed itself from the broadcast: two points a group, change +2.
    assert page.list_model.rowCount() == 2
    assert page.changes.rowCount() == 3
    assert page.changes.index(0, 3).data() == "+2"
    assert [len(s.points()) for s in page.chart.chart().series()] == [2, 2, 2]
    page.show_own.setChecked(True)
    assert "Työskentely (own)" in page.chart.series_names()


def test_assessment_errors_show_and_keep_the_dialog(qtbot, coach_window, trainee) -> None:
    coach_window.register.open_trainee(trainee)
    page = coach_window.register.trainee_view.progress.show_tab("assessments")
    dialog = page.new_assessment()
    qtbot.waitExposed(dialog)
    dialog.assessed_on.set_value(TODAY + timedelta(days=3))
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert set(dialog.errors.messages()) == {"assessed_on", "scores"}


def test_fitting_tasks_follow_the_latest_assessment(qtbot, db, coach_window, as_user, world,
                                                    trainee) -> None:
    with db.session() as session, session.begin():
        for name, skill, ability in (("Lelujen pesu", 1, 1), ("Siivous", 2, 2),
                                     ("Puutyöt", 3, 2)):
            session.add(WorkTask(id=new_id(), environment_id=world["joensuu_env"],
                                 municipality_code="167", name=name, skill_level=skill,
                                 field=WorkField.CLEANING_SERVICES, work_ability_level=ability,
                                 updated_hlc="0"))
    coach_window.register.open_trainee(trainee)
    page = coach_window.register.trainee_view.progress.show_tab("tasks")
    assert page.result.levels.assumed
    assert [page.model.task(r).fit for r in range(3)] == [
        TaskFit.SUITABLE, TaskFit.NOT_SUITABLE, TaskFit.NOT_SUITABLE]  # newcomer: level 1
    assess(as_user("valmentaja"), trainee, TODAY - timedelta(days=1),
           all_scores(ABILITY_KEYS, 6), template=ABILITY, today=TODAY)
    coach_window.register.trainee_view._session.notify("assessment", "")
    assert "skill 2" in page.levels.text()
    assert [page.model.task(r).fit for r in range(3)] == [
        TaskFit.SUITABLE, TaskFit.SUITABLE, TaskFit.WITH_SUPPORT]
    assert "A step up" in page.model.index(2, 5).data()


def test_coordinator_saves_a_new_template_version(qtbot, window, session) -> None:
    window.show_section(ASSESSMENTS)
    panel = window.assessments.templates
    assert panel.new_button.isVisible() and panel.list_model.rowCount() == 2
    panel.list.selectRow(next(r for r in range(2)
                              if panel.list_model.template(r).family == "work_coaching"))
    dialog = panel.new_version()
    assert isinstance(dialog, TemplateDialog)
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 10
    dialog.add_criterion()
    row = dialog.model.rowCount() - 1
    for column, value in ((0, "customer_service"), (1, "Asiakaspalvelu"),
                          (6, "1 = Tarvitsee tukea; 5 = Itsenäinen")):
        dialog.model.setData(dialog.model.index(row, column), value)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    current = {t.family: t for t in templates(session.ctx)}["work_coaching"]
    assert current.version == 2 and current.criteria[-1].key == "customer_service"
    assert current.criteria[-1].levels == {1: "Tarvitsee tukea", 5: "Itsenäinen"}
    assert current.criteria[0].dimension == "skill"  # the default made explicit
    versions = [panel.list_model.template(r).version for r in range(2)]
    assert sorted(versions) == [1, 2]


def test_template_dialog_checks_level_descriptions(qtbot, window) -> None:
    window.show_section(ASSESSMENTS)
    dialog = window.assessments.templates.new_template()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Keittiö")
    for column, value in ((0, "hygiene"), (1, "Hygienia"), (2, "Työ"), (6, "hyvä")):
        dialog.model.setData(dialog.model.index(0, column), value)
    _save(qtbot, dialog)
    assert dialog.isVisible() and "criterion 1" in dialog.general.text()
    dialog.model.setData(dialog.model.index(0, 6), "")
    dialog.model.setData(dialog.model.index(0, 4), 12)
    _save(qtbot, dialog)
    assert "0–10" in dialog.general.text()


def test_steering_group_gets_no_assessments(qtbot, make_session) -> None:
    main = MainWindow(make_session("ohjausryhma"))
    qtbot.addWidget(main)
    main.show_section(ASSESSMENTS)
    main.show()
    section = main.assessments
    assert section.stack.currentWidget() is section.denied
    assert "personal data" in section.denied.subtitle.text()


def test_models_pass_the_model_tester(qtmodeltester, as_user, world, trainee) -> None:
    coach = as_user("valmentaja")
    assess(coach, trainee, TODAY - timedelta(days=90), all_scores(COACHING_KEYS, 2),
           kind=AssessmentKind.INITIAL, own=all_scores(COACHING_KEYS, 3), today=TODAY)
    assess(coach, trainee, TODAY - timedelta(days=20), all_scores(COACHING_KEYS, 3), today=TODAY)
    views = trainee_assessments(coach, trainee)
    listing = AssessmentListModel()
    listing.set_assessments(views)
    qtmodeltester.check(listing)
    changes = ChangeModel()
    changes.set_trend(trends(views)[0])
    qtmodeltester.check(changes)
    for editable in (False, True):
        criteria = CriteriaModel(templates(coach)[0].criteria, editable=editable)
        qtmodeltester.check(criteria)
    template_list = TemplateListModel()
    template_list.set_templates(templates(coach))
    qtmodeltester.check(template_list)
    from toimi_desktop.services.suitability import task_suitability

    fits = TaskFitModel()
    fits.set_rows(task_suitability(coach, trainee).rows)
    qtmodeltester.check(fits)
