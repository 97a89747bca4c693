"""`toimi import`, `toimi backup` and `toimi restore`: reports, exit codes, what is written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from toimi_desktop.cli import main
from toimi_desktop.i18n import translate
from toimi_desktop.models.database import connect

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def count(path: Path, table: str) -> int:
    """Rows of `table`; in the outbox, leaving out the access log's own rows (signing in to
    run a command is logged, whatever the command then does)."""
    where = " WHERE table_name != 'access_log'" if table == "sync_outbox" else ""
    with connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]


def toimi(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fi(template: str, **params: object) -> str:
    return translate("errors", template, "fi").format(**params)


def test_dry_run_prints_the_report_and_writes_nothing(db, world):
    db.dispose()
    before = (count(db.path, "trainee"), count(db.path, "audit_entry"),
              count(db.path, "sync_outbox"))
    # A real process, as an administrator runs it.
    result = subprocess.run(
        [sys.executable, "-m", "toimi_desktop.cli", "import", "--db", str(db.path),
         "--user", "koordinaattori", "--dry-run", str(FIXTURES / "trainees_bad.csv")],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    lines = result.stdout.splitlines()
    assert "  Henkilötunnus → Henkilötunnus" in lines
    assert "rivi 4, Henkilötunnus: Henkilötunnuksen tarkistusmerkki on väärä." in lines
    assert fi("Checked only: nothing was written.") == lines[-1]
    assert (count(db.path, "trainee"), count(db.path, "audit_entry"),
            count(db.path, "sync_outbox")) == before


def test_import_then_the_same_file_again(db, world, capsys):
    db.dispose()
    args = ("import", "--db", db.path, "--user", "koordinaattori",
            FIXTURES / "trainees_good.csv")
    code, out, _err = toimi(capsys, *args)
    assert code == 0 and out.splitlines()[-1] == fi("Rows imported: {new}.", new=6)
    code, out, _err = toimi(capsys, *args)
    assert code == 0 and out.splitlines()[-1] == fi("Nothing new to import.")
    assert count(db.path, "trainee") == 6


def test_only_if_all_valid_imports_nothing_from_a_file_with_bad_rows(db, world, capsys):
    db.dispose()
    code, out, _err = toimi(capsys, "import", "--db", db.path, "--user", "koordinaattori",
                            "--only-if-all-valid", "--lang", "en",
                            FIXTURES / "trainees_bad.csv")
    assert code == 2
    assert out.splitlines()[-1] == "Nothing was imported: some rows have problems."
    assert count(db.path, "trainee") == 0


def test_kind_option_overrides_what_the_columns_suggest(db, world, capsys):
    db.dispose()
    code, out, err = toimi(capsys, "import", "--db", db.path, "--user", "koordinaattori",
                           "--kind", "periods", "--dry-run", "--lang", "en",
                           FIXTURES / "trainees_good.csv")
    assert code == 2  # a trainee list has no columns for a period
    assert out.splitlines()[0] == "trainees_good.csv: Coaching periods, 6 rows."
    assert err.startswith("Choose a column for: Coaching environment, Kind of period, "
                          "Start date")


def test_backup_and_restore_commands(db, world, capsys, tmp_path):
    db.dispose()
    backup = tmp_path / "varmuuskopio.db"
    code, out, err = toimi(capsys, "backup", "--db", db.path, "--out", backup)
    assert code == 0 and err == "" and str(backup) in out
    toimi(capsys, "import", "--db", db.path, "--user", "koordinaattori",
          FIXTURES / "trainees_good.csv")
    assert count(db.path, "trainee") == 6
    code, out, err = toimi(capsys, "restore", "--db", db.path, "--from", backup, "--lang", "en")
    assert code == 0, err
    assert count(db.path, "trainee") == 0
    kept = Path(out.splitlines()[-1].split(" as ", 1)[1].rstrip("."))
    assert kept.exists() and count(kept, "trainee") == 6


def test_restore_refuses_a_file_that_is_not_a_toimi_database(db, world, capsys, tmp_path):
    db.dispose()
    bogus = tmp_path / "lista.db"
    bogus.write_text("Sukunimi;Etunimi\n")
    code, out, err = toimi(capsys, "restore", "--db", db.path, "--from", bogus, "--lang", "en")
    assert code == 2 and out == ""
    assert err.strip() == "lista.db is not a TOIMI database."
    assert count(db.path, "app_user") > 0  # the database is as it was
