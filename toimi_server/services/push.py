"""Applying a pushed batch: one transaction, idempotent by batch id, merged field by field.

- Pushes are serialised by locking the `seq` counter row first, so sequence numbers commit
  in order (a pull never skips a version that commits late) and merges never race.
- Plain fields: the later hybrid-logical-clock stamp wins.
- Free-text fields: when the server's value was written by another device after the version
  the pushing device last took in (`base`), both edits were made without seeing each other.
  "Another device" is decided by the authenticated device that pushed the stored value (kept
  beside its clock), never by the clock's device part, which is the laptop's own claim.
  The later one is kept in the record and the other in a `sync_conflict` record that syncs
  to every device in scope, where a user resolves it. Nothing typed is dropped.
- A record that is wrong is rejected with a reason; the rest of the batch still applies. So is
  a second live trainee with a HETU another one has (`unique.py`).
- A record outside the user's municipalities or role makes the whole push 403: nothing of it
  is applied (the client filters by its scope first, so this only meets stale scopes).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import bindparam, select, text, tuple_
from sqlalchemy.orm import Session

from toimi_desktop.models.enums import Role
from toimi_desktop.sync.schema import (
    ACCESS_LOG_TABLE,
    CONFLICT_TABLE,
    FILL_CLOCK,
    TOUCH_FIELDS,
    device_of,
    tables,
)
from toimi_desktop.sync.wire import (
    MAX_TEXT_VALUE,
    PushRecord,
    PushRequest,
    PushResponse,
    RecordResult,
)
from toimi_server.core.logging import log
from toimi_server.models import SEQ_COUNTER, Counter, Device, PushBatch, Record, utcnow
from toimi_server.services.accounts import MUNICIPALITIES, Authenticated
from toimi_server.services.errors import Conflict, Forbidden
from toimi_server.services.unique import DuplicateValue, Keys

_CONFLICT_NS = uuid.UUID("a3d5f0e2-5b1c-4d7e-9f3a-8c2b1e0d4f61")
_META_WRITABLE_CONFLICT = frozenset({"resolved", "resolved_at", "updated_at", "updated_by",
                                     "updated_hlc", "deleted"})


class Rejected(Exception):
    def __init__(self, code: str, reason: str, other_id: str | None = None) -> None:
        super().__init__(reason)
        self.code, self.reason, self.other_id = code, reason, other_id


@dataclass
class _Existing:
    municipality_code: str
    seq: int
    hlc: str
    data: dict
    meta: dict


@dataclass
class _Apply:
    """The writes of one batch, made at the end with executemany."""

    existing: dict[tuple, _Existing]
    keys: Keys
    load_own_devices: Callable[[], frozenset[str]]
    inserts: list[dict] = field(default_factory=list)
    updates: list[dict] = field(default_factory=list)
    next_seq: int = 0

    @cached_property
    def own_devices(self) -> frozenset[str]:
        """The pushing device and earlier logins of its database: read only when a stored
        text field may conflict."""
        return self.load_own_devices()

    def take_seq(self) -> int:
        """A placeholder (-1, -2, …): real numbers are given under the lock, at the end."""
        self.next_seq += 1
        return -self.next_seq

    def finish(self, last_seq: int, results: list[RecordResult]) -> int:
        """Turn placeholders into sequence numbers after `last_seq`; returns the newest."""
        def real(seq: int) -> int:
            return last_seq - seq if seq < 0 else seq

        for row in (*self.inserts, *self.updates):
            row["seq"] = real(row["seq"])
            row["data"] = _dumps(row["data"])
            row["meta"] = _dumps({k: [m[0], real(m[1]), *m[2:]] for k, m in row["meta"].items()})
        for result in results:
            if result.seq is not None:
                result.seq = real(result.seq)
        return last_seq + self.next_seq


TX_SHIFT = 24  # PostgreSQL: seq = transaction id << 24 | number within the transaction


# Statements of every push, built once (making one costs more than running it).
_RECORD, _COUNTER, _DEVICE, _BATCH = (Record.__table__, Counter.__table__, Device.__table__,
                                      PushBatch.__table__)
_XID = text("SELECT pg_current_xact_id()::text::bigint")
_LOCK_COUNTER = (_COUNTER.update().where(_COUNTER.c.name == SEQ_COUNTER)
                 .values(value=_COUNTER.c.value).returning(_COUNTER.c.value))
_SET_COUNTER = (_COUNTER.update().where(_COUNTER.c.name == SEQ_COUNTER)
                .values(value=bindparam("newest")))
_BATCH_DONE = (select(_BATCH.c.device_id, _BATCH.c.response)
               .where(_BATCH.c.batch_id == bindparam("batch_id")))
_OWN_DEVICES = select(_DEVICE.c.id).where(_DEVICE.c.user_id == bindparam("user_id"),
                                          _DEVICE.c.client_device_id == bindparam("client"))
_EXISTING = (select(_RECORD.c.table_name, _RECORD.c.id, _RECORD.c.municipality_code,
                    _RECORD.c.seq, _RECORD.c.hlc, _RECORD.c.data, _RECORD.c.meta)
             .where(tuple_(_RECORD.c.table_name, _RECORD.c.id)
                    .in_(bindparam("keys", expanding=True))))
_EXISTING_LOCKED = _EXISTING.with_for_update()
# Updates by primary key; the SET columns come from each row's keys.
_UPDATE_RECORD = _RECORD.update().where(_RECORD.c.table_name == bindparam("key_table"),
                                        _RECORD.c.id == bindparam("key_id"))


def _transaction_base(session: Session) -> int:
    """PostgreSQL: this transaction's id, shifted, as the base of its sequence numbers. Pulls
    stop below the oldest transaction still running, so nothing commits behind a cursor."""
    return session.execute(_XID).scalar_one() << TX_SHIFT


def _lock_counter(session: Session) -> int:
    """Take the push lock (the `seq` counter row) and return the last sequence number."""
    return session.execute(_LOCK_COUNTER).scalar_one()


def _applied_before(session: Session, batch_id: str, auth: Authenticated):
    done = session.execute(_BATCH_DONE, {"batch_id": batch_id}).first()
    if done is None:
        return None
    device_id, stored = done
    if device_id not in _own_devices(session, auth):  # resent after logging in again: ours
        raise Conflict("This batch id was used by another device.")
    response = PushResponse.model_validate_json(stored)
    return response.model_copy(update={"duplicate": True})


def apply_push(session: Session, auth: Authenticated, request: PushRequest) -> PushResponse:
    """Apply `request` in the caller's transaction (which commits or rolls back all of it).

    On PostgreSQL pushes run side by side: the records are locked row by row, and sequence
    numbers come from the transaction id (see `pull.last_seq`). SQLite has one writer: there
    the counter row is locked first (a read transaction could not become a writer later) and
    numbers follow it."""
    lock_first = session.get_bind().dialect.name != "postgresql"
    last_seq = _lock_counter(session) if lock_first else None
    response = _applied_before(session, request.batch_id, auth)
    if response is not None:
        return response

    scope = auth.scope
    if any(not scope.may_write_table(record.table) for record in request.records):
        raise Forbidden("Your role may not change records.")
    existing = _load_existing(session, request.records, lock=not lock_first)
    # Scope first, for every record: a refused push changes nothing at all.
    for record in request.records:
        old = existing.get((record.table, record.id))
        codes = {record.values.get("municipality_code")} | ({old.municipality_code}
                                                            if old else set())
        for code in codes:
            if isinstance(code, str) and code in MUNICIPALITIES and not scope.covers(code):
                raise Forbidden(f"No rights to municipality {code}.")

    plan = _Apply(existing, Keys(session, request.records, existing),
                  lambda: _own_devices(session, auth))
    results = []
    for record in request.records:
        try:
            results.append(_merge(record, plan, auth))
        except Rejected as rejection:
            results.append(RecordResult(table=record.table, id=record.id, status="rejected",
                                        code=rejection.code, reason=rejection.reason,
                                        other_id=rejection.other_id))
    if last_seq is None:
        last_seq = _transaction_base(session)
    newest = plan.finish(last_seq, results)
    if plan.inserts:
        _drop_known_conflicts(session, plan)
        session.execute(_RECORD.insert(), plan.inserts)
    if plan.updates:
        session.execute(_UPDATE_RECORD, [
            {"key_table": row["table_name"], "key_id": row["id"],
             "municipality_code": row["municipality_code"], "seq": row["seq"],
             "hlc": row["hlc"], "data": row["data"], "meta": row["meta"]}
            for row in plan.updates])
    plan.keys.write(session)
    if lock_first and newest != last_seq:
        session.execute(_SET_COUNTER, {"newest": newest})
    response = PushResponse(batch_id=request.batch_id, results=results)
    session.execute(_BATCH.insert(), {"batch_id": request.batch_id,
                                      "device_id": auth.device_id,
                                      "response": response.model_dump_json()})
    rejected = sum(r.status == "rejected" for r in results)
    log("push", batch=request.batch_id, device=auth.device_id, user=auth.user.username,
        records=len(results), rejected=rejected, seq=newest)
    return response


def _own_devices(session: Session, auth: Authenticated) -> frozenset[str]:
    """The pushing device's server ids: this login and the earlier ones of the same database
    by the same user (a device that logs in again must not conflict with itself)."""
    return frozenset(session.scalars(_OWN_DEVICES, {
        "user_id": auth.user.id, "client": auth.client_device_id})) | {auth.device_id}


def _written_elsewhere(current: list, clock: str, plan: _Apply) -> bool:
    """Whether a stored text value came from another device than the one pushing now. Values
    stored before the writer was kept fall back to the clock's device part."""
    if len(current) > 3 and current[3]:
        return current[3] not in plan.own_devices
    return device_of(current[0]) != device_of(clock)


