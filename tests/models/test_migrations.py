from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from toimi_desktop.migrations import HEAD_REVISION, RAW_SQL_PREFIXES
from toimi_desktop.migrations.runner import head_revision, run_upgrade
from toimi_desktop.models import Base, synced_tables
from toimi_desktop.models.database import Database, connect, current_revision, make_engine


def test_head_constant_matches_alembic_scripts():
    assert head_revision() == HEAD_REVISION


def test_empty_file_upgrades_to_head_with_every_table(tmp_path: Path):
    db = Database(tmp_path / "new.db")
    assert current_revision(db.engine) == HEAD_REVISION
    conn = connect(db.path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(Base.metadata.tables) <= tables
    assert {"trainee_search", "trainee_search_key"} <= tables
    assert conn.execute("SELECT count(*) FROM municipality").fetchone() == (13,)
    assert conn.execute("SELECT count(*) FROM service_area").fetchone() == (4,)
    assert conn.execute(
        "SELECT name FROM municipality WHERE service_area_code = 'keski_karjala' ORDER BY name"
    ).fetchall() == [("Kitee",), ("Rääkkylä",), ("Tohmajärvi",)]
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def include_name(name, type_, _parents):
    return not (type_ == "table" and name.startswith(RAW_SQL_PREFIXES))


def test_models_and_migrations_agree(tmp_path: Path):
    """A model change without a migration would make an old user file unusable."""
    db = Database(tmp_path / "x.db")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_up_again(tmp_path: Path):
    engine = make_engine(tmp_path / "y.db")
    run_upgrade(engine)
    from alembic import command

    from toimi_desktop.migrations.runner import alembic_config

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert current_revision(engine) is None
    run_upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION


def test_reopening_an_existing_file_keeps_its_data(tmp_path: Path):
    path = tmp_path / "keep.db"
    Database(path).dispose()
    conn = connect(path)
    conn.execute("INSERT INTO local_setting(key, value) VALUES ('probe', '\"kept\"')")
    conn.commit()
    conn.close()
    db = Database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT value FROM local_setting WHERE key='probe'").scalar() == '"kept"'


def test_every_synced_table_has_the_sync_columns():
    required = {"id", "municipality_code", "updated_hlc", "deleted", "created_by",
                "updated_by"}
    tables = synced_tables()
    assert {"trainee", "period", "environment", "work_task", "audit_entry"} <= set(tables)
    for name in tables:
        assert required <= set(Base.metadata.tables[name].columns.keys()), name


def test_a_file_from_the_first_release_upgrades_with_its_data(tmp_path: Path):
    engine = make_engine(tmp_path / "old.db")
    run_upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO trainee (id, municipality_code, updated_hlc, deleted, first_name,"
            " last_name, gender, languages, target_groups, created_at, updated_at)"
            " VALUES ('t1', '167', '0', 0, 'Aino', 'Virtanen', 'unknown', '[]', '[]',"
            " '2026-01-01', '2026-01-01')")
    engine.dispose()
    db = Database(tmp_path / "old.db")
    assert current_revision(db.engine) == HEAD_REVISION
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT last_name FROM trainee").scalar() == "Virtanen"
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM trainee_search WHERE trainee_search MATCH 'virt*'").scalar() == 1
