"""How a trainee's assessments develop: per template family and criterion group, the mean
score of each assessment over time, and the change from the first to the latest.

Pure functions over `AssessmentView`s (no database), so the chart, the PDF and the tests
compute the same figures. Versions of a family share one chart: that is what families are
for (a new version may rename or add criteria, the groups usually stay).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from toimi_desktop.models.enums import AssessmentKind
from toimi_desktop.services.assessments import AssessmentView


@dataclass(frozen=True)
class TrendPoint:
    day: date
    kind: AssessmentKind
    coach: float | None  # mean of the coach's scores in the group
    own: float | None  # mean of the trainee's own scores in the group


@dataclass(frozen=True)
class GroupTrend:
    group: str
    points: tuple[TrendPoint, ...]

    @property
    def first(self) -> TrendPoint | None:
        return next((p for p in self.points if p.coach is not None), None)

    @property
    def latest(self) -> TrendPoint | None:
        return next((p for p in reversed(self.points) if p.coach is not None), None)

    @property
    def change(self) -> float | None:
        """Latest minus first coach mean; None until there are two scored assessments."""
        first, latest = self.first, self.latest
        if first is None or latest is None or first is latest:
            return None
        return round(latest.coach - first.coach, 2)


@dataclass(frozen=True)
class FamilyTrend:
    family: str
    name: str  # the newest version's name
    low: int
    high: int
    groups: tuple[GroupTrend, ...]
    count: int  # assessments in the family

    def group(self, name: str) -> GroupTrend | None:
        return next((g for g in self.groups if g.group == name), None)


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def trends(assessments: Sequence[AssessmentView]) -> list[FamilyTrend]:
    """One trend per template family that the trainee has been assessed with, in the order
    the families were first used; points oldest first."""
    by_family: dict[str, list[AssessmentView]] = {}
    for view in sorted(assessments, key=lambda a: a.assessed_on):
        by_family.setdefault(view.template.family, []).append(view)
    result = []
    for family, views in by_family.items():
        newest = max((v.template for v in views), key=lambda t: t.version)
        groups = list(newest.groups)
        for view in views:
            groups += [g for g in view.template.groups if g not in groups]
        criteria = [c for v in views for c in v.template.criteria]
        series = []
        for group in groups:
            points = []
            for view in views:
                keys = [c.key for c in view.template.criteria if c.group == group]
                coach = [view.scores[k][0] for k in keys
                         if k in view.scores and view.scores[k][0] is not None]
                own = [view.scores[k][1] for k in keys
                       if k in view.scores and view.scores[k][1] is not None]
                if coach or own:
                    points.append(TrendPoint(view.assessed_on, view.kind, _mean(coach),
                                             _mean(own)))
            if points:
                series.append(GroupTrend(group, tuple(points)))
        result.append(FamilyTrend(
            family=family, name=newest.name, low=min(c.low for c in criteria),
            high=max(c.high for c in criteria), groups=tuple(series), count=len(views)))
    return result
