"""Writing the access log: every view of a person's record, every HETU reveal, every
printout or export holding personal data, every sign-in and its failure (Act 906/2019 §17:
time, who, with which role, what, whose data, outcome).

Rows are appended in their own transaction, stamped with the device's hybrid logical clock
and queued in the sync outbox in that same transaction, like every synced record; nothing
here (or anywhere) updates or deletes one. They are written with plain sqlite3 rather than
through `ServiceContext.transaction()`: a sign-in is logged before the main window paints,
which must not wait for the ORM (see README, start-up), and an export of a whole
environment appends a row per person. Reading and searching the log is in
`access_log_search`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import Role
from toimi_desktop.models.ids import new_id
from toimi_desktop.services.actor import Actor
from toimi_desktop.services.context import ServiceContext, put_plain_setting
from toimi_desktop.services.users import PROJECT_SCOPE

if TYPE_CHECKING:
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.actor import ReadContext

# The same user looking at the same part of the same person's data again within this time
# (a refresh, a tab opened again) is one view, not many.
VIEW_REPEAT = timedelta(minutes=10)
# Whoever a failed sign-in was for, when the user name is not known here.
_NOBODY = Actor(user_id="", username="", display_name="", role=Role.STEERING_GROUP)


def db_time(moment: datetime) -> str:
    """A UTC moment as SQLAlchemy stores it in SQLite, to compare with stored values."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def home_municipality(actor: Actor) -> str:
    """The scope of a log row that concerns no one the actor may see (a sign-in): the
    actor's first municipality, so their device may push it."""
    return min(actor.municipality_codes) if actor.municipality_codes else PROJECT_SCOPE


def _writer(ctx: ReadContext) -> ServiceContext:
    return ctx if isinstance(ctx, ServiceContext) else ServiceContext(ctx.db, ctx.actor)


_COLUMNS = ("id", "municipality_code", "at", "user_id", "username", "role", "action",
            "target", "trainee_id", "success", "details", "updated_hlc", "deleted",
            "created_by", "updated_by", "created_at", "updated_at")
_INSERT = (f"INSERT INTO access_log ({', '.join(_COLUMNS)})"
           f" VALUES ({', '.join('?' * len(_COLUMNS))})")
_OUTBOX = ("INSERT INTO sync_outbox (table_name, row_id, hlc, fields, created_at)"
           " VALUES ('access_log', ?, ?, '[\"*\"]', ?)")


def log_access(ctx: ReadContext, action: AccessAction, target: AccessTarget | None = None,
               trainee_ids: Iterable[str | None] = (), *, success: bool = True,
               details: dict | None = None) -> int:
    """Append one row per person (one without a person when `trainee_ids` is empty);
    returns how many were written."""
    ids = list(dict.fromkeys(trainee_ids)) or [None]
    actor = ctx.actor
    conn = ctx.db.reader()
    known = [i for i in ids if i]
    codes: dict[str, str] = {}
    for start in range(0, len(known), 500):
        chunk = known[start:start + 500]
        codes.update(conn.execute(
            f"SELECT id, municipality_code FROM trainee WHERE id IN"
            f" ({','.join('?' * len(chunk))})", chunk).fetchall())
    clock = _writer(ctx).clock
    moment = db_time(datetime.now(UTC))
    author = actor.user_id or None  # an unknown user name: nobody to name as the author
    text = json.dumps(details or {})
    last = None
    with conn:  # one transaction: the rows, their outbox entries and the clock
        for trainee_id in ids:
            code = codes.get(trainee_id or "")
            last = clock.now()
            row_id = new_id()
            conn.execute(_INSERT, (
                row_id, code if code and actor.may_access(code) else home_municipality(actor),
                moment, author, actor.username or None,
                actor.role.value if author else None, action.value,
                target.value if target else None, trainee_id, success, text, str(last), False,
                author, author, moment, moment))
            conn.execute(_OUTBOX, (row_id, str(last), moment))
        put_plain_setting(conn, "hlc_last", str(last))
    return len(ids)


def log_view(ctx: ReadContext, trainee_id: str, target: AccessTarget) -> bool:
    """Log that the actor sees `target` of the person, unless they already did within
    VIEW_REPEAT. Returns whether a row was written."""
    since = db_time(datetime.now(UTC) - VIEW_REPEAT)
    seen = ctx.db.reader().execute(
        "SELECT 1 FROM access_log WHERE trainee_id = ? AND user_id = ? AND action = ?"
        " AND target = ? AND success AND at >= ? LIMIT 1",
        (trainee_id, ctx.actor.user_id, AccessAction.VIEW.value, target.value,
         since)).fetchone()
    if seen:
        return False
    log_access(ctx, AccessAction.VIEW, target, [trainee_id])
    return True


def log_sign_in(db: Database, username: str, actor: Actor | None, success: bool,
                action: AccessAction = AccessAction.SIGN_IN,
                details: dict | None = None, ctx: ServiceContext | None = None) -> None:
    """A sign-in or unlock attempt. `actor` is the user whose account was tried (None when
    the name is not a user here: the typed text is not stored, it may be a password).
    `ctx`: the running session's context, whose clock is reused (unlocking)."""
    details = dict(details or {})
    if actor is None:
        details["unknown_user"] = True
    if ctx is None or ctx.actor != actor:
        ctx = ServiceContext(db, actor or _NOBODY)
    log_access(ctx, action, None, (), success=success, details=details)
