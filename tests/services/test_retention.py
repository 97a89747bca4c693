"""Retention: who is past it, dry run against the real run, blank tombstones in the outbox,
and nothing of a kept trainee touched."""

from __future__ import annotations

import json
from datetime import date

import pytest
from assessment_helpers import COACHING, assess

from toimi_desktop.models import SyncConflict
from toimi_desktop.models.database import connect
from toimi_desktop.models.enums import (
    AbsenceReason,
    AttendanceStatus,
    ExitOutcome,
    PeriodKind,
    PlanPath,
    TargetGroup,
)
from toimi_desktop.services import settings
from toimi_desktop.services.attendance import AttendanceEntry, save_day
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.periods import PeriodInput, close_period, start_period
from toimi_desktop.services.plans import PlanInput, StepInput, save_plan
from toimi_desktop.services.register import RegisterFilter, TraineeRegister
from toimi_desktop.services.retention import RUN_SCOPE, run_retention, years_before
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)  # cutoff with the default 5 years: 22.11.2021
OLD_HETU = "131052-308T"


def _trainee(ctx, first: str, code: str = "167", hetu: str | None = None) -> str:
    return create_trainee(ctx, TraineeInput(
        first, "Korhonen", code, hetu=hetu, phone="040 111 2222", email="k@example.com",
        address="Kauppakatu 1, 80100 Joensuu", languages=["fi"],
        target_groups=[TargetGroup.LONG_TERM_UNEMPLOYED], referred_by="Asiakasvastaava",
        disability=True), today=TODAY).id


def _period(ctx, world, trainee: str, start: date, end: date | None,
            env: str = "joensuu_env") -> str:
    period = start_period(ctx, trainee, PeriodInput(
        world[env], PeriodKind.COACHING, start, hours_per_day=4, days_per_week=4,
        goals="Arjen rytmi ja työkokeilu")).id
    if end is not None:
        close_period(ctx, period, end, ExitOutcome.EDUCATION, note="Aloittaa koulutuksen",
                     today=end)
    return period


@pytest.fixture
def people(db, as_user, world) -> dict[str, str]:
    coordinator = as_user("koordinaattori")
    made = {}
    # Past retention: a period that ended in 2019, with attendance, an assessment and a plan.
    made["old"] = old = _trainee(coordinator, "Vanha", hetu=OLD_HETU)
    period = _period(coordinator, world, old, date(2018, 3, 5), None)
    save_day(coordinator, world["joensuu_env"], date(2018, 3, 6), [
        AttendanceEntry(old, AttendanceStatus.ABSENT, absence_reason=AbsenceReason.OWN_ILLNESS,
                        note="Flunssa")], today=date(2018, 3, 7))
    save_day(coordinator, world["joensuu_env"], date(2018, 3, 7), [
        AttendanceEntry(old, AttendanceStatus.PRESENT)], today=date(2018, 3, 7))
    assess(as_user("valmentaja"), old, date(2018, 6, 1), {"pace": 3}, template=COACHING,
           today=date(2018, 6, 1))
    save_plan(as_user("agentti"), old, PlanInput(PlanPath.EDUCATION, "Lähihoitajaksi",
                                          [StepInput("Haku yhteishaussa")]),
              today=date(2018, 6, 2))
    close_period(coordinator, period, date(2019, 2, 28), ExitOutcome.EDUCATION,
                 note="Aloittaa koulutuksen", today=date(2019, 3, 1))
    # Past retention without any period: the record was last changed in 2019 (set below).
    made["no_period_old"] = _trainee(coordinator, "Unohtunut", code="426")
    # Kept: ended within the retention time; still in a period; a later period; no period,
    # but recent.
    made["recent"] = _trainee(coordinator, "Tuore")
    _period(coordinator, world, made["recent"], date(2021, 1, 4), date(2022, 6, 30))
    made["ongoing"] = _trainee(coordinator, "Jatkuva")
    _period(coordinator, world, made["ongoing"], date(2016, 1, 4), None)
    made["returned"] = _trainee(coordinator, "Palannut")
    _period(coordinator, world, made["returned"], date(2016, 1, 4), date(2017, 1, 4))
    _period(coordinator, world, made["returned"], date(2022, 1, 3), date(2023, 1, 3))
    made["no_period_new"] = _trainee(coordinator, "Uusi")
    conn = connect(db.path)
    with conn:
        conn.execute("UPDATE trainee SET created_at = '2019-05-02 10:00:00.000000',"
                     " updated_at = '2019-05-02 10:00:00.000000' WHERE id = ?",
                     (made["no_period_old"],))
    conn.close()
    # A text conflict over the old period's goals that sync once kept for a person to solve.
    with coordinator.transaction() as tx:
        tx.stamp(SyncConflict(municipality_code="167", table_name="period", row_id=period,
                              field="goals", kept_hlc="1", other_value="Toisen laitteen teksti",
                              other_hlc="2", other_by=world["coach"]), ["*"])
    return made


