"""Pages of changes after a cursor, in the server's sequence order, within the user's scope.

The page is serialised straight from the stored JSON text of each record (no parse and
re-encode of a million values): `encode_page` writes exactly what `PullResponse` describes,
and a test checks that the two agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from toimi_desktop.sync.wire import UserInfo
from toimi_server.models import SEQ_COUNTER, USERS_COUNTER, Counter, Record
from toimi_server.services.accounts import MUNICIPALITIES, Authenticated, directory
from toimi_server.services.errors import Forbidden
from toimi_server.services.push import TX_SHIFT


@dataclass
class Page:
    rows: list[tuple[int, str, str, str, str]]  # seq, table, id, hlc, data (JSON text)
    cursor: int
    more: bool
    users_version: int
    users: list[UserInfo] | None
    scope: str = ""


def last_seq(session: Session) -> int:
    """The newest sequence number below which every version has committed.

    SQLite numbers versions from a counter that pushes lock, so they commit in order. On
    PostgreSQL a version's number starts with its transaction id: everything below the oldest
    transaction still running is final."""
    if session.get_bind().dialect.name == "postgresql":
        xmin = session.execute(text(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")).scalar_one()
        return max((xmin << TX_SHIFT) - 1, session.get(Counter, SEQ_COUNTER).value)
    return session.get(Counter, SEQ_COUNTER).value


def read_page(session: Session, auth: Authenticated, cursor: int, limit: int,
              users_version: int, municipalities: list[str] | None = None) -> Page:
    scope = auth.scope
    if municipalities:
        foreign = [m for m in municipalities if m not in MUNICIPALITIES or not scope.covers(m)]
        if foreign:
            raise Forbidden("No rights to municipality " + ", ".join(foreign) + ".")
        codes = sorted(set(municipalities))
    else:
        codes = None if scope.all_municipalities else sorted(scope.municipalities)
    # Every version up to `high` has committed (pushes are serialised on the counter).
    high = last_seq(session)
    query = (select(Record.seq, Record.table_name, Record.id, Record.hlc, Record.data)
             .where(Record.seq > cursor, Record.seq <= high).order_by(Record.seq).limit(limit))
    if codes is not None:
        query = query.where(Record.municipality_code.in_(codes))
    tables = scope.readable_tables()
    if tables is not None:
        query = query.where(Record.table_name.in_(tables))
    rows = [tuple(r) for r in session.execute(query)] if (codes is None or codes) else []
    more = len(rows) == limit
    next_cursor = rows[-1][0] if more else max(high, cursor)
    version = session.get(Counter, USERS_COUNTER).value
    users = directory(session)[1] if users_version != version else None
    fingerprint = f"{scope.role.value}:{','.join(codes) if codes is not None else '*'}"
    return Page(rows, next_cursor, more, version, users, fingerprint)


def encode_page(page: Page) -> bytes:
    dumps = json.dumps
    records = ",".join(
        f'{{"seq":{seq},"table":{dumps(table)},"id":{dumps(rid)},"hlc":{dumps(hlc)},'
        f'"values":{data}}}'
        for seq, table, rid, hlc, data in page.rows)
    users = ("null" if page.users is None
             else "[" + ",".join(u.model_dump_json() for u in page.users) + "]")
    return (f'{{"records":[{records}],"cursor":{page.cursor},'
            f'"more":{"true" if page.more else "false"},'
            f'"users_version":{page.users_version},"users":{users},'
            f'"scope":{dumps(page.scope)}}}').encode()
