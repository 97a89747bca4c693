"""Trainees, spread over the municipalities by population."""

from __future__ import annotations

import random
from datetime import timedelta

from toimi_desktop.models.enums import Gender, Role
from toimi_desktop.services.demo.hetu import TemporaryHetus
from toimi_desktop.services.demo.names import CLIENT_MANAGERS, ascii_slug
from toimi_desktop.services.demo.places import PLACES, STREETS, Place
from toimi_desktop.services.demo.profiles import esf_entry, languages, person, target_groups
from toimi_desktop.services.demo.world import DemoTrainee, DemoWorld

# How far back referrals (and so periods) reach: the project took over ongoing clients.
HISTORY_DAYS = 400
_PHONE_PREFIXES = ("040", "044", "045", "046", "050")
_MAIL_DOMAINS = ("example.com", "example.net", "example.org")  # reserved, RFC 2606


def apportion(total: int, weights: list[int]) -> list[int]:
    """Split `total` in proportion to `weights`, exactly (largest remainder)."""
    quotas = [total * w / sum(weights) for w in weights]
    counts = [int(q) for q in quotas]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - quotas[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _address(rng: random.Random, place: Place) -> str:
    street = f"{rng.choice(STREETS)} {rng.randint(1, 60)}"
    if rng.random() < 0.45:
        street += f" {rng.choice('ABCD')} {rng.randint(1, 40)}"
    return f"{street}, {rng.choice(place.post_codes)} {place.name}"


def _phone(rng: random.Random) -> str:
    return f"{rng.choice(_PHONE_PREFIXES)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _email(rng: random.Random, first: str, last: str) -> str:
    local = ascii_slug(f"{first}.{last}".replace(" ", "").replace("'", ""))
    if rng.random() < 0.4:
        local += str(rng.randint(1, 99))
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


def run(world: DemoWorld) -> None:
    rng = world.rng_for("trainees")
    hetus = TemporaryHetus(world.rng_for("hetu"))
    today = world.today
    counts = apportion(world.trainee_count, [place.population for place in PLACES])
    # Interleave municipalities so that creation order (ids, HLC) looks like real intake.
    order = [place for place, n in zip(PLACES, counts, strict=True) for _ in range(n)]
    rng.shuffle(order)
    rows = []
    for place in order:
        immigrant_share = 0.13 if place.code == "167" else 0.06
        who = person(rng, today, immigrant_share)
        groups = target_groups(rng, who, today)
        has_hetu = rng.random() < (0.8 if who.immigrant_language else 0.97)
        parity = {Gender.MALE: 1, Gender.FEMALE: 0}.get(who.gender)
        hetu = hetus.new(who.birth_date, parity) if has_hetu else None
        referred_on = today - timedelta(days=rng.randint(0, HISTORY_DAYS))
        creator = rng.choice(world.users_with(Role.COACH, place.code))
        trainee = DemoTrainee(
            id=world.ids.new(), municipality_code=place.code, first_name=who.first_name,
            last_name=who.last_name, hetu=hetu, birth_date=who.birth_date,
            gender=who.gender, target_groups=tuple(groups),
            languages=tuple(languages(rng, who)), referred_on=referred_on,
            created_by=creator.id)
        world.trainees.append(trainee)
        rows.append({
            "id": trainee.id, "municipality_code": place.code, "created_by": creator.id,
            "first_name": who.first_name, "last_name": who.last_name, "hetu": hetu,
            "birth_date": who.birth_date, "gender": who.gender,
            "phone": _phone(rng) if rng.random() < 0.85 else None,
            "email": _email(rng, who.first_name, who.last_name) if rng.random() < 0.45
            else None,
            "address": _address(rng, place) if rng.random() < 0.92 else None,
            "languages": list(trainee.languages), "target_groups": groups,
            "consent_date": referred_on,
            "referred_by": rng.choice(CLIENT_MANAGERS) if rng.random() < 0.9 else None,
            **esf_entry(rng, who, groups, place.rural_share),
        })
    world.writer.insert_synced("trainee", rows)
