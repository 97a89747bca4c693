"""Shared set-up for the assessment, plan and follow-up tests."""

from __future__ import annotations

from datetime import date

from toimi_desktop.models.enums import AssessmentKind, PeriodKind
from toimi_desktop.services.assessments import AssessmentInput, save_assessment
from toimi_desktop.services.periods import PeriodInput, start_period
from toimi_desktop.services.trainees import TraineeInput, create_trainee

TODAY = date(2026, 11, 22)
COACHING = "5e1d8c8e-0000-4000-8000-000000000001"  # the seeded work-coaching template
ABILITY = "5e1d8c8e-0000-4000-8000-000000000002"  # the seeded work-ability template
COACHING_KEYS = ("works_to_instructions", "work_quality", "pace", "safety", "punctuality",
                 "cooperation", "independence", "initiative", "acting_on_feedback",
                 "self_assessment")
ABILITY_KEYS = ("work_ability", "mental_wellbeing", "social_inclusion",
                "physical_functioning", "skills", "everyday_coping")


def trainee_with_period(ctx, world, start: date = date(2026, 9, 1),
                        planned_end: date | None = date(2027, 2, 28), name: str = "Aino",
                        coach: str = "coach") -> tuple[str, str]:
    """(trainee id, period id): a Joensuu trainee in an open coaching period."""
    trainee = create_trainee(ctx, TraineeInput(name, "Virtanen", "167"), today=TODAY).id
    period = start_period(ctx, trainee, PeriodInput(
        environment_id=world["joensuu_env"], kind=PeriodKind.COACHING, start_date=start,
        planned_end_date=planned_end, hours_per_day=5, days_per_week=4,
        coach_id=world[coach], career_agent_id=world["career_agent"])).id
    return trainee, period


def assess(ctx, trainee_id: str, day: date, scores: dict[str, int], *,
           template: str = COACHING, kind: AssessmentKind = AssessmentKind.INTERIM,
           own: dict[str, int] | None = None, today: date = TODAY) -> str:
    own = own or {}
    keys = set(scores) | set(own)
    return save_assessment(ctx, AssessmentInput(
        trainee_id=trainee_id, template_id=template, kind=kind, assessed_on=day,
        scores={k: (scores.get(k), own.get(k)) for k in keys}), today=today).id


def all_scores(keys: tuple[str, ...], value: int) -> dict[str, int]:
    return dict.fromkeys(keys, value)


def add_user(db, username: str, role, municipalities: list[str]) -> str:
    """A user row straight into the table, like tests/conftest.py's helper (importing that
    by the name `conftest` is ambiguous once other test folders have their own)."""
    from people_helpers import give_password

    from toimi_desktop.models import Municipality, User
    from toimi_desktop.models.ids import new_id

    with db.session() as session, session.begin():
        user = User(id=new_id(), username=username, display_name=username.title(), role=role)
        user.municipalities = [session.get(Municipality, code) for code in municipalities]
        session.add(user)
    give_password(db, username)
    return user.id
