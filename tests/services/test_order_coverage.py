"""One rule for overlapping work orders (`order_coverage`): the order view's hours done, the
order list and the steering summary's work done per department give each attended day of a
task to the same order, so they agree and no hour counts twice. Real database files,
attendance saved through the services, hours computed by hand."""

from datetime import date

import pytest
from work_helpers import TODAY, catalogue, make_trainees

from toimi_desktop.models.enums import AttendanceStatus, OrderStatus
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.order_coverage import claimed_days
from toimi_desktop.services.orders import (
    OrderFilter,
    OrderInput,
    change_order_status,
    create_order,
    input_from_order,
    order_details,
    order_list,
    order_overlaps,
    update_order,
)
from toimi_desktop.services.work_summary import work_done_summary

P, PART = AttendanceStatus.PRESENT, AttendanceStatus.PARTLY_PRESENT
D = date
NOVEMBER = (D(2026, 11, 1), D(2026, 11, 30))


@pytest.fixture
def cleaning(as_user, world):
    """Cleaning at Taitamo, attended by A (5 h), B and C on six days of November."""
    ctx = as_user("valmentaja")
    env = world["joensuu_env"]
    tasks = catalogue(ctx, env)
    a, b, c = make_trainees(ctx, env, ["Aalto", "Berg", "Colliander"])
    task = tasks["cleaning"]
    days = {
        D(2026, 11, 2): [AttendanceEntry(a, P, work_task_id=task),  # 5
                         AttendanceEntry(b, PART, 2, work_task_id=task)],  # 2
        D(2026, 11, 5): [AttendanceEntry(a, P, work_task_id=task)],  # 5
        D(2026, 11, 9): [AttendanceEntry(a, P, work_task_id=task),  # 5
                         AttendanceEntry(c, P, 4, work_task_id=task)],  # 4
        D(2026, 11, 12): [AttendanceEntry(b, P, 6, work_task_id=task)],  # 6
        D(2026, 11, 16): [AttendanceEntry(a, P, work_task_id=task)],  # 5
        D(2026, 11, 19): [AttendanceEntry(c, P, 3, work_task_id=task)],  # 3
    }
    for day, entries in days.items():
        save_day(ctx, env, day, entries, today=TODAY)
    return {"ctx": ctx, "env": env, "task": task, "total": 35.0}


def _order(fx, department, start, end=None):
    return create_order(fx["ctx"], OrderInput(fx["env"], fx["task"], department, department,
                                              start, end, 20.0)).id


def _view(fx, order_id):
    return order_details(fx["ctx"], order_id, TODAY).done_hours


def _summary(fx, as_user):
    summary = work_done_summary(as_user("ohjausryhma"), *NOVEMBER, "167")
    return {k: v.hours for k, v in summary.by_department.items()}


def test_two_overlapping_orders_share_the_days_and_agree_with_the_summary(cleaning,
                                                                         as_user):
    fx = cleaning
    # Koulut 2.–12.11., Tilapalvelut 9.–19.11.: 9.11. and 12.11. are in both.
    schools = _order(fx, "Koulut", D(2026, 11, 2), D(2026, 11, 12))
    facilities = _order(fx, "Tilapalvelut", D(2026, 11, 9), D(2026, 11, 19))
    assert _view(fx, schools) == (5 + 2) + 5 + (5 + 4) + 6 == 27.0  # 2., 5., 9., 12.
    assert _view(fx, facilities) == 5 + 3 == 8.0  # 16., 19.: the overlap is the earlier's
    assert _view(fx, schools) + _view(fx, facilities) == fx["total"]  # nothing twice
    listed = {o.id: o.done_hours for o in order_list(fx["ctx"], OrderFilter(
        environment_id=fx["env"]), TODAY)}
    assert listed == {schools: 27.0, facilities: 8.0}
    # The steering summary reads the same hours for the same departments.
    assert _summary(fx, as_user) == {"Koulut": 27.0, "Tilapalvelut": 8.0}
    # The list filtered to the later order alone still knows of the earlier one.
    only_later = order_list(fx["ctx"], OrderFilter(environment_id=fx["env"],
                                                   text="Tilapalvelut"), TODAY)
    assert [o.done_hours for o in only_later] == [8.0]

    # The later order moved to start first takes the days from 9.11. on: the rule is
    # the start, not which was recorded first.
    data = input_from_order(order_details(fx["ctx"], facilities, TODAY))
    data.starts_on = D(2026, 11, 1)
    update_order(fx["ctx"], facilities, data)
    assert _view(fx, facilities) == (5 + 2) + 5 + (5 + 4) + 6 + 5 + 3 == 35.0
    assert _view(fx, schools) == 0.0
    assert _summary(fx, as_user) == {"Tilapalvelut": 35.0}


