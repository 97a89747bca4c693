"""Telling namesakes apart in lists: Taitamo has two "Hirvonen Mika"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date


def with_birth_date(name: str, birth_date: date | None) -> str:
    if birth_date is None:
        return name
    return f"{name} ({birth_date.day}.{birth_date.month}.{birth_date.year})"


def list_names(people: Iterable[tuple[str, str, date | str | None]]) -> dict[str, str]:
    """(id, name, birth date) → {id: the name as a list shows it}: where two or more people
    in the list share a name, each gets the birth date (d.M.yyyy) after it."""
    people = list(people)
    counts = Counter(name for _id, name, _born in people)
    names = {}
    for person_id, name, born in people:
        if counts[name] > 1:
            if isinstance(born, str):
                born = date.fromisoformat(born)
            name = with_birth_date(name, born)
        names[person_id] = name
    return names
