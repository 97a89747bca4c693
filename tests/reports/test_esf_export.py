"""ESF+ reporting against the small Joensuu of `summary_world`: participants, indicators by
gender, the files, the audit entry, the missing-data list and who may have them."""

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from summary_world import END, NAMES, START, make_world

from toimi_desktop.cli import main
from toimi_desktop.i18n import DEFAULT_LANGUAGE, set_language, translate
from toimi_desktop.reports import esf, esf_files
from toimi_desktop.services.errors import PermissionDenied


@pytest.fixture(autouse=True)
def _language_restored():
    yield
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture
def small(as_user, world):
    return make_world(as_user, world)


def test_participants_and_indicators(as_user, small):
    report = esf.export_participants(as_user("koordinaattori"), START, END, "xlsx")
    people = {p.last_name: p for p in report.participants}
    assert set(people) == set(NAMES)
    aaltonen = people["Aaltonen"]
    assert aaltonen.entered == date(2026, 7, 6) and aaltonen.age_at_entry == 36
    assert people["Forsman"].missing() == ["employment_status", "education_level"]
    gronlund = people["Grönlund"]
    assert gronlund.left == date(2026, 8, 31) and gronlund.exit_results == (False, None, None,
                                                                            True)
    assert gronlund.followup_due == date(2027, 2, 28)
    assert people["Ilvesniemi"].left is None
    counts = {code: values for code, _label, values in report.indicators}
    # women, men, non-binary, not known, total
    assert counts["EECO01"] == [6, 0, 0, 0, 6]  # G, H and I entered in Q2
    assert counts["EECO02"] == [4, 0, 0, 0, 4]  # unemployed incl. long-term
    assert counts["EECO03"] == [3, 0, 0, 0, 3]
    assert counts["EECO04"] == [1, 0, 0, 0, 1]
    assert counts["EECO07"] == [2, 0, 0, 0, 2]  # born 1998 and 2000: 28 and 26 on entry
    assert counts["EECO09"] == [5, 0, 0, 0, 5]
    assert counts["EECO17"] == [2, 0, 0, 0, 2]
    assert counts["EECR01"] == [0, 0, 0, 0, 0]
    assert counts["EECR04"] == [0, 2, 0, 0, 2]
    assert counts["EECR05"] == [0, 0, 0, 0, 0]  # their six months end in February


def test_export_is_logged(db, as_user, small):
    esf.export_participants(as_user("koordinaattori"), START, END, "csv")
    conn = db.reader()
    action, code, details = conn.execute(
        "SELECT action, municipality_code, details FROM audit_entry"
        " WHERE action = 'esf.export'").fetchone()
    details = json.loads(details)
    assert (action, code, details["format"]) == ("esf.export", "167", "csv")
    assert len(details["trainees"]) == len(NAMES)


def test_files(as_user, small, tmp_path: Path):
    report = esf.export_participants(as_user("koordinaattori"), START, END, "xlsx")
    book_path = tmp_path / "esr.xlsx"
    esf_files.write_xlsx(report, book_path, "en")
    book = load_workbook(book_path)
    assert book.sheetnames == ["Participants", "Indicators", "Missing entry data"]
    rows = list(book["Participants"].values)
    assert rows[0][:3] == ("Trainee id", "Last name", "First name")
    assert {r[1] for r in rows[1:]} == set(NAMES)
    indicators = {r[0]: r[2:] for r in book["Indicators"].values}
    assert indicators["EECR04"] == (0, 2, 0, 0, 2)
    missing = {r[1]: r[3] for r in list(book["Missing entry data"].values)[1:]}
    assert missing["Forsman Testi"] == "Employment status, Education"
    csv_path = tmp_path / "esr.csv"
    esf_files.write_csv(report, csv_path, "en")
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert len(lines) == 1 + len(NAMES)
    gronlund = next(line for line in lines if line[1] == "Grönlund")
    assert gronlund[15] == "2026-08-31" and gronlund[20] == "1" and gronlund[17] == "0"


def test_roles(as_user, small):
    for user in ("valmentaja", "ohjausryhma"):
        with pytest.raises(PermissionDenied):
            esf.export_participants(as_user(user), START, END, "xlsx")
    with pytest.raises(PermissionDenied):
        esf.missing_entry_data(as_user("ohjausryhma"), START, END)
    missing = esf.missing_entry_data(as_user("valmentaja"), START, END)
    assert {m.name for m in missing} == {"Forsman Testi", "Grönlund Testi",
                                         "Hakkarainen Testi", "Ilvesniemi Testi"}
    assert esf.missing_entry_data(as_user("liperi"), START, END) == []


def test_cli_export(db, small, tmp_path: Path):
    out = tmp_path / "esr.xlsx"
    assert main(["export", "esr", "--db", str(db.path), "--from", "2026-07-01", "--to",
                 "2026-09-30", "--out", str(out), "--user", "koordinaattori"]) == 0
    assert load_workbook(out).sheetnames[0] == translate("reports", esf_files.PARTICIPANTS,
                                                        "fi")
    assert main(["export", "esr", "--db", str(db.path), "--from", "2026-07-01", "--to",
                 "2026-09-30", "--out", str(tmp_path / "x.csv"), "--user", "valmentaja"]) == 2
    assert not (tmp_path / "x.csv").exists()
