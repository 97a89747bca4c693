"""Deterministic ids and clock readings for demo rows.

Real records take their ids and HLC stamps from the wall clock; demo rows must not, so that
the same seed and `today` give byte-for-byte the same file. Both start at a fixed instant on
`today` and advance by a counter, keeping the layouts the rest of the app expects.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from toimi_desktop.models import assessment as assessment_model
from toimi_desktop.models import attendance as attendance_model
from toimi_desktop.models.ids import Timestamp

# Demo data is "made" at 06:00 UTC (08:00 or 09:00 in Finland) on `today`.
GENERATED_AT = time(6, 0, tzinfo=UTC)
_STAMPS_PER_MS = 1000  # counter 000–999 per millisecond: far within the 5-digit HLC field
_COUNTERS = tuple(f"{n:05d}" for n in range(_STAMPS_PER_MS))
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def generated_at(today: date) -> datetime:
    return datetime.combine(today, GENERATED_AT)


def _epoch_ms(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def _from_epoch_ms(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)  # exact, unlike a float timestamp


def format_datetime(moment: datetime) -> str:
    """How SQLAlchemy's SQLite DateTime stores a UTC datetime (the zone is dropped)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class DemoIds:
    """UUIDv7 text ids (RFC 9562): 48-bit time from `today`, then a 12-bit counter in rand_a
    (RFC method 1, so ids rise in insert order: fast B-tree appends), then 62 seeded bits."""

    def __init__(self, start: datetime, rng: random.Random) -> None:
        self._base_ms = _epoch_ms(start)
        self._rng = rng
        self._n = 0

    def new(self) -> str:
        n = self._n
        self._n += 1
        ms = self._base_ms + (n >> 12)
        value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | (n & 0xFFF) << 64
        value |= 0b10 << 62 | self._rng.getrandbits(62)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class DemoClock:
    """Hybrid-logical-clock readings for demo rows: wall time from `today`, 1,000 readings per
    millisecond. Text is identical to `str(Timestamp(...))`, built without per-row objects
    because the attendance step stamps millions of rows."""

    def __init__(self, start: datetime, device: str) -> None:
        self.device = device
        self._base_ms = _epoch_ms(start)
        self._n = 0
        self._wall = -1
        self._prefix = ""
        self._moment = ""
        self._suffix = f"-{device}"

    def next(self) -> tuple[str, str]:
        """The next stamp as (HLC text, the same instant as a stored DateTime)."""
        n = self._n
        self._n += 1
        wall = self._base_ms + n // _STAMPS_PER_MS
        if wall != self._wall:
            self._wall = wall
            self._prefix = f"{wall:013d}-"
            self._moment = format_datetime(_from_epoch_ms(wall))
        return self._prefix + _COUNTERS[n % _STAMPS_PER_MS] + self._suffix, self._moment

    def last(self) -> Timestamp | None:
        """The latest reading handed out (for the device's `hlc_last` setting)."""
        if self._n == 0:
            return None
        n = self._n - 1
        return Timestamp(self._base_ms + n // _STAMPS_PER_MS, n % _STAMPS_PER_MS, self.device)

    def moment(self) -> datetime:
        """Wall time of the latest reading (or of the start, before any)."""
        n = max(self._n - 1, 0)
        return _from_epoch_ms(self._base_ms + n // _STAMPS_PER_MS)


# uuid5 layout (RFC 9562): version 5 in bits 76–79, variant 0b10 in bits 62–63.
_UUID5_CLEAR = ~(0xF << 76 | 0x3 << 62) & ((1 << 128) - 1)
_UUID5_SET = 0x5 << 76 | 0x2 << 62


def uuid5_with_prefix(namespace: uuid.UUID, prefix: str) -> Callable[[str], str]:
    """`lambda rest: str(uuid.uuid5(namespace, prefix + rest))`, ~3× faster: the namespace
    and the prefix are hashed once, for the millions of demo rows whose ids come from their
    natural key. Tests compare the two."""
    base = hashlib.sha1(namespace.bytes + prefix.encode())

    def make(rest: str) -> str:
        digest = base.copy()
        digest.update(rest.encode())
        value = int.from_bytes(digest.digest()[:16], "big") & _UUID5_CLEAR | _UUID5_SET
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    return make


def attendance_ids(trainee_id: str) -> Callable[[str], str]:
    """`models.attendance.attendance_id(trainee_id, day)` for one trainee, taking the day as
    ISO text."""
    return uuid5_with_prefix(attendance_model._ATTENDANCE_NS, f"{trainee_id}/")


def score_ids(assessment_id: str) -> Callable[[str], str]:
    """`models.assessment.score_id(assessment_id, key)` for one assessment."""
    return uuid5_with_prefix(assessment_model._SCORE_NS, f"{assessment_id}/")


def add_months(day: date, months: int) -> date:
    """`day` plus whole calendar months, clamped to the month's end (31.1. + 1 → 28./29.2.)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def days(n: int) -> timedelta:
    return timedelta(days=n)
