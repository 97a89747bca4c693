"""Work orders: the status flow, feedback, and hours done summed from attendance, checked
against hand-computed cases; and the steering summary's hours by field and department."""

from datetime import date

import pytest
from work_helpers import TODAY, catalogue, make_trainees

from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus, OrderStatus, WorkField
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.errors import DomainError, PermissionDenied, ValidationError
from toimi_desktop.services.orders import (
    OrderFilter,
    OrderInput,
    change_order_status,
    create_order,
    hours_done,
    input_from_order,
    order_details,
    order_list,
    record_feedback,
    update_order,
)
from toimi_desktop.services.work_summary import work_done_summary

P, PART, A = (AttendanceStatus.PRESENT, AttendanceStatus.PARTLY_PRESENT,
              AttendanceStatus.ABSENT)
D = date


@pytest.fixture
def setup(as_user, world):
    """Trainees A, B, C (5 h a day) at Taitamo and the attendance of the hand-computed cases."""
    ctx = as_user("valmentaja")
    env = world["joensuu_env"]
    tasks = catalogue(ctx, env)
    a, b, c = make_trainees(ctx, env, ["Aalto", "Berg", "Colliander"])
    t1, t2, wood = tasks["cleaning"], tasks["kitchen"], tasks["wood"]
    days = {
        D(2026, 10, 30): [AttendanceEntry(a, P, work_task_id=t1)],  # before every order
        D(2026, 11, 2): [AttendanceEntry(a, P, work_task_id=t1),  # 5
                         AttendanceEntry(b, PART, 2, work_task_id=t1),  # 2
                         AttendanceEntry(c, P, work_task_id=t2)],  # 5 (the other task)
        D(2026, 11, 3): [AttendanceEntry(a, A, absence_reason=AbsenceReason.OWN_ILLNESS,
                                         work_task_id=None),
                         AttendanceEntry(b, P, 6.5, work_task_id=t1)],  # 6.5
        D(2026, 11, 4): [AttendanceEntry(a, P, work_task_id=wood)],  # no department
        D(2026, 11, 10): [AttendanceEntry(a, P, work_task_id=t1),  # 5
                          AttendanceEntry(c, P, 4, work_task_id=t1)],  # 4
        D(2026, 11, 16): [AttendanceEntry(a, P, work_task_id=t1)],  # 5
        D(2026, 11, 19): [AttendanceEntry(b, P, 3, work_task_id=t1)],  # 3
    }
    for day, entries in days.items():
        save_day(ctx, env, day, entries, today=TODAY)
    return {"ctx": ctx, "env": env, "tasks": tasks, "trainees": (a, b, c)}


def order(ctx, env, task, department, start, end=None, hours=20.0, title=None):
    return create_order(ctx, OrderInput(env, task, department, title or department, start,
                                        end, hours, contact_name="Tilaaja")).id


def done(ctx, order_id):
    return order_details(ctx, order_id, TODAY).done_hours


def test_hours_done_are_the_tasks_attended_hours_within_the_orders_dates(setup):
    ctx, env, tasks = setup["ctx"], setup["env"], setup["tasks"]
    t1, t2 = tasks["cleaning"], tasks["kitchen"]
    first = order(ctx, env, t1, "Koulut", D(2026, 11, 2), D(2026, 11, 13))
    open_ended = order(ctx, env, t1, "Tilapalvelut", D(2026, 11, 10))
    kitchen = order(ctx, env, t2, "Koulujen keittiöt", D(2026, 11, 1))
    future = order(ctx, env, t1, "Puistot", D(2026, 11, 21), D(2026, 11, 30))
    assert done(ctx, first) == 5 + 2 + 6.5 + 5 + 4
    # 10.11. is the earlier order's: the open-ended one has 16.11. and 19.11., up to today
    assert done(ctx, open_ended) == 5 + 3
    assert done(ctx, kitchen) == 5
    assert done(ctx, future) == 0  # wholly within the open-ended order
    with ctx.db.reader() as conn:
        assert hours_done(conn, [first, open_ended, future], TODAY) == {
            first: 22.5, open_ended: 8.0, future: 0.0}
    # the list shows the same; B's 3.11. turns into an absence and the hours follow
    listed = {o.id: o for o in order_list(ctx, OrderFilter(environment_id=env), TODAY)}
    assert listed[first].done_hours == 22.5 and listed[first].planned_hours == 20
    assert listed[first].progress == pytest.approx(22.5 / 20)
    b = setup["trainees"][1]
    save_day(ctx, env, D(2026, 11, 3), [AttendanceEntry(
        b, A, absence_reason=AbsenceReason.JOB_INTERVIEW, work_task_id=t1)], today=TODAY)
    assert done(ctx, first) == 16.0


