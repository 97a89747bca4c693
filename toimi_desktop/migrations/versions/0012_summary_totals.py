"""Totals for the steering summary, kept by triggers as attendance is written: attended and
absent days per environment, month, trainee, status and reason, and attended days per
environment, calendar week, trainee and period (the allowance's weekly cap). A quarter then
reads tens of thousands of rows instead of hundreds of thousands. The triggers cover every
writer (services, imports, sync apply, retention); `models.summary_totals` checks the
tables against attendance and rebuilds them. Also covering indexes for the assessments and
scores the summary compares and for the plan versions it reads.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from toimi_desktop.models.summary_totals import REBUILD

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MONDAY = "date({d}.day, '-' || ((strftime('%w', {d}.day) + 6) % 7) || ' days')"
_ATTENDED = "{d}.status IN ('present', 'partly_present')"


def _add(d: str) -> list[str]:
    """Statements counting row `d` (NEW) in: only a row that is not deleted counts."""
    return [
        "INSERT INTO summary_attendance_month (environment_id, month, trainee_id, status,"
        f" absence_reason, days) SELECT {d}.environment_id, substr({d}.day, 1, 7),"
        f" {d}.trainee_id, {d}.status, coalesce({d}.absence_reason, ''), 1"
        f" WHERE {d}.deleted = 0"
        " ON CONFLICT DO UPDATE SET days = days + 1;",
        "INSERT INTO summary_attendance_week (environment_id, week, trainee_id, period_id,"
        f" days) SELECT {d}.environment_id, {_MONDAY.format(d=d)}, {d}.trainee_id,"
        f" {d}.period_id, 1 WHERE {d}.deleted = 0 AND {_ATTENDED.format(d=d)}"
        " ON CONFLICT DO UPDATE SET days = days + 1;",
    ]


def _remove(d: str) -> list[str]:
    """Statements taking row `d` (OLD) out again; a total that reaches zero goes."""
    month_key = (f"environment_id = {d}.environment_id AND month = substr({d}.day, 1, 7)"
                 f" AND trainee_id = {d}.trainee_id AND status = {d}.status"
                 f" AND absence_reason = coalesce({d}.absence_reason, '')")
    week_key = (f"environment_id = {d}.environment_id AND week = {_MONDAY.format(d=d)}"
                f" AND trainee_id = {d}.trainee_id AND period_id = {d}.period_id")
    attended = _ATTENDED.format(d=d)
    return [
        f"UPDATE summary_attendance_month SET days = days - 1 WHERE {d}.deleted = 0"
        f" AND {month_key};",
        f"DELETE FROM summary_attendance_month WHERE days <= 0 AND {month_key};",
        f"UPDATE summary_attendance_week SET days = days - 1 WHERE {d}.deleted = 0"
        f" AND {attended} AND {week_key};",
        f"DELETE FROM summary_attendance_week WHERE days <= 0 AND {week_key};",
    ]


_COUNTED = ("deleted", "environment_id", "day", "trainee_id", "status", "absence_reason",
            "period_id")
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _COUNTED)

TRIGGERS = {
    "summary_attendance_insert": "AFTER INSERT ON attendance BEGIN {add} END",
    "summary_attendance_delete": "AFTER DELETE ON attendance BEGIN {remove} END",
    "summary_attendance_update":
        f"AFTER UPDATE ON attendance WHEN {_CHANGED} BEGIN {{remove}} {{add}} END",
}

def upgrade() -> None:
    op.execute(
        "CREATE TABLE summary_attendance_month (environment_id VARCHAR(36) NOT NULL,"
        " month CHAR(7) NOT NULL, trainee_id VARCHAR(36) NOT NULL,"
        " status VARCHAR(14) NOT NULL, absence_reason VARCHAR(17) NOT NULL,"
        " days INTEGER NOT NULL, PRIMARY KEY (environment_id, month, trainee_id, status,"
        " absence_reason)) WITHOUT ROWID")
    op.execute(
        "CREATE TABLE summary_attendance_week (environment_id VARCHAR(36) NOT NULL,"
        " week DATE NOT NULL, trainee_id VARCHAR(36) NOT NULL,"
        " period_id VARCHAR(36) NOT NULL, days INTEGER NOT NULL,"
        " PRIMARY KEY (environment_id, week, trainee_id, period_id)) WITHOUT ROWID")
    for table in ("summary_attendance_month", "summary_attendance_week"):
        # The totals a batch took down to zero, found without reading the whole table.
        op.execute(f"CREATE INDEX ix_{table}_spent ON {table} (days) WHERE days <= 0")
    for statement in REBUILD:
        op.execute(statement)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} " + body.format(
            add=" ".join(_add("NEW")), remove=" ".join(_remove("OLD"))))
    op.create_index("ix_assessment_score_summary", "assessment_score",
                    ["assessment_id", "criterion_key", "coach_score"],
                    sqlite_where=sa.text("deleted = 0 AND coach_score IS NOT NULL"))
    op.create_index("ix_assessment_summary", "assessment",
                    ["trainee_id", "assessed_on", "template_id", "municipality_code", "id"],
                    sqlite_where=sa.text("deleted = 0"))
    op.create_index("ix_assessment_scope", "assessment",
                    ["municipality_code", "assessed_on", "trainee_id"],
                    sqlite_where=sa.text("deleted = 0"))
    op.create_index("ix_plan_version_summary", "plan_version",
                    ["plan_id", "saved_at", "version", "id"], sqlite_where=sa.text("deleted = 0"))


def downgrade() -> None:
    op.drop_index("ix_plan_version_summary", table_name="plan_version")
    op.drop_index("ix_assessment_scope", table_name="assessment")
    op.drop_index("ix_assessment_summary", table_name="assessment")
    op.drop_index("ix_assessment_score_summary", table_name="assessment_score")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE summary_attendance_week")
    op.execute("DROP TABLE summary_attendance_month")
