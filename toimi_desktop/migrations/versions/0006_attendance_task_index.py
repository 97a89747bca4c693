"""A partial index on attendance by task and day, for the hours done of work orders.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_attendance_task_day", "attendance",
        ["work_task_id", "day", "status", "hours", "trainee_id"],
        sqlite_where=sa.text("deleted = 0 AND work_task_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_attendance_task_day", table_name="attendance")