def _dump(db) -> dict[str, list[tuple]]:
    """Every row of every table, the log and the outbox included."""
    conn = connect(db.path)
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'trainee_search%'"
        " ORDER BY name")]
    dump = {n: sorted(map(tuple, conn.execute(f'SELECT * FROM "{n}"')), key=repr) for n in names}
    conn.close()
    return dump


def _rows_of(db, trainee_ids: list[str]) -> dict[str, list[tuple]]:
    """Every row that belongs to these trainees (directly or through a period, assessment
    or plan), as stored."""
    marks = ",".join("?" * len(trainee_ids))
    queries = {
        "trainee": f"SELECT * FROM trainee WHERE id IN ({marks})",
        "period": f"SELECT * FROM period WHERE trainee_id IN ({marks})",
        "attendance": f"SELECT * FROM attendance WHERE trainee_id IN ({marks})",
        "assessment": f"SELECT * FROM assessment WHERE trainee_id IN ({marks})",
        "assessment_score": "SELECT s.* FROM assessment_score s JOIN assessment a ON"
                            f" a.id = s.assessment_id WHERE a.trainee_id IN ({marks})",
        "continuation_plan": f"SELECT * FROM continuation_plan WHERE trainee_id IN ({marks})",
        "plan_step": "SELECT s.* FROM plan_step s JOIN continuation_plan p ON p.id = s.plan_id"
                     f" WHERE p.trainee_id IN ({marks})",
        "plan_version": "SELECT v.* FROM plan_version v JOIN continuation_plan p ON"
                        f" p.id = v.plan_id WHERE p.trainee_id IN ({marks})",
    }
    conn = connect(db.path)
    conn.row_factory = None
    rows = {table: sorted(conn.execute(sql, trainee_ids).fetchall())
            for table, sql in queries.items()}
    conn.close()
    return rows


def test_only_coordinators_run_it(as_user, people):
    for user in ("valmentaja", "agentti", "ohjausryhma"):
        for dry_run in (True, False):
            with pytest.raises(PermissionDenied):
                run_retention(as_user(user), dry_run=dry_run, today=TODAY)


def test_dry_run_counts_and_changes_nothing(db, as_user, people):
    before = _dump(db)
    report = run_retention(as_user("koordinaattori"), dry_run=True, today=TODAY)
    assert _dump(db) == before
    assert (report.years, report.cutoff, report.dry_run) == (5, date(2021, 11, 22), True)
    assert report.trainees == 2
    assert report.by_municipality == {"167": 1, "426": 1}
    assert report.counts == {"assessment": 1, "assessment_score": 1, "attendance": 2,
                             "continuation_plan": 1, "period": 1, "plan_step": 1,
                             "plan_version": 1, "sync_conflict": 1, "trainee": 2}