def test_a_cancelled_order_takes_no_days(cleaning, as_user):
    fx = cleaning
    schools = _order(fx, "Koulut", D(2026, 11, 2), D(2026, 11, 12))
    facilities = _order(fx, "Tilapalvelut", D(2026, 11, 9), D(2026, 11, 19))
    change_order_status(fx["ctx"], schools, OrderStatus.CANCELLED, today=TODAY)
    assert _view(fx, schools) == 0.0
    assert _view(fx, facilities) == (5 + 4) + 6 + 5 + 3 == 23.0  # 9.–19.11., all its own
    # days before 9.11. count for the task's usual orderer (Koulut) in the summary
    assert _summary(fx, as_user) == {"Tilapalvelut": 23.0, "Koulut": 12.0}
    assert sum(_summary(fx, as_user).values()) == fx["total"]


def test_an_open_ended_earlier_order_keeps_its_days_until_it_is_done(cleaning, as_user):
    fx = cleaning
    ongoing = _order(fx, "Koulut", D(2026, 11, 2))
    later = _order(fx, "Tilapalvelut", D(2026, 11, 9), D(2026, 11, 30))
    assert (_view(fx, ongoing), _view(fx, later)) == (35.0, 0.0)
    assert _summary(fx, as_user) == {"Koulut": 35.0}
    for status in (OrderStatus.AGREED, OrderStatus.IN_PROGRESS, OrderStatus.DONE):
        change_order_status(fx["ctx"], ongoing, status, today=D(2026, 11, 10))
    # done on 10.11.: its range ends there and the later order has the days after it
    assert _view(fx, ongoing) == (5 + 2) + 5 + (5 + 4) == 21.0
    assert _view(fx, later) == 6 + 5 + 3 == 14.0
    assert _summary(fx, as_user) == {"Koulut": 21.0, "Tilapalvelut": 14.0}


def test_claimed_days_rule():
    one, two, three, four = "01-a", "01-b", "01-c", "01-d"
    spans = [
        (two, "t", D(2026, 1, 5), D(2026, 1, 20)),
        (one, "t", D(2026, 1, 5), D(2026, 1, 10)),  # same start, smaller id: first
        (three, "t", D(2026, 1, 8), D(2026, 1, 15)),  # wholly within the earlier ones
        (four, "t", D(2026, 1, 12), None),
        ("other", "u", D(2026, 1, 6), D(2026, 1, 7)),  # another task: no effect
    ]
    assert claimed_days(spans) == {
        one: (D(2026, 1, 5), D(2026, 1, 10)),
        two: (D(2026, 1, 11), D(2026, 1, 20)),
        three: None,
        four: (D(2026, 1, 21), None),
        "other": (D(2026, 1, 6), D(2026, 1, 7)),
    }
    # an open-ended order leaves nothing to those starting after it
    assert claimed_days([("a", "t", D(2026, 1, 1), None),
                         ("b", "t", D(2026, 3, 1), D(2026, 3, 5))])["b"] is None


def test_saving_an_overlapping_order_warns_which_order_gets_the_days(cleaning):
    fx, ctx = cleaning, cleaning["ctx"]
    schools = _order(fx, "Koulut", D(2026, 11, 2), D(2026, 11, 12))
    result = create_order(ctx, OrderInput(fx["env"], fx["task"], "Tilapalvelut",
                                          "Käytävät", D(2026, 11, 9), D(2026, 11, 19)))
    (warning,) = result.warnings  # a warning: the order was saved
    assert warning.text("en") == (
        "The order “Koulut” (Koulut, 2.11.2026–12.11.2026) has the same task on "
        "9.11.2026–12.11.2026. Hours of those days count for the earlier order “Koulut”, "
        "not for this one.")
    # seen from the earlier order, the later one loses those days
    (seen,) = order_overlaps(ctx, fx["task"], D(2026, 11, 2), D(2026, 11, 12), schools)
    assert (seen.title, seen.earlier) == ("Käytävät", False)
    assert "count for this order, which starts earlier, not for “Käytävät”" in (
        seen.message().text("en"))
    # an order being written (no id yet) starting the same day comes after the saved one
    (same_day,) = order_overlaps(ctx, fx["task"], D(2026, 11, 2), D(2026, 11, 3))
    assert (same_day.title, same_day.earlier) == ("Koulut", True)
    assert (same_day.first, same_day.last) == (D(2026, 11, 2), D(2026, 11, 3))
    # done orders still take their days and warn; cancelled ones take none and do not
    for status in (OrderStatus.AGREED, OrderStatus.IN_PROGRESS, OrderStatus.DONE):
        change_order_status(ctx, schools, status, today=TODAY)
    change_order_status(ctx, result.id, OrderStatus.CANCELLED, today=TODAY)
    assert [o.title for o in order_overlaps(ctx, fx["task"], D(2026, 11, 1), None)] == [
        "Koulut"]
    assert order_overlaps(ctx, fx["task"], D(2026, 11, 13), D(2026, 11, 30)) == []