def _field_meta(info, name: str, clock: str, seq: int, auth: Authenticated) -> list:
    """[clock, seq, user] of a field's last change; text fields also keep the device, which
    decides whether a later edit elsewhere is a conflict."""
    if name in info.text_fields:
        return [clock, seq, auth.user.id, auth.device_id]
    return [clock, seq, auth.user.id]


def _claim_keys(plan: _Apply, record: PushRecord, before: dict | None, after: dict,
                auth: Authenticated) -> None:
    try:
        plan.keys.claim(record.table, record.id, after.get("municipality_code", ""), before,
                        after, auth.scope)
    except DuplicateValue as duplicate:
        raise Rejected(duplicate.code, f"Another live {record.table} record has this "
                       f"{duplicate.name}.", duplicate.holder) from None


def _drop_known_conflicts(session: Session, plan: _Apply) -> None:
    """A conflict version kept by an earlier batch is not kept twice."""
    ids = [row["id"] for row in plan.inserts if row["table_name"] == CONFLICT_TABLE]
    if not ids:
        return
    known = set(session.scalars(select(Record.id).where(
        Record.table_name == CONFLICT_TABLE, Record.id.in_(ids))))
    if known:
        plan.inserts = [row for row in plan.inserts if not (
            row["table_name"] == CONFLICT_TABLE and row["id"] in known)]