def test_overlapping_orders_of_a_task_warn(setup):
    ctx, env, t1 = setup["ctx"], setup["env"], setup["tasks"]["cleaning"]
    order(ctx, env, t1, "Koulut", D(2026, 11, 2), D(2026, 11, 13))
    result = create_order(ctx, OrderInput(env, t1, "Tilapalvelut", "Toinen", D(2026, 11, 10)))
    assert len(result.warnings) == 1
    assert "Koulut" in result.warnings[0].text("en")


def test_order_validation_is_per_field(setup, world):
    ctx, env = setup["ctx"], setup["env"]
    with pytest.raises(ValidationError) as caught:
        create_order(ctx, OrderInput(env, "nope", " ", " ", D(2026, 11, 10), D(2026, 11, 9),
                                     -1, contact_phone="abc"))
    assert set(caught.value.errors) == {"task_id", "orderer_department", "title", "ends_on",
                                        "planned_hours", "contact_phone"}
    with pytest.raises(ValidationError) as caught:  # Liperi is not the coach's
        create_order(ctx, OrderInput(world["liperi_env"], setup["tasks"]["cleaning"], "X",
                                     "X", D(2026, 11, 10)))
    assert set(caught.value.errors) == {"environment_id", "task_id"}


def test_status_flow_with_sensible_transitions(setup):
    ctx, env, t1 = setup["ctx"], setup["env"], setup["tasks"]["cleaning"]
    order_id = order(ctx, env, t1, "Koulut", D(2026, 11, 10))
    assert order_details(ctx, order_id, TODAY).status is OrderStatus.REQUESTED
    with pytest.raises(DomainError):
        change_order_status(ctx, order_id, OrderStatus.DONE, today=TODAY)
    with pytest.raises(DomainError):
        record_feedback(ctx, order_id, 5, today=TODAY)
    for status in (OrderStatus.AGREED, OrderStatus.IN_PROGRESS, OrderStatus.DONE):
        change_order_status(ctx, order_id, status, today=TODAY)
    row = order_details(ctx, order_id, TODAY)
    assert row.status is OrderStatus.DONE and row.ends_on == TODAY  # the range is closed
    # later attendance no longer counts for a done order
    save_day(ctx, env, D(2026, 11, 23), [AttendanceEntry(setup["trainees"][0], P,
                                                         work_task_id=t1)],
             today=D(2026, 11, 23))
    assert order_details(ctx, order_id, D(2026, 11, 23)).done_hours == 17.0
    change_order_status(ctx, order_id, OrderStatus.IN_PROGRESS, today=TODAY)  # reopened
    change_order_status(ctx, order_id, OrderStatus.DONE, today=TODAY)

    with pytest.raises(ValidationError) as caught:
        record_feedback(ctx, order_id, 6, today=TODAY)
    assert set(caught.value.errors) == {"feedback_score"}
    with pytest.raises(ValidationError) as caught:
        record_feedback(ctx, order_id, 2, " ", today=TODAY)
    assert set(caught.value.errors) == {"feedback_comment"}
    record_feedback(ctx, order_id, 4, "Siisti jälki.", today=TODAY)
    row = order_details(ctx, order_id, TODAY)
    assert (row.feedback_score, row.feedback_comment, row.feedback_on) == (
        4, "Siisti jälki.", TODAY)
    with pytest.raises(DomainError):  # feedback given: no reopening
        change_order_status(ctx, order_id, OrderStatus.IN_PROGRESS, today=TODAY)


def test_future_work_cannot_start_and_cancelled_orders_are_restored_before_editing(setup):
    ctx, env, t1 = setup["ctx"], setup["env"], setup["tasks"]["cleaning"]
    order_id = order(ctx, env, t1, "Koulut", D(2026, 12, 1))
    change_order_status(ctx, order_id, OrderStatus.AGREED, today=TODAY)
    with pytest.raises(DomainError):
        change_order_status(ctx, order_id, OrderStatus.IN_PROGRESS, today=TODAY)
    change_order_status(ctx, order_id, OrderStatus.CANCELLED, today=TODAY)
    data = input_from_order(order_details(ctx, order_id, TODAY))
    data.planned_hours = 40
    with pytest.raises(DomainError):
        update_order(ctx, order_id, data)
    change_order_status(ctx, order_id, OrderStatus.REQUESTED, today=TODAY)
    update_order(ctx, order_id, data)
    assert order_details(ctx, order_id, TODAY).planned_hours == 40


