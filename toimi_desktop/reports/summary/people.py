"""Who was in coaching in a date range: participants, starts and exits by period kind,
gender and target group; exits by outcome and their ESF+ results; the six-month follow-ups
that fell due. Counts of distinct trainees, read with plain SQL.

A trainee counts once in each figure, with their latest period in the range that qualifies
(so rows add up to the totals): a participant's latest period overlapping the range, a
starter's latest period starting in it, a leaver's latest period ending in it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta

from toimi_desktop.models.enums import ExitOutcome, Gender, PeriodKind, TargetGroup
from toimi_desktop.services.followup import add_months, followup_due

KINDS = tuple(PeriodKind)
GENDERS = tuple(Gender)
GROUPS = tuple(TargetGroup)
OUTCOMES = tuple(ExitOutcome)  # and "not recorded" as the last entry of a count list
EXIT_RESULTS = ("exit_job_search", "exit_in_education", "exit_qualification",
                "exit_employed")
FOLLOWUP_RESULTS = ("followup_employed", "followup_improved")

_PERIODS_SQL = """
    SELECT p.id, p.trainee_id, p.kind, p.start_date, p.end_date, p.status, p.exit_outcome,
           p.exit_job_search, p.exit_in_education, p.exit_qualification, p.exit_employed,
           t.gender, t.target_groups
    FROM period p JOIN trainee t ON t.id = p.trainee_id AND t.deleted = 0
    WHERE p.deleted = 0 AND p.municipality_code IN ({codes})
      AND p.start_date <= :end AND (p.end_date IS NULL OR p.end_date >= :start)"""

_FOLLOWUP_SQL = """
    SELECT p.trainee_id, p.end_date, p.followup_employed, p.followup_improved
    FROM period p JOIN trainee t ON t.id = p.trainee_id AND t.deleted = 0
    WHERE p.deleted = 0 AND p.status = 'ended' AND p.municipality_code IN ({codes})
      AND p.end_date BETWEEN :first AND :last"""


def placeholders(codes: tuple[str, ...], params: dict[str, object]) -> str:
    """`:m0, :m1, …` for an IN list, adding the values to `params`."""
    names = []
    for i, code in enumerate(codes):
        params[f"m{i}"] = code
        names.append(f":m{i}")
    return ", ".join(names) or "NULL"


def matrix(rows: int, columns: int) -> list[list[int]]:
    return [[0] * columns for _ in range(rows)]


def yes_no_unknown(value: object) -> int:
    """Index in a (yes, no, not known) list."""
    return 2 if value is None else 0 if value else 1


@dataclass
class PeopleFigures:
    participants: list[list[int]] = field(default_factory=lambda: matrix(len(KINDS),
                                                                        len(GENDERS)))
    participants_by_group: list[list[int]] = field(
        default_factory=lambda: matrix(len(GROUPS), len(GENDERS)))
    starts: list[list[int]] = field(default_factory=lambda: matrix(len(KINDS), len(GENDERS)))
    starts_by_month: dict[date, int] = field(default_factory=dict)
    exits: list[list[int]] = field(default_factory=lambda: matrix(len(KINDS), len(GENDERS)))
    outcomes: list[int] = field(default_factory=lambda: [0] * (len(OUTCOMES) + 1))
    exit_results: dict[str, list[int]] = field(
        default_factory=lambda: {name: [0, 0, 0] for name in EXIT_RESULTS})
    followup_results: dict[str, list[int]] = field(
        default_factory=lambda: {name: [0, 0, 0] for name in FOLLOWUP_RESULTS})

    @property
    def followups_due(self) -> int:
        return sum(self.followup_results[FOLLOWUP_RESULTS[0]])


def months_of(start: date, end: date) -> list[date]:
    """The first days of the months that the range touches."""
    months, month = [], date(start.year, start.month, 1)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return months


def _latest(rows: list[tuple], key: int) -> dict[str, tuple]:
    """Each trainee's row with the greatest value at `key` (ties: the later period id)."""
    best: dict[str, tuple] = {}
    for row in rows:
        current = best.get(row[1])
        if current is None or (row[key], row[0]) > (current[key], current[0]):
            best[row[1]] = row
    return best