def _load_existing(session: Session, records: list[PushRecord],
                   lock: bool) -> dict[tuple, _Existing]:
    """The stored versions of these records (locked row by row when `lock`)."""
    keys = sorted({(r.table, r.id) for r in records})
    found: dict[tuple, _Existing] = {}
    query = _EXISTING_LOCKED if lock else _EXISTING
    for start in range(0, len(keys), 500):
        rows = session.execute(query, {"keys": keys[start:start + 500]})
        for table, rid, code, seq, hlc, data, meta in rows:
            found[(table, rid)] = _Existing(code, seq, hlc, json.loads(data), json.loads(meta))
    return found


def _validate(record: PushRecord) -> None:
    info = tables().get(record.table)
    if info is None:
        raise Rejected("unknown_table", f"No synced table {record.table!r}.")
    unknown = set(record.values) - set(info.columns)
    if unknown:
        raise Rejected("unknown_field", f"Unknown fields: {', '.join(sorted(unknown))}.")
    unclocked = set(record.clocks) - set(record.values)
    if unclocked:
        raise Rejected("bad_clock", "Clocks given for fields without values: "
                       + ", ".join(sorted(unclocked)) + ".")
    for name, value in record.values.items():
        if isinstance(value, str) and len(value) > MAX_TEXT_VALUE:
            raise Rejected("too_long", f"Field {name} is longer than {MAX_TEXT_VALUE}.")
    code = record.values.get("municipality_code", ...)
    if code is not ... and code not in MUNICIPALITIES:
        raise Rejected("bad_value", f"Unknown municipality {code!r}.")
    if "deleted" in record.values and record.values["deleted"] not in (0, 1, True, False):
        raise Rejected("bad_value", "Field deleted must be 0 or 1.")


