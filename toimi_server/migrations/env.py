"""Alembic environment: always given a live connection by `toimi_server.db.upgrade`."""

from __future__ import annotations

from alembic import context

from toimi_server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through toimi_server.db.upgrade")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
