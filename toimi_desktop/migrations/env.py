"""Alembic environment: always given a live connection by `runner.run_upgrade`."""

from __future__ import annotations

from alembic import context

from toimi_desktop.migrations import RAW_SQL_PREFIXES
from toimi_desktop.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through toimi_desktop.migrations.runner.run_upgrade")



def include_name(name: str | None, type_: str, _parents: dict) -> bool:
    """Tables made by raw SQL (FTS5 and its shadow tables) are not in the ORM metadata."""
    return not (type_ == "table" and name is not None and name.startswith(RAW_SQL_PREFIXES))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
