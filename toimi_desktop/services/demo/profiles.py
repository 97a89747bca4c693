"""One demo trainee's person data: name, age, target groups and ESF+ entry data, weighted
to look like the TOIMI target group (long-term unemployed, partial work ability, immigrants,
young graduates, people long away from work)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from toimi_desktop.models.enums import EducationLevel, EmploymentStatus, Gender, TargetGroup
from toimi_desktop.services.demo.names import (
    EU_LANGUAGES,
    FEMALE_FIRST,
    IMMIGRANT_LANGUAGE_WEIGHTS,
    IMMIGRANT_NAMES,
    MALE_FIRST,
    NEUTRAL_FIRST,
    SURNAMES,
    feminine_surname,
)

_GENDERS = ((Gender.MALE, Gender.FEMALE, Gender.NON_BINARY, Gender.UNKNOWN), (54, 43, 1.5, 1.5))
_AGE_BANDS = (((17, 19), 6), ((20, 24), 10), ((25, 29), 12), ((30, 34), 11), ((35, 39), 11),
              ((40, 44), 10), ((45, 49), 11), ((50, 54), 11), ((55, 59), 11), ((60, 64), 7))
_SURNAME_NAMES = tuple(name for name, _ in SURNAMES)
_SURNAME_WEIGHTS = tuple(weight for _, weight in SURNAMES)
_LANGS = tuple(IMMIGRANT_LANGUAGE_WEIGHTS)
_LANG_WEIGHTS = tuple(IMMIGRANT_LANGUAGE_WEIGHTS.values())


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    gender: Gender
    birth_date: date
    immigrant_language: str | None


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def person(rng: random.Random, today: date, immigrant_share: float) -> Person:
    gender = rng.choices(*_GENDERS)[0]
    low, high = rng.choices([band for band, _ in _AGE_BANDS],
                            [weight for _, weight in _AGE_BANDS])[0]
    age = rng.randint(low, high)
    # Any of the 365 days after the birthday `age` years ago keeps the age exactly `age`.
    birth = _years_before(today, age) - timedelta(days=rng.randint(0, 364))
    female = gender is Gender.FEMALE or (gender is not Gender.MALE and rng.random() < 0.5)
    if rng.random() < immigrant_share:
        language = rng.choices(_LANGS, _LANG_WEIGHTS)[0]
        females, males, surnames = IMMIGRANT_NAMES[language]
        first = rng.choice(females if female else males)
        last = rng.choice(surnames)
        if female:
            last = feminine_surname(last, language)
        return Person(first, last, gender, birth, language)
    if gender in (Gender.NON_BINARY, Gender.UNKNOWN) and rng.random() < 0.5:
        first = rng.choice(NEUTRAL_FIRST)
    else:
        first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    last = rng.choices(_SURNAME_NAMES, _SURNAME_WEIGHTS)[0]
    return Person(first, last, gender, birth, None)


def languages(rng: random.Random, who: Person) -> list[str]:
    if who.immigrant_language is None:
        return ["fi", "en"] if rng.random() < 0.15 else ["fi"]
    result = [who.immigrant_language]
    if rng.random() < 0.5:
        result.append("fi")
    if who.immigrant_language != "en" and rng.random() < 0.3:
        result.append("en")
    return result


def target_groups(rng: random.Random, who: Person, today: date) -> list[str]:
    age = age_on(who.birth_date, today)
    groups: set[TargetGroup] = set()
    if who.immigrant_language:
        groups.add(TargetGroup.IMMIGRANT)
    if rng.random() < (0.3 if age < 25 else 0.6):
        groups.add(TargetGroup.LONG_TERM_UNEMPLOYED)
    if rng.random() < (0.4 if age >= 45 else 0.25):
        groups.add(TargetGroup.PARTIAL_WORK_ABILITY)
    if 18 <= age <= 29 and rng.random() < 0.35:
        groups.add(TargetGroup.YOUNG_GRADUATE)
    if rng.random() < (0.25 if age >= 30 else 0.1):
        groups.add(TargetGroup.LONG_AWAY_FROM_WORK)
    if not groups:
        groups.add(TargetGroup.YOUNG_GRADUATE if 18 <= age <= 29
                   else TargetGroup.LONG_TERM_UNEMPLOYED)
    return sorted(group.value for group in groups)


def _maybe(rng: random.Random, p_true: float, p_none: float) -> bool | None:
    draw = rng.random()
    if draw < p_none:
        return None
    return draw < p_none + p_true


def esf_entry(rng: random.Random, who: Person, groups: list[str], rural_share: float
              ) -> dict[str, object]:
    """ESF+ entry data (Regulation (EU) 2021/1057 Annex I). None = not asked or declined,
    common for the special-category items (disability, minority)."""
    long_term = TargetGroup.LONG_TERM_UNEMPLOYED.value in groups
    if long_term:
        status = (EmploymentStatus.LONG_TERM_UNEMPLOYED if rng.random() < 0.9
                  else EmploymentStatus.UNEMPLOYED)
    else:
        status = rng.choices((EmploymentStatus.UNEMPLOYED, EmploymentStatus.INACTIVE,
                              EmploymentStatus.EMPLOYED), (60, 35, 5))[0]
    if rng.random() < 0.02:
        status = None
    levels = (EducationLevel.ISCED_0_2, EducationLevel.ISCED_3_4, EducationLevel.ISCED_5_8, None)
    if TargetGroup.YOUNG_GRADUATE.value in groups:
        education = rng.choices(levels, (5, 75, 18, 2))[0]
    elif who.immigrant_language:
        education = rng.choices(levels, (40, 30, 20, 10))[0]
    else:
        education = rng.choices(levels, (30, 55, 10, 5))[0]
    partial = TargetGroup.PARTIAL_WORK_ABILITY.value in groups
    foreign = who.immigrant_language is not None
    return {
        "employment_status": status,
        "education_level": education,
        "disability": _maybe(rng, 0.7, 0.15) if partial else _maybe(rng, 0.08, 0.22),
        "third_country_national": (None if rng.random() < 0.03 else
                                   foreign and who.immigrant_language not in EU_LANGUAGES),
        "foreign_background": None if rng.random() < 0.03 else foreign,
        "minority": _maybe(rng, 0.04, 0.55),
        "homeless": _maybe(rng, 0.025, 0.075),
        "rural": _maybe(rng, rural_share * 0.95, 0.05),
    }
