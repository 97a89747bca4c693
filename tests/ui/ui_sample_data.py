"""A small, realistic-looking register for UI tests and screenshots.

Trainees and periods are written through the services (as a user would); users and
environments come from the central server in real life and are inserted directly here.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from toimi_desktop.models import Environment, Municipality, User
from toimi_desktop.models.database import Database
from toimi_desktop.models.enums import (
    EducationLevel,
    EmploymentStatus,
    EnvironmentKind,
    Gender,
    PeriodKind,
    Role,
    TargetGroup,
)
from toimi_desktop.models.ids import new_id
from toimi_desktop.services.context import ServiceContext, actor_for
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee

_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
FIRST = ["Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Maija", "Niilo", "Outi", "Pekka",
         "Riikka", "Sami", "Tuula", "Ville", "Ahmed", "Olena", "Dmitri", "Hanna", "Jari", "Sanna"]
LAST = ["Hyvärinen", "Karjalainen", "Turunen", "Pesonen", "Kettunen", "Rönkkö", "Tolvanen",
        "Hirvonen", "Väisänen", "Mustonen", "Lipponen", "Nevalainen", "Räsänen", "Åberg",
        "Kinnunen", "Partanen"]
ENVIRONMENTS = [("167", "Taitamo", EnvironmentKind.SOCIAL_ENTERPRISE),
                ("426", "Liperin työpaja", EnvironmentKind.INTERNAL_MUNICIPAL),
                ("422", "Lieksan Osaamo", EnvironmentKind.PARTNERSHIP),
                ("260", "Kiteen Valmennuspaja", EnvironmentKind.INTERNAL_MUNICIPAL)]


def hetu_for(born: date, number: int) -> str:
    sign = "-" if born.year < 2000 else "A"
    digits = f"{born:%d%m}{born.year % 100:02d}{number:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{_CHECK[int(digits) % 31]}"


def add_user(db: Database, username: str, name: str, role: Role, codes: list[str]) -> str:
    from people_helpers import give_password

    with db.session() as session, session.begin():
        user = User(id=new_id(), username=username, display_name=name, role=role)
        user.municipalities = [session.get(Municipality, code) for code in codes]
        session.add(user)
    give_password(db, username)
    return user.id


def add_environment(db: Database, code: str, name: str,
                    kind: EnvironmentKind = EnvironmentKind.INTERNAL_MUNICIPAL) -> str:
    with db.session() as session, session.begin():
        env = Environment(id=new_id(), municipality_code=code, name=name, kind=kind,
                          updated_hlc="0", open_weekdays="1234")
        session.add(env)
        return env.id


def make_sample_db(path: Path, trainees: int = 40, seed: int = 7) -> Database:
    """A database with users of every role, four environments and `trainees` trainees."""
    rng = random.Random(seed)
    db = Database(path)
    add_user(db, "koordinaattori", "Kaisa Koordinaattori", Role.COORDINATOR, [])
    add_user(db, "valmentaja", "Ville Valmentaja", Role.COACH, ["167"])
    add_user(db, "valmentaja2", "Outi Ohjaaja", Role.COACH, ["167", "426"])
    add_user(db, "agentti", "Anna Ura-agentti", Role.CAREER_AGENT, ["167", "426"])
    add_user(db, "yritys", "Yrjö Yritysagentti", Role.BUSINESS_AGENT, ["167"])
    add_user(db, "ohjausryhma", "Olli Ohjausryhmä", Role.STEERING_GROUP, ["167"])
    envs = {code: add_environment(db, code, name, kind) for code, name, kind in ENVIRONMENTS}
    ctx = ServiceContext(db, actor_for(db, "koordinaattori"))
    coach = actor_for(db, "valmentaja").user_id
    today = date.today()
    for i in range(trainees):
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 42))
        code = rng.choice(list(envs))
        groups = rng.sample(list(TargetGroup), rng.choice([1, 1, 2]))
        result = create_trainee(ctx, TraineeInput(
            first_name=rng.choice(FIRST), last_name=rng.choice(LAST), municipality_code=code,
            hetu=hetu_for(born, 100 + i), gender=rng.choice(list(Gender)),
            phone=f"040 {rng.randrange(1000000, 9999999)}", languages=["fi"],
            target_groups=groups, consent_date=today - timedelta(days=rng.randrange(30, 400)),
            employment_status=rng.choice(list(EmploymentStatus)),
            education_level=rng.choice(list(EducationLevel)), rural=rng.choice([None, True,
                                                                                 False]),
        ))
        if rng.random() < 0.8:
            start = today - timedelta(days=rng.randrange(-20, 300))
            start_period(ctx, result.id, PeriodInput(
                environment_id=envs[code], kind=PeriodKind.COACHING, start_date=start,
                planned_end_date=start + timedelta(days=180),
                coach_id=coach if code == "167" else None,
                goals="Työkyvyn kartoitus ja ympäristönhoidon tehtävät."))
    return db
