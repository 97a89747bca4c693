"""Assessment templates (read) and progress assessments of a trainee's work and functional
capacity, with the trainee's own self-assessment beside the coach's.

A template is never edited in place (`assessment_templates.save_template` makes a new version
in the same `family` and retires the older ones), so every assessment keeps the criteria it
was made with. Templates are project-wide configuration (see TEMPLATE_SCOPE).

Reads use plain sqlite3 on the thread's read connection; the ORM is imported inside the
write functions only (the UI imports this module while the window is being built).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.access_enums import AccessTarget
from toimi_desktop.models.enums import AssessmentKind, PeriodStatus, Role
from toimi_desktop.services.access import Right, require_trainee
from toimi_desktop.services.access_log import log_view
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import NotFound, Problems
from toimi_desktop.services.trainees import SaveResult

ASSESSORS = (Role.COACH,)
# Templates are shared by the whole project; like the seeded defaults they are kept in the
# lead municipality's scope, which every device receives.
TEMPLATE_SCOPE = "167"
SCALE_LOW, SCALE_HIGH = 0, 10
MAX_TEXT = 4000
DIMENSIONS = ("skill", "work_ability")


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    group: str
    low: int
    high: int
    levels: dict[int, str] = field(default_factory=dict)
    dimension: str | None = None  # feeds task suitability: "skill", "work_ability" or None

    @classmethod
    def from_json(cls, data: dict) -> Criterion:
        return cls(key=data["key"], label=data["label"], group=data.get("group") or "",
                   low=int(data["min"]), high=int(data["max"]),
                   levels={int(k): v for k, v in (data.get("levels") or {}).items()},
                   dimension=data.get("dimension"))

    def to_json(self) -> dict:
        data = {"key": self.key, "label": self.label, "group": self.group, "min": self.low,
                "max": self.high, "levels": {str(k): v for k, v in sorted(self.levels.items())}}
        if self.dimension:
            data["dimension"] = self.dimension
        return data

    def level_text(self, score: int | None) -> str:
        """The description of `score`, or of the nearest described level below it."""
        if score is None:
            return ""
        described = [level for level in self.levels if level <= score]
        return self.levels[max(described)] if described else ""


@dataclass(frozen=True)
class Template:
    id: str
    family: str
    version: int
    name: str
    description: str | None
    allows_self_assessment: bool
    active: bool
    criteria: tuple[Criterion, ...]

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.group for c in self.criteria))

    def criterion(self, key: str) -> Criterion | None:
        return next((c for c in self.criteria if c.key == key), None)


@dataclass
class TemplateInput:
    name: str
    criteria: list[Criterion]
    description: str | None = None
    allows_self_assessment: bool = True


@dataclass
class AssessmentInput:
    trainee_id: str
    template_id: str
    kind: AssessmentKind
    assessed_on: date
    # criterion key → (coach's score, trainee's own score); None where not scored
    scores: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    strengths: str | None = None
    needs: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class AssessmentView:
    id: str
    trainee_id: str
    period_id: str | None
    template: Template
    kind: AssessmentKind
    assessed_on: date
    assessor: str | None
    strengths: str | None
    needs: str | None
    notes: str | None
    scores: dict[str, tuple[int | None, int | None]]

    def coach_scores(self) -> dict[str, int]:
        return {k: coach for k, (coach, _own) in self.scores.items() if coach is not None}

    def group_mean(self, group: str, own: bool = False) -> float | None:
        values = [pair[1 if own else 0] for key, pair in self.scores.items()
                  if (c := self.template.criterion(key)) and c.group == group]
        values = [v for v in values if v is not None]
        return sum(values) / len(values) if values else None


# Two coordinators saving offline may both make version n+1 of a family: every version is
# kept, and versions are shown numbered 1, 2, 3… in the order (stored number, created_at, id).
# `t` is the template row being read.
_TEMPLATE_ORDER_KEY = "(o.version, o.created_at, o.id) {op} (t.version, t.created_at, t.id)"
_TEMPLATE_COLUMNS = (
    "t.id, t.family, (SELECT count(*) FROM assessment_template o WHERE o.family = t.family"
    " AND o.deleted = 0 AND " + _TEMPLATE_ORDER_KEY.format(op="<=") + "), t.name,"
    " t.description, t.allows_self_assessment, t.active, t.criteria")
# Whether `t` is its family's newest version.
NEWEST_TEMPLATE = ("NOT EXISTS (SELECT 1 FROM assessment_template o WHERE o.family = t.family"
                   " AND o.deleted = 0 AND " + _TEMPLATE_ORDER_KEY.format(op=">") + ")")


def _template(row: tuple) -> Template:
    return Template(id=row[0], family=row[1], version=row[2], name=row[3], description=row[4],
                    allows_self_assessment=bool(row[5]), active=bool(row[6]),
                    criteria=tuple(Criterion.from_json(c) for c in json.loads(row[7] or "[]")))


def template_of(record: object) -> Template:
    """A stored `AssessmentTemplate` row as plain data."""
    return Template(id=record.id, family=record.family, version=record.version,
                    name=record.name, description=record.description,
                    allows_self_assessment=record.allows_self_assessment,
                    active=record.active,
                    criteria=tuple(Criterion.from_json(c) for c in record.criteria or ()))


def templates(ctx: ReadContext, include_retired: bool = False) -> list[Template]:
    """The newest version of each template family, by name; retired families only when
    asked (a family is retired when its newest version is inactive)."""
    rows = ctx.db.reader().execute(
        f"SELECT {_TEMPLATE_COLUMNS} FROM assessment_template t WHERE t.deleted = 0"
        f" AND {NEWEST_TEMPLATE} ORDER BY t.name").fetchall()
    found = [_template(row) for row in rows]
    return found if include_retired else [t for t in found if t.active]


def template_versions(ctx: ReadContext, family: str) -> list[Template]:
    rows = ctx.db.reader().execute(
        f"SELECT {_TEMPLATE_COLUMNS} FROM assessment_template t WHERE t.family = ?"
        " AND t.deleted = 0 ORDER BY t.version, t.created_at, t.id", (family,)).fetchall()
    return [_template(row) for row in rows]


def get_template(ctx: ReadContext, template_id: str) -> Template:
    row = ctx.db.reader().execute(
        f"SELECT {_TEMPLATE_COLUMNS} FROM assessment_template t WHERE t.id = ?"
        " AND t.deleted = 0",
        (template_id,)).fetchone()
    if row is None:
        raise NotFound(N_("errors", "The assessment template no longer exists."))
    return _template(row)


def readable_trainee(ctx: ReadContext, trainee_id: str, right: Right = Right.ASSESSMENTS,
                     target: AccessTarget | None = None) -> tuple[str, str]:
    """(municipality code, "Last First") of a trainee whose data (`right`) the actor may
    see; with `target` a refused attempt is logged."""
    ref = require_trainee(ctx, trainee_id, right, target)
    return ref.municipality_code, ref.name


def trainee_assessments(ctx: ReadContext, trainee_id: str) -> list[AssessmentView]:
    """Every assessment of the trainee, oldest first, with its template version's criteria
    (a logged view of their assessments)."""
    readable_trainee(ctx, trainee_id, Right.ASSESSMENTS, AccessTarget.ASSESSMENTS)
    log_view(ctx, trainee_id, AccessTarget.ASSESSMENTS)
    return assessments_of(ctx, trainee_id)


def assessments_of(ctx: ReadContext, trainee_id: str) -> list[AssessmentView]:
    """`trainee_assessments` without the checks and the log, for services that have made
    them (e.g. suitability)."""
    conn = ctx.db.reader()
    rows = conn.execute(
        "SELECT a.id, a.period_id, a.template_id, a.kind, a.assessed_on, u.display_name,"
        " a.strengths, a.needs, a.notes FROM assessment a"
        " LEFT JOIN app_user u ON u.id = a.assessor_id"
        " WHERE a.trainee_id = ? AND a.deleted = 0 ORDER BY a.assessed_on, a.id",
        (trainee_id,)).fetchall()
    scores: dict[str, dict[str, tuple[int | None, int | None]]] = {}
    for assessment_id, key, coach, own in conn.execute(
            "SELECT s.assessment_id, s.criterion_key, s.coach_score, s.self_score"
            " FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id"
            " WHERE a.trainee_id = ? AND a.deleted = 0 AND s.deleted = 0", (trainee_id,)):
        scores.setdefault(assessment_id, {})[key] = (coach, own)
    cache: dict[str, Template] = {}
    views = []
    for row in rows:
        template = cache.get(row[2]) or cache.setdefault(row[2], get_template(ctx, row[2]))
        views.append(AssessmentView(
            id=row[0], trainee_id=trainee_id, period_id=row[1], template=template,
            kind=AssessmentKind(row[3]), assessed_on=date.fromisoformat(row[4]),
            assessor=row[5], strengths=row[6], needs=row[7], notes=row[8],
            scores=scores.get(row[0], {})))
    return views


def _clean_text(value: str | None, name: str, problems: Problems) -> str | None:
    text = (value or "").strip() or None
    if text and len(text) > MAX_TEXT:
        problems.add(name, N_("errors", "At most {n} characters."), n=MAX_TEXT)
    return text


def _check_scores(template: Template, scores: dict[str, tuple[int | None, int | None]],
                  problems: Problems) -> dict[str, tuple[int | None, int | None]]:
    """Field names: `score:KEY` for the coach's score, `self:KEY` for the trainee's own."""
    clean: dict[str, tuple[int | None, int | None]] = {}
    for key, (coach, own) in scores.items():
        criterion = template.criterion(key)
        if criterion is None:
            problems.add(f"score:{key}", N_("errors", "“{key}” is not a criterion of this "
                                                      "template."), key=key)
            continue
        for name, value in ((f"score:{key}", coach), (f"self:{key}", own)):
            if value is not None and not criterion.low <= value <= criterion.high:
                problems.add(name, N_("errors", "{label}: give {low}–{high}."),
                             label=criterion.label, low=criterion.low, high=criterion.high)
        if own is not None and not template.allows_self_assessment:
            problems.add(f"self:{key}", N_("errors", "This template has no self-assessment."))
        clean[key] = (coach, own)
    if not any(coach is not None for coach, _own in clean.values()):
        problems.add("scores", N_("errors", "Score at least one criterion."))
    return clean


def save_assessment(ctx: ServiceContext, data: AssessmentInput,
                    assessment_id: str | None = None, today: date | None = None
                    ) -> SaveResult:
    """Record a new assessment, or correct one (`assessment_id`). The assessment belongs to
    the trainee's coaching period on its date; a period has one initial assessment per
    template family."""
    from sqlalchemy import select

    from toimi_desktop.models import (
        Assessment,
        AssessmentScore,
        AssessmentTemplate,
        Period,
        Trainee,
    )
    from toimi_desktop.models.assessment import score_id

    ctx.require_role(*ASSESSORS)
    today = today or date.today()
    with ctx.transaction() as tx:
        session = tx.session
        record = session.get(Assessment, assessment_id) if assessment_id else None
        if assessment_id and (record is None or record.deleted):
            raise NotFound(N_("errors", "The assessment no longer exists."))
        trainee_id = record.trainee_id if record else data.trainee_id
        trainee = session.get(Trainee, trainee_id or "")
        if trainee is None or trainee.deleted:
            raise NotFound(N_("errors", "The trainee no longer exists."))
        ctx.require_municipality(trainee.municipality_code)
        require_trainee(ctx, trainee.id, Right.ASSESSMENTS)
        problems = Problems()
        template_id = record.template_id if record else data.template_id
        stored = session.get(AssessmentTemplate, template_id or "")
        if stored is None or stored.deleted:
            problems.add("template_id", N_("errors", "Choose an assessment template."))
            problems.raise_if_any()
        if record is None and not stored.active:
            problems.add("template_id", N_("errors", "This template has been replaced by a "
                                                     "newer version: use that."))
        template = template_of(stored)
        try:
            kind = AssessmentKind(data.kind)
        except ValueError:
            problems.add("kind", N_("errors", "Choose the kind of assessment."))
            kind = None
        period = None
        if data.assessed_on is None or data.assessed_on > today:
            problems.add("assessed_on", N_("errors", "The date cannot be in the future."))
        else:
            period = session.scalar(select(Period).where(
                Period.trainee_id == trainee_id, Period.deleted.is_(False),
                Period.start_date <= data.assessed_on,
                (Period.end_date.is_(None)) | (Period.end_date >= data.assessed_on),
                (Period.status != PeriodStatus.ENDED) | Period.end_date.is_not(None))
                .order_by(Period.start_date.desc()).limit(1))
            if period is None:
                problems.add("assessed_on", N_("errors", "The trainee had no coaching period "
                                                         "on this day."))
        if kind is AssessmentKind.INITIAL and period is not None:
            clash = session.scalar(
                select(Assessment.id).join(AssessmentTemplate,
                                           AssessmentTemplate.id == Assessment.template_id)
                .where(Assessment.period_id == period.id, Assessment.deleted.is_(False),
                       Assessment.kind == AssessmentKind.INITIAL,
                       AssessmentTemplate.family == stored.family,
                       Assessment.id != (assessment_id or "")))
            if clash:
                problems.add("kind", N_("errors", "This period already has an initial "
                                                  "assessment with this template."))
        scores = _check_scores(template, data.scores, problems)
        texts = {name: _clean_text(getattr(data, name), name, problems)
                 for name in ("strengths", "needs", "notes")}
        problems.raise_if_any()

        values = {"kind": kind, "assessed_on": data.assessed_on, "period_id": period.id,
                  **texts}
        if record is None:
            record = Assessment(trainee_id=trainee_id, template_id=stored.id,
                                assessor_id=ctx.actor.user_id,
                                municipality_code=trainee.municipality_code, **values)
            changed = ["*"]
        else:
            changed = [k for k, v in values.items() if getattr(record, k) != v]
            for name in changed:
                setattr(record, name, values[name])
        if changed:
            tx.stamp(record, changed)
        session.flush()
        existing = {s.criterion_key: s for s in session.scalars(
            select(AssessmentScore).where(AssessmentScore.assessment_id == record.id))}
        for criterion in template.criteria:
            coach, own = scores.get(criterion.key, (None, None))
            row = existing.get(criterion.key)
            if row is None:
                if coach is None and own is None:
                    continue
                row = AssessmentScore(id=score_id(record.id, criterion.key),
                                      assessment_id=record.id, criterion_key=criterion.key,
                                      municipality_code=record.municipality_code)
            deleted = coach is None and own is None
            if (row.coach_score, row.self_score, row.deleted) != (coach, own, deleted):
                row.coach_score, row.self_score, row.deleted = coach, own, deleted
                tx.stamp(row, ["coach_score", "self_score", "deleted"])
        tx.audit("assessment.update" if assessment_id else "assessment.create", "assessment",
                 record.id, record.municipality_code,
                 {"trainee_id": trainee_id, "kind": kind.value, "template": stored.family})
        return SaveResult(record.id)
