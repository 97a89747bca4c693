"""Sync's records in words a user knows: "Attendance of Virtanen Aino, 30.11.2026, field
Note" instead of table and column names; why the server refused a change and why a pulled
record could not be stored, as translated sentences. Shared by the sync page and `toimi sync`.
Plain sqlite3, no Qt."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.i18n import translate
from toimi_desktop.models.encryption import dbapi

TABLES = {
    "allowance_approval": N_("sync", "Allowance approval"),
    "assessment": N_("sync", "Assessment"),
    "assessment_score": N_("sync", "Assessment score"),
    "assessment_template": N_("sync", "Assessment template"),
    "attendance": N_("sync", "Attendance"),
    "audit_entry": N_("sync", "Audit log entry"),
    "continuation_plan": N_("sync", "Continuation plan"),
    "environment": N_("sync", "Coaching environment"),
    "environment_closed_day": N_("sync", "Closed day"),
    "environment_coach": N_("sync", "Coach of an environment"),
    "environment_site": N_("sync", "Site"),
    "period": N_("sync", "Coaching period"),
    "plan_step": N_("sync", "Plan step"),
    "plan_version": N_("sync", "Plan version"),
    "service_package": N_("sync", "Service package"),
    "service_package_task": N_("sync", "Task of a package"),
    "sync_conflict": N_("sync", "Text conflict"),
    "task_evaluation": N_("sync", "Task evaluation"),
    "trainee": N_("sync", "Trainee"),
    "work_order": N_("sync", "Work order"),
    "work_task": N_("sync", "Work task"),
}
FIELDS = {
    "day": N_("sync", "Day"),
    "description": N_("sync", "Description"),
    "exit_note": N_("sync", "Exit note"),
    "feedback_comment": N_("sync", "Feedback"),
    "goal": N_("sync", "Goal"),
    "goals": N_("sync", "Goals"),
    "hetu": N_("sync", "Personal identity code"),
    "needs": N_("sync", "Development needs"),
    "note": N_("sync", "Note"),
    "notes": N_("sync", "Notes"),
    "safety_notes": N_("sync", "Safety notes"),
    "services_referred": N_("sync", "Services referred to"),
    "strengths": N_("sync", "Strengths"),
    "tools": N_("sync", "Tools"),
    "trainee_id": N_("sync", "Trainee"),
    "what": N_("sync", "Step"),
}
# Why the server (or this computer, before sending) refused a change, by the refusal's code.
REFUSALS = {
    "outside_scope": N_("sync", "It is outside your role or municipalities."),
    "forbidden": N_("sync", "It is outside your role or municipalities."),
    "missing_locally": N_("sync", "The record is no longer on this computer."),
    "duplicate_hetu": N_("sync", "The person is already in the register with this personal "
                                 "identity code. Open the existing person and merge this "
                                 "copy into it."),
    "duplicate_hetu_elsewhere": N_("sync", "The person is already in the register of another "
                                           "municipality with this personal identity code. "
                                           "Ask a coordinator."),
    "too_long": N_("sync", "A text is too long for the server."),
    "append_only": N_("sync", "The record cannot be changed once saved."),
}
REFUSED_OTHERWISE = N_("sync", "The server did not accept it ({reason}).")
# Why a record from the server could not be stored here, by the SQLite error's kind.
FAILURES = {
    "UNIQUE": N_("sync", "Another record on this computer has the same {field}."),
    "NOT NULL": N_("sync", "The field {field} is empty."),
    "FOREIGN KEY": N_("sync", "It refers to a record that is not on this computer."),
}
FAILED_OTHERWISE = N_("sync", "It does not fit the data on this computer; an update of the "
                              "app may be needed.")
_ERROR = re.compile(r"(UNIQUE|NOT NULL|FOREIGN KEY|CHECK) constraint failed(?::\s*(.+))?")
# Dates that tell the records of one person apart, by table.
_DAY_FIELDS = ("day", "assessed_on", "start_date", "month", "saved_at")


def _t(text: str) -> str:
    return translate("sync", text)


def table_label(table: str) -> str:
    return _t(TABLES[table]) if table in TABLES else table


def field_label(field: str) -> str:
    return _t(FIELDS[field]) if field in FIELDS else field.replace("_", " ")


def _day_text(value: object) -> str | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return f"{day.day}.{day.month}.{day.year}"


def _row(conn: sqlite3.Connection, table: str, row_id: str) -> dict | None:
    try:
        cursor = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
    except dbapi.OperationalError:
        return None  # a table this version of the app does not have
    found = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], found, strict=True)) if found else None


def _value(conn: sqlite3.Connection, sql: str, *params: object) -> object:
    found = conn.execute(sql, params).fetchone()
    return found[0] if found else None


def _trainee_name(conn: sqlite3.Connection, trainee_id: object) -> str | None:
    return _value(conn, "SELECT last_name || ' ' || first_name FROM trainee WHERE id = ?",
                  trainee_id)


def record_name(conn: sqlite3.Connection, table: str, row_id: str,
                values: dict | None = None) -> str:
    """Whose or what record this is: "Virtanen Aino, 30.11.2026", "Taitamo", or (nothing
    better known here) the beginning of its id. `values` when the row is not stored here."""
    values = values if values is not None else _row(conn, table, row_id) or {}
    parts: list[str] = []
    if table == "trainee" and values.get("last_name"):
        parts.append(f"{values['last_name']} {values.get('first_name') or ''}".strip())
    trainee = values.get("trainee_id")
    if trainee is None and values.get("plan_id"):
        trainee = _value(conn, "SELECT trainee_id FROM continuation_plan WHERE id = ?",
                         values["plan_id"])
    if trainee is None and values.get("assessment_id"):
        found = conn.execute("SELECT trainee_id, assessed_on FROM assessment WHERE id = ?",
                             (values["assessment_id"],)).fetchone()
        if found:
            trainee, values = found[0], {**values, "assessed_on": found[1]}
    if trainee is not None:
        parts.append(_trainee_name(conn, trainee) or f"{str(trainee)[:8]}…")
    for name in ("name", "title"):
        if not parts and values.get(name):
            parts.append(str(values[name]))
    if not parts and values.get("environment_id"):
        env = _value(conn, "SELECT name FROM environment WHERE id = ?", values["environment_id"])
        if env:
            parts.append(str(env))
    day = next((d for d in (_day_text(values.get(n)) for n in _DAY_FIELDS) if d), None)
    if day:
        parts.append(day)
    return ", ".join(parts) if parts else f"{row_id[:8]}…"


@dataclass(frozen=True)
class Refusal:
    """A change the server refused, waiting on this computer with the reason."""

    table_name: str
    row_id: str
    code: str
    what: str  # "Trainee: Virtanen Aino"
    reason: str  # translated
    other_id: str | None  # a duplicate: the record the server has (None if not visible)
    changes: int


def refusal_reason(code: str, reason: str, other_id: str | None = None) -> str:
    if code == "duplicate_hetu" and other_id is None:
        code = "duplicate_hetu_elsewhere"
    if code in REFUSALS:
        return _t(REFUSALS[code])
    return _t(REFUSED_OTHERWISE).format(reason=reason or code)


def refusals(conn: sqlite3.Connection, limit: int = 200) -> list[Refusal]:
    rows = conn.execute(
        "SELECT table_name, row_id, code, max(reason), max(other_id), count(*)"
        " FROM sync_rejection GROUP BY table_name, row_id, code ORDER BY min(outbox_seq)"
        " LIMIT ?", (limit,)).fetchall()
    return [Refusal(table, row_id, code,
                    f"{table_label(table)}: {record_name(conn, table, row_id)}",
                    refusal_reason(code, reason, other), other, changes)
            for table, row_id, code, reason, other, changes in rows]


@dataclass(frozen=True)
class Failure:
    """A record from the server this computer could not store (kept and retried)."""

    table_name: str
    row_id: str
    what: str
    reason: str  # translated
    detail: str  # SQLite's own words, for support


def failure_reason(error: str) -> str:
    found = _ERROR.search(error)
    kind = found.group(1) if found else None
    if kind in FAILURES:
        columns = [c.strip().split(".")[-1] for c in (found.group(2) or "").split(",")]
        return _t(FAILURES[kind]).format(
            field=", ".join(field_label(c).lower() for c in columns if c))
    return _t(FAILED_OTHERWISE)


def failures(conn: sqlite3.Connection, limit: int = 200) -> list[Failure]:
    result = []
    for table, row_id, payload, reason in conn.execute(
            "SELECT table_name, row_id, payload, reason FROM sync_apply_failure ORDER BY seq"
            " LIMIT ?", (limit,)):
        try:
            values = json.loads(payload)
        except ValueError:
            values = {}
        result.append(Failure(table, row_id,
                              f"{table_label(table)}: {record_name(conn, table, row_id, values)}",
                              failure_reason(reason), reason))
    return result
