"""Taking in what the server sends: pages of records, values that won over ours, users.

One page is applied in one transaction together with the new cursor, so an interrupted apply
(even a killed process) leaves the old cursor and the page is simply fetched again.

Fields this device changed and has not pushed yet are left as they are (the push will carry
them and the server decides); everything else becomes the server's version. Foreign keys are
not enforced while applying: a record may arrive before (or without, when outside the scope)
the record it refers to.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from toimi_desktop.models import summary_totals
from toimi_desktop.models.encryption import dbapi
from toimi_desktop.models.ids import Timestamp
from toimi_desktop.sync.state import CURSOR, USERS_VERSION, now_text, put
from toimi_desktop.sync.wire import PulledRecord, PullResponse, UserInfo

_columns_cache: dict[tuple[str, str], frozenset[str]] = {}


def local_columns(conn: sqlite3.Connection, table: str) -> frozenset[str]:
    key = (str(conn), table)
    columns = _columns_cache.get(key)
    if columns is None:
        columns = frozenset(r[1] for r in conn.execute(f'PRAGMA table_info("{table}")'))
        _columns_cache[key] = columns
    return columns


def pending_fields(conn: sqlite3.Connection, table: str,
                   ids: list[str]) -> dict[str, set[str]]:
    """Fields of these rows changed here and not yet accepted by the server ("*" = all)."""
    found: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row_id, fields in conn.execute(
                "SELECT row_id, fields FROM sync_outbox INDEXED BY ix_sync_outbox_pending"
                " WHERE pushed_at IS NULL AND table_name = ? AND row_id IN"
                f" ({','.join('?' * len(chunk))})"
                " AND seq NOT IN (SELECT outbox_seq FROM sync_rejection)", (table, *chunk)):
            names = json.loads(fields) if fields else ["*"]
            found[row_id].update(names)
            if "*" not in names:
                found[row_id].update(("updated_at", "updated_by", "updated_hlc"))
    return found


def apply_page(conn: sqlite3.Connection, page: PullResponse, clock=None) -> str | None:
    """Apply one page and move the cursor, in one transaction. Returns the page's newest
    clock stamp (already observed by `clock` and saved as the device's last stamp)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if page.users:
            apply_users(conn, page.users)
        newest = None
        by_table: dict[str, list[PulledRecord]] = defaultdict(list)
        for record in page.records:
            by_table[record.table].append(record)
            if newest is None or record.hlc > newest:
                newest = record.hlc
        for table, records in by_table.items():
            _apply_table(conn, table, records)
        if newest is not None:
            observe(conn, newest, clock)
        put(conn, CURSOR, page.cursor)
        put(conn, USERS_VERSION, page.users_version)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return newest


def observe(conn: sqlite3.Connection, stamp: str, clock=None) -> None:
    """Our next stamp must be later than anything we have seen (skewed clocks included)."""
    try:
        remote = Timestamp.parse(stamp)
    except ValueError:
        return
    if clock is not None:
        clock.observe(remote)
    row = conn.execute("SELECT value FROM local_setting WHERE key = 'hlc_last'").fetchone()
    last = Timestamp.parse(json.loads(row[0])) if row and isinstance(row[0], str) else None
    if last is None or (remote.wall_ms, remote.counter) > (last.wall_ms, last.counter):
        put(conn, "hlc_last", str(remote))


def _apply_table(conn: sqlite3.Connection, table: str, records: list[PulledRecord]) -> None:
    columns = local_columns(conn, table)
    if not columns:
        return  # a table of a newer app version: nothing here to keep it in
    if table == "attendance":  # the summary's totals follow the page set-based, not by trigger
        with summary_totals.batch(conn, [r.id for r in records]):
            _apply_rows(conn, table, columns, records)
    else:
        _apply_rows(conn, table, columns, records)


def _apply_rows(conn: sqlite3.Connection, table: str, columns: frozenset[str],
                records: list[PulledRecord]) -> None:
    pending = pending_fields(conn, table, [r.id for r in records])
    plain: dict[tuple[str, ...], list[PulledRecord]] = defaultdict(list)
    for record in records:
        held = pending.get(record.id)
        if held:
            overlay_values(conn, table, record.id, record.values, record.hlc, held)
        else:
            names = tuple(sorted(n for n in record.values if n in columns))
            plain[names].append(record)
    for names, group in plain.items():
        _upsert(conn, table, names, group)
    conn.executemany(
        "INSERT INTO sync_row(table_name, row_id, seq) VALUES (?, ?, ?) ON CONFLICT"
        " (table_name, row_id) DO UPDATE SET seq = excluded.seq",
        [(table, r.id, r.seq) for group in plain.values() for r in group])


def _upsert(conn: sqlite3.Connection, table: str, names: tuple[str, ...],
            records: list[PulledRecord]) -> None:
    sql = _upsert_sql(table, names)
    rows = [(r.id, *[r.values[n] for n in names]) for r in records]
    conn.execute("SAVEPOINT page_rows")
    try:
        conn.executemany(sql, rows)
        conn.execute("RELEASE page_rows")
        if records:
            _clear_failures(conn, table, [r.id for r in records])
        return
    except dbapi.IntegrityError:
        conn.execute("ROLLBACK TO page_rows")
        conn.execute("RELEASE page_rows")
    for record, row in zip(records, rows, strict=True):  # find the one that cannot be stored
        conn.execute("SAVEPOINT one_row")
        try:
            conn.execute(sql, row)
            conn.execute("RELEASE one_row")
            _clear_failures(conn, table, [record.id])
        except dbapi.IntegrityError as error:
            conn.execute("ROLLBACK TO one_row")
            conn.execute("RELEASE one_row")
            _keep_failure(conn, table, record, str(error))


def _upsert_sql(table: str, names: tuple[str, ...]) -> str:
    cols = ", ".join(f'"{n}"' for n in ("id", *names))
    marks = ", ".join("?" * (len(names) + 1))
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names)
    action = f"DO UPDATE SET {updates}" if names else "DO NOTHING"
    return f'INSERT INTO "{table}" ({cols}) VALUES ({marks}) ON CONFLICT(id) {action}'


