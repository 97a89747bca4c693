"""An environment's own closed days (a summer break, a training day): public holidays come
from the calendar and are never stored. The id of a closed day comes from the environment and
the date, so two devices closing the same day merge on sync."""

from __future__ import annotations

import uuid
from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.context import ServiceContext, Transaction
from toimi_desktop.services.environments import environment_for_write
from toimi_desktop.services.errors import Problems
from toimi_desktop.services.work_rules import ENVIRONMENT_EDITORS, clean

_CLOSED_NS = uuid.UUID("4e2b9f61-0c7d-4a35-8e1b-9d6c2f0a7e13")
MAX_CLOSED_RANGE_DAYS = 366


def closed_day_id(environment_id: str, day: date) -> str:
    return str(uuid.uuid5(_CLOSED_NS, f"{environment_id}/{day.isoformat()}"))


def add_closed_days(ctx: ServiceContext, environment_id: str, first: date, last: date,
                    reason: str | None = None) -> int:
    """Close the environment on its opening weekdays from `first` to `last` (a summer break,
    a training day). Public holidays are never stored: the calendar knows them. Returns the
    number of days added or changed."""
    from toimi_desktop.models import EnvironmentClosedDay
    from toimi_desktop.services.calendar import days_between, holiday_name

    ctx.require_role(*ENVIRONMENT_EDITORS)
    problems = Problems()
    if last < first:
        problems.add("last", N_("errors", "The last day cannot be before the first."))
    elif (last - first).days >= MAX_CLOSED_RANGE_DAYS:
        problems.add("last", N_("errors", "Close at most a year at a time."))
    reason = clean(reason)
    if reason and len(reason) > 200:
        problems.add("reason", N_("errors", "At most {n} characters."), n=200)
    problems.raise_if_any()
    with ctx.transaction() as tx:
        environment = environment_for_write(ctx, tx, environment_id)
        open_days = set(environment.open_weekdays)
        changes = 0
        for day in days_between(first, last):
            if str(day.isoweekday()) not in open_days or holiday_name(day):
                continue
            record = _closed_day_by_date(tx, environment_id, day)
            if record is None:
                record = EnvironmentClosedDay(
                    id=closed_day_id(environment_id, day), environment_id=environment_id,
                    day=day, municipality_code=environment.municipality_code, deleted=False)
            elif not record.deleted and record.reason == reason:
                continue
            record.deleted = False
            record.reason = reason
            tx.stamp(record, ["day", "reason", "deleted"])
            changes += 1
        if changes:
            tx.audit("environment.close_days", "environment", environment_id,
                     environment.municipality_code,
                     {"first": first.isoformat(), "last": last.isoformat(), "days": changes})
        return changes


def _closed_day_by_date(tx: Transaction, environment_id: str, day: date):
    """A closed day made before ids came from the date (e.g. by the demo), if any."""
    from sqlalchemy import select

    from toimi_desktop.models import EnvironmentClosedDay

    return tx.session.scalar(select(EnvironmentClosedDay).where(
        EnvironmentClosedDay.environment_id == environment_id,
        EnvironmentClosedDay.day == day))


def reopen_day(ctx: ServiceContext, environment_id: str, day: date) -> bool:
    """Remove a closed day (the service is held after all). False if it was not closed."""
    ctx.require_role(*ENVIRONMENT_EDITORS)
    with ctx.transaction() as tx:
        environment = environment_for_write(ctx, tx, environment_id)
        record = _closed_day_by_date(tx, environment_id, day)
        if record is None or record.deleted:
            return False
        record.deleted = True
        tx.stamp(record, ["deleted"])
        tx.audit("environment.reopen_day", "environment", environment_id,
                 environment.municipality_code, {"day": day.isoformat()})
        return True
