"""Progress in assessments for a range and the range before it, read in one pass: per trainee
and assessment template family, their latest assessment in the range against their first
one in that family (coach scores). A trainee improved when the mean of their families'
changes, each relative to its scale, is above zero. The change per criterion group is in the
scale's own points.

A trainee counts in a range when they were assessed in it in the scope (in any family); their
first assessment in a family is the same for both ranges (the earliest up to the range's end
that has a latest one), so the scores of the two ranges' assessments are read together.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date

from toimi_desktop.reports.summary.activity import GroupChange, Progress
from toimi_desktop.reports.summary.people import placeholders

# Each trainee's first assessment per family, and their latest one in each range, as
# "day id template" (ids sort by time: UUIDv7), with whether the family's assessments put
# the trainee in each range's scope. Covering indexes ix_assessment_summary and
# ix_assessment_scope.
_ENDS_SQL = """
    SELECT a.trainee_id, t.family,
      min(a.assessed_on || ' ' || a.id || ' ' || a.template_id),
      max(CASE WHEN a.assessed_on >= :start
          THEN a.assessed_on || ' ' || a.id || ' ' || a.template_id END),
      max(CASE WHEN a.assessed_on BETWEEN :previous_start AND :previous_end
          THEN a.assessed_on || ' ' || a.id || ' ' || a.template_id END),
      max(a.assessed_on >= :start AND a.municipality_code IN ({codes})),
      max(a.assessed_on BETWEEN :previous_start AND :previous_end
          AND a.municipality_code IN ({codes}))
    FROM assessment a INDEXED BY ix_assessment_summary
      JOIN assessment_template t ON t.id = a.template_id
    WHERE a.deleted = 0 AND a.assessed_on <= :end AND a.trainee_id IN (
      SELECT trainee_id FROM assessment INDEXED BY ix_assessment_scope
      WHERE deleted = 0 AND municipality_code IN ({codes})
        AND assessed_on BETWEEN :previous_start AND :end)
    GROUP BY 1, 2"""

_SCORES_SQL = """
    SELECT assessment_id, criterion_key, coach_score
    FROM assessment_score INDEXED BY ix_assessment_score_summary
    WHERE deleted = 0 AND coach_score IS NOT NULL
      AND assessment_id IN (SELECT value FROM json_each(:ids))"""

_CRITERIA_SQL = "SELECT id, family, criteria FROM assessment_template"

_FAMILY_NAMES_SQL = """
    SELECT family, name FROM assessment_template t
    WHERE version = (SELECT max(version) FROM assessment_template u WHERE u.family = t.family)"""

Pair = tuple[str, str, str, str]  # trainee, family, first assessment id, latest one's id


def _criteria(conn: sqlite3.Connection) -> dict[str, dict[str, tuple[str, float, float]]]:
    """{template id: {criterion key: (group, low, high)}}"""
    found = {}
    for template_id, _family, criteria in conn.execute(_CRITERIA_SQL):
        found[template_id] = {c["key"]: (c.get("group") or "", float(c["min"]),
                                         float(c["max"]))
                              for c in json.loads(criteria or "[]")}
    return found


def progress_pair(conn: sqlite3.Connection, codes: tuple[str, ...], current: tuple[date, date],
                  previous: tuple[date, date]) -> tuple[Progress, Progress]:
    """Progress in `current` and in `previous` (the range just before it)."""
    (start, end), (previous_start, previous_end) = current, previous
    params: dict[str, object] = {
        "start": start.isoformat(), "end": end.isoformat(),
        "previous_start": previous_start.isoformat(), "previous_end": previous_end.isoformat()}
    rows = conn.execute(_ENDS_SQL.format(codes=placeholders(codes, params)), params).fetchall()
    in_scope: list[set[str]] = [set(), set()]
    for row in rows:
        for i in (0, 1):
            if row[5 + i]:
                in_scope[i].add(row[0])
    pairs: list[list[Pair]] = [[], []]
    template_of: dict[str, str] = {}
    for trainee, family, first, *latest in (row[:5] for row in rows):
        _day, first_id, first_template = first.split(" ")
        for i in (0, 1):
            if latest[i] is None or latest[i] == first or trainee not in in_scope[i]:
                continue
            _day, last_id, last_template = latest[i].split(" ")
            pairs[i].append((trainee, family, first_id, last_id))
            template_of[first_id], template_of[last_id] = first_template, last_template
    criteria = _criteria(conn)
    family_of = {t: f for t, f, _c in conn.execute(_CRITERIA_SQL)}
    names = dict(conn.execute(_FAMILY_NAMES_SQL).fetchall())
    scores, scales = _scores(conn, criteria, template_of)
    return tuple(_changes(pair_list, scores, scales, template_of, family_of, names)
                 for pair_list in pairs)


def _scores(conn: sqlite3.Connection, criteria: dict[str, dict[str, tuple[str, float, float]]],
            template_of: dict[str, str]
            ) -> tuple[dict[str, dict[str, list[float]]], dict[tuple[str, str],
                                                              tuple[float, float]]]:
    """Per assessment {group: [sum of coach scores, count]}, and each (template, group)'s
    scale, for the assessments of `template_of`."""
    scores: dict[str, dict[str, list[float]]] = defaultdict(dict)
    scales: dict[tuple[str, str], tuple[float, float]] = {}
    for assessment, key, score in conn.execute(_SCORES_SQL,
                                               {"ids": json.dumps(list(template_of))}):
        template_id = template_of[assessment]
        criterion = criteria.get(template_id, {}).get(key)
        if criterion is None:
            continue
        group, low, high = criterion
        slot = scores[assessment].get(group)
        if slot is None:
            slot = scores[assessment][group] = [0.0, 0]
            scales.setdefault((template_id, group), (low, high))
        slot[0] += score
        slot[1] += 1
    return scores, scales


def _changes(pairs: list[Pair], scores: dict[str, dict[str, list[float]]],
             scales: dict[tuple[str, str], tuple[float, float]], template_of: dict[str, str],
             family_of: dict[str, str], names: dict[str, str]) -> Progress:
    result = Progress()
    changes: dict[str, list[float]] = defaultdict(list)
    for trainee, family, first_id, last_id in pairs:
        first, last = scores.get(first_id, {}), scores.get(last_id, {})
        relative = []
        for group in sorted(set(first) & set(last)):
            low, high = _scale(scales, template_of, family_of, family, group, last_id)
            change = last[group][0] / last[group][1] - first[group][0] / first[group][1]
            figure = result.groups.setdefault(
                (family, group), GroupChange(names.get(family, family), group, low, high))
            figure.total_change += change
            figure.people += 1
            relative.append(change / ((high - low) or 1.0))
        if relative:
            changes[trainee].append(sum(relative) / len(relative))
    for values in changes.values():
        mean = sum(values) / len(values)
        if mean > 1e-9:
            result.improved += 1
        elif mean < -1e-9:
            result.declined += 1
        else:
            result.unchanged += 1
    return result


def _scale(scales: dict[tuple[str, str], tuple[float, float]], templates: dict[str, str],
           family_of: dict[str, str], family: str, group: str, assessment: str
           ) -> tuple[float, float]:
    """The group's scale in the latest assessment's template version."""
    return scales.get((templates.get(assessment, ""), group)) or next(
        scale for (template, g), scale in scales.items()
        if g == group and family_of.get(template) == family)
