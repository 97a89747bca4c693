"""Every access to a person's data leaves its row in the access log, which syncs, cannot be
changed, and is what the person's access report and subject-access export show."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from access_fixtures import DAY, HETU_A, TODAY
from pypdf import PdfReader

from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.database import connect
from toimi_desktop.reports import absences, access_report, allowance, attendance_sheet, plan
from toimi_desktop.reports import subject_access as subject_pdf
from toimi_desktop.services import attendance_views
from toimi_desktop.services.access_log import VIEW_REPEAT, db_time
from toimi_desktop.services.access_log_search import LogFilter, search_access_log
from toimi_desktop.services.assessments import trainee_assessments
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.followup import period_results
from toimi_desktop.services.plans import current_plan
from toimi_desktop.services.register import reveal_hetu, trainee_details
from toimi_desktop.services.signin import SignInFailed, verify_offline
from toimi_desktop.services.subject_access import FORMAT, trainee_export, write_json
from toimi_desktop.services.suitability import task_suitability

ROOT = Path(__file__).resolve().parents[2]


def log(db, trainee_id: str | None = None) -> list[tuple]:
    """(username, action, target, success) of the log rows, oldest first."""
    sql = "SELECT username, action, target, success FROM access_log"
    params: tuple = ()
    if trainee_id:
        sql, params = sql + " WHERE trainee_id = ?", (trainee_id,)
    return [tuple(r) for r in db.reader().execute(sql + " ORDER BY at, rowid", params)]


def pdf_text(path: Path) -> str:
    """The PDF's text, its line breaks (table cells wrap) as spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_every_view_of_a_persons_data_is_logged_once_per_visit(db, as_user, people):
    a, coach = people["A"], as_user("valmentaja")
    before = len(log(db, a))
    views = [
        (lambda: trainee_details(coach, a, today=TODAY), "record"),
        (lambda: attendance_views.trainee_attendance(coach, a, DAY, DAY), "attendance"),
        (lambda: trainee_assessments(coach, a), "assessments"),
        (lambda: task_suitability(coach, a, TODAY), "suitability"),
        (lambda: current_plan(coach, a), "plan"),
        (lambda: period_results(coach, a), "results"),
    ]
    for call, target in views:
        call()
        assert log(db, a)[-1] == ("valmentaja", "view", target, 1), target
    assert len(log(db, a)) == before + len(views)
    trainee_details(coach, a, today=TODAY)  # a refresh of the same view: no new row
    assert len(log(db, a)) == before + len(views)
    with db.reader() as conn:  # ... until VIEW_REPEAT has passed
        conn.execute("UPDATE access_log SET at = ? WHERE trainee_id = ?",
                     (db_time(__import__("datetime").datetime(2026, 1, 1)), a))
    trainee_details(coach, a, today=TODAY)
    assert len(log(db, a)) == before + len(views) + 1
    assert VIEW_REPEAT.total_seconds() == 600


def test_hetu_reveals_printouts_and_refusals_are_logged(db, as_user, people, world):
    a, coach = people["A"], as_user("valmentaja")
    assert reveal_hetu(coach, a) == HETU_A
    assert log(db, a)[-1] == ("valmentaja", "reveal_hetu", "hetu", 1)
    allowance.allowance_report(coach, world["joensuu_env"], DAY)
    assert log(db, a)[-1] == ("valmentaja", "export", "allowance_report", 1)
    attendance_sheet.month_sheet(coach, a, DAY)
    assert log(db, a)[-1] == ("valmentaja", "export", "attendance_sheet", 1)
    plan.plan_report(as_user("agentti"), a)
    assert log(db, a)[-1] == ("agentti", "export", "plan_print", 1)
    with pytest.raises(PermissionDenied):
        reveal_hetu(as_user("yritys"), a)
    assert log(db, a)[-1] == ("yritys", "reveal_hetu", "hetu", 0)
    with pytest.raises(PermissionDenied):
        trainee_details(as_user("ohjausryhma"), a)
    assert log(db, a)[-1] == ("ohjausryhma", "view", "record", 0)


