"""A narrow partial index for counting the sync outbox's pending changes: with the database
encrypted, every page a count reads is decrypted, and the wider pending index made the
start-up's count several times slower.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_sync_outbox_unpushed", "sync_outbox", ["pushed_at"],
                    sqlite_where=sa.text("pushed_at IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_sync_outbox_unpushed", table_name="sync_outbox")
