"""The access log (who used whose data) and the device's sign-in verifiers.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# The verifier of the documented demo password "demo" (services.signin.DEMO_VERIFIER), copied
# here so this revision never changes with the app: demo databases made before sign-in existed
# get it for every demo user, so they can still be opened.
DEMO_VERIFIER = ("$argon2id$v=19$m=19456,t=2,p=1$Qy8VWFWd9aD3UOTfC+9CFQ$"
                 "OzVO9/SdYtl1LczuZuZ80C59voyOhXdZcbmfBFmxGwI")

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "access_log",
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("target", sa.String(length=32), nullable=True),
        sa.Column("trainee_id", sa.String(length=36), nullable=True),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(["municipality_code"], ["municipality.code"],
                                name=op.f("fk_access_log_municipality_code_municipality")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_access_log_municipality_code"),
                              ["municipality_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_access_log_updated_hlc"), ["updated_hlc"],
                              unique=False)
        batch_op.create_index("ix_access_log_trainee_at", ["trainee_id", "at"], unique=False)
        batch_op.create_index("ix_access_log_user_at", ["user_id", "at"], unique=False)
    op.create_table(
        "local_credential",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("verifier", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_local_credential")),
    )
    op.get_bind().execute(sa.text(
        "INSERT INTO local_credential (username, verifier, updated_at)"
        " SELECT username, :verifier, '2026-01-01 00:00:00.000000' FROM app_user"
        " WHERE EXISTS (SELECT 1 FROM local_setting WHERE key = 'demo')"),
        {"verifier": DEMO_VERIFIER})


def downgrade() -> None:
    op.drop_table("local_credential")
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index("ix_access_log_user_at")
        batch_op.drop_index("ix_access_log_trainee_at")
        batch_op.drop_index(batch_op.f("ix_access_log_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_access_log_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_access_log_at"))
    op.drop_table("access_log")
