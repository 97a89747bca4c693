"""Users of every role and the municipalities they work in.

Usernames (documented in the README and listed by `toimi users`):
`koordinaattori`, `koordinaattori2`; `valmentaja.<municipality><n>` (coaches);
`uraagentti.joensuu<n>` and `uraagentti.<service area>` (career agents);
`yritysagentti<n>`; `ohjausryhma.<municipality>` (steering groups).
"""

from __future__ import annotations

import random

from toimi_desktop.models.enums import Role
from toimi_desktop.models.reference import SERVICE_AREAS
from toimi_desktop.services.demo.names import FEMALE_FIRST, MALE_FIRST, SURNAMES, ascii_slug
from toimi_desktop.services.demo.places import PLACES
from toimi_desktop.services.demo.world import DemoUser, DemoWorld

JOENSUU_CAREER_AGENTS = 3
# Career agents shared per service area outside Joensuu, by area code.
AREA_AGENTS = {"joensuun_seutu": "joensuunseutu", "pielisen_karjala": "pielinen",
               "keski_karjala": "keskikarjala"}
# Business agents and the service areas they cover.
BUSINESS_AGENTS = (("yritysagentti1", ("joensuu",)),
                   ("yritysagentti2", ("joensuun_seutu",)),
                   ("yritysagentti3", ("pielisen_karjala", "keski_karjala")))


def _area_codes(*areas: str) -> tuple[str, ...]:
    return tuple(code for area in areas for code, _ in SERVICE_AREAS[area][1])


class _People:
    """Distinct invented staff names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.surnames = [name for name, _ in SURNAMES]

    def name(self) -> str:
        while True:
            first = self.rng.choice(self.rng.choice((FEMALE_FIRST, MALE_FIRST)))
            name = f"{first} {self.rng.choice(self.surnames)}"
            if name not in self.used:
                self.used.add(name)
                return name


def _plan() -> list[tuple[str, Role, tuple[str, ...]]]:
    plan: list[tuple[str, Role, tuple[str, ...]]] = [
        ("koordinaattori", Role.COORDINATOR, ()),
        ("koordinaattori2", Role.COORDINATOR, ()),  # coordinators see every municipality
    ]
    for place in PLACES:
        plan += [(f"valmentaja.{place.slug}{n}", Role.COACH, (place.code,))
                 for n in range(1, place.coaches + 1)]
    plan += [(f"uraagentti.joensuu{n}", Role.CAREER_AGENT, ("167",))
             for n in range(1, JOENSUU_CAREER_AGENTS + 1)]
    plan += [(f"uraagentti.{slug}", Role.CAREER_AGENT, _area_codes(area))
             for area, slug in AREA_AGENTS.items()]
    plan += [(username, Role.BUSINESS_AGENT, _area_codes(*areas))
             for username, areas in BUSINESS_AGENTS]
    plan += [(f"ohjausryhma.{place.slug}", Role.STEERING_GROUP, (place.code,))
             for place in PLACES]
    return plan


def run(world: DemoWorld) -> None:
    people = _People(world.rng_for("users"))
    user_rows, membership_rows = [], []
    for username, role, codes in _plan():
        if role is Role.STEERING_GROUP:
            place = next(p for p in PLACES if p.code == codes[0])
            display_name = f"Ohjausryhmä {place.name}"
            email = None
        else:
            display_name = people.name()
            # .example is reserved (RFC 2606): no demo mail can reach a real person. Coaches
            # work for their municipality, everyone else for the Joensuu-led employment area.
            domain = next((p.slug for p in PLACES if role is Role.COACH and p.code == codes[0]),
                          "joensuu")
            email = f"{ascii_slug(display_name.replace(' ', '.'))}@{domain}.example"
        user = DemoUser(world.ids.new(), username, display_name, role, codes)
        world.users.append(user)
        user_rows.append({"id": user.id, "username": username, "display_name": display_name,
                          "role": role, "email": email, "active": True})
        membership_rows += [{"user_id": user.id, "municipality_code": code} for code in codes]
    world.writer.insert("app_user", user_rows)
    world.writer.insert("user_municipality", membership_rows)
