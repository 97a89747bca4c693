"""Monthly allowance approvals: every environment has approved each month of the attendance
window that ended at least a month ago (those months' attendance is then locked)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from toimi_desktop.models.attendance import approval_id
from toimi_desktop.models.enums import Role
from toimi_desktop.services.demo.stamps import add_months
from toimi_desktop.services.demo.steps.attendance import window
from toimi_desktop.services.demo.world import DemoWorld


def approved_months(today: date) -> list[date]:
    """First days of the window's months that ended on or before a month before `today`."""
    start, _ = window(today)
    limit = add_months(today, -1)
    months = []
    month = start
    while add_months(month, 1) - timedelta(days=1) <= limit:
        months.append(month)
        month = add_months(month, 1)
    return months


def run(world: DemoWorld) -> None:
    rng = world.rng_for("approvals")
    rows = []
    for environment in world.environments.values():
        approver = world.users_with(Role.COACH, environment.municipality_code)[0]
        for month in approved_months(world.today):
            # Approved on a working day 3–10 days into the next month, in the afternoon.
            day = add_months(month, 1) + timedelta(days=rng.randint(2, 9))
            while day.isoweekday() > 5:
                day += timedelta(days=1)
            at = datetime.combine(day, time(rng.randint(10, 14), rng.randint(0, 59),
                                            tzinfo=UTC))
            rows.append({"id": approval_id(environment.id, month),
                         "municipality_code": environment.municipality_code,
                         "created_by": approver.id, "environment_id": environment.id,
                         "month": month, "approved_by": approver.id, "approved_at": at})
    world.writer.insert_synced("allowance_approval", rows)
