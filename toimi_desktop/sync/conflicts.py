"""Free-text conflicts: listing them and resolving one (the user's chosen or merged text
becomes a normal edit, and the conflict is marked resolved; both sync to everyone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.services.errors import NotFound
from toimi_desktop.sync.describe import field_label, record_name, table_label

if TYPE_CHECKING:
    from toimi_desktop.models.database import Database
    from toimi_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class ConflictView:
    id: str
    table_name: str
    row_id: str
    field: str
    municipality_code: str
    current_value: str | None  # what the record says now (the later edit)
    other_value: str | None  # the other version, kept here
    other_by: str | None  # who wrote the other version (display name when known)
    other_hlc: str
    what: str = ""  # the record in words: "Attendance: Virtanen Aino, 30.11.2026"
    field_label: str = ""  # the field in words: "Note"


def open_conflicts(db: Database, limit: int = 500) -> list[ConflictView]:
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT c.id, c.table_name, c.row_id, c.field, c.municipality_code, c.other_value,"
            " coalesce(u.display_name, c.other_by), c.other_hlc FROM sync_conflict c"
            " LEFT JOIN app_user u ON u.id = c.other_by"
            " WHERE NOT c.resolved AND NOT c.deleted ORDER BY c.other_hlc LIMIT ?",
            (limit,)).fetchall()
        result = []
        for cid, table, row_id, field, code, other, by, hlc in rows:
            current = None
            if _is_column(conn, table, field):
                found = conn.execute(f'SELECT "{field}" FROM "{table}" WHERE id = ?',
                                     (row_id,)).fetchone()
                current = found[0] if found else None
            what = f"{table_label(table)}: {record_name(conn, table, row_id)}"
            result.append(ConflictView(cid, table, row_id, field, code, current, other, by,
                                       hlc, what, field_label(field)))
        return result
    finally:
        conn.close()


def _is_column(conn, table: str, field: str) -> bool:
    return any(r[1] == field for r in conn.execute(f'PRAGMA table_info("{table}")'))


def resolve_conflict(ctx: ServiceContext, conflict_id: str, text: str | None) -> str:
    """Keep `text` (one of the versions, or both merged) in the record, and close the
    conflict. The record's change is an ordinary edit: it syncs and wins over both."""
    from toimi_desktop.models import Base, SyncConflict

    with ctx.transaction() as tx:
        conflict = tx.session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound(N_("errors", "The conflict was not found."))
        ctx.require_municipality(conflict.municipality_code)
        model = next((m.class_ for m in Base.registry.mappers
                      if m.local_table.name == conflict.table_name), None)
        record = tx.session.get(model, conflict.row_id) if model else None
        if record is not None:
            setattr(record, conflict.field, text)
            tx.stamp(record, [conflict.field])
        conflict.resolved = True
        conflict.resolved_at = datetime.now(UTC)
        tx.stamp(conflict, ["resolved", "resolved_at"])
        tx.audit("sync.resolve_conflict", conflict.table_name, conflict.row_id,
                 conflict.municipality_code, {"field": conflict.field})
    return conflict_id