def test_roles_for_orders(setup, as_user):
    ctx, env, t1 = setup["ctx"], setup["env"], setup["tasks"]["cleaning"]
    with pytest.raises(PermissionDenied):
        order(as_user("agentti"), env, t1, "Koulut", D(2026, 11, 10))
    with pytest.raises(PermissionDenied):
        order_list(as_user("ohjausryhma"))
    with pytest.raises(ValidationError) as caught:
        order(as_user("liperi"), env, t1, "Koulut", D(2026, 11, 10))
    assert "environment_id" in caught.value.errors
    order_id = order(ctx, env, t1, "Koulut", D(2026, 11, 10))
    assert order_list(as_user("liperi")) == []
    assert [o.id for o in order_list(as_user("koordinaattori"))] == [order_id]
    change_order_status(ctx, order_id, OrderStatus.AGREED, today=TODAY)
    change_order_status(ctx, order_id, OrderStatus.IN_PROGRESS, today=TODAY)
    change_order_status(ctx, order_id, OrderStatus.DONE, today=TODAY)
    open_ones = OrderFilter(statuses=(OrderStatus.REQUESTED, OrderStatus.AGREED,
                                      OrderStatus.IN_PROGRESS))
    assert order_list(ctx, open_ones) == []
    awaiting = OrderFilter(statuses=open_ones.statuses, awaiting_feedback=True)
    assert [o.id for o in order_list(ctx, awaiting)] == [order_id]
    record_feedback(ctx, order_id, 5, today=TODAY)
    assert order_list(ctx, awaiting) == []


def test_steering_summary_of_hours_by_field_and_department(setup, as_user):
    ctx, env, tasks = setup["ctx"], setup["env"], setup["tasks"]
    t1, t2 = tasks["cleaning"], tasks["kitchen"]
    first = order(ctx, env, t1, "Koulut", D(2026, 11, 2), D(2026, 11, 13))
    order(ctx, env, t1, "Tilapalvelut", D(2026, 11, 10))
    kitchen = order(ctx, env, t2, "Koulujen keittiöt", D(2026, 11, 1))
    change_order_status(ctx, kitchen, OrderStatus.CANCELLED, today=TODAY)
    for status in (OrderStatus.AGREED, OrderStatus.IN_PROGRESS, OrderStatus.DONE):
        change_order_status(ctx, first, status, today=TODAY)
    record_feedback(ctx, first, 4, today=TODAY)

    summary = work_done_summary(as_user("ohjausryhma"), D(2026, 11, 1), D(2026, 11, 30),
                                "167")
    by_department = {k: (v.hours, v.trainees, v.days) for k, v in
                     summary.by_department.items()}
    assert by_department == {
        "Koulut": (22.5, 3, 5),  # 10.11. is in both orders: the earlier one counts it
        "Tilapalvelut": (8.0, 2, 2),
        "Ruokapalvelut": (5.0, 1, 1),  # the cancelled order does not count: the task's own
        "": (5.0, 1, 1),  # woodwork has no orderer
    }
    assert {k: (v.hours, v.trainees) for k, v in summary.by_field.items()} == {
        WorkField.CLEANING_SERVICES: (30.5, 3), WorkField.KITCHEN: (5.0, 1),
        WorkField.WOODWORK: (5.0, 1)}
    assert (summary.total.hours, summary.total.trainees) == (40.5, 3)
    assert summary.by_field_and_department[(WorkField.CLEANING_SERVICES, "Koulut")].hours == 22.5
    assert summary.orders["Koulut"].done == 1 and summary.orders["Koulut"].mean_score == 4.0
    # the same as the coordinator over all municipalities; nothing for Liperi's coach
    assert work_done_summary(as_user("koordinaattori"), D(2026, 11, 1),
                             D(2026, 11, 30)).total.hours == 40.5
    assert work_done_summary(as_user("liperi"), D(2026, 11, 1), D(2026, 11, 30)).total.hours == 0
    with pytest.raises(PermissionDenied):
        work_done_summary(as_user("liperi"), D(2026, 11, 1), D(2026, 11, 30), "167")
