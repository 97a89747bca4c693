"""Earlier clients: people whose records came over from the predecessor projects (Topakka,
Luotsi), each with one coaching period that ended three to eight years before `today`. With
the default retention time of five years, `toimi retention` removes about three in five of
them and keeps the rest. One per 200 trainees, in addition to them; their attendance stayed
in the old projects' systems."""

from __future__ import annotations

from datetime import timedelta

from toimi_desktop.models.enums import Gender, PeriodKind, PeriodStatus, Role
from toimi_desktop.services.demo.hetu import TemporaryHetus
from toimi_desktop.services.demo.places import PLACES
from toimi_desktop.services.demo.profiles import age_on, esf_entry, languages, person
from toimi_desktop.services.demo.profiles import target_groups as groups_of
from toimi_desktop.services.demo.steps.periods import _END_OUTCOMES, _pick
from toimi_desktop.services.demo.steps.plans import _results
from toimi_desktop.services.demo.steps.trainees import _address, _email, _phone
from toimi_desktop.services.demo.texts import EXIT_NOTES, GOALS
from toimi_desktop.services.demo.world import DemoPeriod, DemoWorld

PER_TRAINEES = 200
YEARS_AGO = (3, 8)  # the period ended this many years before today


def earlier_clients(trainees: int) -> int:
    """How many earlier clients a demo of `trainees` trainees has."""
    return trainees // PER_TRAINEES


def run(world: DemoWorld) -> None:
    count = earlier_clients(world.trainee_count)
    if not count:
        return
    rng = world.rng_for("earlier_clients")
    hetus = TemporaryHetus(world.rng_for("earlier_clients:hetu"))
    hetus.used = {t.hetu for t in world.trainees if t.hetu}
    today = world.today
    trainees, periods, results = [], [], []
    places = rng.choices(PLACES, [place.population for place in PLACES], k=count)
    for place in places:
        end = today - timedelta(days=rng.randint(YEARS_AGO[0] * 365, YEARS_AGO[1] * 365))
        start = end - timedelta(days=rng.randint(100, 360))
        referred = start - timedelta(days=rng.randint(3, 30))
        who = person(rng, today, 0.06)
        while age_on(who.birth_date, referred) < 18:  # adults when they were clients
            who = person(rng, today, 0.06)
        groups = groups_of(rng, who, referred)
        parity = {Gender.MALE: 1, Gender.FEMALE: 0}.get(who.gender)
        coach = rng.choice(world.users_with(Role.COACH, place.code))
        trainee_id = world.ids.new()
        trainees.append({
            "id": trainee_id, "municipality_code": place.code, "created_by": coach.id,
            "first_name": who.first_name, "last_name": who.last_name,
            "hetu": hetus.new(who.birth_date, parity), "birth_date": who.birth_date,
            "gender": who.gender, "phone": _phone(rng), "email": _email(
                rng, who.first_name, who.last_name) if rng.random() < 0.3 else None,
            "address": _address(rng, place), "languages": languages(rng, who),
            "target_groups": groups, "consent_date": referred, "referred_by": None,
            **esf_entry(rng, who, groups, place.rural_share)})
        outcome = _pick(rng, _END_OUTCOMES)
        environment = world.environments[place.code]
        weekdays = "".join(sorted(environment.open_weekdays)[:3])  # three days a week
        period = DemoPeriod(
            id=world.ids.new(), trainee_id=trainee_id,
            environment_id=world.environments[place.code].id, municipality_code=place.code,
            coach_id=coach.id, career_agent_id=None, kind=PeriodKind.COACHING,
            start_date=start, planned_end_date=end, end_date=end, hours_per_day=4.0,
            days_per_week=len(weekdays), status=PeriodStatus.ENDED, exit_outcome=outcome,
            weekdays=weekdays)
        periods.append({
            "id": period.id, "municipality_code": place.code, "created_by": coach.id,
            "trainee_id": trainee_id, "environment_id": period.environment_id,
            "coach_id": coach.id, "career_agent_id": None, "kind": period.kind,
            "start_date": start, "planned_end_date": end, "end_date": end,
            "hours_per_day": period.hours_per_day, "days_per_week": period.days_per_week,
            "weekdays": weekdays, "goals": rng.choice(GOALS[rng.choice(groups)]),
            "coaching_package": None,
            "status": period.status, "exit_outcome": outcome,
            "exit_note": rng.choice(EXIT_NOTES[outcome])})
        results.append(_results(rng, period, today))
    world.writer.insert_synced("trainee", trainees)
    world.writer.insert_synced("period", periods)
    world.writer.conn.executemany(
        "UPDATE period SET exit_job_search = ?, exit_in_education = ?, exit_qualification = ?,"
        " exit_employed = ?, followup_on = ?, followup_employed = ?, followup_improved = ?"
        " WHERE id = ?",
        [(*r[:4], r[4].isoformat() if r[4] else None, *r[5:]) for r in results])
