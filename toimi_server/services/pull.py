"""Pages of changes after a cursor, in the server's sequence order, within the user's scope.

The page is serialised straight from the stored JSON text of each record (no parse and
re-encode of a million values): `encode_page` writes exactly what `PullResponse` describes,
and a test checks that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from json.encoder import encode_basestring_ascii

from sqlalchemy import Integer, bindparam, literal_column, select
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
    return _high_and_users_version(session)[0]


_RECORD, _COUNTER = Record.__table__.c, Counter.__table__.c
# Statements are built once: making one costs more than running it.
_SEQ = select(_COUNTER.value).where(_COUNTER.name == SEQ_COUNTER).scalar_subquery()
_USERS = select(_COUNTER.value).where(_COUNTER.name == USERS_COUNTER).scalar_subquery()
_COUNTERS = select(_SEQ, _USERS)
_COUNTERS_POSTGRESQL = select(
    literal_column("pg_snapshot_xmin(pg_current_snapshot())::text::bigint"), _SEQ, _USERS)


def _high_and_users_version(session: Session) -> tuple[int, int]:
    """`last_seq` and the user directory's version, in one statement."""
    if session.get_bind().dialect.name == "postgresql":
        xmin, counter, version = session.execute(_COUNTERS_POSTGRESQL).one()
        return max((xmin << TX_SHIFT) - 1, counter), version
    high, version = session.execute(_COUNTERS).one()
    return high, version


@cache
def _page_query(by_municipality: bool, by_table: bool):
    query = (select(_RECORD.seq, _RECORD.table_name, _RECORD.id, _RECORD.hlc, _RECORD.data)
             .where(_RECORD.seq > bindparam("cursor"), _RECORD.seq <= bindparam("high"))
             .order_by(_RECORD.seq).limit(bindparam("limit", type_=Integer)))
    if by_municipality:
        query = query.where(_RECORD.municipality_code.in_(bindparam("codes", expanding=True)))
    if by_table:
        query = query.where(_RECORD.table_name.in_(bindparam("tables", expanding=True)))
    return query


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
    # Every version up to `high` has committed (see `last_seq`).
    high, version = _high_and_users_version(session)
    tables = scope.readable_tables()
    rows = []
    if codes is None or codes:
        params = {"cursor": cursor, "high": high, "limit": limit}
        if codes is not None:
            params["codes"] = codes
        if tables is not None:
            params["tables"] = tables
        rows = session.execute(_page_query(codes is not None, tables is not None),
                               params).all()
    more = len(rows) == limit
    next_cursor = rows[-1][0] if more else max(high, cursor)
    users = directory(session)[1] if users_version != version else None
    fingerprint = f"{scope.role.value}:{','.join(codes) if codes is not None else '*'}"
    return Page(rows, next_cursor, more, version, users, fingerprint)


def encode_page(page: Page) -> bytes:
    # The C string encoder of `json` itself (what json.dumps calls for a str), without the
    # two Python calls around it: three strings a record, up to 10,000 records a page.
    quote = encode_basestring_ascii
    records = ",".join(
        f'{{"seq":{seq},"table":{quote(table)},"id":{quote(rid)},"hlc":{quote(hlc)},'
        f'"values":{data}}}'
        for seq, table, rid, hlc, data in page.rows)
    users = ("null" if page.users is None
             else "[" + ",".join(u.model_dump_json() for u in page.users) + "]")
    return (f'{{"records":[{records}],"cursor":{page.cursor},'
            f'"more":{"true" if page.more else "false"},'
            f'"users_version":{page.users_version},"users":{users},'
            f'"scope":{quote(page.scope)}}}').encode()