def _keep_failure(conn: sqlite3.Connection, table: str, record: PulledRecord,
                  reason: str) -> None:
    conn.execute(
        "INSERT INTO sync_apply_failure(table_name, row_id, seq, hlc, payload, reason,"
        " failed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(table_name, row_id) DO UPDATE"
        " SET seq = excluded.seq, hlc = excluded.hlc, payload = excluded.payload,"
        " reason = excluded.reason, failed_at = excluded.failed_at",
        (table, record.id, record.seq, record.hlc, json.dumps(record.values), reason,
         now_text()))


def _clear_failures(conn: sqlite3.Connection, table: str, ids: list[str]) -> None:
    if conn.execute("SELECT 1 FROM sync_apply_failure LIMIT 1").fetchone() is None:
        return
    conn.executemany("DELETE FROM sync_apply_failure WHERE table_name = ? AND row_id = ?",
                     [(table, i) for i in ids])


def retry_failures(conn: sqlite3.Connection) -> int:
    """Try again to store pulled rows that failed before (e.g. after a duplicate was fixed).
    Returns how many still fail."""
    rows = conn.execute("SELECT table_name, row_id, seq, hlc, payload FROM sync_apply_failure"
                        " ORDER BY seq").fetchall()
    if not rows:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table, row_id, seq, hlc, payload in rows:
            record = PulledRecord(seq=seq, table=table, id=row_id, hlc=hlc,
                                  values=json.loads(payload))
            _apply_table(conn, table, [record])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return conn.execute("SELECT count(*) FROM sync_apply_failure").fetchone()[0]


def overlay_values(conn: sqlite3.Connection, table: str, row_id: str, values: dict,
                   hlc: str | None, held: Iterable[str] | None = None) -> None:
    """Write the server's `values` into one row, except fields changed here and not pushed
    yet (`held`; looked up when not given). The row's base version is left as it was."""
    columns = local_columns(conn, table)
    if not columns:
        return
    if held is None:
        held = pending_fields(conn, table, [row_id]).get(row_id, set())
    held = set(held)
    if "*" in held:
        return
    names = [n for n in values if n in columns and n not in held and n != "id"]
    exists = conn.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    if not exists:
        if not held:
            conn.execute(_upsert_sql(table, tuple(names)),
                         (row_id, *[values[n] for n in names]))
        return
    if names:
        sets = ", ".join(f'"{n}" = ?' for n in names)
        conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?',
                     (*[values[n] for n in names], row_id))


def apply_users(conn: sqlite3.Connection, users: list[UserInfo]) -> None:
    """The server's user directory into app_user. A local-only account with the same user
    name (e.g. from demo data) is renamed and deactivated: accounts belong to the server."""
    for user in users:
        clash = conn.execute("SELECT id FROM app_user WHERE username = ? AND id != ?",
                             (user.username, user.id)).fetchone()
        if clash:
            conn.execute("UPDATE app_user SET username = username || '~' || substr(id, 1, 8),"
                         " active = 0 WHERE id = ?", clash)
        conn.execute(
            "INSERT INTO app_user(id, username, display_name, role, active) VALUES"
            " (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET username = excluded.username,"
            " display_name = excluded.display_name, role = excluded.role,"
            " active = excluded.active",
            (user.id, user.username, user.display_name, user.role, int(user.active)))
        conn.execute("DELETE FROM user_municipality WHERE user_id = ?", (user.id,))
        conn.executemany(
            "INSERT OR IGNORE INTO user_municipality(user_id, municipality_code) VALUES (?, ?)",
            [(user.id, code) for code in user.municipalities])