def period_rows(conn: sqlite3.Connection, codes: tuple[str, ...], start: date, end: date
                ) -> list[tuple]:
    """The periods in `codes` overlapping [start, end] with their trainee's gender and target
    groups (read once for a range and the range before it, then `people_figures` of each)."""
    params: dict[str, object] = {"start": start.isoformat(), "end": end.isoformat()}
    return conn.execute(_PERIODS_SQL.format(codes=placeholders(codes, params)),
                        params).fetchall()


def people_figures(conn: sqlite3.Connection, codes: tuple[str, ...], start: date,
                   end: date, periods: list[tuple] | None = None) -> PeopleFigures:
    """The figures of [start, end]; `periods` from `period_rows` for a range that covers it,
    or None to read them."""
    if periods is None:
        rows = period_rows(conn, codes, start, end)
    else:
        first, last = start.isoformat(), end.isoformat()
        rows = [r for r in periods if r[3] <= last and (r[4] is None or r[4] >= first)]
    figures = PeopleFigures()
    kind_index = {k.value: i for i, k in enumerate(KINDS)}
    gender_index = {g.value: i for i, g in enumerate(GENDERS)}
    group_index = {g.value: i for i, g in enumerate(GROUPS)}
    outcome_index = {o.value: i for i, o in enumerate(OUTCOMES)}

    def cell(row: tuple) -> tuple[int, int]:
        return kind_index[row[2]], gender_index.get(row[11], gender_index["unknown"])

    for row in _latest(rows, 3).values():
        k, g = cell(row)
        figures.participants[k][g] += 1
        for group in set(json.loads(row[12] or "[]")):
            if group in group_index:
                figures.participants_by_group[group_index[group]][g] += 1
    starting = [r for r in rows if start.isoformat() <= r[3] <= end.isoformat()]
    figures.starts_by_month = dict.fromkeys(months_of(start, end), 0)
    for row in _latest(starting, 3).values():
        k, g = cell(row)
        figures.starts[k][g] += 1
        day = date.fromisoformat(row[3])
        figures.starts_by_month[date(day.year, day.month, 1)] += 1
    ending = [r for r in rows if r[5] == "ended" and r[4]
              and start.isoformat() <= r[4] <= end.isoformat()]
    for row in _latest(ending, 4).values():
        k, g = cell(row)
        figures.exits[k][g] += 1
        figures.outcomes[outcome_index.get(row[6], len(OUTCOMES))] += 1
        for offset, name in enumerate(EXIT_RESULTS):
            figures.exit_results[name][yes_no_unknown(row[7 + offset])] += 1
    _followups(conn, codes, start, end, figures)
    return figures


def _followups(conn: sqlite3.Connection, codes: tuple[str, ...], start: date, end: date,
               figures: PeopleFigures) -> None:
    """Leavers whose six-month point falls in the range, with what was recorded of them."""
    params: dict[str, object] = {
        "first": (add_months(start, -6) - timedelta(days=4)).isoformat(),
        "last": add_months(end, -6).isoformat()}
    rows = conn.execute(_FOLLOWUP_SQL.format(codes=placeholders(codes, params)),
                        params).fetchall()
    due = [(r[0], r[1], *r[2:]) for r in rows
           if start <= followup_due(date.fromisoformat(r[1])) <= end]
    latest: dict[str, tuple] = {}
    for row in due:
        if row[0] not in latest or row[1] > latest[row[0]][1]:
            latest[row[0]] = row
    for row in latest.values():
        for offset, name in enumerate(FOLLOWUP_RESULTS):
            figures.followup_results[name][yes_no_unknown(row[2 + offset])] += 1
