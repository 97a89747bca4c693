"""Who may see what, role by role, through every service and CLI command that shows a
person: the matrix of `services.access`. A steering-group member reaches no one."""

from __future__ import annotations

from datetime import date

import pytest
from access_fixtures import DAY, TODAY, USERS
from pypdf import PdfReader

from toimi_desktop.cli import main
from toimi_desktop.models.enums import PeriodKind
from toimi_desktop.reports import absences, access_report, allowance, attendance_sheet, plan
from toimi_desktop.services import attendance, attendance_views, dashboard, planning
from toimi_desktop.services.assessments import trainee_assessments
from toimi_desktop.services.errors import NotFound, PermissionDenied
from toimi_desktop.services.followup import period_results
from toimi_desktop.services.plans import current_plan, plan_versions
from toimi_desktop.services.register import (
    RegisterFilter,
    TraineeRegister,
    reveal_hetu,
    trainee_details,
)
from toimi_desktop.services.subject_access import trainee_export
from toimi_desktop.services.suitability import task_suitability
from toimi_desktop.services.work_summary import work_done_summary

STAFF = {"koordinaattori", "valmentaja", "agentti"}
# What each service shows of trainee "A", and who may call it.
PERSON_SERVICES = {
    "record": (lambda ctx, t: trainee_details(ctx, t, today=TODAY), STAFF | {"yritys"}),
    "hetu": (reveal_hetu, STAFF),
    "attendance": (lambda ctx, t: attendance_views.trainee_attendance(
        ctx, t, date(2026, 11, 1), date(2026, 11, 30)), STAFF),
    "assessments": (trainee_assessments, STAFF),
    "suitability": (lambda ctx, t: task_suitability(ctx, t, TODAY), STAFF),
    "plan": (current_plan, STAFF | {"yritys"}),
    "plan versions": (lambda ctx, t: plan_versions(ctx, _plan_id(ctx, t)), STAFF | {"yritys"}),
    "results": (period_results, STAFF | {"yritys"}),
    "attendance sheet": (lambda ctx, t: attendance_sheet.month_sheet(ctx, t, DAY), STAFF),
    "plan printout": (plan.plan_report, STAFF | {"yritys"}),
    "access report": (access_report.access_report, {"koordinaattori"}),
    "subject export": (trainee_export, {"koordinaattori"}),
}
# Whom each user finds in the register (letters of `people`).
REGISTER = {"koordinaattori": "ABCD", "valmentaja": "AC", "agentti": "ACD", "yritys": "ACD",
            "liperi": "B"}


def _plan_id(ctx, trainee_id: str) -> str:
    return ctx.db.reader().execute("SELECT id FROM continuation_plan WHERE trainee_id = ?",
                                   (trainee_id,)).fetchone()[0]


@pytest.mark.parametrize("service", sorted(PERSON_SERVICES))
def test_who_may_see_a_persons_data(service, as_user, people):
    call, allowed = PERSON_SERVICES[service]
    for username in USERS:
        ctx = as_user(username)
        if username in allowed:
            assert call(ctx, people["A"]) is not None, (service, username)
        else:
            with pytest.raises(PermissionDenied):
                call(ctx, people["A"])


def test_the_register_shows_each_user_their_own_people(as_user, people):
    letters = {value: key for key, value in people.items() if len(key) == 1}
    for username, expected in REGISTER.items():
        register = TraineeRegister(as_user(username), today=TODAY)
        found = register.page(RegisterFilter(), limit=100)
        assert "".join(sorted(letters[row.id] for row in found)) == expected, username
        assert register.count(RegisterFilter()) == len(expected)
        # the search takes the same scope (a coach's goes through the trainee table)
        assert {row.id for row in register.page(RegisterFilter(text="Testinen"))} == {
            people[letter] for letter in expected}
    with pytest.raises(PermissionDenied):
        TraineeRegister(as_user("ohjausryhma"))


def test_a_coachs_register_follows_changes_at_once(as_user, people, world):
    """The coach's scope is kept as a lookup table; any commit makes it anew."""
    from toimi_desktop.services.periods import PeriodInput, start_period
    from toimi_desktop.services.trainees import TraineeInput, create_trainee

    coach = as_user("valmentaja")
    register = TraineeRegister(coach, today=TODAY)
    assert register.count(RegisterFilter(text="Testinen")) == 2
    new = create_trainee(coach, TraineeInput("Eveliina", "Testinen", "167"), today=TODAY).id
    assert register.count(RegisterFilter(text="Testinen")) == 3  # referred: no period yet
    start_period(as_user("koordinaattori"), new, PeriodInput(
        environment_id=people["other_env"], kind=PeriodKind.COACHING,
        start_date=date(2026, 11, 2)))
    assert register.count(RegisterFilter(text="Testinen")) == 2  # placed elsewhere
    assert register.count(RegisterFilter()) == 2


