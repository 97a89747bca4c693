"""Two weeks of the access log and every demo user's sign-in verifier.

Every demo user signs in with the documented demo password (`services.signin.DEMO_PASSWORD`);
their verifier is one precomputed argon2 hash, so generation stays fast and reproducible.
The log shows a plausible fortnight: sign-ins (a mistyped password and an unknown user name
among them), coaches opening their trainees' records, attendance and assessments, career
agents their plans, printouts of the allowance report and of plans, and a coordinator
showing a personal identity code — so the coordinator's log view and the access reports
have something to show.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from toimi_desktop.models.access_enums import AccessAction, AccessTarget
from toimi_desktop.models.enums import PeriodKind, PeriodStatus, Role
from toimi_desktop.services.demo.places import LEAD_MUNICIPALITY
from toimi_desktop.services.demo.stamps import format_datetime, generated_at
from toimi_desktop.services.demo.world import DemoPeriod, DemoUser, DemoWorld
from toimi_desktop.services.signin import DEMO_VERIFIER

DAYS = 14
_VIEWS = (AccessTarget.RECORD, AccessTarget.ATTENDANCE, AccessTarget.ASSESSMENTS)


class _Log:
    def __init__(self, world: DemoWorld, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.rows: list[dict] = []

    def add(self, user: DemoUser | None, when: datetime, action: AccessAction,
            target: AccessTarget | None = None, period: DemoPeriod | None = None,
            success: bool = True, details: dict | None = None) -> None:
        home = min(user.municipality_codes) if user and user.municipality_codes \
            else LEAD_MUNICIPALITY
        self.rows.append({
            "id": self.world.ids.new(),
            "municipality_code": period.municipality_code if period else home,
            "created_by": user.id if user else None, "at": when,
            "user_id": user.id if user else None, "username": user.username if user else None,
            "role": user.role.value if user else None, "action": action.value,
            "target": target.value if target else None,
            "trainee_id": period.trainee_id if period else None, "success": success,
            "details": details or {}})

    def moment(self, day: datetime, hour: int, spread_minutes: int = 50) -> datetime:
        return day + timedelta(hours=hour, minutes=self.rng.randrange(spread_minutes),
                               seconds=self.rng.randrange(60))


def _verifiers(world: DemoWorld) -> None:
    made = format_datetime(generated_at(world.today))
    world.writer.insert("local_credential", [
        {"username": user.username, "verifier": DEMO_VERIFIER, "updated_at": made}
        for user in world.users])


def _working_days(world: DemoWorld) -> list[datetime]:
    days, day = [], world.today
    while len(days) < DAYS:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days.append(datetime.combine(day, time(0, 0), tzinfo=UTC))
    return sorted(days)


def run(world: DemoWorld) -> None:
    _verifiers(world)
    rng = world.rng_for("access_log")
    log = _Log(world, rng)
    open_periods = [p for p in world.periods if p.status is not PeriodStatus.ENDED
                    and p.start_date <= world.today]
    by_coach: dict[str, list[DemoPeriod]] = {}
    by_municipality: dict[str, list[DemoPeriod]] = {}
    for period in open_periods:
        by_municipality.setdefault(period.municipality_code, []).append(period)
        if period.coach_id:
            by_coach.setdefault(period.coach_id, []).append(period)
    coaches = [u for u in world.users_with(Role.COACH) if by_coach.get(u.id)]
    agents = world.users_with(Role.CAREER_AGENT)
    coordinator = world.coordinator
    for n, day in enumerate(_working_days(world)):
        for coach in coaches:
            if rng.random() < 0.8:  # not every coach every day
                log.add(coach, log.moment(day, 5), AccessAction.SIGN_IN,
                        details={"mode": "offline" if rng.random() < 0.3 else "online"})
                for period in rng.sample(by_coach[coach.id], min(2, len(by_coach[coach.id]))):
                    log.add(coach, log.moment(day, 6, 300), AccessAction.VIEW,
                            rng.choice(_VIEWS), period)
        for agent in agents:
            people = [p for code in agent.municipality_codes
                      for p in by_municipality.get(code, [])]
            if people and rng.random() < 0.6:
                log.add(agent, log.moment(day, 6), AccessAction.SIGN_IN,
                        details={"mode": "online"})
                period = rng.choice(people)
                log.add(agent, log.moment(day, 7, 240), AccessAction.VIEW, AccessTarget.PLAN,
                        period)
                if rng.random() < 0.25:
                    log.add(agent, log.moment(day, 11), AccessAction.EXPORT,
                            AccessTarget.PLAN_PRINT, period, details={"version": 1})
        if n % 3 == 0:
            log.add(coordinator, log.moment(day, 6), AccessAction.SIGN_IN,
                    details={"mode": "online"})
    _notable(world, log, _working_days(world), open_periods)
    log.rows.sort(key=lambda row: row["at"])
    world.writer.insert_synced("access_log", log.rows)


def _notable(world: DemoWorld, log: _Log, days: list[datetime],
             open_periods: list[DemoPeriod]) -> None:
    """The rows a coordinator's demo search should find: failures, a reveal, a report."""
    coordinator, rng = world.coordinator, log.rng
    liperi = next((u for u in world.users_with(Role.COACH) if u.username == "valmentaja.liperi1"),
                  None)
    if liperi is not None:
        when = log.moment(days[-2], 5)
        log.add(liperi, when, AccessAction.SIGN_IN, success=False,
                details={"reason": "wrong_password"})
        log.add(liperi, when + timedelta(seconds=40), AccessAction.SIGN_IN,
                details={"mode": "offline"})
    log.add(None, log.moment(days[-1], 17), AccessAction.SIGN_IN, success=False,
            details={"reason": "wrong_password", "unknown_user": True})
    steering = world.users_with(Role.STEERING_GROUP)
    if steering:
        log.add(steering[0], log.moment(days[-3], 9), AccessAction.SIGN_IN,
                details={"mode": "online"})
    if open_periods:
        period = rng.choice(open_periods)
        when = log.moment(days[-1], 8)
        log.add(coordinator, when, AccessAction.VIEW, AccessTarget.RECORD, period)
        log.add(coordinator, when + timedelta(seconds=25), AccessAction.REVEAL_HETU,
                AccessTarget.HETU, period)
    taitamo = world.environments.get(LEAD_MUNICIPALITY)
    rehab = [p for p in open_periods if taitamo and p.environment_id == taitamo.id
             and p.kind is PeriodKind.REHABILITATIVE_WORK]
    coach = next((u for u in world.users_with(Role.COACH, LEAD_MUNICIPALITY)), None)
    if rehab and coach is not None:
        when = log.moment(days[2], 10)
        month = (days[2].date().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        for period in rehab:
            log.add(coach, when, AccessAction.EXPORT, AccessTarget.ALLOWANCE_REPORT, period,
                    details={"month": month})
