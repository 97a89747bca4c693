"""Demo data: deterministic, realistic, consistent with the services' rules, searchable."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from stdnum.fi import hetu as stdnum_hetu

from toimi_desktop.models import Period, Trainee, synced_tables
from toimi_desktop.models.database import Database, connect
from toimi_desktop.models.enums import Gender, PeriodKind, PeriodStatus, Role, TargetGroup
from toimi_desktop.models.ids import Timestamp
from toimi_desktop.services import periods as period_rules
from toimi_desktop.services.context import ServiceContext, actor_for
from toimi_desktop.services.demo import DemoSummary, generate_demo
from toimi_desktop.services.demo.places import PLACES
from toimi_desktop.services.demo.steps.earlier_clients import earlier_clients
from toimi_desktop.services.errors import DomainError, Problems
from toimi_desktop.services.hetu import parse_hetu
from toimi_desktop.services.register import RegisterFilter, TraineeRegister, trainee_details

TODAY = date(2026, 11, 22)
BIG = 2_000


def _fresh(template_db: Path, path: Path) -> Path:
    shutil.copy(template_db, path)  # skips re-running the migrations for every file
    return path


_FTS_SHADOWS = ("trainee_search_data", "trainee_search_idx", "trainee_search_docsize",
                "trainee_search_content", "trainee_search_config")


def _dump(path: Path, fts_internals: bool = True) -> dict[str, list[tuple]]:
    """Every table's rows, sorted: settings, the outbox and the search index included, but
    not the device id (every database is a device of its own).
    `fts_internals=False` leaves out FTS5's segment tables, whose bytes depend on the index's
    history (rows deleted before) even when it holds exactly the same rows."""
    with connect(path) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if fts_internals or name not in _FTS_SHADOWS]
        return {table: sorted(conn.execute(f"SELECT rowid, * FROM {table}").fetchall()
                              if table == "trainee_search"
                              else conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in tables} | {"local_setting": sorted(conn.execute(
                    "SELECT * FROM local_setting WHERE key != 'device_id'").fetchall())}


def _rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with connect(path) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def big(template_db: Path, tmp_path_factory: pytest.TempPathFactory
        ) -> tuple[Path, DemoSummary]:
    path = _fresh(template_db, tmp_path_factory.mktemp("demo") / "big.db")
    return path, generate_demo(path, trainees=BIG, seed=7, today=TODAY)


def test_same_seed_and_day_give_identical_contents(template_db, tmp_path):
    first = _fresh(template_db, tmp_path / "a.db")
    second = _fresh(template_db, tmp_path / "b.db")
    other_seed = _fresh(template_db, tmp_path / "c.db")
    generate_demo(first, trainees=120, seed=3, today=TODAY)
    generate_demo(second, trainees=120, seed=3, today=TODAY)
    generate_demo(other_seed, trainees=120, seed=4, today=TODAY)
    dump = _dump(first)
    assert dump == _dump(second)
    assert dump["trainee"] and dump["trainee_search_data"]
    assert dump["attendance"] and dump["allowance_approval"]
    different = _dump(other_seed)
    assert different["trainee"] != dump["trainee"]
    assert different["app_user"] != dump["app_user"]
    devices = {_rows(p, "SELECT value FROM local_setting WHERE key = 'device_id'")[0][0]
               for p in (first, second, other_seed)}
    assert len(devices) == 3, "each demo database must be a device of its own"


def test_another_day_moves_dates_and_stamps(template_db, tmp_path):
    first = _fresh(template_db, tmp_path / "a.db")
    later = _fresh(template_db, tmp_path / "b.db")
    generate_demo(first, trainees=50, seed=3, today=TODAY)
    generate_demo(later, trainees=50, seed=3, today=date(2027, 3, 1))
    assert _dump(first)["period"] != _dump(later)["period"]
    (hlc,), = _rows(later, "SELECT max(updated_hlc) FROM trainee")
    assert Timestamp.parse(hlc).wall_ms // 86_400_000 == (date(2027, 3, 1)
                                                           - date(1970, 1, 1)).days


def test_counts_and_spread(big):
    path, summary = big
    by_place = dict(_rows(path, "SELECT municipality_code, count(*) FROM trainee GROUP BY 1"))
    assert set(by_place) == {place.code for place in PLACES}
    assert max(by_place, key=by_place.get) == "167"
    assert by_place["167"] > 0.4 * BIG and by_place["707"] < by_place["276"]
    for table in ("trainee", "period", "environment", "work_task", "app_user"):
        (count,), = _rows(path, f"SELECT count(*) FROM {table}")
        assert summary.counts[table] == count
    assert summary.trainees == BIG + earlier_clients(BIG) and summary.seconds > 0
    assert 50 <= summary.counts["work_task"] <= 70
    assert summary.counts["environment"] == 13
    assert len(_rows(path, "SELECT * FROM environment_site s JOIN environment e"
                           " ON e.id = s.environment_id WHERE e.name = 'Taitamo'")) >= 3
    assert _rows(path, "SELECT count(*) FROM environment_closed_day") > [(13,)]


def test_users_of_every_role_where_they_belong(big):
    path, _ = big
    rows = _rows(path, "SELECT u.username, u.role, group_concat(um.municipality_code)"
                       " FROM app_user u LEFT JOIN user_municipality um ON um.user_id = u.id"
                       " GROUP BY u.id")
    roles = Counter(role for _, role, _ in rows)
    assert set(roles) == {role.value for role in Role}
    assert roles["coordinator"] == 2 and 2 <= roles["business_agent"] <= 3
    assert roles["steering_group"] == 13
    places = {name: (codes or "").split(",") for name, _, codes in rows}
    coaches = Counter(codes[0] for name, role, _ in rows if role == "coach"
                      for codes in [places[name]])
    assert coaches["167"] == 8 and all(1 <= coaches[p.code] <= 2 for p in PLACES[1:])
    assert sum(1 for name, role, _ in rows if role == "career_agent"
               and places[name] == ["167"]) == 3
    for place in PLACES:  # every municipality reaches a career agent
        assert any(role == "career_agent" and place.code in places[name]
                   for name, role, _ in rows)
    assert places["koordinaattori"] == [""]
    assert _rows(path, "SELECT value FROM local_setting WHERE key = 'current_user'") == [
        ('"koordinaattori"',)]


def test_trainee_profiles_look_like_the_target_group(big):
    path, _ = big
    db = Database(path)
    with db.session() as session:
        trainees = session.query(Trainee).all()
    db.dispose()
    genders = Counter(t.gender for t in trainees)
    assert set(genders) == set(Gender) and genders[Gender.MALE] > genders[Gender.NON_BINARY]
    groups = Counter(g for t in trainees for g in t.target_groups)
    assert set(groups) == {g.value for g in TargetGroup}
    assert groups["long_term_unemployed"] == max(groups.values())
    immigrants = [t for t in trainees if "immigrant" in t.target_groups]
    assert 0.03 * BIG < len(immigrants) < 0.2 * BIG
    assert {lang for t in immigrants for lang in t.languages} >= {"ru", "uk", "ar", "so", "fa"}
    assert all(t.foreign_background is not False for t in immigrants)
    assert any(t.disability is None for t in trainees)  # special category: may be declined
    assert sum(t.phone is not None for t in trainees) > 0.6 * BIG
    assert all(t.consent_date and t.consent_date <= TODAY for t in trainees)


def test_hetus_are_valid_temporary_and_unique(big):
    path, _ = big
    rows = _rows(path, "SELECT hetu, birth_date FROM trainee")
    codes = [code for code, _ in rows if code]
    assert 0.8 * BIG < len(codes) < BIG  # some trainees have no HETU yet
    assert len(set(codes)) == len(codes)
    signs = Counter(code[6] for code in codes)
    assert signs["-"] > len(codes) / 2 and set(signs) - {"-"} & set("YXWVU")
    assert set(signs) & set("ABCDEF") and set(signs) <= set("-YXWVUABCDEF")
    for code, born in rows:
        birth = date.fromisoformat(born)
        assert 17 <= TODAY.year - birth.year - ((TODAY.month, TODAY.day)
                                                < (birth.month, birth.day)) <= 64
        if code:
            assert stdnum_hetu.validate(code, allow_temporary=True) == code
            assert 900 <= int(code[7:10]) <= 999
            parsed = parse_hetu(code)
            assert parsed.temporary and parsed.birth_date == birth


def _check_periods(path: Path, today: date) -> list[Period]:
    """Every period as the services would have accepted it; returns them for more checks."""
    db = Database(path)
    with db.session() as session:
        periods = session.query(Period).all()
        consent = dict(session.query(Trainee.id, Trainee.consent_date).all())
        municipality = dict(session.query(Trainee.id, Trainee.municipality_code).all())
    db.dispose()
    users = {uid: (role, codes) for uid, role, codes in _rows(
        path, "SELECT u.id, u.role, group_concat(um.municipality_code) FROM app_user u"
              " JOIN user_municipality um ON um.user_id = u.id GROUP BY u.id")}
    open_per_trainee = Counter(p.trainee_id for p in periods
                               if p.status is not PeriodStatus.ENDED)
    assert max(open_per_trainee.values()) == 1
    for p in periods:
        problems = Problems()
        if p.kind is PeriodKind.REHABILITATIVE_WORK:
            period_rules._check_rehabilitative(p, problems)
        assert not problems.errors, (p.id, problems.errors)
        assert 1 <= p.days_per_week <= 5 and 0 < p.hours_per_day <= 12
        assert p.start_date >= consent[p.trainee_id]
        assert p.municipality_code == municipality[p.trainee_id]
        assert users[p.coach_id][0] == "coach" and p.municipality_code in users[p.coach_id][1]
        if p.career_agent_id:
            assert users[p.career_agent_id][0] == "career_agent"
        if p.status is PeriodStatus.ENDED:
            assert p.exit_outcome and p.start_date <= p.end_date < today
        else:
            assert p.exit_outcome is None and p.end_date is None
    return periods


def test_periods_follow_the_services_rules(big):
    path, _ = big
    periods = _check_periods(path, TODAY)
    states = Counter(p.state_on(TODAY).value for p in periods)
    assert states["active"] > 0.5 * BIG
    assert states["ended"] > 0.1 * BIG and states["planned"] and states["paused"]
    outcomes = Counter(p.exit_outcome.value for p in periods if p.exit_outcome)
    assert {"pension", "rehabilitation", "education", "open_labour_market", "dropout"} <= set(
        outcomes)
    repeaters = Counter(p.trainee_id for p in periods)
    assert sum(n == 2 for n in repeaters.values()) > 0.03 * BIG
    assert len(repeaters) < BIG  # some trainees have no period


@pytest.mark.parametrize("today", [date(2028, 2, 29), date(2026, 3, 1), date(2029, 9, 30)])
def test_any_day_gives_valid_data(template_db, tmp_path, today):
    path = _fresh(template_db, tmp_path / "toimi.db")
    generate_demo(path, trainees=300, seed=11, today=today)
    _check_periods(path, today)
    for code, born in _rows(path, "SELECT hetu, birth_date FROM trainee WHERE hetu IS NOT NULL"):
        assert parse_hetu(code).birth_date == date.fromisoformat(born)


def test_a_handful_of_trainees(template_db, tmp_path):
    path = _fresh(template_db, tmp_path / "toimi.db")
    summary = generate_demo(path, trainees=1, seed=1, today=TODAY)
    assert summary.trainees == 1
    assert _rows(path, "SELECT municipality_code FROM trainee") == [("167",)]


def test_every_synced_row_has_sync_columns_and_an_outbox_row(big):
    path, summary = big
    user_ids = {uid for (uid,) in _rows(path, "SELECT id FROM app_user")}
    outbox = Counter(_rows(path, "SELECT table_name, row_id FROM sync_outbox"))
    assert set(outbox.values()) == {1}
    written = [table for table in synced_tables() if summary.counts.get(table)]
    assert {"trainee", "period", "environment", "audit_entry"} <= set(written)
    for table in written:
        rows = _rows(path, f"SELECT id, updated_hlc, created_by, updated_by, deleted,"
                           f" municipality_code FROM {table}")
        for row_id, hlc, created_by, updated_by, deleted, code in rows:
            assert str(Timestamp.parse(hlc)) == hlc and (table, row_id) in outbox
            # A failed sign-in with an unknown user name has no author to name.
            anonymous = table == "access_log" and created_by is None
            assert (created_by in user_ids or anonymous) and updated_by == created_by
            assert deleted == 0 and code
    assert sum(outbox.values()) == summary.counts["sync_outbox"]
    hlcs = _rows(path, "SELECT hlc FROM sync_outbox ORDER BY seq")
    assert hlcs == sorted(hlcs)  # queued in causal order
    (last,), = _rows(path, "SELECT value FROM local_setting WHERE key = 'hlc_last'")
    assert last.strip('"') == hlcs[-1][0]
    audits = _rows(path, "SELECT action, details FROM audit_entry")
    assert len(audits) == 1 and audits[0][0] == "demo.generate"
    assert f'"trainee": {BIG + earlier_clients(BIG)}' in audits[0][1]


def test_search_finds_demo_trainees_by_surname_prefix_and_hetu(big):
    path, _ = big
    db = Database(path)
    try:
        ctx = ServiceContext(db, actor_for(db, "koordinaattori"))
        register = TraineeRegister(ctx, today=TODAY)
        (trainee_id, last_name, hetu), = _rows(
            path, "SELECT id, last_name, hetu FROM trainee WHERE hetu LIKE '%-9%'"
                  " ORDER BY id LIMIT 1")
        by_name = register.page(RegisterFilter(text=last_name[:4]), limit=10_000)
        assert trainee_id in {row.id for row in by_name}
        assert all(row.last_name.startswith(last_name[:4])
                   or row.first_name.startswith(last_name[:4]) for row in by_name)
        by_hetu = register.page(RegisterFilter(text=hetu))
        assert [row.id for row in by_hetu] == [trainee_id]
        assert register.count(RegisterFilter(text="Virtanen")) > 0.01 * BIG
        assert register.count(RegisterFilter()) == BIG + earlier_clients(BIG)
        details = trainee_details(ctx, trainee_id, today=TODAY)
        assert details.hetu_masked == hetu[:7] + "****" and details.municipality
        coach = ServiceContext(db, actor_for(db, "valmentaja.liperi1"))
        own = TraineeRegister(coach, today=TODAY).page(RegisterFilter(), limit=10_000)
        assert own and {row.municipality for row in own} == {"Liperi"}
    finally:
        db.dispose()


def test_refuses_a_database_with_data_unless_asked_to_replace(template_db, tmp_path):
    path = _fresh(template_db, tmp_path / "toimi.db")
    generate_demo(path, trainees=80, seed=5, today=TODAY)
    before = _dump(path)
    with pytest.raises(DomainError) as refused:
        generate_demo(path, trainees=30, seed=6, today=TODAY)
    assert "80" in refused.value.text("en")
    assert _dump(path) == before  # nothing written

    summary = generate_demo(path, trainees=40, seed=6, today=TODAY, replace=True)
    fresh = _fresh(template_db, tmp_path / "fresh.db")
    generate_demo(fresh, trainees=40, seed=6, today=TODAY)
    assert summary.trainees == 40
    # Replacing leaves nothing of the old data: the same rows as a fresh generation.
    assert _dump(path, fts_internals=False) == _dump(fresh, fts_internals=False)


def test_refuses_a_bad_number_of_trainees(tmp_path):
    with pytest.raises(DomainError):
        generate_demo(tmp_path / "toimi.db", trainees=0)
    assert not (tmp_path / "toimi.db").exists()
