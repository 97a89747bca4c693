"""The "Tasks and orders" section: an order created in its dialog fills with the hours that
attendance records, the catalogue's filters and evidence, the status flow and feedback,
environments, packages and their PDF, planning, the steering group's view, and every item
model through Qt's model tester."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from work_helpers import catalogue, make_trainees

from toimi_desktop.models.enums import OrderStatus, PeriodKind, TaskFit, WorkField
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.catalogue import EvaluationInput, record_evaluation
from toimi_desktop.services.environments import SiteInput
from toimi_desktop.services.orders import OrderInput, create_order, order_list
from toimi_desktop.services.packages import PackageInput, create_package
from toimi_desktop.ui.catalogue import models
from toimi_desktop.ui.main_window import CATALOGUE

TODAY = date.today()


def last_weekday() -> date:
    day = TODAY - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def taitamo(make_session, world):
    """Taitamo's catalogue and two trainees whose period began two months ago."""
    coach = make_session("valmentaja").ctx
    env = world["joensuu_env"]
    tasks = catalogue(coach, env)
    from toimi_desktop.services.periods import PeriodInput, start_period
    from toimi_desktop.services.trainees import TraineeInput, create_trainee

    trainees = []
    for last in ("Aalto", "Berg"):
        trainee = create_trainee(coach, TraineeInput("Testi", last, "167")).id
        start_period(coach, trainee, PeriodInput(env, PeriodKind.COACHING,
                                                 TODAY - timedelta(days=60),
                                                 TODAY + timedelta(days=120), 5, 4))
        trainees.append(trainee)
    return {"coach": coach, "env": env, "tasks": tasks, "trainees": trainees}


def section_for(window, env: str, tab: str):
    window.show_section(CATALOGUE)
    section = window.catalogue
    section.ensure_built()
    section.choose_environment(env)
    page = getattr(section, tab)
    section.show_tab(page)
    return section, page


def test_an_order_made_in_the_dialog_fills_with_attended_hours(qtbot, window, session,
                                                               taitamo) -> None:
    from toimi_desktop.ui.catalogue.order_dialogs import OrderDialog

    env, cleaning = taitamo["env"], taitamo["tasks"]["cleaning"]
    _, page = section_for(window, env, "orders")
    assert page.model.rowCount() == 0
    dialog = page.new_order()
    assert isinstance(dialog, OrderDialog)
    qtbot.waitExposed(dialog)
    assert dialog.environment.value() == env
    _ok(qtbot, dialog)  # nothing filled in: the messages appear under the fields
    assert set(dialog.errors.messages()) >= {"task_id", "orderer_department", "title"}
    assert dialog.isVisible()
    dialog.task.set_value(cleaning)
    assert dialog.department.text() == "Koulut"  # the task's usual orderer
    qtbot.keyClicks(dialog.title, "Koulun siivous syyslomalla")
    dialog.starts_on.set_value(last_weekday() - timedelta(days=7))
    dialog.planned.setValue(20)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.model.rowCount() == 1
    row = page.selected()
    assert (row.title, row.status, row.done_hours) == ("Koulun siivous syyslomalla",
                                                       OrderStatus.REQUESTED, 0)
    # A coach records the day at Taitamo: the order fills from the attendance.
    aalto, berg = taitamo["trainees"]
    save_day(taitamo["coach"], env, last_weekday(), [
        AttendanceEntry(aalto, "present", work_task_id=cleaning),
        AttendanceEntry(berg, "partly_present", 2.5, work_task_id=cleaning)])
    session.notify("attendance", env)  # what the attendance view broadcasts after saving
    row = page.selected()
    assert row.done_hours == 7.5
    assert page.model.data(page.model.index(0, 4)) == "7,5 h"
    assert page.progress.format() == "7,5 of 20 h done"


