"""The evaluation phase and the productisation: the coaches working at each environment,
coaches' evaluations of how tasks worked for the trainees who did them, and a few work
service packages per environment.

Evaluations follow the trainee's level against the task's demand, with a hidden "true"
difficulty that differs from the catalogue's level for some tasks, so the evidence points
some levels up or down as in a real evaluation phase.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from toimi_desktop.models.enums import PeriodKind, Role, TaskFit, WorkField
from toimi_desktop.services.demo.steps.attendance import window
from toimi_desktop.services.demo.world import DemoWorld
from toimi_desktop.services.environments import environment_coach_id
from toimi_desktop.services.packages import package_task_id

MIN_DAYS = 4  # a trainee is evaluated on a task they did at least this many days
EVALUATED_SHARE = 0.5
LEVELS_BY_KIND = {PeriodKind.REHABILITATIVE_WORK: ((1, 2, 3), (60, 33, 7)),
                  PeriodKind.COACHING: ((1, 2, 3), (25, 50, 25)),
                  PeriodKind.OTHER: ((1, 2, 3), (40, 45, 15))}
OFFSETS = ((-1, 0, 1), (20, 60, 20))  # true difficulty against the catalogue's level
FITS = (TaskFit.SUITABLE, TaskFit.WITH_SUPPORT, TaskFit.NOT_SUITABLE)
FIT_WEIGHTS = {0: (80, 17, 3), -1: (30, 50, 20), -2: (8, 32, 60)}  # by level − difficulty
NOTES = {
    TaskFit.SUITABLE: (None, None, "Työskenteli itsenäisesti ohjeen mukaan.",
                       "Hyvä työtahti, jälki siistiä."),
    TaskFit.WITH_SUPPORT: ("Tarvitsi ohjausta työvaiheiden järjestyksessä.",
                           "Sujui, kun työ jaettiin pienempiin osiin.",
                           "Kuormittui iltapäivällä; tauotus auttoi.",
                           "Työparin tuki tarpeen koneiden kanssa."),
    TaskFit.NOT_SUITABLE: ("Fyysisesti liian raskas, selkä kipeytyi.",
                           "Työn vaatima tarkkuus ei vielä onnistunut.",
                           "Asiakaskontaktit kuormittivat liikaa.",
                           "Turvallisuusohjeiden noudattaminen ei onnistunut."),
}
PACKAGE_NAMES = {
    WorkField.ENVIRONMENTAL_CARE: ("Piha- ja viheralueiden hoito",
                                   "Puistojen, pihojen ja reittien hoitoa ryhmätyönä."),
    WorkField.CLEANING_SERVICES: ("Siivouspalvelu",
                                  "Kiinteistöjen ylläpitosiivous ohjattuna ryhmänä."),
    WorkField.PROPERTY_UPKEEP: ("Kiinteistöjen pienpalvelut",
                                "Pienet korjaus- ja kunnossapitotyöt ohjaajan kanssa."),
    WorkField.KITCHEN: ("Keittiöavun palvelu",
                        "Astiahuolto, esivalmistelu ja linjaston täyttö."),
    WorkField.LAUNDRY: ("Pyykkipalvelu", "Liinavaatteiden ja tekstiilien pesu ja viikkaus."),
    WorkField.RECYCLING: ("Kierrätyspalvelu", "Lajittelu, vastaanotto ja kunnostus."),
    WorkField.WOODWORK: ("Puutyöpalvelu", "Pienpuusepäntyöt ja polttopuut tilauksesta."),
    WorkField.OTHER: ("Asiointiapu", "Asiointi- ja kauppa-apu yhdessä ohjaajan kanssa."),
}
PACKAGES_PER_ENVIRONMENT = 3
PRICES = (16.0, 18.0, 19.5, 22.0, 24.0, 28.0)


def _coach_links(world: DemoWorld) -> None:
    rows = []
    for env in world.environments.values():
        for coach in world.users_with(Role.COACH, env.municipality_code):
            rows.append({"id": environment_coach_id(env.id, coach.id),
                         "municipality_code": env.municipality_code,
                         "created_by": world.coordinator.id, "environment_id": env.id,
                         "user_id": coach.id})
    world.writer.insert_synced("environment_coach", rows)


def _evaluations(world: DemoWorld, rng: random.Random) -> None:
    conn = world.writer.conn
    start, end = window(world.today)
    tasks = {task_id: (max(skill, ability), code) for task_id, skill, ability, code in
             conn.execute("SELECT id, skill_level, work_ability_level, municipality_code"
                          " FROM work_task ORDER BY id")}
    truth = {task_id: rng.choices(*OFFSETS)[0] for task_id in tasks}
    kinds = {p.trainee_id: p.kind for p in world.periods}
    levels: dict[str, int] = {}
    coaches = {u.id for u in world.users if u.role is Role.COACH}
    rows = []
    for trainee_id, task_id, days, first_day, last_day, recorder in conn.execute(
            "SELECT trainee_id, work_task_id, count(*), min(day), max(day), max(recorded_by)"
            " FROM attendance WHERE work_task_id IS NOT NULL AND day BETWEEN ? AND ?"
            " AND status IN ('present', 'partly_present')"
            " GROUP BY trainee_id, work_task_id ORDER BY trainee_id, work_task_id",
            (start.isoformat(), end.isoformat())):
        if days < MIN_DAYS or rng.random() >= EVALUATED_SHARE:
            continue
        if trainee_id not in levels:
            levels[trainee_id] = rng.choices(*LEVELS_BY_KIND[kinds.get(
                trainee_id, PeriodKind.OTHER)])[0]
        level = levels[trainee_id]
        demand, code = tasks[task_id]
        difficulty = min(3, max(1, demand + truth[task_id]))
        fit = rng.choices(FITS, FIT_WEIGHTS[max(-2, min(0, level - difficulty))])[0]
        evaluator = recorder if recorder in coaches else \
            world.users_with(Role.COACH, code)[0].id
        rows.append({"id": world.ids.new(), "municipality_code": code,
                     "created_by": evaluator, "task_id": task_id, "trainee_id": trainee_id,
                     "trainee_level": level, "fit": fit, "note": rng.choice(NOTES[fit]),
                     "evaluated_on": _evaluation_day(rng, first_day, last_day),
                     "evaluator_id": evaluator})
    world.writer.insert_synced("task_evaluation", rows)


def _evaluation_day(rng: random.Random, first_day: str, last_day: str) -> date:
    """Some time after the trainee began the task, not all on the same last day."""
    first, last = date.fromisoformat(first_day), date.fromisoformat(last_day)
    return first + timedelta(days=round((last - first).days * rng.uniform(0.35, 1.0)))


def _packages(world: DemoWorld, rng: random.Random) -> None:
    conn = world.writer.conn
    by_env: dict[str, dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for task_id, env_id, code, field, skill, ability in conn.execute(
            "SELECT id, environment_id, municipality_code, field, skill_level,"
            " work_ability_level FROM work_task WHERE active = 1 ORDER BY id"):
        by_env[env_id][field].append((task_id, code, skill, ability))
    typical = dict(conn.execute(
        "SELECT task_id, avg(planned_hours) FROM work_order WHERE status = 'done'"
        " GROUP BY task_id ORDER BY task_id"))
    packages, links = [], []
    for env_id in sorted(by_env):
        fields = sorted(by_env[env_id].items(), key=lambda item: (-len(item[1]), item[0]))
        for field, tasks in fields[:PACKAGES_PER_ENVIRONMENT]:
            code = tasks[0][1]
            creator = world.users_with(Role.COACH, code)[0].id
            name, description = PACKAGE_NAMES[WorkField(field)]
            hours = [typical[t[0]] for t in tasks if t[0] in typical]
            package_id = world.ids.new()
            packages.append({
                "id": package_id, "municipality_code": code, "created_by": creator,
                "environment_id": env_id, "name": name, "description": description,
                "min_skill_level": min(t[2] for t in tasks), "max_skill_level": 3,
                "min_work_ability_level": min(t[3] for t in tasks),
                "max_work_ability_level": 3,
                "typical_hours": _typical(hours),
                "price_per_hour": rng.choice(PRICES), "active": True})
            links += [{"id": package_task_id(package_id, t[0]), "municipality_code": code,
                       "created_by": creator, "package_id": package_id, "task_id": t[0]}
                      for t in tasks]
    world.writer.insert_synced("service_package", packages)
    world.writer.insert_synced("service_package_task", links)


def _typical(hours: list[float]) -> float:
    """The mean planned hours of the tasks' done orders, to the nearest ten (40 without)."""
    return float(round(sum(hours) / len(hours) / 10) * 10 or 40) if hours else 40.0


def run(world: DemoWorld) -> None:
    rng = world.rng_for("catalogue")
    _coach_links(world)
    _evaluations(world, rng)
    _packages(world, rng)