def test_the_kela_list_logs_each_person_and_each_whole_hetu(db, as_user, people, world):
    from toimi_desktop.models.enums import AbsenceReason, AttendanceStatus
    from toimi_desktop.services.attendance import AttendanceEntry, save_day

    coach, a = as_user("valmentaja"), people["A"]
    save_day(coach, world["joensuu_env"], date(2026, 11, 17),
             [AttendanceEntry(a, AttendanceStatus.ABSENT,
                              absence_reason=AbsenceReason.OWN_ILLNESS)], today=TODAY)
    runs = absences.absence_runs(coach, date(2026, 11, 1), date(2026, 11, 30))
    assert [run.hetu for run in runs] == ["010594Y****"]
    assert log(db, a)[-1] == ("valmentaja", "export", "absence_list", 1)
    runs = absences.absence_runs(coach, date(2026, 11, 1), date(2026, 11, 30), full_hetu=True)
    assert [run.hetu for run in runs] == [HETU_A]
    assert log(db, a)[-2:] == [("valmentaja", "export", "absence_list", 1),
                               ("valmentaja", "reveal_hetu", "absence_list", 1)]


def test_sign_ins_and_their_failures_are_logged_without_the_typed_text(db, world):
    assert verify_offline(db, "valmentaja", "demo").username == "valmentaja"
    with pytest.raises(SignInFailed):
        verify_offline(db, "valmentaja", "väärin")
    with pytest.raises(SignInFailed):
        verify_offline(db, "salasana123", "demo")  # a password typed as the user name
    rows = db.reader().execute(
        "SELECT username, user_id IS NOT NULL, role, success, details FROM access_log"
        " WHERE action = 'sign_in' ORDER BY at, rowid").fetchall()
    assert [r[:4] for r in rows] == [("valmentaja", 1, "coach", 1),
                                     ("valmentaja", 1, "coach", 0), (None, 0, None, 0)]
    assert json.loads(rows[2][4]) == {"reason": "wrong_password", "unknown_user": True}
    everything = db.reader().execute("SELECT * FROM access_log").fetchall()
    assert "salasana123" not in repr(everything) and "väärin" not in repr(everything)


def test_log_rows_sync_like_every_record(db, as_user, people):
    trainee_details(as_user("agentti"), people["C"], today=TODAY)
    row_id, hlc, code = db.reader().execute(
        "SELECT id, updated_hlc, municipality_code FROM access_log WHERE trainee_id = ?",
        (people["C"],)).fetchone()
    assert code == "167"
    assert db.reader().execute(
        "SELECT hlc, fields FROM sync_outbox WHERE table_name = 'access_log' AND row_id = ?",
        (row_id,)).fetchone() == (hlc, '["*"]')
    last = json.loads(db.reader().execute(
        "SELECT value FROM local_setting WHERE key = 'hlc_last'").fetchone()[0])
    assert last >= hlc  # the clock goes on after it


def test_no_code_changes_or_deletes_a_log_row():
    """Append-only: apart from the migrations and the demo's wipe of a test database,
    nothing in the app or the server updates or deletes access-log rows."""
    pattern = re.compile(r"(UPDATE|DELETE FROM)\s+\"?access_log", re.IGNORECASE)
    allowed = {"toimi_desktop/services/demo/generate.py"}
    offenders = [str(path.relative_to(ROOT)) for folder in ("toimi_desktop", "toimi_server")
                 for path in (ROOT / folder).rglob("*.py")
                 if pattern.search(path.read_text(encoding="utf-8"))
                 and str(path.relative_to(ROOT)) not in allowed]
    assert offenders == []


def test_the_access_report_shows_who_used_the_data(db, as_user, people, tmp_path):
    a = people["A"]
    trainee_details(as_user("valmentaja"), a, today=TODAY)
    reveal_hetu(as_user("agentti"), a)
    with pytest.raises(PermissionDenied):
        trainee_details(as_user("liperi"), a)
    boss = as_user("koordinaattori")
    report = access_report.access_report(boss, a)
    assert report.rows[-1].action is AccessAction.EXPORT
    assert report.rows[-1].target is AccessTarget.ACCESS_REPORT  # making it is in it
    assert any(c.action == "plan.save" for c in report.changes)
    out = tmp_path / "loki.pdf"
    access_report.write_pdf(report, out, "Koordinaattori", "fi")
    text = pdf_text(out)
    for expected in ("Lokiraportti", "Testinen Aino", "010594Y****", "Valmentaja", "Agentti",
                     "Liperi", "Katselu", "Henkilötunnuksen näyttäminen", "estetty",
                     "Jatkosuunnitelma tallennettu"):
        assert expected in text, expected
    assert HETU_A not in text
    rows = search_access_log(boss, LogFilter(trainee_text="testinen aino",
                                             action=AccessAction.VIEW, failures_only=True))
    assert [(r.user, r.success) for r in rows] == [("Liperi", False)]
    with pytest.raises(PermissionDenied):
        search_access_log(as_user("valmentaja"))