def test_a_coach_sees_the_people_of_the_environments_they_coach(as_user, people,
                                                                world):
    coach = as_user("valmentaja")
    assert trainee_details(coach, people["C"], today=TODAY).first_name == "Cecilia"
    for letter in "BD":  # another municipality; an environment they do not coach
        with pytest.raises(PermissionDenied):
            trainee_details(coach, people[letter], today=TODAY)
    with pytest.raises(PermissionDenied):
        attendance.day_sheet(coach, people["other_env"], DAY)
    with pytest.raises(PermissionDenied):
        planning.day_plan(coach, people["other_env"], DAY, today=TODAY)
    agent = as_user("agentti")  # a career agent sees the whole municipality
    assert attendance.day_sheet(agent, people["other_env"], DAY) is not None
    mine = dashboard.followup_dashboard(coach, today=TODAY)
    everyone = dashboard.followup_dashboard(agent, today=TODAY)
    shown = {row.trainee_id for part in (mine.assessments_due, mine.plan_reviews,
                                         mine.ending_without_plan) for row in part}
    assert people["D"] not in shown
    assert people["D"] in {row.trainee_id for row in everyone.assessments_due}


def test_a_business_agent_sees_no_health_or_special_category_data(as_user, people):
    agent = as_user("yritys")
    details = trainee_details(agent, people["A"], today=TODAY)
    assert details.esf_flags == {} and details.hetu_masked == "010594Y****"
    staff = trainee_details(as_user("agentti"), people["A"], today=TODAY)
    assert set(staff.esf_flags) >= {"disability", "minority"}


def test_environment_lists_and_reports_by_role(as_user, people, world):
    taitamo = world["joensuu_env"]
    calls = {  # Taitamo's people: coordinator, its coach and the career agent of Joensuu
        "day sheet": lambda ctx: attendance.day_sheet(ctx, taitamo, DAY),
        "grid": lambda ctx: attendance_views.attendance_grid(ctx, taitamo, DAY, DAY),
        "day plan": lambda ctx: planning.day_plan(ctx, taitamo, DAY, today=TODAY),
        "allowance": lambda ctx: allowance.allowance_report(ctx, taitamo, DAY),
    }
    for name, call in calls.items():
        for username in USERS:
            if username in STAFF:
                assert call(as_user(username)) is not None, (name, username)
            else:
                with pytest.raises(PermissionDenied):
                    call(as_user(username))
    # Lists over every environment the user may see: another coach gets none of Taitamo's.
    lists = {
        "absences": lambda ctx: {r.trainee_id for r in absences.absence_runs(
            ctx, date(2026, 11, 1), date(2026, 11, 30))},
        "dashboard": lambda ctx: {r.trainee_id for part in (
            dashboard.followup_dashboard(ctx, today=TODAY).assessments_due,) for r in part},
    }
    for name, call in lists.items():
        assert not call(as_user("liperi")) & {people[x] for x in "ACD"}, name
        for username in ("yritys", "ohjausryhma"):
            with pytest.raises(PermissionDenied):
                call(as_user(username))
    # D, not yet assessed, is due: for Joensuu's career agent, not for Taitamo's coach.
    assert people["D"] in lists["dashboard"](as_user("agentti"))
    assert people["D"] not in lists["dashboard"](as_user("valmentaja"))
    with pytest.raises(PermissionDenied):  # whole HETUs for Kela: not a business agent's
        absences.absence_runs(as_user("yritys"), DAY, DAY, full_hetu=True)


def test_the_steering_group_reaches_only_aggregates(as_user, people, db):
    steering = as_user("ohjausryhma")
    for service, (call, _allowed) in PERSON_SERVICES.items():
        for letter in "ABCD" if service != "plan versions" else "A":  # A has the plan
            with pytest.raises(PermissionDenied):
                call(steering, people[letter])
    with pytest.raises(PermissionDenied):  # an unknown id says no rights, not "not found"
        trainee_details(steering, "no-such-id")
    with pytest.raises(NotFound):
        trainee_details(as_user("koordinaattori"), "no-such-id")
    summary = work_done_summary(steering, date(2026, 11, 1), date(2026, 11, 30))
    assert summary is not None  # hours of work done: figures, no one named


def test_the_steering_group_gets_nothing_personal_from_the_command_line(
        db, people, world, tmp_path, capsys):
    base = ["--db", str(db.path), "--user", "ohjausryhma"]
    commands = {
        "allowance": ["report", "allowance", "--environment", "Taitamo", "--month",
                      "2026-11"],
        "absences": ["report", "absences", "--from", "2026-11-01", "--to", "2026-11-30"],
        "sheet": ["report", "sheet", "--trainee", people["A"], "--month", "2026-11"],
        "plan": ["report", "plan", "--trainee", people["A"]],
        "access": ["report", "access", "--trainee", people["A"]],
        "export pdf": ["export", "trainee", "--trainee", people["A"]],
        "export json": ["export", "trainee", "--trainee", people["A"]],
    }
    for name, command in commands.items():
        suffix = ".json" if name.endswith("json") else (
            ".csv" if name == "absences" else ".pdf")
        out = tmp_path / f"{name.replace(' ', '_')}{suffix}"
        assert main([*command, *base, "--out", str(out)]) == 2, name
        assert not out.exists(), name
        assert "Ohjausryhmä" in capsys.readouterr().err  # "Roolisi (Ohjausryhmä) ei salli…"
    catalogue = tmp_path / "palvelut.pdf"  # the service catalogue holds no one
    assert main(["report", "services", "--environment", "Taitamo", *base, "--out",
                 str(catalogue)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(catalogue).pages)
    assert "Testinen" not in text and "010594" not in text
