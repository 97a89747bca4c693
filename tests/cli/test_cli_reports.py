"""`toimi report allowance|absences|sheet` and `toimi approve-month` as real processes on a
small demo database: output files read back (pypdf, csv), exit codes and Finnish errors."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from toimi_desktop import cli_reports, cli_support
from toimi_desktop.i18n import translate
from toimi_desktop.models.database import Database, connect
from toimi_desktop.reports import absences, allowance
from toimi_desktop.reports.pdf import fi_date
from toimi_desktop.services.context import ServiceContext, actor_for
from toimi_desktop.services.demo import generate_demo

TODAY = date(2026, 11, 22)
OCTOBER = date(2026, 10, 1)


def toimi(*args: str | Path, env: dict[str, str] | None = None
          ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "toimi_desktop.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def ok(result: subprocess.CompletedProcess[str], out: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out) and result.stderr == ""
    assert out.stat().st_size > 0
    assert not list(out.parent.glob(".*.part"))


def refused(result: subprocess.CompletedProcess[str], message: str | None = None) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    if message is not None:
        assert result.stderr.strip() == message


def fi(template: str, **params: object) -> str:
    """A message as the Finnish catalogue has it (English until it is translated)."""
    return translate("errors", template, "fi").format(**params)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


@pytest.fixture(scope="module")
def demo(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    shutil.copy(template_db, path)
    generate_demo(path, trainees=60, seed=3, today=TODAY)
    return path


@pytest.fixture
def as_coordinator(demo: Path):
    db = Database(demo)
    yield ServiceContext(db, actor_for(db, "koordinaattori"))
    db.dispose()


def _taitamo(demo: Path) -> str:
    with connect(demo) as conn:
        return conn.execute("SELECT id FROM environment WHERE name = 'Taitamo'").fetchone()[0]


def test_help_lists_the_new_commands():
    result = toimi("--help")
    assert "report" in result.stdout and "approve-month" in result.stdout
    for kind in ("allowance", "absences", "sheet"):
        assert kind in toimi("report", "--help").stdout


def test_allowance_pdf_and_csv(demo, tmp_path, as_coordinator):
    expected = allowance.allowance_report(as_coordinator, _taitamo(demo), OCTOBER)
    assert expected.lines
    pdf = tmp_path / "kulukorvaukset.pdf"
    ok(toimi("report", "allowance", "--db", demo, "--environment", "Taitamo",
             "--month", "2026-10", "--out", pdf), pdf)
    text = pdf_text(pdf)
    assert "Kulukorvaukset 10/2026" in text and "Taitamo, Joensuu" in text
    assert expected.lines[0].name in text and expected.lines[-1].name in text
    assert "Ei vielä hyväksytty" in text  # October is not approved in the demo

    table = tmp_path / "kulukorvaukset.csv"
    ok(toimi("report", "allowance", "--db", demo, "--environment", "Taitamo",
             "--month", "2026-10", "--out", table), table)
    rows = csv_rows(table)
    t = lambda text: translate("reports", text, "fi")  # noqa: E731
    assert rows[0][:4] == [t(allowance.COL_NAME), t(allowance.COL_ATTENDED),
                           t(allowance.COL_ALLOWANCE_DAYS), t(allowance.COL_EUROS)]
    assert rows[0][:4] == ["Valmentautuja", "Läsnäolopäivät", "Korvauspäivät",
                           "Kulukorvaus €"]
    assert [r[0] for r in rows[1:-1]] == [line.name for line in expected.lines]
    assert rows[-1][1:4] == [str(expected.total_attended), str(expected.total_allowance_days),
                             f"{expected.total_euros:.2f}".replace(".", ",")]


def test_allowance_in_english_as_another_user(demo, tmp_path):
    pdf = tmp_path / "allowance.pdf"
    ok(toimi("--lang", "en", "report", "allowance", "--db", demo, "--environment", "Taitamo",
             "--month", "2026-09", "--out", pdf, "--user", "valmentaja.joensuu2"), pdf)
    text = pdf_text(pdf)
    assert "Allowance report 9/2026" in text and "Approved" in text
    with connect(demo) as conn:
        (name,), = conn.execute("SELECT display_name FROM app_user"
                                " WHERE username = 'valmentaja.joensuu2'")
    assert name in text  # the footer names who produced it


def test_absences_for_a_range_and_by_default(demo, tmp_path, as_coordinator):
    runs = absences.absence_runs(as_coordinator, date(2026, 9, 1), date(2026, 10, 31))
    assert runs
    table = tmp_path / "poissaolot.csv"
    ok(toimi("report", "absences", "--db", demo, "--from", "2026-09-01", "--to", "2026-10-31",
             "--out", table), table)
    rows = csv_rows(table)
    assert rows[0] == [translate("reports", text, "fi") for text in (
        absences.COL_NAME, absences.COL_HETU, absences.COL_ENVIRONMENT, absences.COL_DATES,
        absences.COL_DAYS, absences.COL_REASON, absences.COL_CODE)]
    assert len(rows) == len(runs) + 1
    assert {r[5] for r in rows[1:]} <= {"Oma sairaus", "Sairaus, todistus",
                                        "Sairas lapsi", "Työhaastattelu",
                                        "Luottamustoimi", "Muu hyväksytty syy",
                                        "Selvittämätön"}
    assert {r[6] for r in rows[1:]} <= {"own_illness", "illness_certified", "sick_child",
                                        "job_interview", "public_office", "other_accepted",
                                        "unexplained"}

    pdf = tmp_path / "poissaolot.pdf"
    ok(toimi("report", "absences", "--db", demo, "--environment", "Taitamo", "--out", pdf),
       pdf)
    start, end = absences.default_range(date.today())
    text = pdf_text(pdf)
    assert f"Poissaolot {fi_date(start)} – {fi_date(end)}" in text and "Taitamo" in text


def test_the_signable_monthly_sheet(demo, tmp_path):
    with connect(demo) as conn:
        trainee, first, last = conn.execute(
            "SELECT t.id, t.first_name, t.last_name FROM trainee t JOIN attendance a"
            " ON a.trainee_id = t.id WHERE a.day LIKE '2026-10-%' ORDER BY t.id").fetchone()
    pdf = tmp_path / "kortti.pdf"
    ok(toimi("report", "sheet", "--db", demo, "--trainee", trainee, "--month", "2026-10",
             "--out", pdf), pdf)
    text = pdf_text(pdf)
    assert "Läsnäolokortti 10/2026" in text and last in text and first in text
    assert "31.10.2026" in text


def test_approve_month_then_the_report_says_approved(demo, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(demo, path)
    result = toimi("approve-month", "--db", path, "--environment", "Taitamo",
                   "--month", "2026-10")
    assert result.returncode == 0, result.stderr
    assert "2026-10" in result.stdout and "Taitamo" in result.stdout
    with connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM allowance_approval WHERE month = '2026-10-01'"
                            ).fetchone() == (1,)
    again = toimi("approve-month", "--db", path, "--environment", "Taitamo",
                  "--month", "2026-10")
    refused(again, fi("This month has already been approved."))
    pdf = tmp_path / "approved.pdf"
    ok(toimi("report", "allowance", "--db", path, "--environment", "Taitamo", "--month",
             "2026-10", "--out", pdf), pdf)
    assert "Hyväksytty" in pdf_text(pdf)


def test_clear_errors_with_exit_code_2(demo, tmp_path):
    out = tmp_path / "x.pdf"
    base = ("report", "allowance", "--db", demo, "--environment", "Taitamo", "--month")
    unknown = toimi("report", "allowance", "--db", demo, "--environment", "Taitamon",
                    "--month", "2026-10", "--out", out)
    refused(unknown, fi("No coaching environment “{name}”.", name="Taitamon"))
    assert "Valmennusympäristöä" in unknown.stderr  # the lead's Finnish catalogue
    refused(toimi(*base, "10/2026", "--out", out), fi(cli_support.MONTH_FORMAT, text="10/2026"))
    refused(toimi(*base, "2026-13", "--out", out), fi(cli_support.MONTH_FORMAT, text="2026-13"))
    folder = tmp_path / "missing"
    refused(toimi(*base, "2026-10", "--out", folder / "x.pdf"),
            fi(cli_support.OUT_NO_FOLDER, path=folder / "x.pdf", folder=folder))
    refused(toimi(*base, "2026-10", "--out", tmp_path),
            fi(cli_support.OUT_SUFFIX, suffixes=".pdf / .csv"))
    (tmp_path / "dir.pdf").mkdir()
    refused(toimi(*base, "2026-10", "--out", tmp_path / "dir.pdf"),
            fi(cli_support.OUT_IS_FOLDER, path=tmp_path / "dir.pdf"))
    refused(toimi(*base, "2026-10", "--out", tmp_path / "x.txt"),
            fi(cli_support.OUT_SUFFIX, suffixes=".pdf / .csv"))
    refused(toimi("report", "sheet", "--db", demo, "--trainee", "x", "--month", "2026-10",
                  "--out", tmp_path / "x.csv"), fi(cli_support.OUT_SUFFIX, suffixes=".pdf"))
    # Signing in: an unknown user and a wrong password get the same answer.
    refused(toimi(*base, "2026-10", "--out", out, "--user", "nobody"),
            fi("Wrong user name or password."))
    refused(toimi(*base, "2026-10", "--out", out, env={"TOIMI_PASSWORD": "väärä"}),
            fi("Wrong user name or password."))
    refused(toimi(*base, "2026-10", "--out", out, "--user", "ohjausryhma.joensuu"))
    refused(toimi(*base, "2026-10", "--out", out, "--user", "valmentaja.liperi1"),
            fi("You have no rights to data of this municipality."))
    refused(toimi("report", "absences", "--db", demo, "--from", "2026-10-01", "--out", out),
            fi(cli_reports.RANGE_BOTH))
    refused(toimi("report", "absences", "--db", demo, "--from", "2026-10-31", "--to",
                  "2026-10-01", "--out", out),
            fi(cli_reports.RANGE_ORDER, start="2026-10-31", end="2026-10-01"))
    refused(toimi("approve-month", "--db", demo, "--environment", "Taitamo", "--month",
                  f"{date.today():%Y-%m}"), fi("A month can be approved once it has ended."))
    refused(toimi("report", "allowance", "--db", tmp_path / "none.db", "--environment",
                  "Taitamo", "--month", "2026-10", "--out", out))
    assert not out.exists() and not list(tmp_path.glob(".*.part"))


def test_no_current_user_needs_user(demo, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(demo, path)
    with connect(path) as conn:
        conn.execute("DELETE FROM local_setting WHERE key = 'current_user'")
    out = tmp_path / "x.pdf"
    refused(toimi("report", "allowance", "--db", path, "--environment", "Taitamo", "--month",
                  "2026-10", "--out", out), fi(cli_support.NO_CURRENT_USER))
    ok(toimi("report", "allowance", "--db", path, "--environment", "Taitamo", "--month",
             "2026-10", "--out", out, "--user", "koordinaattori"), out)
