"""A period's weekdays as ISO weekday digits ("1234" = Monday to Thursday)."""

from __future__ import annotations

from functools import lru_cache

ALL_WEEKDAYS = "1234567"


def default_weekdays(days_per_week: int, open_weekdays: str = "12345") -> str:
    """The first `days_per_week` of the environment's open weekdays, from Monday; when it
    opens on fewer days than that, the following weekdays after them."""
    days_per_week = max(0, min(int(days_per_week), 7))
    opened = [c for c in ALL_WEEKDAYS if c in (open_weekdays or "")]
    rest = [c for c in ALL_WEEKDAYS if c not in opened]
    return "".join(sorted((opened + rest)[:days_per_week]))


def normalise_weekdays(text: str | None) -> str:
    """Sorted ISO weekday digits without repeats or other characters."""
    return "".join(c for c in ALL_WEEKDAYS if c in (text or ""))


@lru_cache(maxsize=256)
def weekday_set(weekdays: str | None, days_per_week: int) -> frozenset[int]:
    """The weekdays a period is scheduled on; records made before periods stored their
    weekdays (None) count the first `days_per_week` from Monday."""
    text = normalise_weekdays(weekdays) or default_weekdays(days_per_week)
    return frozenset(int(c) for c in text)
