"""Subject access and portability (GDPR Art. 15 and 20): everything stored about one
trainee, as plain data for a readable PDF (`reports.subject_access`) and a
machine-readable JSON file.

Everything means: the record, its periods with their outcomes and follow-ups, every
attendance day, assessments with their scores, task evaluations, continuation plans with
their steps and every saved version, other versions of free text kept by sync conflicts,
the changes made to the data (the audit trail) and who has used it (the access log). Users
are named, not given as ids; sync internals (clocks, tombstones) are left out.

Coordinators only; making the export is itself logged, before it is made, so it is in it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.access_log import log_access
from toimi_desktop.services.access_log_search import trainee_access_rows, trainee_changes
from toimi_desktop.services.actor import ReadContext

FORMAT = "toimi-subject-access"
FORMAT_VERSION = 1
_INTERNAL = {"updated_hlc", "deleted"}
_PEOPLE = {"created_by", "updated_by", "coach_id", "career_agent_id", "assessor_id",
           "evaluator_id", "recorded_by", "saved_by", "other_by", "approved_by"}
_JSON_COLUMNS = {"languages", "target_groups", "snapshot"}


class _Reader:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.users = dict(conn.execute("SELECT id, display_name FROM app_user"))
        self.environments = dict(conn.execute("SELECT id, name FROM environment"))
        self.tasks = dict(conn.execute("SELECT id, name FROM work_task"))

    def rows(self, sql: str, *params: object) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [self._clean(dict(zip(names, values, strict=True))) for values in cursor]

    def _clean(self, row: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in row.items():
            if name in _INTERNAL:
                continue
            if name in _PEOPLE:
                value = self.users.get(value, value) if value else None
            elif name in _JSON_COLUMNS and isinstance(value, str):
                value = json.loads(value)
            elif name == "environment_id":
                out["environment"] = self.environments.get(value)
            elif name in ("task_id", "work_task_id") and value:
                out["work_task"] = self.tasks.get(value)
            out[name] = value
        return out


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")


def _assessments(reader: _Reader, trainee_id: str) -> list[dict[str, Any]]:
    found = reader.rows("SELECT * FROM assessment WHERE trainee_id = ? AND deleted = 0"
                        " ORDER BY assessed_on, id", trainee_id)
    templates = {r[0]: (r[1], r[2], {c["key"]: c.get("label", c["key"])
                                     for c in json.loads(r[3] or "[]")})
                 for r in reader.conn.execute(
                     "SELECT id, name, version, criteria FROM assessment_template")}
    for assessment in found:
        name, version, labels = templates.get(assessment["template_id"], ("", 0, {}))
        assessment["template"], assessment["template_version"] = name, version
        assessment["scores"] = [
            {**score, "criterion": labels.get(score["criterion_key"], score["criterion_key"])}
            for score in reader.rows(
                "SELECT criterion_key, coach_score, self_score FROM assessment_score"
                " WHERE assessment_id = ? AND deleted = 0 ORDER BY criterion_key",
                assessment["id"])]
    return found


def _plans(reader: _Reader, trainee_id: str) -> list[dict[str, Any]]:
    plans = reader.rows("SELECT * FROM continuation_plan WHERE trainee_id = ? AND deleted = 0"
                        " ORDER BY created_at, id", trainee_id)
    for plan in plans:
        plan["steps"] = reader.rows(
            "SELECT position, what, responsible, due_on, status, created_at, updated_at"
            " FROM plan_step WHERE plan_id = ? AND deleted = 0 ORDER BY position, id",
            plan["id"])
        plan["versions"] = reader.rows(
            "SELECT version, saved_at, saved_by, snapshot FROM plan_version WHERE plan_id = ?"
            " AND deleted = 0 ORDER BY version", plan["id"])
    return plans


def _other_versions(reader: _Reader, ids: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Free text that two devices changed at once: the version not kept in the record."""
    found = []
    for table, row_ids in ids.items():
        for start in range(0, len(row_ids), 500):
            chunk = row_ids[start:start + 500]
            found += reader.rows(
                "SELECT table_name, row_id, field, other_value, other_by, resolved,"
                " resolved_at, created_at FROM sync_conflict WHERE deleted = 0"
                f" AND table_name = ? AND row_id IN ({','.join('?' * len(chunk))})",
                table, *chunk)
    return found


def trainee_export(ctx: ReadContext, trainee_id: str, purpose: str = "json") -> dict[str, Any]:
    """Everything about the trainee as JSON-ready data. `purpose` ("json" or "pdf") is
    written to the access log with the export."""
    from toimi_desktop.services.access_log_search import trainee_record_ids

    require_trainee(ctx, trainee_id, Right.SUBJECT_ACCESS, AccessTarget.SUBJECT_EXPORT)
    log_access(ctx, AccessAction.EXPORT, AccessTarget.SUBJECT_EXPORT, [trainee_id],
               details={"format": purpose})
    log_access(ctx, AccessAction.REVEAL_HETU, AccessTarget.SUBJECT_EXPORT, [trainee_id])
    reader = _Reader(ctx.db.reader())
    person = reader.rows("SELECT t.*, m.name AS municipality FROM trainee t JOIN municipality"
                         " m ON m.code = t.municipality_code WHERE t.id = ?", trainee_id)[0]
    ids = trainee_record_ids(reader.conn, trainee_id)
    actor = ctx.actor
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "generated_at": _moment(datetime.now(UTC)),
        "generated_by": {"username": actor.username, "name": actor.display_name,
                         "role": actor.role.value},
        "person": person,
        "periods": reader.rows("SELECT * FROM period WHERE trainee_id = ? AND deleted = 0"
                               " ORDER BY start_date, id", trainee_id),
        "attendance": reader.rows(
            "SELECT day, status, hours, absence_reason, environment_id, work_task_id, note,"
            " recorded_by, created_at, updated_at FROM attendance WHERE trainee_id = ?"
            " AND deleted = 0 ORDER BY day", trainee_id),
        "assessments": _assessments(reader, trainee_id),
        "task_evaluations": reader.rows(
            "SELECT task_id, trainee_level, fit, note, evaluated_on, evaluator_id"
            " FROM task_evaluation WHERE trainee_id = ? AND deleted = 0"
            " ORDER BY evaluated_on, id", trainee_id),
        "plans": _plans(reader, trainee_id),
        "other_versions": _other_versions(reader, ids),
        "changes": [{**asdict(c), "at": _moment(c.at), "role": c.role and c.role.value}
                    for c in trainee_changes(ctx, trainee_id)],
        "access_log": [{"at": _moment(r.at), "user": r.user,
                        "role": r.role.value if r.role else None, "action": r.action.value,
                        "target": r.target.value if r.target else None,
                        "success": r.success, "details": r.details}
                       for r in trainee_access_rows(ctx, trainee_id)],
    }


def write_json(data: dict[str, Any], out: Path | str) -> None:
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2, default=str)
        handle.write("\n")
