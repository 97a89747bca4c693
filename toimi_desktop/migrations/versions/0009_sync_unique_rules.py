"""Unique rules that fit ids made on devices; the other record of a refused duplicate; a
device id of its own for every demo database.

- `trainee.hetu` is no longer unique in the table (an index instead): the same person
  registered offline on two laptops must be storable here, so that the refused copy can be
  merged into the person the server has. The server refuses the second live record.
- `plan_version (plan_id, version)` and `assessment_template (family, version)` are no
  longer unique: two laptops saving offline both make version n+1, and neither may be lost.
- `sync_rejection.other_id`: the record a refused duplicate duplicates.
- Demo databases made before this revision all had the seed's device id, so two demo laptops
  looked like one device to the server. Such a database gets an id of its own (it has to log
  in to the sync server again: the login was kept under the old id).

Revision ID: 0009
Revises: 0008
"""

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

from toimi_desktop.models.ids import new_id

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    with _foreign_keys_off(conn):
        _rebuild_trainee(conn, unique=False)
        with op.batch_alter_table("plan_version", recreate="always") as batch:
            batch.drop_constraint("uq_plan_version_plan_id", type_="unique")
            batch.create_index("ix_plan_version_plan_id", ["plan_id"])
        with op.batch_alter_table("assessment_template", recreate="always") as batch:
            batch.drop_constraint("uq_assessment_template_family", type_="unique")
            batch.create_index("ix_assessment_template_family", ["family"])
    with op.batch_alter_table("sync_rejection") as batch:
        batch.add_column(sa.Column("other_id", sa.String(length=36), nullable=True))
    _own_demo_device_id(conn)


@contextmanager
def _foreign_keys_off(conn: sa.Connection) -> Iterator[None]:
    """SQLite changes a table's constraints by copying it to a new table and dropping the
    old one. With foreign keys on, that drop would check the rows pointing at it (and delete
    the search-key rows, ON DELETE CASCADE), so they are off meanwhile, as SQLite's own
    procedure says. That is possible only outside a transaction: the earlier revisions of
    this run (each complete) are committed first."""
    dbapi = conn.connection.dbapi_connection
    if dbapi.in_transaction:
        dbapi.commit()
    dbapi.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
        if dbapi.in_transaction:
            dbapi.commit()
    except BaseException:
        if dbapi.in_transaction:
            dbapi.rollback()
        raise
    finally:
        dbapi.execute("PRAGMA foreign_keys = ON")


def _rebuild_trainee(conn: sa.Connection, unique: bool) -> None:
    """Change the HETU rule of `trainee`; its search triggers go with the old table and are
    put back on the new one."""
    triggers = [sql for (sql,) in conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'trainee'")]
    with op.batch_alter_table("trainee", recreate="always") as batch:
        if unique:
            batch.drop_index("ix_trainee_hetu")
            batch.create_unique_constraint("uq_trainee_hetu", ["hetu"])
        else:
            batch.drop_constraint("uq_trainee_hetu", type_="unique")
            batch.create_index("ix_trainee_hetu", ["hetu"])
    for sql in triggers:
        conn.exec_driver_sql(sql)


def _own_demo_device_id(conn: sa.Connection) -> None:
    row = conn.exec_driver_sql(
        "SELECT value FROM local_setting WHERE key = 'device_id'").fetchone()
    if row is None or not isinstance(row[0], str):
        return
    device = json.loads(row[0])
    made_by_demo = conn.exec_driver_sql(
        "SELECT 1 FROM local_setting s, audit_entry a WHERE s.key = 'demo'"
        " AND a.action = 'demo.generate' AND a.updated_hlc LIKE ? LIMIT 1",
        (f"%-{device}",)).fetchone()
    if made_by_demo:
        conn.exec_driver_sql("UPDATE local_setting SET value = ? WHERE key = 'device_id'",
                             (json.dumps(new_id()),))


def downgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("sync_rejection") as batch:
        batch.drop_column("other_id")
    with _foreign_keys_off(conn):
        with op.batch_alter_table("assessment_template", recreate="always") as batch:
            batch.drop_index("ix_assessment_template_family")
            batch.create_unique_constraint("uq_assessment_template_family",
                                           ["family", "version"])
        with op.batch_alter_table("plan_version", recreate="always") as batch:
            batch.drop_index("ix_plan_version_plan_id")
            batch.create_unique_constraint("uq_plan_version_plan_id", ["plan_id", "version"])
        _rebuild_trainee(conn, unique=True)
