"""Reading the access log: the coordinator's search (by user, trainee, action and dates)
and a person's own rows for their access report, with the changes made to their data from
the audit trail. Coordinators only: the log tells whose data each user looked at."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import Role
from toimi_desktop.services.access import Right, require_right
from toimi_desktop.services.access_log import db_time
from toimi_desktop.services.actor import ReadContext

SEARCH_LIMIT = 2000  # rows a search shows; narrow the filter for older ones


@dataclass(frozen=True)
class LogFilter:
    user_id: str | None = None
    trainee_id: str | None = None
    trainee_text: str = ""  # part of a name, or a whole HETU
    action: AccessAction | None = None
    start: date | None = None
    end: date | None = None
    failures_only: bool = False


@dataclass(frozen=True)
class LogRow:
    id: str
    at: datetime  # UTC
    user: str  # display name, else the user name, else "" (an unknown user name)
    role: Role | None
    action: AccessAction
    target: AccessTarget | None
    trainee_id: str | None
    trainee: str  # "Last First", or "" when none (or no longer here)
    success: bool
    details: dict = field(default_factory=dict)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _action(value: str) -> AccessAction | None:
    try:
        return AccessAction(value)
    except ValueError:
        return None  # written by a newer version of the app


def _row(r: tuple) -> LogRow | None:
    action = _action(r[4])
    if action is None:
        return None
    target = r[5] if r[5] in AccessTarget._value2member_map_ else None
    return LogRow(id=r[0], at=_moment(r[1]), user=r[2] or r[3] or "",
                  role=Role(r[9]) if r[9] in Role._value2member_map_ else None,
                  action=action, target=AccessTarget(target) if target else None,
                  trainee_id=r[6], trainee=r[7] or "", success=bool(r[8]),
                  details=json.loads(r[10]) if r[10] else {})


_SELECT = (
    "SELECT a.id, a.at, u.display_name, a.username, a.action, a.target, a.trainee_id,"
    " t.last_name || ' ' || t.first_name, a.success, a.role, a.details FROM access_log a"
    " LEFT JOIN app_user u ON u.id = a.user_id LEFT JOIN trainee t ON t.id = a.trainee_id"
    " WHERE a.deleted = 0")


def day_start(day: date) -> str:
    """The first moment of a local calendar day, as stored (UTC)."""
    return db_time(datetime.combine(day, time()).astimezone())


def log_users(ctx: ReadContext) -> list[tuple[str, str]]:
    """(user id, "Name (role)") of every user known here, for the search's user filter."""
    from toimi_desktop.i18n import translate

    require_right(ctx.actor, Right.SUBJECT_ACCESS)
    return [(uid, f"{name} ({translate('enums', Role(role).label)})")
            for uid, name, role in ctx.db.reader().execute(
                "SELECT id, display_name, role FROM app_user ORDER BY display_name, id")]


def search_access_log(ctx: ReadContext, flt: LogFilter | None = None,
                      limit: int = SEARCH_LIMIT) -> list[LogRow]:
    """Rows matching the filter, newest first (at most `limit`)."""
    require_right(ctx.actor, Right.SUBJECT_ACCESS)
    flt = flt or LogFilter()
    sql, params = _SELECT, []
    if flt.user_id:
        sql += " AND a.user_id = ?"
        params.append(flt.user_id)
    if flt.trainee_id:
        sql += " AND a.trainee_id = ?"
        params.append(flt.trainee_id)
    text = flt.trainee_text.strip()
    if text:
        sql += (" AND a.trainee_id IN (SELECT id FROM trainee WHERE hetu = ?"
                " OR (last_name || ' ' || first_name) LIKE ?"
                " OR (first_name || ' ' || last_name) LIKE ?)")
        like = f"%{text}%"
        params += [text.upper(), like, like]
    if flt.action:
        sql += " AND a.action = ?"
        params.append(AccessAction(flt.action).value)
    if flt.start:
        sql += " AND a.at >= ?"
        params.append(day_start(flt.start))
    if flt.end:
        sql += " AND a.at < ?"
        params.append(day_start(flt.end + timedelta(days=1)))
    if flt.failures_only:
        sql += " AND NOT a.success"
    sql += " ORDER BY a.at DESC, a.id DESC LIMIT ?"
    rows = ctx.db.reader().execute(sql, (*params, limit)).fetchall()
    return [row for row in map(_row, rows) if row is not None]


def trainee_access_rows(ctx: ReadContext, trainee_id: str) -> list[LogRow]:
    """Every use of the person's data, oldest first (their access report)."""
    require_right(ctx.actor, Right.SUBJECT_ACCESS)
    rows = ctx.db.reader().execute(_SELECT + " AND a.trainee_id = ? ORDER BY a.at, a.id",
                                   (trainee_id,)).fetchall()
    return [row for row in map(_row, rows) if row is not None]


@dataclass(frozen=True)
class ChangeRow:
    at: datetime  # UTC
    user: str
    role: Role | None
    action: str  # e.g. "trainee.update", "attendance.record"
    entity: str
    fields: tuple[str, ...]


def trainee_record_ids(conn, trainee_id: str) -> dict[str, list[str]]:
    """The ids of the person's records, by table (the audit trail names them)."""
    ids = {"trainee": [trainee_id]}
    for table in ("period", "assessment", "continuation_plan", "attendance",
                  "task_evaluation"):
        ids[table] = [r[0] for r in conn.execute(
            f"SELECT id FROM {table} WHERE trainee_id = ?", (trainee_id,))]
    return ids


def trainee_changes(ctx: ReadContext, trainee_id: str) -> list[ChangeRow]:
    """The audit trail's changes to the person's data, oldest first: who changed what
    (field names; the values are in the records themselves)."""
    require_right(ctx.actor, Right.SUBJECT_ACCESS)
    conn = ctx.db.reader()
    ids = {i for group in trainee_record_ids(conn, trainee_id).values() for i in group}
    found = []
    for start in range(0, max(len(ids), 1), 500):
        chunk = sorted(ids)[start:start + 500]
        found += conn.execute(
            "SELECT a.at, u.display_name, a.role, a.action, a.entity, a.details"
            " FROM audit_entry a LEFT JOIN app_user u ON u.id = a.user_id WHERE a.deleted = 0"
            f" AND (a.entity_id IN ({','.join('?' * len(chunk))})"
            " OR json_extract(a.details, '$.trainee_id') = ?)",
            (*chunk, trainee_id)).fetchall()
    rows = {}
    for at, user, role, action, entity, details in found:
        data = json.loads(details) if details else {}
        fields = tuple(data.get("fields") or ())
        rows[(at, action, entity, fields)] = ChangeRow(
            _moment(at), user or "", Role(role) if role in Role._value2member_map_ else None,
            action, entity, fields)
    return [rows[key] for key in sorted(rows)]
