"""What sync knows about the synced tables, read from the ORM metadata so that every table
with the SyncedMixin columns syncs, including ones added later. Shared by client and server.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from toimi_desktop.models.ids import Timestamp

CONFLICT_TABLE = "sync_conflict"
# Who used whose data: every role appends to it (a steering-group member's sign-in too), no
# one changes a row, and only coordinators read other users' rows (see the server policy).
ACCESS_LOG_TABLE = "access_log"
# The lowest clock: values that arrive without a clock of their own (fill-ins) lose to any edit.
FILL_CLOCK = "0000000000000-00000-fill"
# Fields that accompany every change of a row (who and when), pushed with any change.
TOUCH_FIELDS = ("updated_at", "updated_by", "updated_hlc")
# Values that must be unique among the live (not deleted) records of a table, and the code a
# change that would duplicate one is refused with. Ids are made on devices, so only the server
# (which sees every municipality) can tell; the app checks its own records before saving.
UNIQUE_FIELDS: dict[str, dict[str, str]] = {"trainee": {"hetu": "duplicate_hetu"}}


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[str, ...]  # without "id"
    text_fields: frozenset[str]  # free text: concurrent edits keep both versions
    required: frozenset[str]  # NOT NULL without a default: a new record must have them
    personal: bool  # holds data about a trainee (or a log of it)


@cache
def tables() -> dict[str, TableInfo]:
    from sqlalchemy import Text

    from toimi_desktop.models import Base, synced_tables

    result = {}
    for name in synced_tables():
        table = Base.metadata.tables[name]
        columns = tuple(c.name for c in table.columns if c.name != "id")
        text = frozenset(c.name for c in table.columns if isinstance(c.type, Text)
                         and name != CONFLICT_TABLE)
        required = frozenset(
            c.name for c in table.columns
            if c.name != "id" and not c.nullable and c.default is None
            and c.server_default is None)
        personal = (name in ("trainee", "audit_entry", CONFLICT_TABLE)
                    or "trainee_id" in table.columns)
        result[name] = TableInfo(name, columns, text, required, personal)
    return result


def device_of(clock: str) -> str:
    return clock.split("-", 2)[2] if clock.count("-") >= 2 else ""


def later(a: str, b: str) -> bool:
    """Whether clock `a` is later than `b` (the text form sorts in causal order)."""
    return Timestamp.parse(a) > Timestamp.parse(b)


def max_clock(clocks: list[str] | tuple[str, ...]) -> str:
    return str(max(Timestamp.parse(c) for c in clocks))
