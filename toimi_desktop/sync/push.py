"""Client side of push: outbox rows → batches, and the server's answer → the outbox.

A batch gets its id when it is formed, in the same transaction that marks its outbox rows:
until the server's answer is stored, the same batch (same id, same rows) is sent again, so a
lost answer never applies anything twice. Several outbox rows of one record become one
pushed record with each field's latest clock; the values are the row's current ones.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from toimi_desktop.sync.schema import ACCESS_LOG_TABLE, TOUCH_FIELDS, tables
from toimi_desktop.sync.state import now_text
from toimi_desktop.sync.wire import PushRecord, PushRequest, PushResponse

_PENDING = ("pushed_at IS NULL AND seq NOT IN (SELECT outbox_seq FROM sync_rejection)")


@dataclass
class Batch:
    batch_id: str
    request: PushRequest
    entries: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.request.records)


@dataclass(frozen=True)
class Scope:
    role: str
    municipalities: frozenset[str]

    def covers(self, code: object, table: str | None = None) -> bool:
        if self.role == "steering_group" and table != ACCESS_LOG_TABLE:
            return False  # it writes nothing but its own access-log rows
        return self.role == "coordinator" or code in self.municipalities


def pending_count(conn: sqlite3.Connection) -> int:
    return conn.execute(f"SELECT count(*) FROM sync_outbox WHERE {_PENDING}").fetchone()[0]


def next_batch(conn: sqlite3.Connection, scope: Scope, max_records: int) -> Batch | None:
    """The batch to send now: an unanswered one again, else a new one. None: nothing to do.

    Changes outside the user's scope are marked refused here (with the reason), so they never
    block the rest; the server would refuse them too."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        batch = _form_batch(conn, scope, max_records)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return batch


def _form_batch(conn: sqlite3.Connection, scope: Scope, max_records: int) -> Batch | None:
    while True:
        row = conn.execute(f"SELECT batch_id FROM sync_outbox WHERE {_PENDING} "
                           "AND batch_id IS NOT NULL LIMIT 1").fetchone()
        if row:
            batch_id = row[0]
            entries = conn.execute(
                f"SELECT seq, table_name, row_id, hlc, fields FROM sync_outbox "
                f"WHERE batch_id = ? AND {_PENDING} ORDER BY seq", (batch_id,)).fetchall()
        else:
            batch_id = str(uuid.uuid4())
            entries = _new_entries(conn, max_records)
            if not entries:
                return None
        records, grouped, refused = _records(conn, entries, scope)
        if refused:
            conn.executemany(
                "INSERT OR REPLACE INTO sync_rejection(outbox_seq, table_name, row_id, code,"
                " reason, rejected_at) VALUES (?, ?, ?, ?, ?, ?)",
                [(*r, now_text()) for r in refused])
        if not records:
            continue  # everything in it was refused here: look again
        conn.executemany("UPDATE sync_outbox SET batch_id = ? WHERE seq = ?",
                         [(batch_id, seq) for seqs in grouped.values() for seq in seqs])
        return Batch(batch_id, PushRequest(batch_id=batch_id, records=records), grouped)


def _new_entries(conn: sqlite3.Connection, max_records: int) -> list[tuple]:
    """Unbatched outbox rows in order, up to `max_records` distinct records."""
    chosen, keys = [], set()
    cursor = conn.execute(f"SELECT seq, table_name, row_id, hlc, fields FROM sync_outbox "
                          f"WHERE batch_id IS NULL AND {_PENDING} ORDER BY seq")
    for entry in cursor:
        key = (entry[1], entry[2])
        if key not in keys:
            if len(keys) >= max_records:
                break
            keys.add(key)
        chosen.append(entry)
    cursor.close()
    return chosen


def _records(conn: sqlite3.Connection, entries: list[tuple], scope: Scope):
    info = tables()
    clocks: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    grouped: dict[tuple[str, str], list[int]] = defaultdict(list)
    refused = []
    for seq, table, row_id, hlc, fields_json in entries:
        if table not in info:
            refused.append((seq, table, row_id, "unknown_table",
                            f"{table} is not a synced table"))
            continue
        grouped[(table, row_id)].append(seq)
        names = json.loads(fields_json) if fields_json else ["*"]
        names = list(info[table].columns) if "*" in names else [*names, *TOUCH_FIELDS]
        field_clocks = clocks[(table, row_id)]
        for name in names:
            if name in info[table].columns and (name not in field_clocks
                                                or hlc > field_clocks[name]):
                field_clocks[name] = hlc
    rows = _read_rows(conn, list(grouped))
    bases = _bases(conn, list(grouped))
    records = []
    for key, seqs in list(grouped.items()):
        table, row_id = key
        values = rows.get(key)
        reason = None
        if values is None:
            reason = ("missing_locally", "the record is no longer in this database")
        elif not scope.covers(values.get("municipality_code"), table):
            reason = ("outside_scope", "outside your role or municipalities")
        if reason:
            refused.extend((seq, table, row_id, *reason) for seq in seqs)
            del grouped[key]
            continue
        records.append(PushRecord(table=table, id=row_id, clocks=clocks[key], values=values,
                                  base=bases.get(key, 0)))
    return records, dict(grouped), refused


def _read_rows(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> dict:
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in keys:
        by_table[table].append(row_id)
    rows = {}
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cursor = conn.execute(f'SELECT * FROM "{table}" WHERE id IN '
                                  f'({",".join("?" * len(chunk))})', chunk)
            names = [d[0] for d in cursor.description]
            for values in cursor:
                record = dict(zip(names, values, strict=True))
                rows[(table, record.pop("id"))] = record
    return rows


def _bases(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> dict:
    bases = {}
    for table, row_id in keys:
        row = conn.execute("SELECT seq FROM sync_row WHERE table_name = ? AND row_id = ?",
                           (table, row_id)).fetchone()
        if row:
            bases[(table, row_id)] = row[0]
    return bases


def record_answer(conn: sqlite3.Connection, batch: Batch, response: PushResponse) -> int:
    """Store the server's answer: accepted rows leave the outbox, refused ones stay with
    the reason, and values where a later change won are taken in (unless edited again
    here meanwhile). Returns the number of refused records."""
    from toimi_desktop.sync.apply import overlay_values

    now = now_text()
    refused = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for result in response.results:
            seqs = batch.entries.get((result.table, result.id), [])
            if result.status == "rejected":
                refused += 1
                conn.executemany(
                    "INSERT OR REPLACE INTO sync_rejection(outbox_seq, table_name, row_id,"
                    " code, reason, rejected_at, other_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(s, result.table, result.id, result.code or "rejected",
                      result.reason or "", now, result.other_id) for s in seqs])
                continue
            conn.executemany("UPDATE sync_outbox SET pushed_at = ? WHERE seq = ?",
                             [(now, s) for s in seqs])
            if result.lost:
                overlay_values(conn, result.table, result.id, result.lost, result.hlc)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return refused
