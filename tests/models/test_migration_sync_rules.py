"""Revision 0009 on a file with data: the trainee table is rebuilt without the unique HETU
rule and nothing is lost (rows, rows that point at them, the search index); a demo database
made before it gets a device id of its own."""

from __future__ import annotations

import json
from pathlib import Path

from toimi_desktop.migrations.runner import run_upgrade
from toimi_desktop.models.database import Connection, Database, connect, make_engine

STAMP = "1780000000000-00000-"
COMMON = "updated_hlc, deleted, created_at, updated_at, municipality_code"


def _values(stamp: str) -> str:
    return f"'{STAMP}{stamp}', 0, '2026-11-01 10:00:00', '2026-11-01 10:00:00', '167'"


def _old_file(path: Path, demo_device: str | None) -> None:
    """A file at 0005 with a few rows: the upgrade runs 0006 (in an open transaction) first."""
    engine = make_engine(path)
    run_upgrade(engine, "0005")
    engine.dispose()
    conn = connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"INSERT INTO environment(id, name, kind, open_weekdays, {COMMON}) VALUES"
                 f" ('e1', 'Taitamo', 'internal_municipal', '12345', {_values('x')})")
    for row_id, first, hetu in (("t1", "Aino", "010594Y9032"), ("t2", "Esa", None)):
        conn.execute(f"INSERT INTO trainee(id, first_name, last_name, hetu, gender, languages,"
                     f" target_groups, {COMMON}) VALUES (?, ?, 'Virtanen', ?, 'unknown', '[]',"
                     f" '[]', {_values('x')})", (row_id, first, hetu))
    conn.execute(f"INSERT INTO period(id, trainee_id, environment_id, kind, start_date,"
                 f" hours_per_day, days_per_week, status, {COMMON}) VALUES ('p1', 't1', 'e1',"
                 f" 'coaching', '2026-01-05', 4, 3, 'active', {_values('x')})")
    if demo_device:
        conn.execute(f"INSERT INTO audit_entry(id, at, action, entity, success, details,"
                     f" {COMMON}) VALUES ('a1', '2026-11-01 10:00:00', 'demo.generate',"
                     f" 'database', 1, '{{}}', {_values(demo_device)})")
        conn.executemany("INSERT INTO local_setting(key, value) VALUES (?, ?)",
                         [("device_id", json.dumps(demo_device)),
                          ("demo", json.dumps({"seed": 1}))])
    conn.commit()
    conn.close()


def _search(conn: Connection, words: str) -> list[str]:
    return sorted(r[0] for r in conn.execute(
        "SELECT k.trainee_id FROM trainee_search s JOIN trainee_search_key k"
        " ON k.rowid = s.rowid WHERE trainee_search MATCH ?", (words,)))


def test_trainees_keep_their_links_and_search_and_may_share_a_hetu(tmp_path: Path):
    path = tmp_path / "old.db"
    _old_file(path, demo_device=None)
    Database(path).dispose()
    conn = connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("SELECT trainee_id FROM period").fetchall() == [("t1",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _search(conn, "Virtanen") == ["t1", "t2"]
    # The same HETU on a second record can now be stored (a pulled duplicate)…
    conn.execute(f"INSERT INTO trainee(id, first_name, last_name, hetu, gender, languages,"
                 f" target_groups, {COMMON}) VALUES ('t3', 'Aino', 'Toinen', '010594Y9032',"
                 f" 'unknown', '[]', '[]', {_values('y')})")
    # …and the search triggers still follow inserts and edits.
    conn.execute("UPDATE trainee SET last_name = 'Nieminen' WHERE id = 't2'")
    assert _search(conn, "Toinen") == ["t3"]
    assert _search(conn, "Nieminen") == ["t2"]
    assert _search(conn, "010594Y9032") == ["t1", "t3"]
    conn.close()


def test_an_old_demo_database_gets_a_device_id_of_its_own(tmp_path: Path):
    demo, own = tmp_path / "demo.db", tmp_path / "own.db"
    _old_file(demo, demo_device="seed-device")
    _old_file(own, demo_device=None)
    with connect(own) as conn:
        conn.execute("INSERT INTO local_setting(key, value) VALUES ('device_id', ?)",
                     (json.dumps("my-device"),))
    for path in (demo, own):
        Database(path).dispose()

    def device(path: Path) -> str:
        with connect(path) as conn:
            return json.loads(conn.execute(
                "SELECT value FROM local_setting WHERE key = 'device_id'").fetchone()[0])

    assert device(demo) not in ("seed-device", "")
    assert device(own) == "my-device"
