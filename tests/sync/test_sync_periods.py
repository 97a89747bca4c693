"""A period's weekdays and pauses travel between devices like any record: a pause made on
one laptop keeps the other from recording attendance on its days."""

from __future__ import annotations

from datetime import date

import pytest
from sync_helpers import assert_same_as_server, new_environment, new_trainee, works_at

from toimi_desktop.models.enums import AttendanceStatus
from toimi_desktop.services.attendance import AttendanceEntry, day_sheet, save_day
from toimi_desktop.services.errors import ValidationError
from toimi_desktop.services.period_changes import (
    PeriodUpdate,
    pause_period,
    resume_period,
    update_period,
)

TODAY = date(2026, 11, 20)


def test_weekdays_and_a_pause_reach_the_other_device(server, make_device):
    a = make_device(server, "valmentaja", "a")
    b = make_device(server, "valmentaja2", "b")
    env = new_environment(a)
    works_at(a, env)
    trainee, period = new_trainee(a, "167", env, "Aino", "Virtanen")
    update_period(a.ctx, period, PeriodUpdate(date(2026, 12, 31), 5, 2, weekdays="24"))
    pause_period(a.ctx, period, date(2026, 11, 16), "Sairausloma", today=TODAY)
    a.sync()
    b.sync()
    works_at(b, env)
    row = b.dump()["period"][period]
    assert (row["weekdays"], row["status"]) == ("24", "paused")
    assert [(p["start_date"], p["end_date"]) for p in b.dump()["period_pause"].values()] == [
        ("2026-11-16", None)]
    assert day_sheet(b.ctx, env, date(2026, 11, 18)).rows == ()
    with pytest.raises(ValidationError, match="paused"):
        save_day(b.ctx, env, date(2026, 11, 18),
                 [AttendanceEntry(trainee, AttendanceStatus.PRESENT)], today=TODAY)

    resume_period(b.ctx, period, date(2026, 11, 19), today=TODAY)
    b.sync(), a.sync()
    assert [p["end_date"] for p in a.dump()["period_pause"].values()] == ["2026-11-18"]
    (sheet_row,) = day_sheet(a.ctx, env, date(2026, 11, 19)).rows
    assert sheet_row.scheduled  # a Thursday, one of its weekdays
    for device in (a, b):
        assert_same_as_server(device, server)
