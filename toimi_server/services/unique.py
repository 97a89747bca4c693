"""Values that must be unique among live records (`sync.schema.UNIQUE_FIELDS`): a push that
would give a second live trainee the same HETU is refused, naming the record that has it.

Record ids are made on devices, so two laptops offline can each register the same person;
only the server sees both. The values are kept in `record_key` (one row per value, its
holder), read once per batch and written at its end, in the batch's transaction."""

from __future__ import annotations

from sqlalchemy import and_, delete, insert, select, tuple_
from sqlalchemy.orm import Session

from toimi_desktop.sync.schema import UNIQUE_FIELDS
from toimi_desktop.sync.wire import PushRecord
from toimi_server.models import Record, RecordKey
from toimi_server.services.policy import Scope

Key = tuple[str, str, str]  # table, field, value


def live_value(values: dict | None, name: str) -> str | None:
    """The unique value a record holds: none when it is deleted or the field is empty."""
    if not values or values.get("deleted") in (1, True):
        return None
    value = values.get(name)
    return value if isinstance(value, str) and value else None


class DuplicateValue(Exception):
    def __init__(self, code: str, name: str, holder: str | None) -> None:
        super().__init__(code)
        self.code, self.name, self.holder = code, name, holder


class Keys:
    """The unique values one batch touches: who holds each now, and what it changes."""

    def __init__(self, session: Session, records: list[PushRecord],
                 existing: dict[tuple, object]) -> None:
        wanted: set[Key] = set()
        for record in records:
            fields = UNIQUE_FIELDS.get(record.table)
            if not fields:
                continue
            old = existing.get((record.table, record.id))
            for name in fields:
                for values in (record.values, getattr(old, "data", None)):
                    value = live_value(values, name) if values is not None else None
                    if value is not None:
                        wanted.add((record.table, name, value))
        self._held: dict[Key, tuple[str, str | None]] = {}  # key → (record id, municipality)
        keys = sorted(wanted)
        for start in range(0, len(keys), 500):
            query = (select(RecordKey.table_name, RecordKey.field, RecordKey.value, RecordKey.id,
                            Record.municipality_code)
                     .outerjoin(Record, and_(Record.table_name == RecordKey.table_name,
                                             Record.id == RecordKey.id))
                     .where(tuple_(RecordKey.table_name, RecordKey.field, RecordKey.value)
                            .in_(keys[start:start + 500])))
            for table, name, value, row_id, code in session.execute(query):
                self._held[(table, name, value)] = (row_id, code)
        self._loaded = {key: held[0] for key, held in self._held.items()}

    def claim(self, table: str, row_id: str, municipality: str, before: dict | None,
              after: dict, scope: Scope) -> None:
        """Move this record's unique values from `before` to `after`; raises DuplicateValue
        (nothing changed) when another live record holds one of the new values."""
        fields = UNIQUE_FIELDS.get(table)
        if not fields:
            return
        moves = []
        for name, code in fields.items():
            old, new = live_value(before, name), live_value(after, name)
            if new == old:
                continue
            holder = self._held.get((table, name, new)) if new is not None else None
            if holder is not None and holder[0] != row_id:
                visible = holder[1] is not None and scope.covers(holder[1])
                raise DuplicateValue(code, name, holder[0] if visible else None)
            moves.append((name, old, new))
        for name, old, new in moves:
            if old is not None and self._held.get((table, name, old), (None,))[0] == row_id:
                del self._held[(table, name, old)]
            if new is not None:
                self._held[(table, name, new)] = (row_id, municipality)

    def write(self, session: Session) -> None:
        gone = [key for key, row_id in self._loaded.items()
                if self._held.get(key, (None,))[0] != row_id]
        new = [{"table_name": t, "field": f, "value": v, "id": held[0]}
               for (t, f, v), held in self._held.items()
               if self._loaded.get((t, f, v)) != held[0]]
        if gone:
            session.execute(delete(RecordKey).where(
                tuple_(RecordKey.table_name, RecordKey.field, RecordKey.value).in_(gone)))
        if new:
            session.execute(insert(RecordKey), new)