def _merge(record: PushRecord, plan: _Apply, auth: Authenticated) -> RecordResult:
    _validate(record)
    info = tables()[record.table]
    old = plan.existing.get((record.table, record.id))
    if old is None:
        if record.table == CONFLICT_TABLE:
            raise Rejected("server_only", "Conflict records are made by the server.")
        missing = sorted(info.required - set(record.values))
        if missing:
            raise Rejected("missing_field", "A new record lacks " + ", ".join(missing) + ".")
        _claim_keys(plan, record, None, record.values, auth)
        seq = plan.take_seq()
        meta = {name: _field_meta(info, name, record.clocks.get(name, FILL_CLOCK), seq, auth)
                for name in record.values}
        hlc = max(m[0] for m in meta.values())
        plan.existing[(record.table, record.id)] = _Existing(
            record.values["municipality_code"], seq, hlc, dict(record.values), meta)
        plan.inserts.append({
            "table_name": record.table, "id": record.id,
            "municipality_code": record.values["municipality_code"], "seq": seq,
            "hlc": hlc, "data": dict(record.values), "meta": meta})
        return RecordResult(table=record.table, id=record.id, status="applied", seq=seq,
                            hlc=hlc)

    if record.table == ACCESS_LOG_TABLE:
        _check_append_only(record, old, auth)
    if record.table == CONFLICT_TABLE:
        extra = set(record.clocks) - _META_WRITABLE_CONFLICT
        if extra:
            raise Rejected("server_only", "Only the resolution of a conflict may change.")
    # Merged into copies: a record refused half-way (a duplicate) leaves no trace.
    data, meta = dict(old.data), dict(old.meta)
    changed, lost, kept_versions = [], {}, []
    for name, value in record.values.items():
        clock = record.clocks.get(name)
        current = meta.get(name)
        if clock is None:  # sent as context only: fills a field the server lacks
            if current is None:
                data[name] = value
                changed.append((name, FILL_CLOCK))
            continue
        if current is None:
            data[name] = value
            changed.append((name, clock))
            continue
        cur_clock, cur_seq = current[0], current[1]
        if clock == cur_clock:
            continue  # the same edit again
        incoming_wins = clock > cur_clock
        if (name in info.text_fields and value != data.get(name) and cur_seq > record.base
                and _written_elsewhere(current, clock, plan)):
            if incoming_wins:
                other = (data.get(name), cur_clock, current[2] if len(current) > 2 else None)
                kept = clock
            else:
                other = (value, clock, auth.user.id)
                kept = cur_clock
            if other[0] not in (None, ""):
                kept_versions.append((name, kept, other))
        if incoming_wins:
            data[name] = value
            changed.append((name, clock))
        else:
            lost[name] = data.get(name)
    if changed:
        _claim_keys(plan, record, old.data, data, auth)
    for name, kept, other in kept_versions:
        _add_conflict(plan, record, old, name, kept, other, auth)
    if not changed:
        return RecordResult(table=record.table, id=record.id, status="unchanged",
                            seq=old.seq, hlc=old.hlc, lost=lost or None,
                            conflicts=len(kept_versions))
    seq = plan.take_seq()
    for name, clock in changed:
        meta[name] = _field_meta(info, name, clock, seq, auth)
    hlc = max(m[0] for m in meta.values())
    old.data, old.meta, old.seq, old.hlc = data, meta, seq, hlc
    old.municipality_code = data.get("municipality_code", old.municipality_code)
    plan.updates.append({
        "table_name": record.table, "id": record.id,
        "municipality_code": old.municipality_code, "seq": seq, "hlc": hlc,
        "data": data, "meta": meta})
    return RecordResult(table=record.table, id=record.id, status="applied", seq=seq, hlc=hlc,
                        lost=lost or None, conflicts=len(kept_versions))


def _check_append_only(record: PushRecord, old: _Existing, auth: Authenticated) -> None:
    """An access-log row never changes once stored: the same row again is fine (a retried
    push), an edit is refused. Only a coordinator's tombstone (the retention job removing
    a person's records) may mark one deleted."""
    changed = {name for name, clock in record.clocks.items()
               if name in old.meta and old.meta[name][0] != clock
               and record.values.get(name) != old.data.get(name)}
    changed -= set(TOUCH_FIELDS)
    if not changed:
        return
    if changed == {"deleted"} and record.values.get("deleted") in (1, True) \
            and auth.scope.role is Role.COORDINATOR:
        return
    raise Rejected("append_only", "The access log cannot be changed.")


def _add_conflict(plan: _Apply, record: PushRecord, old: _Existing, name: str, kept: str,
                  other: tuple, auth: Authenticated) -> None:
    value, clock, by = other
    conflict_id = str(uuid.uuid5(_CONFLICT_NS, f"{record.table}/{record.id}/{name}/{clock}"))
    if (CONFLICT_TABLE, conflict_id) in plan.existing:
        return  # this very version is kept already
    stamp = max(kept, clock)
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    seq = plan.take_seq()
    values = {
        "municipality_code": record.values.get("municipality_code", old.municipality_code),
        "table_name": record.table, "row_id": record.id, "field": name, "kept_hlc": kept,
        "other_value": value, "other_hlc": clock, "other_by": by, "resolved": 0,
        "resolved_at": None, "updated_hlc": stamp, "deleted": 0, "created_by": auth.user.id,
        "updated_by": auth.user.id, "created_at": now, "updated_at": now,
    }
    meta = {k: [stamp, seq, None] for k in values}
    plan.existing[(CONFLICT_TABLE, conflict_id)] = _Existing(
        values["municipality_code"], seq, stamp, values, meta)
    plan.inserts.append({
        "table_name": CONFLICT_TABLE, "id": conflict_id,
        "municipality_code": values["municipality_code"], "seq": seq, "hlc": stamp,
        "data": values, "meta": meta})


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
