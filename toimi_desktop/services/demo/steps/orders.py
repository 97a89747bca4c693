"""Work orders from the municipal departments over the attendance window and a little
ahead: done ones with the orderer's feedback (mostly good, some critical), work in progress,
agreed and requested ones to come, a few cancelled. Seasonal tasks are ordered in season.
Planned hours are set near the hours the attendance actually gives each order, as a coach
who knows the group would plan them."""

from __future__ import annotations

import random
from datetime import date, timedelta

from toimi_desktop.models.enums import OrderStatus, Role, Season
from toimi_desktop.services.demo.names import FEMALE_FIRST, MALE_FIRST, SURNAMES
from toimi_desktop.services.demo.steps.attendance import window
from toimi_desktop.services.demo.world import DemoWorld
from toimi_desktop.services.work_rules import in_season

AHEAD_DAYS = 45  # orders reach this far past today
GAP_DAYS = (3, 24)
LENGTH_DAYS = (14, 21, 28, 35, 42, 56)
FEEDBACK_SHARE = 0.85
SCORES = ((5, 4, 3, 2, 1), (34, 41, 15, 7, 3))
COMMENTS = {
    5: ("Erinomainen jälki, kiitos koko ryhmälle!", "Työt valmistuivat sovitusti ja siististi.",
        "Tilaajana olemme erittäin tyytyväisiä."),
    4: ("Hyvää työtä, pari kohtaa jäi viimeistelemättä.", "Sujui hyvin, aikataulu venyi hieman.",
        "Laatu hyvä, tiedonkulku voisi olla parempaa."),
    3: ("Kohtalainen lopputulos, osa alueista jäi hoitamatta.",
        "Työn jälki vaihteli päivästä toiseen."),
    2: ("Laatu ei vastannut sovittua: roskia jäi alueelle.",
        "Myöhästelyä ja keskeneräisiä töitä."),
    1: ("Työtä ei tehty sovitusti, tilaaja joutui teettämään uudelleen.",),
}
LOCATIONS = {
    "Koulut": ("Keskuskoulu", "Kirkonkylän koulu", "Yläkoulu", "Lukio"),
    "Varhaiskasvatus": ("Päiväkoti Tähtitarha", "Päiväkoti Metsämörri", "Päiväkoti Onnela"),
    "Ruokapalvelut": ("Keskuskeittiö", "Koulukeittiö", "Palvelutalon keittiö"),
    "Tilapalvelut": ("Kunnantalo", "Kirjasto", "Terveysasema", "Virastotalo"),
    "Liikuntapalvelut": ("Urheilukenttä", "Uimaranta", "Kuntorata", "Urheilupuisto"),
    "Kaupunkiympäristö / puistot": ("Keskuspuisto", "Rantapuisto", "Koskipuisto"),
    "Kaupunkiympäristö / kadut": ("Kauppatori", "Kävelykatu", "Satama"),
    "Vanhuspalvelut": ("Palvelutalo Koivukoti", "Palvelutalo Kotikumpu"),
}
OTHER_PLACES = ("Kunnan kiinteistöt", "Keskusta", "Kirkonkylä")
ORDERERS = ("Tilapalvelut", "Koulut", "Liikuntapalvelut")  # for tasks with no orderer

_DONE_SQL = ("SELECT coalesce(sum(hours), 0) FROM attendance WHERE environment_id = ?"
             " AND work_task_id = ? AND deleted = 0 AND status IN ('present', 'partly_present')"
             " AND day BETWEEN ? AND ?")


def _in_season_run(season: Season, start: date, last: date) -> date | None:
    """The first day from `start` (up to `last`) on which work of `season` is possible."""
    day = start
    while day <= last and not in_season(season, day):
        day += timedelta(days=1)
    return day if day <= last else None


def _ranges(rng: random.Random, season: Season, first: date, last: date
            ) -> list[tuple[date, date]]:
    """Non-overlapping order date ranges in [first, last], each wholly in season."""
    ranges = []
    cursor = first + timedelta(days=rng.randint(0, 20))
    while (start := _in_season_run(season, cursor, last)) is not None:
        end = start + timedelta(days=rng.choice(LENGTH_DAYS) - 1)
        day = start
        while day < end and in_season(season, day + timedelta(days=1)):
            day += timedelta(days=1)
        ranges.append((start, day))
        cursor = day + timedelta(days=rng.randint(*GAP_DAYS))
    return ranges


def _contact(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(FEMALE_FIRST if rng.random() < 0.55 else MALE_FIRST)
    last = rng.choices([s for s, _ in SURNAMES], [w for _, w in SURNAMES])[0]
    return f"{first} {last}", f"050 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _status(rng: random.Random, start: date, end: date, today: date) -> OrderStatus:
    if end < today:
        return OrderStatus.CANCELLED if rng.random() < 0.07 else OrderStatus.DONE
    if start <= today:
        return OrderStatus.IN_PROGRESS
    return OrderStatus.AGREED if rng.random() < 0.6 else OrderStatus.REQUESTED


def run(world: DemoWorld) -> None:
    rng = world.rng_for("orders")
    conn = world.writer.conn
    first, yesterday = window(world.today)
    last = world.today + timedelta(days=AHEAD_DAYS)
    tasks = conn.execute(
        "SELECT id, environment_id, municipality_code, name, orderer_department, season"
        " FROM work_task WHERE deleted = 0 ORDER BY id").fetchall()
    rows = []
    for task_id, env_id, code, name, department, season in tasks:
        coach = world.users_with(Role.COACH, code)[0].id
        department = department or rng.choice(ORDERERS)
        places = LOCATIONS.get(department, OTHER_PLACES)
        for start, end in _ranges(rng, Season(season), first, last):
            status = _status(rng, start, end, world.today)
            done = conn.execute(_DONE_SQL, (env_id, task_id, start.isoformat(),
                                            min(end, yesterday).isoformat())).fetchone()[0]
            if start > yesterday or status is OrderStatus.CANCELLED:
                planned = float(rng.choice(range(20, 130, 10)))
            else:
                share = (min(end, yesterday) - start).days + 1
                whole = (end - start).days + 1
                planned = max(10.0, round(done * whole / share * rng.uniform(0.85, 1.2) / 5) * 5)
            place = rng.choice(places)
            contact, phone = _contact(rng)
            row = {"id": world.ids.new(), "municipality_code": code, "created_by": coach,
                   "environment_id": env_id, "task_id": task_id,
                   "orderer_department": department, "title": f"{name} – {place}",
                   "location": place, "starts_on": start, "ends_on": end,
                   "planned_hours": planned, "contact_name": contact, "contact_phone": phone,
                   "status": status, "feedback_score": None, "feedback_comment": None,
                   "feedback_on": None}
            if status is OrderStatus.IN_PROGRESS and rng.random() < 0.3:
                row["ends_on"] = None  # an open-ended standing order
            if status is OrderStatus.DONE and rng.random() < FEEDBACK_SHARE:
                score = rng.choices(*SCORES)[0]
                row.update(feedback_score=score, feedback_on=min(
                    end + timedelta(days=rng.randint(1, 10)), yesterday),
                    feedback_comment=rng.choice(COMMENTS[score])
                    if score <= 3 or rng.random() < 0.6 else None)
            rows.append(row)
    world.writer.insert_synced("work_order", rows)