def test_the_run_blanks_tombstones_of_the_expired_and_touches_nothing_kept(db, as_user,
                                                                         people):
    coordinator = as_user("koordinaattori")
    kept = [people[k] for k in ("recent", "ongoing", "returned", "no_period_new")]
    kept_before = _rows_of(db, kept)
    dry = run_retention(coordinator, dry_run=True, today=TODAY)
    outbox_before = _rows(db, "SELECT max(seq) FROM sync_outbox")[0][0]

    report = run_retention(coordinator, today=TODAY)

    assert (report.trainees, report.counts, report.dry_run) == (dry.trainees, dry.counts,
                                                                False)
    assert _rows_of(db, kept) == kept_before  # not a field, not a clock
    gone = [people["old"], people["no_period_old"]]
    assert _rows(db, "SELECT first_name, last_name, hetu, birth_date, phone, email, address,"
                     " languages, target_groups, referred_by, disability, gender, deleted"
                     " FROM trainee WHERE id IN (?, ?)", *gone) == [
        ("", "", None, None, None, None, None, "[]", "[]", None, None, "unknown", 1)] * 2
    assert _rows(db, "SELECT status, absence_reason, note, deleted FROM attendance ORDER BY"
                     " day") == [("absent", None, None, 1), ("present", None, None, 1)]
    assert _rows(db, "SELECT goals, exit_note, exit_outcome, status, start_date, end_date,"
                     " deleted FROM period WHERE trainee_id = ?", people["old"]) == [
        (None, None, None, "ended", "2018-03-05", None, 1)]
    assert _rows(db, "SELECT strengths, needs, notes, deleted FROM assessment") == [
        (None, None, None, 1)]
    assert _rows(db, "SELECT coach_score, self_score, deleted FROM assessment_score") == [
        (None, None, 1)]
    assert _rows(db, "SELECT goal, services_referred, deleted FROM continuation_plan") == [
        ("", None, 1)]
    assert _rows(db, "SELECT what, responsible, deleted FROM plan_step") == [("", None, 1)]
    assert _rows(db, "SELECT snapshot, deleted FROM plan_version") == [("{}", 1)]
    assert _rows(db, "SELECT table_name, field, other_value, other_by, resolved, deleted"
                     " FROM sync_conflict") == [("period", "goals", None, None, 1, 1)]

    # Every change is queued for sync with its blanked fields and the tombstone flag.
    outbox = _rows(db, "SELECT table_name, row_id, fields FROM sync_outbox WHERE seq > ?",
                   outbox_before)
    changed = [(t, r, json.loads(f)) for t, r, f in outbox if t != "audit_entry"]
    assert sum(report.counts.values()) == len(changed)
    assert all("deleted" in fields for _t, _r, fields in changed)
    trainee_fields = {r: f for t, r, f in changed if t == "trainee"}
    assert set(trainee_fields) == set(gone)
    assert {"first_name", "last_name", "hetu", "phone", "deleted"} <= set(
        trainee_fields[people["old"]])

    # The log says how many, per municipality, and nothing about whom.
    audits = _rows(db, "SELECT municipality_code, details FROM audit_entry WHERE action ="
                       " 'retention.delete' ORDER BY municipality_code")
    assert [(code, json.loads(details)) for code, details in audits] == [
        ("167", {"years": 5, "cutoff": "2021-11-22", "trainees": 1,
                 "counts": {"assessment": 1, "assessment_score": 1, "attendance": 2,
                            "continuation_plan": 1, "period": 1, "plan_step": 1,
                            "plan_version": 1, "sync_conflict": 1, "trainee": 1}}),
        ("426", {"years": 5, "cutoff": "2021-11-22", "trainees": 1, "counts": {"trainee": 1}})]
    assert "Vanha" not in repr(audits) and OLD_HETU not in repr(audits)

    # Gone from the register and its search index; the HETU is free again.
    register = TraineeRegister(coordinator, today=TODAY)
    assert register.count(RegisterFilter("vanha")) == 0
    assert register.count(RegisterFilter(OLD_HETU)) == 0
    assert register.count(RegisterFilter()) == 4
    assert _rows(db, "SELECT count(*) FROM trainee_search WHERE trainee_search MATCH ?",
                 '"vanha"') == [(0,)]
    create_trainee(coordinator, TraineeInput("Toinen", "Henkilö", "167", hetu=OLD_HETU),
                   today=TODAY)


def test_a_second_run_finds_nothing_and_says_so(db, as_user, people):
    coordinator = as_user("koordinaattori")
    run_retention(coordinator, today=TODAY)
    before = _rows(db, "SELECT count(*) FROM sync_outbox")
    again = run_retention(coordinator, today=TODAY)
    assert (again.trainees, again.counts) == (0, {})
    # Only the run's own audit entry (and its outbox row) is new.
    assert _rows(db, "SELECT count(*) FROM sync_outbox") == [(before[0][0] + 1,)]
    (details,), = _rows(db, "SELECT details FROM audit_entry WHERE action = 'retention.delete'"
                            " AND municipality_code = ? ORDER BY at DESC LIMIT 1", RUN_SCOPE)
    assert json.loads(details)["trainees"] == 0


def test_the_retention_time_is_a_setting(db, as_user, people):
    with db.session() as session, session.begin():
        settings.write(session, settings.RETENTION_YEARS, 10)
    report = run_retention(as_user("koordinaattori"), dry_run=True, today=TODAY)
    assert (report.years, report.cutoff, report.trainees) == (10, date(2016, 11, 22), 0)
    with db.session() as session, session.begin():
        settings.write(session, settings.RETENTION_YEARS, 3)
    report = run_retention(as_user("koordinaattori"), dry_run=True, today=TODAY)
    assert report.trainees == 4  # also those whose last period ended in 2022 and 2023


def test_years_before_a_leap_day():
    assert years_before(date(2028, 2, 29), 5) == date(2023, 2, 28)


def _rows(db, sql: str, *params: object) -> list[tuple]:
    conn = connect(db.path)
    rows = conn.execute(sql, params).fetchall()
    conn.close()
    return rows