def test_everything_about_a_person_as_json_and_pdf(db, as_user, people, tmp_path):
    a = people["A"]
    data = trainee_export(as_user("koordinaattori"), a, "json")
    assert data["format"] == FORMAT and data["person"]["hetu"] == HETU_A
    assert data["person"]["target_groups"] == []
    assert [p["kind"] for p in data["periods"]] == ["rehabilitative_work"]
    assert [d["day"] for d in data["attendance"]] == [DAY.isoformat()]
    assert data["assessments"][0]["scores"][0]["criterion_key"] == "punctuality"
    assert data["plans"][0]["goal"] == "Töihin." and data["plans"][0]["versions"]
    assert data["plans"][0]["career_agent_id"] is None or isinstance(
        data["plans"][0]["career_agent_id"], str)
    assert {"access_log", "changes", "other_versions", "task_evaluations"} <= set(data)
    assert data["access_log"][-2]["target"] == "subject_export"  # this export is logged
    out = tmp_path / "tiedot.json"
    write_json(data, out)
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["first_name"] == "Aino"
    pdf = tmp_path / "tiedot.pdf"
    subject_pdf.write_pdf(trainee_export(as_user("koordinaattori"), a, "pdf"), pdf,
                          "Koordinaattori", "fi")
    text = pdf_text(pdf)
    for expected in ("Henkilön kaikki tiedot", "Testinen", HETU_A, "Taitamo", "Töihin.",
                     "Valmennusjaksot ja tulokset", "Arvioinnit", "Jatkosuunnitelmat",
                     "Tietojen käyttö"):
        assert expected in text, expected


def test_an_old_demo_database_gets_the_demo_password(tmp_path):
    """A demo file made before sign-in existed opens with the documented password."""

    from toimi_desktop.migrations.runner import run_upgrade
    from toimi_desktop.models.database import Database, make_engine

    path = tmp_path / "old-demo.db"
    engine = make_engine(path)
    from alembic import command

    from toimi_desktop.migrations.runner import alembic_config

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")
    with connect(path) as conn:
        conn.execute("INSERT INTO app_user (id, username, display_name, role, active)"
                     " VALUES ('u1', 'valmentaja.liperi1', 'V', 'coach', 1)")
        conn.execute("INSERT INTO local_setting (key, value) VALUES ('demo', '{}')")
    run_upgrade(engine)
    engine.dispose()
    db = Database(path)
    assert verify_offline(db, "valmentaja.liperi1", "demo").username == "valmentaja.liperi1"
    db.dispose()


def test_subject_access_from_the_command_line(db, people, tmp_path, capsys):
    from toimi_desktop.cli import main

    a, base = people["A"], ["--db", str(db.path), "--user", "koordinaattori"]
    out = tmp_path / "kaikki.json"
    assert main(["export", "trainee", "--trainee", a, "--out", str(out), *base]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["hetu"] == HETU_A
    report = tmp_path / "loki.pdf"
    assert main(["report", "access", "--trainee", a, "--out", str(report), *base]) == 0
    assert capsys.readouterr().out.split() == [str(out), str(report)]
    text = pdf_text(report)
    assert "Henkilön kaikki tiedot (tarkastuspyyntö)" in text  # the export, in the log
    assert log(db)[-1] == ("koordinaattori", "export", "access_report", 1)
    sign_ins = [row for row in log(db) if row[1] == "sign_in"]
    assert sign_ins == [("koordinaattori", "sign_in", None, 1)] * 2  # each command signed in
