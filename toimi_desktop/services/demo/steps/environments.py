"""One coaching environment per municipality, Taitamo's sites, and closed days."""

from __future__ import annotations

from datetime import date, timedelta

from toimi_desktop.models.enums import Role
from toimi_desktop.services.demo.places import PLACES, TAITAMO_SITES
from toimi_desktop.services.demo.world import DemoEnvironment, DemoWorld

SUMMER_CLOSURE = "Kesätauko"
TRAINING_DAY = "Henkilöstön koulutuspäivä"


def _monday_of_week(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def closed_days(open_weekdays: str, years: range, summer_weeks: int, first_week: int,
                training_week: int) -> list[tuple[date, str]]:
    """Summer break weeks in July and an autumn staff training day, on open weekdays only
    (public holidays come from the `holidays` package and are never stored)."""
    result: list[tuple[date, str]] = []
    for year in years:
        monday = _monday_of_week(year, first_week)
        for offset in range(summer_weeks * 7):
            day = monday + timedelta(days=offset)
            if str(day.isoweekday()) in open_weekdays:
                result.append((day, SUMMER_CLOSURE))
        training = _monday_of_week(year, training_week) + timedelta(days=1)  # a Tuesday
        if str(training.isoweekday()) in open_weekdays:
            result.append((training, TRAINING_DAY))
    return sorted(result)


def run(world: DemoWorld) -> None:
    rng = world.rng_for("environments")
    creator = world.coordinator.id
    env_rows, site_rows, closed_rows = [], [], []
    # Closed days cover the history periods may reach back to and the coming year.
    years = range(world.today.year - 1, world.today.year + 2)
    for place in PLACES:
        coach = world.users_with(Role.COACH, place.code)[0]
        env_id = world.ids.new()
        site_ids: list[str] = []
        env_rows.append({
            "id": env_id, "municipality_code": place.code, "created_by": creator,
            "name": place.environment, "kind": place.kind, "address": place.address,
            "contact_name": coach.display_name,
            "contact_phone": f"013 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "open_weekdays": place.open_weekdays,
        })
        if place.code == "167":
            for name, address in TAITAMO_SITES:
                site_ids.append(world.ids.new())
                site_rows.append({"id": site_ids[-1], "municipality_code": place.code,
                                  "created_by": creator, "environment_id": env_id,
                                  "name": name, "address": address})
        days = closed_days(place.open_weekdays, years, summer_weeks=rng.choice((2, 3, 4)),
                           first_week=rng.choice((27, 28, 29)),
                           training_week=rng.choice((38, 40, 42)))
        world.closed_days[env_id] = [day for day, _ in days]
        closed_rows += [{"id": world.ids.new(), "municipality_code": place.code,
                         "created_by": creator, "environment_id": env_id, "day": day,
                         "reason": reason} for day, reason in days]
        world.environments[place.code] = DemoEnvironment(
            env_id, place.code, place.environment, place.kind, place.open_weekdays,
            tuple(site_ids))
    world.writer.insert_synced("environment", env_rows)
    world.writer.insert_synced("environment_site", site_rows)
    world.writer.insert_synced("environment_closed_day", closed_rows)
