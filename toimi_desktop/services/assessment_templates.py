"""Managing assessment templates: coordinators add a template or a new version of one.

Saving never edits a version in place: it makes version n+1 of the family and retires the
older ones in the same transaction, so old assessments keep their meaning. Two coordinators
doing so offline both make n+1: both versions are kept, numbered when shown (assessments.py).
"""

from __future__ import annotations

import re

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import Role
from toimi_desktop.models.ids import new_id
from toimi_desktop.services.assessments import (
    DIMENSIONS,
    SCALE_HIGH,
    SCALE_LOW,
    TEMPLATE_SCOPE,
    Criterion,
    TemplateInput,
)
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import NotFound, Problems
from toimi_desktop.services.trainees import SaveResult

TEMPLATE_MANAGERS = (Role.COORDINATOR,)
MAX_CRITERIA = 40
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def _check_criteria(criteria: list[Criterion], problems: Problems) -> None:
    if not criteria:
        problems.add("criteria", N_("errors", "Add at least one criterion."))
    elif len(criteria) > MAX_CRITERIA:
        problems.add("criteria", N_("errors", "At most {n} criteria."), n=MAX_CRITERIA)
    seen: set[str] = set()
    for row, c in enumerate(criteria, start=1):
        name = f"criteria:{row}"
        if not _KEY.match(c.key or ""):
            problems.add(name, N_("errors", "Criterion {row}: the key is lower-case letters, "
                                            "digits and _, starting with a letter."), row=row)
        elif c.key in seen:
            problems.add(name, N_("errors", "Criterion {row}: the key {key} is used twice."),
                         row=row, key=c.key)
        seen.add(c.key)
        if not (c.label or "").strip() or not (c.group or "").strip():
            problems.add(name, N_("errors", "Criterion {row}: give a name and a group."),
                         row=row)
        if not SCALE_LOW <= c.low < c.high <= SCALE_HIGH:
            problems.add(name, N_("errors", "Criterion {row}: the scale must run upwards "
                                            "within {low}–{high}."),
                         row=row, low=SCALE_LOW, high=SCALE_HIGH)
        elif any(not c.low <= level <= c.high for level in c.levels):
            problems.add(name, N_("errors", "Criterion {row}: a level description is outside "
                                            "the scale."), row=row)
        if c.dimension is not None and c.dimension not in DIMENSIONS:
            problems.add(name, N_("errors", "Criterion {row}: unknown suitability dimension."),
                         row=row)


def save_template(ctx: ServiceContext, data: TemplateInput, family: str | None = None
                  ) -> SaveResult:
    """A new template (`family` None) or a new version of `family`; the family's older
    versions are retired in the same transaction."""
    from sqlalchemy import func, select

    from toimi_desktop.models import AssessmentTemplate

    ctx.require_role(*TEMPLATE_MANAGERS)
    with ctx.transaction() as tx:
        problems = Problems()
        name = (data.name or "").strip()
        if not name:
            problems.add("name", N_("errors", "Name is required."))
        elif len(name) > 120:
            problems.add("name", N_("errors", "At most {n} characters."), n=120)
        criteria = [Criterion(key=(c.key or "").strip(), label=(c.label or "").strip(),
                              group=(c.group or "").strip(), low=int(c.low), high=int(c.high),
                              levels={int(k): v.strip() for k, v in c.levels.items()
                                      if v and v.strip()},
                              dimension=c.dimension or None) for c in data.criteria]
        _check_criteria(criteria, problems)
        version = 1
        if family is not None:
            latest = tx.session.scalar(select(func.max(AssessmentTemplate.version)).where(
                AssessmentTemplate.family == family, AssessmentTemplate.deleted.is_(False)))
            if latest is None:
                raise NotFound(N_("errors", "The assessment template no longer exists."))
            version = latest + 1
        problems.raise_if_any()
        if family is not None:
            for older in tx.session.scalars(select(AssessmentTemplate).where(
                    AssessmentTemplate.family == family, AssessmentTemplate.active.is_(True))):
                older.active = False
                tx.stamp(older, ["active"])
        template = AssessmentTemplate(
            family=family or new_id(), version=version, name=name,
            description=(data.description or "").strip() or None,
            allows_self_assessment=bool(data.allows_self_assessment), active=True,
            criteria=[c.to_json() for c in criteria], municipality_code=TEMPLATE_SCOPE)
        tx.stamp(template, ["*"])
        tx.session.flush()
        tx.audit("template.save", "assessment_template", template.id, TEMPLATE_SCOPE,
                 {"family": template.family, "version": version})
        return SaveResult(template.id)


def set_template_active(ctx: ServiceContext, family: str, active: bool) -> SaveResult:
    """Retire a template family (no new assessments with it) or bring it back."""
    from sqlalchemy import select

    from toimi_desktop.models import AssessmentTemplate

    ctx.require_role(*TEMPLATE_MANAGERS)
    with ctx.transaction() as tx:
        newest = tx.session.scalar(select(AssessmentTemplate).where(
            AssessmentTemplate.family == family, AssessmentTemplate.deleted.is_(False))
            .order_by(AssessmentTemplate.version.desc(), AssessmentTemplate.created_at.desc(),
                      AssessmentTemplate.id.desc()).limit(1))
        if newest is None:
            raise NotFound(N_("errors", "The assessment template no longer exists."))
        if newest.active != active:
            newest.active = active
            tx.stamp(newest, ["active"])
            tx.audit("template.retire" if not active else "template.restore",
                     "assessment_template", newest.id, newest.municipality_code)
        return SaveResult(newest.id)
