"""Progress assessments: an initial one in the first weeks of a period, interim ones every
five to eight weeks, a final one at a planned end, with the seeded default templates.

Each trainee starts from a level that depends on their target groups (partial work ability
lowest, young graduates highest) and mostly improves month by month; dropouts do not.
About two thirds of the work-coaching assessments carry the trainee's own scores, which
start optimistic and come closer to the coach's over time (realistic self-assessment is a
goal of the coaching). Some open periods are left without an assessment for over eight
weeks, or without any, so the follow-up dashboard has something to show.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from toimi_desktop.models.enums import AssessmentKind, ExitOutcome, PeriodStatus, TargetGroup
from toimi_desktop.models.ids import SEED_STAMP
from toimi_desktop.services.demo.plan_texts import NEEDS, NOTES, STRENGTHS
from toimi_desktop.services.demo.stamps import score_ids
from toimi_desktop.services.demo.world import DemoPeriod, DemoWorld

# Starting share of the scale by target group (the lowest of the trainee's groups counts).
BASE_SHARE = {
    TargetGroup.PARTIAL_WORK_ABILITY: 0.30, TargetGroup.LONG_AWAY_FROM_WORK: 0.35,
    TargetGroup.LONG_TERM_UNEMPLOYED: 0.42, TargetGroup.IMMIGRANT: 0.45,
    TargetGroup.YOUNG_GRADUATE: 0.55,
}
GOOD_OUTCOMES = {ExitOutcome.OPEN_LABOUR_MARKET, ExitOutcome.SUBSIDISED_WORK,
                 ExitOutcome.EDUCATION, ExitOutcome.SOLE_TRADER, ExitOutcome.COOPERATIVE,
                 ExitOutcome.LIGHT_ENTREPRENEURSHIP}
NO_FINAL = {ExitOutcome.DROPOUT, ExitOutcome.MOVED_AWAY}
SCORE_COLUMNS = ("id", "municipality_code", "created_by", "assessment_id", "criterion_key",
                 "coach_score", "self_score")


@dataclass(frozen=True)
class _Template:
    id: str
    criteria: tuple[tuple[str, int, int], ...]  # key, min, max


def _templates(world: DemoWorld) -> dict[str, _Template]:
    rows = world.writer.conn.execute(
        "SELECT family, id, criteria FROM assessment_template WHERE updated_hlc = ?"
        " AND active = 1", (SEED_STAMP,)).fetchall()
    return {family: _Template(template_id, tuple((c["key"], c["min"], c["max"])
                                                 for c in json.loads(criteria)))
            for family, template_id, criteria in rows}


def _schedule(rng: random.Random, period: DemoPeriod, today: date
              ) -> list[tuple[date, AssessmentKind]]:
    last = min(period.end_date or today, today - timedelta(days=1))
    first = period.start_date + timedelta(days=rng.randint(5, 20))
    if first > last:
        return []
    days = [(first, AssessmentKind.INITIAL)]
    while (day := days[-1][0] + timedelta(days=rng.randint(35, 56))) < last - timedelta(days=7):
        days.append((day, AssessmentKind.INTERIM))
    if period.status is PeriodStatus.ENDED:
        if period.exit_outcome not in NO_FINAL and rng.random() < 0.85:
            final = period.end_date - timedelta(days=rng.randint(0, 5))
            if final > days[-1][0]:
                days.append((final, AssessmentKind.FINAL))
    elif rng.random() < 0.04:
        return []  # the initial assessment is still missing
    elif rng.random() < 0.08:
        days = [d for d in days if d[0] <= today - timedelta(days=75)] or days[:1]
    return days


def run(world: DemoWorld) -> None:
    rng = world.rng_for("assessments")
    templates = _templates(world)
    coaching, ability = templates.get("work_coaching"), templates.get("work_ability")
    if coaching is None:
        return
    groups = {t.id: t.target_groups for t in world.trainees}
    assessments, scores = [], []
    for period in world.periods:
        schedule = _schedule(rng, period, world.today)
        if not schedule:
            continue
        base = min(BASE_SHARE.get(TargetGroup(g), 0.4) for g in groups[period.trainee_id])
        base += rng.gauss(0.08 if period.exit_outcome in GOOD_OUTCOMES else 0, 0.1)
        growth = rng.gauss(-0.01, 0.02) if period.exit_outcome is ExitOutcome.DROPOUT \
            else rng.gauss(0.035, 0.02)  # share per 30 days
        offsets = {key: rng.gauss(0, 0.08) for t in templates.values()
                   for key, _low, _high in t.criteria}
        uses_ability = ability is not None and rng.random() < 0.55
        assessor = period.coach_id or world.coordinator.id
        for day, kind in schedule:
            months = (day - period.start_date).days / 30
            used = [coaching]
            if uses_ability and (kind is not AssessmentKind.INTERIM or rng.random() < 0.35):
                used.append(ability)
            for template in used:
                with_self = template is coaching and rng.random() < 0.65
                assessment_id = world.ids.new()
                assessments.append({
                    "id": assessment_id, "municipality_code": period.municipality_code,
                    "created_by": assessor, "trainee_id": period.trainee_id,
                    "period_id": period.id, "template_id": template.id, "kind": kind,
                    "assessed_on": day, "assessor_id": assessor,
                    "strengths": rng.choice(STRENGTHS) if rng.random() < 0.7 else None,
                    "needs": rng.choice(NEEDS) if rng.random() < 0.7 else None,
                    "notes": rng.choice(NOTES) if rng.random() < 0.3 else None})
                bias = max(0.03, 0.18 - 0.02 * months)
                score_id = score_ids(assessment_id)
                for key, low, high in template.criteria:
                    share = base + growth * months + offsets[key] + rng.gauss(0, 0.06)
                    coach = min(high, max(low, low + round(share * (high - low))))
                    own = None
                    if with_self:
                        own_share = share + bias + rng.gauss(0, 0.08)
                        own = min(high, max(low, low + round(own_share * (high - low))))
                    scores.append((score_id(key), period.municipality_code,
                                   assessor, assessment_id, key, coach, own))
    world.writer.insert_synced("assessment", assessments)
    with world.writer.indexes_deferred("assessment_score"):
        world.writer.insert_synced_values("assessment_score", SCORE_COLUMNS, scores)