def test_the_order_dialog_warns_of_an_overlapping_order_and_still_saves(qtbot, window,
                                                                        session,
                                                                        taitamo) -> None:
    from toimi_desktop.ui.catalogue.order_dialogs import OrderDialog

    env, cleaning = taitamo["env"], taitamo["tasks"]["cleaning"]
    start = last_weekday() - timedelta(days=14)
    create_order(session.ctx, OrderInput(env, cleaning, "Koulut", "Syyssiivous", start,
                                         start + timedelta(days=7)))
    section, page = section_for(window, env, "orders")
    dialog = page.new_order()
    assert isinstance(dialog, OrderDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.overlap.isVisible()
    dialog.task.set_value(cleaning)
    dialog.starts_on.set_value(start + timedelta(days=10))  # after the other one
    assert not dialog.overlap.isVisible()
    dialog.starts_on.set_value(start + timedelta(days=3))
    assert dialog.overlap.isVisible()
    day = f"{start.day}.{start.month}.{start.year}"
    assert dialog.overlap.text().startswith(f"The order “Syyssiivous” (Koulut, {day}–")
    assert "count for the earlier order “Syyssiivous”, not for this one" in (
        dialog.overlap.text())
    dialog.title.setText("Käytävien siivous")  # (keyClicks aborts on ä)
    _ok(qtbot, dialog)  # a warning, not a block
    assert not dialog.isVisible()
    assert page.model.rowCount() == 2
    assert "“Syyssiivous”" in section.notice.text()


def test_status_flow_and_feedback_from_the_page(qtbot, window, session, taitamo) -> None:
    from toimi_desktop.ui.catalogue.order_dialogs import FeedbackDialog

    env = taitamo["env"]
    order = create_order(session.ctx, OrderInput(env, taitamo["tasks"]["kitchen"], "Ruoka",
                                                 "Keittiöapu", last_weekday())).id
    _, page = section_for(window, env, "orders")
    texts = [a.text() for a in page.status_menu.actions()]
    assert texts == ["Agreed with the orderer", "Cancel the order"]
    assert not page.feedback_button.isEnabled()
    for status in (OrderStatus.AGREED, OrderStatus.IN_PROGRESS, OrderStatus.DONE):
        assert page.set_status(status)
    assert page.selected().status is OrderStatus.DONE
    assert page.feedback_button.isEnabled()
    dialog = page.feedback()
    assert isinstance(dialog, FeedbackDialog)
    qtbot.waitExposed(dialog)
    dialog.scores.button(2).setChecked(True)
    _ok(qtbot, dialog)
    assert "feedback_comment" in dialog.errors.messages()
    dialog.comment.setPlainText("Astioita jäi pesemättä.")  # (keyClicks aborts on ä)
    _ok(qtbot, dialog)
    assert page.model.rowCount() == 0  # nothing left to do for it: out of the default list
    page.status.set_value(None)  # all orders
    row = page.selected()
    assert (row.id, row.feedback_score, row.feedback_comment) == (order, 2,
                                                                  "Astioita jäi pesemättä.")
    assert "★★☆☆☆" in page.card.toPlainText()
    assert [a.text() for a in page.status_menu.actions()] == []  # feedback given: final
    page.status.set_value(OrderStatus.CANCELLED)
    assert page.model.rowCount() == 0


def test_catalogue_filters_card_and_evaluation(qtbot, window, session, taitamo) -> None:
    from toimi_desktop.ui.catalogue.task_dialogs import EvaluationDialog

    _, page = section_for(window, taitamo["env"], "tasks")
    assert page.model.rowCount() == 5
    assert page.table.isColumnHidden(1)  # one environment chosen: no environment column
    page.field.set_value(WorkField.ENVIRONMENTAL_CARE)
    assert sorted(r.name for r in page.model.rows()) == ["Lumityöt", "Puistojen kitkentä"]
    page.field.set_value(None)
    page.level.set_value(1)
    assert page.model.rowCount() == 2  # cleaning and park work; snow work asks ability 3
    page.level.set_value(None)
    page.search.setText("keittiö")
    assert [r.name for r in page.model.rows()] == ["Keittiöapu"]
    card = page.card.toPlainText()
    assert "2 – independent work with some judgement" in card  # the level descriptions
    assert "Not evaluated yet." in card
    dialog = page.evaluate()
    assert isinstance(dialog, EvaluationDialog)
    qtbot.waitExposed(dialog)
    assert dialog.trainee.values()[1:] == taitamo["trainees"]
    dialog.level.set_value(1)
    dialog.set_fit(TaskFit.WITH_SUPPORT)
    _ok(qtbot, dialog)
    assert "note" in dialog.errors.messages()
    qtbot.keyClicks(dialog.note, "Tarvitsi apua astianpesukoneen kanssa.")
    _ok(qtbot, dialog)
    assert "Tarvitsi apua astianpesukoneen kanssa." in page.card.toPlainText()
    assert page.model.data(page.model.index(0, 6)) == "0/1 suitable"


def test_new_task_through_the_dialog(qtbot, window, taitamo) -> None:
    from toimi_desktop.ui.catalogue.task_dialogs import TaskDialog

    _, page = section_for(window, taitamo["env"], "tasks")
    dialog = page.new_task()
    assert isinstance(dialog, TaskDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Ikkunoiden pesu")
    dialog.field.set_value(WorkField.CLEANING_SERVICES)
    dialog.skill.set_value(2)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.selected_id() is not None
    assert "Ikkunoiden pesu" in page.card.toPlainText()
    page.toggle_active()
    assert "Ikkunoiden pesu" not in [r.name for r in page.model.rows()]


def test_environment_edit_and_closed_days(qtbot, window, taitamo, world) -> None:
    from toimi_desktop.ui.catalogue.environment_dialogs import ClosedDaysDialog, EnvironmentDialog

    _, page = section_for(window, taitamo["env"], "environments")
    assert [r.name for r in page.model.rows()] == ["Liperin työpaja", "Taitamo"]
    assert page.details.id == taitamo["env"]
    dialog = page.edit_environment()
    assert isinstance(dialog, EnvironmentDialog)
    qtbot.waitExposed(dialog)
    assert dialog.coaches.count() == 1  # the coaches of Joensuu
    dialog.coaches.set_checked([world["coach"]])
    dialog.add_site(SiteInput("Karsikko", "Voimatie 6"))
    dialog.weekdays[4].setChecked(False)  # no Fridays
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.details.coaches == ("Valmentaja",)
    assert [s.name for s in page.details.sites] == ["Karsikko"]
    assert page.details.open_weekdays == "1234"
    closed = page.closed_days()
    assert isinstance(closed, ClosedDaysDialog)
    monday = TODAY + timedelta(days=7 - TODAY.weekday())
    closed.first.set_value(monday)
    closed.last.set_value(monday + timedelta(days=6))
    closed.reason.setText("Koulutusviikko")
    closed.close_days()
    assert closed.days.count() >= 3  # Monday–Thursday, unless a public holiday
    closed.reject()


def test_packages_and_the_service_card_pdf(qtbot, window, session, taitamo, tmp_path,
                                           monkeypatch) -> None:
    from toimi_desktop.ui.catalogue.package_page import PackageDialog

    _, page = section_for(window, taitamo["env"], "packages")
    dialog = page.new_package()
    assert isinstance(dialog, PackageDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Siivouspalvelu")
    dialog.max_skill.setValue(1)
    dialog.tasks.set_checked([taitamo["tasks"]["kitchen"]])
    _ok(qtbot, dialog)
    assert "task_ids" in dialog.errors.messages()  # kitchen work needs level 2
    dialog.tasks.set_checked([taitamo["tasks"]["cleaning"]])
    dialog.price.setValue(19.5)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.model.rowCount() == 1 and "19,5" in page.card.toPlainText()
    out = tmp_path / "kortti.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    operation = page.service_card()
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    qtbot.waitSignal(operation.finished, timeout=10_000, raising=False)
    from pypdf import PdfReader

    assert "Siivouspalvelu" in PdfReader(str(out)).pages[0].extract_text()
    for box in window.findChildren(QFileDialog):
        box.reject()


def test_planning_page_lists_trainees_with_fitting_tasks(qtbot, window, taitamo) -> None:
    _, page = section_for(window, taitamo["env"], "planning")
    assert page.plan is not None and page.plan.day > TODAY
    names = [r.name for r in page.trainees.rows()]
    assert names == ["Aalto Testi", "Berg Testi"]
    assert "Koulun ylläpitosiivous" in page.trainees.data(page.trainees.index(0, 4))


def test_steering_group_sees_tasks_and_packages_only(qtbot, window, session, taitamo) -> None:
    session.switch_user("ohjausryhma")
    window.show_section(CATALOGUE)
    section = window.catalogue
    section.ensure_built()
    titles = [section.tabs.tabText(i) for i in range(section.tabs.count())]
    assert titles == ["Task catalogue", "Service packages"]
    assert section.tasks.model.rowCount() == 5
    assert not section.tasks.new_button.isEnabled()
    assert not section.tasks.evaluate_button.isEnabled()


def test_item_models_pass_the_qt_model_tester(qtmodeltester, session, taitamo) -> None:
    from toimi_desktop.services.catalogue import task_list
    from toimi_desktop.services.environments import list_environments
    from toimi_desktop.services.packages import package_list
    from toimi_desktop.services.planning import day_plan

    ctx, env, tasks = session.ctx, taitamo["env"], taitamo["tasks"]
    record_evaluation(ctx, EvaluationInput(tasks["cleaning"], 1, TaskFit.SUITABLE))
    create_order(ctx, OrderInput(env, tasks["cleaning"], "Koulut", "Siivous", TODAY))
    create_package(ctx, PackageInput(env, "Siivous", task_ids=[tasks["cleaning"]]))
    make_trainees(ctx, env, ["Colliander"])
    plan = day_plan(ctx, env)
    for model, rows in ((models.TaskTableModel(), task_list(ctx)),
                        (models.OrderTableModel(), order_list(ctx)),
                        (models.PackageTableModel(), package_list(ctx)),
                        (models.EnvironmentTableModel(), list_environments(ctx)),
                        (models.PlanTraineeModel(), plan.trainees)):
        assert rows
        model.set_rows(rows)
        qtmodeltester.check(model)
