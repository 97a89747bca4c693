"""Whether an environment's service is held on a day: weekdays, Finnish public holidays
(from the `holidays` package) and the environment's own closed days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from toimi_desktop.i18n import current_language
from toimi_desktop.models import Environment, EnvironmentClosedDay


class DayKind(StrEnum):
    OPEN = "open"
    HOLIDAY = "holiday"
    CLOSED = "closed"  # the environment's own closed day
    NOT_OPEN_WEEKDAY = "not_open_weekday"  # e.g. a weekend or a weekday it does not work


@dataclass(frozen=True)
class DayInfo:
    day: date
    kind: DayKind
    name: str | None = None  # the holiday's name or the closed day's reason

    @property
    def held(self) -> bool:
        return self.kind is DayKind.OPEN


@lru_cache(maxsize=32)
def _finnish_holidays(year: int, language: str) -> dict[date, str]:
    names = holidays.Finland(years=year, language="fi" if language == "fi" else "en_US")
    return dict(names.items())


def holiday_name(day: date, language: str | None = None) -> str | None:
    return _finnish_holidays(day.year, language or current_language()).get(day)


def iso_week(day: date) -> tuple[int, int]:
    """(ISO year, ISO week): the week numbers used in Finland."""
    year, week, _ = day.isocalendar()
    return year, week


def days_between(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def service_calendar(session: Session, environment_id: str, start: date, end: date,
                     language: str | None = None) -> dict[date, DayInfo]:
    """Day by day; holiday names in `language` (default: the app's current language)."""
    environment = session.get(Environment, environment_id)
    open_days = {int(c) for c in (environment.open_weekdays if environment else "12345")}
    closed = dict(session.execute(
        select(EnvironmentClosedDay.day, EnvironmentClosedDay.reason).where(
            EnvironmentClosedDay.environment_id == environment_id,
            EnvironmentClosedDay.deleted.is_(False),
            EnvironmentClosedDay.day.between(start, end),
        )
    ).all())
    calendar: dict[date, DayInfo] = {}
    for day in days_between(start, end):
        holiday = holiday_name(day, language)
        if holiday:
            calendar[day] = DayInfo(day, DayKind.HOLIDAY, holiday)
        elif day in closed:
            calendar[day] = DayInfo(day, DayKind.CLOSED, closed[day])
        elif day.isoweekday() not in open_days:
            calendar[day] = DayInfo(day, DayKind.NOT_OPEN_WEEKDAY)
        else:
            calendar[day] = DayInfo(day, DayKind.OPEN)
    return calendar
