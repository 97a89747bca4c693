"""The `toimi` command as a user runs it: a real process, its exit code and its output."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from toimi_desktop.i18n import translate
from toimi_desktop.services.demo.generate import HAS_DATA_TEMPLATE, TRAINEE_RANGE_TEMPLATE

_TODAY = "2026-11-22"


def toimi(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "toimi_desktop.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def _finnish(template: str) -> str:
    text = translate("errors", template, "fi")
    if text == template:
        pytest.skip("the Finnish translation is not yet in resources/translations/toimi_fi.ts")
    return text


def test_help_lists_the_commands():
    result = toimi("--help")
    assert result.returncode == 0
    for command in ("demo", "migrate", "users"):
        assert command in result.stdout


def test_demo_then_users_then_migrate(template_db, tmp_path):
    path = tmp_path / "toimi.db"
    shutil.copy(template_db, path)
    result = toimi("demo", "--db", path, "--trainees", "60", "--seed", "2", "--today", _TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert any(line.split() == ["trainee", "60"] for line in lines)
    assert "koordinaattori" in result.stdout

    users = toimi("users", "--db", path, "--lang", "en")
    assert users.returncode == 0, users.stderr
    assert users.stdout.splitlines()[1].startswith("* koordinaattori")
    assert "ohjausryhma.raakkyla" in users.stdout and "Rääkkylä" in users.stdout
    assert "valmentaja.joensuu8" in users.stdout

    migrate = toimi("migrate", "--db", path)
    assert migrate.returncode == 0 and migrate.stdout.strip()


def test_a_database_with_data_is_refused_in_finnish(template_db, tmp_path):
    path = tmp_path / "toimi.db"
    shutil.copy(template_db, path)
    assert toimi("demo", "--db", path, "--trainees", "20", "--today", _TODAY).returncode == 0
    again = toimi("demo", "--db", path, "--trainees", "20", "--today", _TODAY)
    assert again.returncode == 2
    assert "Traceback" not in again.stderr and again.stdout == ""
    assert "20" in again.stderr
    assert again.stderr.strip() == _finnish(HAS_DATA_TEMPLATE).format(trainees=20, users=49)


def test_bad_input_gives_exit_code_2_and_a_sentence(tmp_path):
    zero = toimi("demo", "--db", tmp_path / "toimi.db", "--trainees", "0")
    assert zero.returncode == 2 and "Traceback" not in zero.stderr
    assert not (tmp_path / "toimi.db").exists()
    english = toimi("--lang", "en", "demo", "--db", tmp_path / "x.db", "--trainees", "0")
    assert english.returncode == 2
    assert english.stderr.strip() == TRAINEE_RANGE_TEMPLATE.format(high=200_000)
    missing = toimi("users", "--db", tmp_path / "nothing.db")
    assert missing.returncode == 2 and "nothing.db" in missing.stderr
    bad_day = toimi("demo", "--db", tmp_path / "y.db", "--today", "22.11.2026")
    assert bad_day.returncode == 2 and "Traceback" not in bad_day.stderr
    assert zero.stderr.strip() == _finnish(TRAINEE_RANGE_TEMPLATE).format(high=200_000)
