"""`toimi retention` on demo data: the earlier clients past the retention time go, the dry
run only counts, a non-coordinator is refused, and nothing printed names a person."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from toimi_desktop.cli import main
from toimi_desktop.i18n import translate
from toimi_desktop.models.database import connect
from toimi_desktop.services.demo import generate_demo

TODAY = "2026-11-22"


@pytest.fixture(scope="module")
def demo(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("retention") / "demo.db"
    shutil.copy(template_db, path)
    generate_demo(path, trainees=600, seed=1, today=date.fromisoformat(TODAY))
    return path


@pytest.fixture
def copy(demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo, path)
    return path


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = connect(path)
    rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


def test_dry_run_then_the_run(copy, capsys):
    names = _rows(copy, "SELECT first_name, last_name, hetu FROM trainee t JOIN period p ON"
                        " p.trainee_id = t.id WHERE p.end_date < '2021-11-22'")
    assert len(names) == 2  # of the 3 earlier clients; the third one ended later
    assert main(["retention", "--db", str(copy), "--dry-run", "--today", TODAY]) == 0
    dry = capsys.readouterr()
    assert dry.err == ""
    assert "Säilytysaika 5 vuotta" in dry.out and "22.11.2021" in dry.out
    assert "Kuivaharjoitus" in dry.out
    assert _rows(copy, "SELECT count(*) FROM trainee WHERE deleted = 1") == [(0,)]

    assert main(["--lang", "en", "retention", "--db", str(copy), "--today", TODAY]) == 0
    run = capsys.readouterr().out
    assert "Deleted 2 trainees' records:" in run
    assert [line.split() for line in run.splitlines() if line.startswith("  ")] == [
        ["period", "2"], ["trainee", "2"]]
    for first, last, hetu in names:
        assert first not in dry.out + run and last not in dry.out + run
        assert hetu not in dry.out + run
    assert _rows(copy, "SELECT count(*) FROM trainee WHERE deleted = 1 AND first_name = ''"
                       " AND hetu IS NULL") == [(2,)]
    assert _rows(copy, "SELECT count(*) FROM audit_entry WHERE action = 'retention.delete'"
                 ) == [(2,)]  # Joensuu and Liperi


def test_only_a_coordinator(copy, capsys):
    assert main(["retention", "--db", str(copy), "--dry-run", "--user", "valmentaja.joensuu1",
                 "--today", TODAY]) == 2
    assert capsys.readouterr().err.strip() == translate(
        "errors", "Your role ({role}) does not allow this.", "fi").format(role="Työvalmentaja")
