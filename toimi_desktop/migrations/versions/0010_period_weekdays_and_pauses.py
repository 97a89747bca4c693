"""A period's weekdays, and pauses with their dates.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: no rebuild of a table that may hold 20,000 periods.
    # Existing periods keep NULL: their weekdays are derived from days a week.
    op.add_column("period", sa.Column("weekdays", sa.String(length=7), nullable=True))
    op.create_table(
        "period_pause",
        sa.Column("period_id", sa.String(length=36), nullable=False),
        sa.Column("trainee_id", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date",
                           name=op.f("ck_period_pause_end_after_start")),
        sa.ForeignKeyConstraint(["municipality_code"], ["municipality.code"],
                                name=op.f("fk_period_pause_municipality_code_municipality")),
        sa.ForeignKeyConstraint(["period_id"], ["period.id"],
                                name=op.f("fk_period_pause_period_id_period")),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"],
                                name=op.f("fk_period_pause_trainee_id_trainee")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_pause")),
    )
    op.create_index(op.f("ix_period_pause_municipality_code"), "period_pause",
                    ["municipality_code"], unique=False)
    op.create_index(op.f("ix_period_pause_period_id"), "period_pause", ["period_id"],
                    unique=False)
    op.create_index(op.f("ix_period_pause_updated_hlc"), "period_pause", ["updated_hlc"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_period_pause_updated_hlc"), table_name="period_pause")
    op.drop_index(op.f("ix_period_pause_period_id"), table_name="period_pause")
    op.drop_index(op.f("ix_period_pause_municipality_code"), table_name="period_pause")
    op.drop_table("period_pause")
    with op.batch_alter_table("period", schema=None) as batch_op:
        batch_op.drop_column("weekdays")
