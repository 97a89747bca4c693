"""Which work order an attended day counts for: the one rule that the order view, the order
list, planning and the steering summary's work done all follow.

**The rule.** A day of a task counts for one order at most: among the orders of that task
that cover the day (from their start to their end; without an end, until further notice),
the one that starts earliest wins the day, and of two starting on the same day the one
recorded first (the smaller id: ids are time-ordered UUIDv7). Cancelled and deleted orders
take no days. So no attended hour counts twice, the hours done of a task's orders add up to
at most the task's attended hours, and the days of a later, overlapping order count for it
only once the earlier one has ended. (The earlier order is the one agreed first, and it is
the one whose planned hours the work was counted against while it ran; a later order
cannot take its days away by being recorded.)

Every order that starts before another and has not yet ended covers each day from the later
one's start to its own end, so the days an order wins are one run: from its start, or the
day after the latest end among the earlier orders if that is later, to its own end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import Message

# The orders that take days (SQL condition on work_order; no table alias).
CLAIMING = "deleted = 0 AND status != 'cancelled'"

# (order id, task id, start, end or None for "until further notice")
OrderSpan = tuple[str, str, date, date | None]
# The days an order wins: (first, last or None for "until further notice")
Claim = tuple[date, date | None]


def claimed_days(orders: Iterable[OrderSpan]) -> dict[str, Claim | None]:
    """{order id: the run of days it wins, or None when an earlier order covers all of its
    days} for orders that take days (none cancelled or deleted). An order's claim depends
    only on the orders of its task that start before it, so a caller may leave out orders
    that end before the days it asks about."""
    result: dict[str, Claim | None] = {}
    by_task: dict[str, list[OrderSpan]] = {}
    for span in orders:
        by_task.setdefault(span[1], []).append(span)
    for spans in by_task.values():
        spans.sort(key=lambda s: (s[2], s[0]))
        reach: date | None = None  # the last day an earlier order covers
        open_ended = False  # an earlier order covers every day from its start on
        for order_id, _task, start, end in spans:
            first = start if reach is None else max(start, reach + timedelta(days=1))
            if open_ended or (end is not None and first > end):
                result[order_id] = None
            else:
                result[order_id] = (first, end)
            if end is None:
                open_ended = True
            elif reach is None or end > reach:
                reach = end
    return result


def claiming_orders_sql(task_count: int) -> str:
    """SELECT id, task_id, starts_on, ends_on of the orders that take days, of `task_count`
    tasks given as positional parameters."""
    return ("SELECT id, task_id, starts_on, ends_on FROM work_order"
            f" WHERE task_id IN ({','.join('?' * task_count)}) AND {CLAIMING}")


def spans_of(rows: Iterable[tuple[str, str, str, str | None]]) -> list[OrderSpan]:
    """`OrderSpan`s from rows of (id, task id, ISO start, ISO end or None)."""
    return [(order_id, task_id, date.fromisoformat(start),
             date.fromisoformat(end) if end else None)
            for order_id, task_id, start, end in rows]


# --- overlap warnings ---------------------------------------------------------------------

OVERLAP_SQL = f"""
    SELECT id, title, orderer_department, starts_on, ends_on FROM work_order
    WHERE task_id = :task AND {CLAIMING} AND id != :order
      AND starts_on <= :end AND (ends_on IS NULL OR ends_on >= :start)
    ORDER BY starts_on, id"""

OTHER_EARLIER = N_("errors", "The order “{title}” ({orderer}, {dates}) has the same task on "
                             "{overlap}. Hours of those days count for the earlier order "
                             "“{title}”, not for this one.")
THIS_EARLIER = N_("errors", "The order “{title}” ({orderer}, {dates}) has the same task on "
                            "{overlap}. Hours of those days count for this order, which "
                            "starts earlier, not for “{title}”.")


def _day(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def _span_text(start: date, end: date | None) -> str:
    return f"{_day(start)}–{_day(end)}" if end else f"{_day(start)}–"


@dataclass(frozen=True)
class Overlap:
    """Another order of the same task on some of the same days."""

    order_id: str
    title: str
    orderer: str
    starts_on: date
    ends_on: date | None
    first: date  # the days both orders cover
    last: date | None
    earlier: bool  # the other order wins those days

    def message(self) -> Message:
        return Message(OTHER_EARLIER if self.earlier else THIS_EARLIER, {
            "title": self.title, "orderer": self.orderer,
            "dates": _span_text(self.starts_on, self.ends_on),
            "overlap": _span_text(self.first, self.last)})


def overlaps(execute: Callable[[str, dict[str, object]], Sequence[tuple]], task_id: str,
             starts_on: date, ends_on: date | None, order_id: str | None) -> list[Overlap]:
    """Orders that take days, of the task, on any day of starts_on..ends_on, other than
    `order_id` (None: an order not saved yet, which would be recorded after them all).
    `execute(sql, params)` runs `OVERLAP_SQL` on a connection or in a transaction."""
    rows = execute(OVERLAP_SQL, {"task": task_id, "order": order_id or "",
                                 "start": starts_on.isoformat(),
                                 "end": (ends_on or date.max).isoformat()})
    found = []
    for other_id, title, orderer, start_text, end_text in rows:
        start = date.fromisoformat(str(start_text))
        end = date.fromisoformat(str(end_text)) if end_text else None
        last = min(end or date.max, ends_on or date.max)
        earlier = (start, other_id) < (starts_on, order_id) if order_id else start <= starts_on
        found.append(Overlap(other_id, title, orderer, start, end, max(start, starts_on),
                             None if last == date.max else last, earlier))
    return found
