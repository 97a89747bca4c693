"""Retention through a real server: the blank tombstones one device makes reach the server
and the other devices, whose copies of the person's data go too."""

from __future__ import annotations

from datetime import date

from sync_helpers import assert_same_as_server, edit, new_environment, new_trainee

from toimi_desktop.models import Period, Trainee
from toimi_desktop.models.enums import PeriodStatus
from toimi_desktop.services.retention import run_retention

TODAY = date(2026, 11, 22)


def test_deletions_sync_as_blank_tombstones(server, make_device):
    office = make_device(server, "koordinaattori", "office")
    field = make_device(server, "valmentaja", "field")
    env = new_environment(office)
    old, old_period = new_trainee(office, "167", env, "Vanha", "Korhonen",
                                  start=date(2018, 3, 5))
    edit(office, Trainee, old, hetu="131052-308T", phone="040 111 2222")
    edit(office, Period, old_period, status=PeriodStatus.ENDED, end_date=date(2019, 2, 28))
    kept, _ = new_trainee(office, "167", env, "Jatkuva", "Virtanen", start=date(2018, 3, 5))
    office.sync()
    field.sync()
    assert field.dump()["trainee"][old]["hetu"] == "131052-308T"
    kept_before = field.dump()["trainee"][kept]

    report = run_retention(office.ctx, today=TODAY)
    assert (report.trainees, report.counts) == (1, {"period": 1, "trainee": 1})
    office.sync()
    field.sync()

    row = field.dump()["trainee"][old]
    assert (row["deleted"], row["first_name"], row["last_name"], row["hetu"], row["phone"]) \
        == (1, "", "", None, None)
    assert field.dump()["period"][old_period]["deleted"] == 1
    assert field.dump()["trainee"][kept] == kept_before
    for device in (office, field):
        assert_same_as_server(device, server)
    stored = server.records()[("trainee", old)]
    assert "Vanha" not in repr(stored) and "131052-308T" not in repr(stored)
