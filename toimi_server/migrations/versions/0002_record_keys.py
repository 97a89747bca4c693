"""Unique values of live records (a trainee's HETU) and who holds each.

Filled from the records already stored: where two live trainees share a HETU (possible before
this revision), the one stored first holds the key; the other stays as it is until someone
merges the two in the app.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00

"""
import json
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# As in toimi_desktop.sync.schema.UNIQUE_FIELDS when this revision was written.
_UNIQUE = {"trainee": ("hetu",)}


def upgrade() -> None:
    op.create_table('record_key',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'field', 'value', name=op.f('pk_record_key'))
    )
    connection = op.get_bind()
    record = sa.table('record', sa.column('table_name', sa.String), sa.column('id', sa.String),
                      sa.column('seq', sa.BigInteger), sa.column('data', sa.Text))
    key = sa.table('record_key', sa.column('table_name', sa.String),
                   sa.column('field', sa.String), sa.column('value', sa.String),
                   sa.column('id', sa.String))
    for table, fields in _UNIQUE.items():
        held: dict[tuple[str, str], str] = {}
        rows = connection.execute(sa.select(record.c.id, record.c.data)
                                  .where(record.c.table_name == table).order_by(record.c.seq))
        for row_id, data in rows:
            values = json.loads(data)
            if values.get("deleted"):
                continue
            for name in fields:
                value = values.get(name)
                if value not in (None, "") and (name, value) not in held:
                    held[(name, value)] = row_id
        if held:
            op.bulk_insert(key, [{"table_name": table, "field": name, "value": value, "id": i}
                                 for (name, value), i in held.items()])


def downgrade() -> None:
    op.drop_table('record_key')
