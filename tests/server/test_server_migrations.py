"""The server's revision 0002 on a database with records: the HETUs of live trainees are
indexed, the first stored keeping a HETU that two share (from before the check)."""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import select, text

from toimi_server.db import alembic_config, make_engine, upgrade
from toimi_server.models import RecordKey


def test_existing_trainees_fill_the_hetu_index(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    rows = [("t1", 1, {"hetu": "010594Y9032", "deleted": 0}),
            ("t2", 2, {"hetu": "010594Y9032", "deleted": 0}),  # a duplicate made before
            ("t3", 3, {"hetu": "131052-308T", "deleted": 1}),  # retired: frees its code
            ("t4", 4, {"hetu": None, "deleted": 0})]
    with engine.begin() as connection:
        for rid, seq, values in rows:
            connection.execute(text(
                "INSERT INTO record(table_name, id, municipality_code, seq, hlc, data, meta)"
                " VALUES ('trainee', :id, '167', :seq, 'x', :data, '{}')"),
                {"id": rid, "seq": seq, "data": json.dumps(values)})
    upgrade(engine)
    with engine.connect() as connection:
        keys = connection.execute(select(RecordKey.field, RecordKey.value, RecordKey.id)).all()
    assert keys == [("hetu", "010594Y9032", "t1")]
    engine.dispose()
