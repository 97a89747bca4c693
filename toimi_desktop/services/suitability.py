"""Which of the environment's work tasks fit a trainee now, and why the others do not.

Work tasks carry a skill demand and a work-ability demand, each 1–3 (`enums.SKILL_LEVELS`,
`enums.WORK_ABILITY_LEVELS`). A trainee's two levels come from their latest assessments
through `levels_from_scores`, the one place where criterion scores become levels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.access_enums import AccessTarget
from toimi_desktop.models.enums import PhysicalLoad, Season, TaskFit, WorkField
from toimi_desktop.services.access import Right
from toimi_desktop.services.access_log import log_view
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.assessments import (
    AssessmentView,
    Criterion,
    assessments_of,
    readable_trainee,
)
from toimi_desktop.services.errors import Message

SKILL, WORK_ABILITY = "skill", "work_ability"
# Criteria of the default templates and the demand each one tells about. A template's own
# criterion may name its dimension instead ("dimension" in the template's JSON).
DEFAULT_DIMENSIONS = {
    "works_to_instructions": SKILL, "work_quality": SKILL, "safety": SKILL,
    "independence": SKILL, "initiative": SKILL, "skills": SKILL,
    "work_ability": WORK_ABILITY, "physical_functioning": WORK_ABILITY,
    "mental_wellbeing": WORK_ABILITY, "everyday_coping": WORK_ABILITY, "pace": WORK_ABILITY,
}
LEVEL_2_FROM, LEVEL_3_FROM = 0.5, 0.75  # share of the scale (0 = its bottom, 1 = its top)
SAFETY_KEY, PHYSICAL_KEY = "safety", "physical_functioning"
NEWCOMER_LEVEL = 1
SUMMER_MONTHS = frozenset(range(5, 10))  # May–September
WINTER_MONTHS = frozenset({11, 12, 1, 2, 3, 4})  # November–April
_FIT_ORDER = {TaskFit.SUITABLE: 0, TaskFit.WITH_SUPPORT: 1, TaskFit.NOT_SUITABLE: 2}


@dataclass(frozen=True)
class DimensionLevel:
    level: int  # 1–3
    share: float  # mean position of the scores on their scales, 0–1
    basis: tuple[str, ...]  # labels of the criteria it was computed from
    assessed_on: date | None = None
    template: str | None = None
    capped_by_safety: bool = False


def dimension_of(criterion: Criterion) -> str | None:
    return criterion.dimension or DEFAULT_DIMENSIONS.get(criterion.key)


def level_of(share: float) -> int:
    return 3 if share >= LEVEL_3_FROM else 2 if share >= LEVEL_2_FROM else 1


def levels_from_scores(criteria: Sequence[Criterion], scores: Mapping[str, int | None]
                       ) -> dict[str, DimensionLevel]:
    """The trainee's skill and work-ability level (1–3) from one assessment's coach scores.

    1. Each criterion tells about one dimension (`dimension_of`): on the default templates
       works to instructions, work quality, safety, independence, initiative and skills tell
       about skill; overall work ability, physical functioning, mental well-being, everyday
       coping and pace tell about work ability. The others (punctuality, cooperation…) are
       development goals, not demands of a task.
    2. A score becomes its position on its own scale, share = (score − min) / (max − min),
       so 1–5 and 0–10 criteria can be mixed; the dimension's share is their mean.
    3. Level 1 below 0.5, level 2 from 0.5, level 3 from 0.75: on 1–5, a mean under 3
       ("manages with guidance") is level 1, 3–3.9 level 2, 4 and up ("nearly
       independent") level 3; on 0–10, under 5 is level 1, 5–7.4 level 2, 7.5 and up level 3.
    4. Skill level 3 means tools, machines or customer contact: it needs the safety
       criterion, when scored, at level-3 share too; otherwise the level stays at 2.
    Only the coach's scores count; the self-assessment is shown beside them, not used here.
    """
    found: dict[str, list[tuple[Criterion, float]]] = {}
    for criterion in criteria:
        score = scores.get(criterion.key)
        dimension = dimension_of(criterion)
        if score is None or dimension is None or criterion.high <= criterion.low:
            continue
        share = (score - criterion.low) / (criterion.high - criterion.low)
        found.setdefault(dimension, []).append((criterion, min(max(share, 0.0), 1.0)))
    levels = {}
    for dimension, scored in found.items():
        share = round(sum(s for _c, s in scored) / len(scored), 3)
        level, capped = level_of(share), False
        safety = next((s for c, s in scored if c.key == SAFETY_KEY), None)
        if dimension == SKILL and level == 3 and safety is not None and safety < LEVEL_3_FROM:
            level, capped = 2, True
        levels[dimension] = DimensionLevel(level, share, tuple(c.label for c, _s in scored),
                                           capped_by_safety=capped)
    return levels


@dataclass(frozen=True)
class TraineeLevels:
    skill: DimensionLevel | None
    work_ability: DimensionLevel | None
    physical: tuple[int, int, int] | None  # (score, min, max) of physical functioning

    @property
    def assumed(self) -> bool:
        """No assessment tells either level yet: a newcomer's levels are assumed."""
        return self.skill is None and self.work_ability is None

    def level(self, dimension: str) -> int:
        found = self.skill if dimension == SKILL else self.work_ability
        return found.level if found else NEWCOMER_LEVEL


def trainee_levels(assessments: Sequence[AssessmentView]) -> TraineeLevels:
    """The levels from the latest assessment of each template family (coach scores only):
    the newest work-coaching and the newest work-ability assessment together are the
    latest picture of the trainee. Their criteria are pooled, so each criterion weighs the
    same (a key in two families counts once, from the newer assessment)."""
    criteria: dict[str, Criterion] = {}
    scores: dict[str, int] = {}
    sources: list[AssessmentView] = []
    for view in sorted(assessments, key=lambda a: (a.assessed_on, a.id), reverse=True):
        if any(s.template.family == view.template.family for s in sources):
            continue
        coach = view.coach_scores()
        new = {c.key: c for c in view.template.criteria
               if c.key in coach and c.key not in criteria}
        if not any(dimension_of(c) for c in new.values()):
            continue
        sources.append(view)
        criteria.update(new)
        scores.update({key: coach[key] for key in new})
    found = levels_from_scores(list(criteria.values()), scores)
    picked = {}
    for dimension, level in found.items():
        used = [v for v in sources if any(dimension_of(c) == dimension and c.key in scores
                                          and c.key in v.coach_scores()
                                          for c in v.template.criteria)]
        picked[dimension] = DimensionLevel(
            level.level, level.share, level.basis, max(v.assessed_on for v in used),
            ", ".join(v.template.name for v in used), level.capped_by_safety)
    physical = None
    if PHYSICAL_KEY in scores:
        criterion = criteria[PHYSICAL_KEY]
        physical = (scores[PHYSICAL_KEY], criterion.low, criterion.high)
    return TraineeLevels(picked.get(SKILL), picked.get(WORK_ABILITY), physical)


@dataclass(frozen=True)
class TaskFitRow:
    task_id: str
    name: str
    field: WorkField
    orderer: str | None
    skill_level: int
    work_ability_level: int
    physical_load: PhysicalLoad
    season: Season
    fit: TaskFit
    reasons: tuple[Message, ...]


@dataclass(frozen=True)
class Evidence:
    """The latest evaluation of this task with this trainee (the catalogue's evidence)."""

    fit: TaskFit
    evaluated_on: date
    note: str | None = None


def _day(value: date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


def in_season(season: Season, day: date) -> bool:
    if season is Season.SUMMER:
        return day.month in SUMMER_MONTHS
    if season is Season.WINTER:
        return day.month in WINTER_MONTHS
    return True


def fit_task(skill_need: int, ability_need: int, load: PhysicalLoad, season: Season,
             levels: TraineeLevels, day: date, evidence: Evidence | None = None
             ) -> tuple[TaskFit, tuple[Message, ...]]:
    """The rules, worst verdict wins:
    - work-ability demand above the trainee's level: not suitable (coaching can teach a
      skill beside the trainee, it cannot add work ability);
    - skill demand one level above: suitable with support (a step up); two: not suitable;
    - physically heavy while physical functioning is in the lower half of its scale: not
      suitable;
    - a summer or winter task outside its season on `day`: not suitable;
    - an earlier try with this trainee: "not suitable" stays so, "with support" caps it.
    """
    skill, ability = levels.level(SKILL), levels.level(WORK_ABILITY)
    verdicts: list[tuple[TaskFit, Message]] = []
    if ability_need > ability:
        verdicts.append((TaskFit.NOT_SUITABLE, Message(N_(
            "errors", "Needs work-ability level {need}; the trainee is at {have}."),
            {"need": ability_need, "have": ability})))
    if skill_need == skill + 1:
        verdicts.append((TaskFit.WITH_SUPPORT, Message(N_(
            "errors", "A step up: needs skill level {need}, the trainee is at {have}. "
                      "Possible with a coach beside."), {"need": skill_need, "have": skill})))
    elif skill_need > skill + 1:
        verdicts.append((TaskFit.NOT_SUITABLE, Message(N_(
            "errors", "Needs skill level {need}; the trainee is at {have}."),
            {"need": skill_need, "have": skill})))
    if load is PhysicalLoad.HEAVY and levels.physical is not None:
        score, low, high = levels.physical
        if (score - low) / (high - low) < LEVEL_2_FROM:
            verdicts.append((TaskFit.NOT_SUITABLE, Message(N_(
                "errors", "Physically heavy; physical functioning was {score}/{high}."),
                {"score": score, "high": high})))
    if not in_season(season, day):
        verdicts.append((TaskFit.NOT_SUITABLE, Message(
            N_("errors", "Out of season: a summer task.") if season is Season.SUMMER
            else N_("errors", "Out of season: a winter task."))))
    if evidence is not None:
        text = {TaskFit.SUITABLE: N_("errors", "Tried on {day}: suitable."),
                TaskFit.WITH_SUPPORT: N_("errors", "Tried on {day}: suitable with support."),
                TaskFit.NOT_SUITABLE: N_("errors", "Tried on {day}: not suitable.")}
        verdicts.append((evidence.fit, Message(text[evidence.fit],
                                               {"day": _day(evidence.evaluated_on)})))
    fit = max((v for v, _m in verdicts), key=_FIT_ORDER.__getitem__,
              default=TaskFit.SUITABLE)
    reasons = [m for _v, m in sorted(verdicts, key=lambda v: -_FIT_ORDER[v[0]])]
    if fit is TaskFit.SUITABLE:
        reasons.insert(0, Message(N_("errors", "Fits: needs skill level {skill_need} (the "
                                               "trainee is at {skill}) and work-ability "
                                               "level {ability_need} (at {ability})."),
                                  {"skill_need": skill_need, "skill": skill,
                                   "ability_need": ability_need, "ability": ability}))
    return fit, tuple(reasons)


@dataclass(frozen=True)
class Suitability:
    environment_id: str | None
    environment: str | None
    day: date
    levels: TraineeLevels
    rows: tuple[TaskFitRow, ...]  # suitable first, then with support, then not suitable

    def of_fit(self, fit: TaskFit) -> list[TaskFitRow]:
        return [row for row in self.rows if row.fit is fit]


def task_suitability(ctx: ReadContext, trainee_id: str, day: date | None = None
                     ) -> Suitability:
    """The active tasks of the trainee's environment (the open period's, else the latest
    period's) judged for `day` (default tomorrow: the coach plans the next day)."""
    readable_trainee(ctx, trainee_id, Right.ASSESSMENTS, AccessTarget.SUITABILITY)
    log_view(ctx, trainee_id, AccessTarget.SUITABILITY)
    day = day or date.today() + timedelta(days=1)
    levels = trainee_levels(assessments_of(ctx, trainee_id))
    conn = ctx.db.reader()
    place = conn.execute(
        "SELECT e.id, e.name FROM period p JOIN environment e ON e.id = p.environment_id"
        " WHERE p.trainee_id = ? AND p.deleted = 0"
        " ORDER BY p.status = 'ended', p.start_date DESC LIMIT 1", (trainee_id,)).fetchone()
    if place is None:
        return Suitability(None, None, day, levels, ())
    evidence = {}
    for task_id, fit, evaluated_on, note in conn.execute(
            "SELECT task_id, fit, evaluated_on, note FROM task_evaluation"
            " WHERE trainee_id = ? AND deleted = 0 ORDER BY evaluated_on, id", (trainee_id,)):
        evidence[task_id] = Evidence(TaskFit(fit), date.fromisoformat(evaluated_on), note)
    rows = []
    for task_id, name, field, orderer, skill, ability, load, season in conn.execute(
            "SELECT id, name, field, orderer_department, skill_level, work_ability_level,"
            " physical_load, season FROM work_task"
            " WHERE environment_id = ? AND deleted = 0 AND active = 1", (place[0],)):
        fit, reasons = fit_task(skill, ability, PhysicalLoad(load), Season(season), levels,
                                day, evidence.get(task_id))
        rows.append(TaskFitRow(task_id, name, WorkField(field), orderer, skill, ability,
                               PhysicalLoad(load), Season(season), fit, reasons))
    rows.sort(key=lambda r: (_FIT_ORDER[r.fit], r.skill_level, r.work_ability_level, r.name))
    return Suitability(place[0], place[1], day, levels, tuple(rows))
