"""The bulk path for demo rows: raw sqlite3 `executemany` in chunks, inside the caller's
transaction (DESIGN.md: ~2.5× faster than ORM objects, and attendance will be millions of rows).

Values are stored exactly as SQLAlchemy would store them (dates ISO, datetimes in its SQLite
format, JSON via `json.dumps`), so the ORM and the services read demo rows like any others.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from itertools import islice

from sqlalchemy import JSON, Date, DateTime, Table

from toimi_desktop.models import Base
from toimi_desktop.services.demo.stamps import DemoClock, format_datetime

Row = Mapping[str, object]
_CHUNK = 20_000
_SYNC_FILLED = ("updated_hlc", "deleted", "updated_by", "created_at", "updated_at")
_ALL_FIELDS = json.dumps(["*"])


def _date(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _datetime(value: object) -> object:
    return format_datetime(value) if isinstance(value, datetime) else value


def _json(value: object) -> object:
    return None if value is None else json.dumps(value)


def _converter(table: Table, column: str) -> Callable[[object], object] | None:
    kind = table.c[column].type
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, JSON):
        return _json
    return None  # str, int, float, bool and StrEnum members go to sqlite3 as they are


def _chunks(rows: Iterable, size: int) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


class BulkWriter:
    """Writes rows of the ORM's tables; synced rows get their sync columns and outbox row."""

    def __init__(self, conn: sqlite3.Connection, clock: DemoClock) -> None:
        self.conn = conn
        self.clock = clock
        self.counts: dict[str, int] = {}

    def _plan(self, table_name: str, columns: list[str]) -> tuple[str, list[tuple[int, Callable]]]:
        table = Base.metadata.tables[table_name]
        unknown = [c for c in columns if c not in table.c]
        if unknown:
            raise KeyError(f"{table_name} has no columns {unknown}")
        converters = [(i, conv) for i, c in enumerate(columns)
                      if (conv := _converter(table, c)) is not None]
        sql = (f"INSERT INTO {table_name} ({', '.join(columns)})"
               f" VALUES ({', '.join('?' * len(columns))})")
        return sql, converters

    def _add_count(self, table_name: str, n: int) -> None:
        self.counts[table_name] = self.counts.get(table_name, 0) + n

    def insert(self, table_name: str, rows: Iterable[Row]) -> int:
        """Plain rows (tables that do not sync). Every row has the first row's keys."""
        total = 0
        for chunk in _chunks(rows, _CHUNK):
            columns = list(chunk[0])
            sql, converters = self._plan(table_name, columns)
            self.conn.executemany(sql, [self._values(row, columns, converters) for row in chunk])
            total += len(chunk)
        self._add_count(table_name, total)
        return total

    def insert_synced(self, table_name: str, rows: Iterable[Row]) -> int:
        """Synced rows: each gives `id`, `municipality_code` and `created_by`; the writer
        stamps the HLC, authorship, times and tombstone flag, and queues the row for sync."""
        iterator = iter(rows)
        first = next(iterator, None)
        if first is None:
            self._add_count(table_name, 0)
            self._add_count("sync_outbox", 0)
            return 0
        given = [c for c in first if c not in _SYNC_FILLED]
        _, converters = self._plan(table_name, given)
        values = (self._values(row, given, converters)
                  for row in itertools.chain((first,), iterator))
        return self.insert_synced_values(table_name, given, values)

    def insert_synced_values(self, table_name: str, columns: Sequence[str],
                             rows: Iterable[Sequence[object]]) -> int:
        """The fast path of `insert_synced` for millions of rows: each row is a tuple in
        `columns` order, already as stored (dates as ISO text, enums as their values).
        `columns` must name `id` and `created_by`; the sync columns are added here."""
        columns = list(columns)
        sql, _ = self._plan(table_name, [*columns, *_SYNC_FILLED])
        id_at, creator_at = columns.index("id"), columns.index("created_by")
        outbox_sql = ("INSERT INTO sync_outbox (table_name, row_id, hlc, fields, created_at)"
                      " VALUES (?, ?, ?, ?, ?)")
        next_stamp = self.clock.next
        total = 0
        for chunk in _chunks(rows, _CHUNK):
            values, outbox = [], []
            for row in chunk:
                hlc, moment = next_stamp()
                values.append((*row, hlc, False, row[creator_at], moment, moment))
                outbox.append((table_name, row[id_at], hlc, _ALL_FIELDS, moment))
            self.conn.executemany(sql, values)
            self.conn.executemany(outbox_sql, outbox)
            total += len(chunk)
        self._add_count(table_name, total)
        self._add_count("sync_outbox", total)
        return total

    @contextmanager
    def indexes_deferred(self, table_name: str) -> Iterator[None]:
        """Drop `table_name`'s own indexes for a bulk insert and build them again after: one
        sort per index beats millions of scattered B-tree inserts. Constraint indexes (the
        primary key, UNIQUE) stay. Inside the caller's transaction: if the body fails, the
        rollback brings the indexes back."""
        indexes = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL ORDER BY name", (table_name,)).fetchall()
        for name, _ in indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        yield
        for _, sql in indexes:
            self.conn.execute(sql)

    @staticmethod
    def _values(row: Row, columns: list[str], converters: list[tuple[int, Callable]]
                ) -> list[object]:
        values = [row[c] for c in columns]
        for i, convert in converters:
            values[i] = convert(values[i])
        return values
