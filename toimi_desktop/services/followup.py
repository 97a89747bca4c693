"""ESF+ results when a period ends, and the 6-month follow-up.

ESF+ (Regulation (EU) 2021/1057 Annex I) asks on leaving (within 28 days, the last event
counts) whether the participant is engaged in job search, in education or training, has
gained a qualification, or is in employment including self-employment; and six months after
leaving whether they are in employment and whether their labour-market situation improved.
`close_period(..., results=...)` records the first set; `record_exit_results` corrects it
later, `record_followup` records the second.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import ExitOutcome, PeriodStatus
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.context import ServiceContext
from toimi_desktop.services.errors import NotFound, Problems
from toimi_desktop.services.trainees import WRITERS, SaveResult

FOLLOWUP_MONTHS = 6
FOLLOWUP_EARLY_DAYS = 28  # a follow-up may be recorded from four weeks before it is due
EMPLOYED_OUTCOMES = frozenset({
    ExitOutcome.OPEN_LABOUR_MARKET, ExitOutcome.SUBSIDISED_WORK, ExitOutcome.SOLE_TRADER,
    ExitOutcome.COOPERATIVE, ExitOutcome.LIGHT_ENTREPRENEURSHIP})
EDUCATION_OUTCOMES = frozenset({ExitOutcome.EDUCATION})
RESULT_FIELDS = ("exit_job_search", "exit_in_education", "exit_qualification", "exit_employed")


@dataclass
class ExitResults:
    """The ESF+ results on leaving; None = not known."""

    job_search: bool | None = None
    in_education: bool | None = None
    qualification: bool | None = None
    employed: bool | None = None  # including self-employment

    def as_fields(self) -> dict[str, bool | None]:
        return {"exit_job_search": self.job_search, "exit_in_education": self.in_education,
                "exit_qualification": self.qualification, "exit_employed": self.employed}


def default_results(outcome: ExitOutcome | None) -> ExitResults:
    """What an outcome already tells: work or entrepreneurship is employment (ESF+ counts
    self-employment), education is education. The rest is asked, not guessed."""
    return ExitResults(
        employed=True if outcome in EMPLOYED_OUTCOMES else None,
        in_education=True if outcome in EDUCATION_OUTCOMES else None)


def check_results(outcome: ExitOutcome, results: ExitResults, problems: Problems) -> None:
    """The answers may add to the outcome, never contradict it."""
    if outcome in EMPLOYED_OUTCOMES and results.employed is False:
        problems.add("exit_employed", N_("errors", "The outcome is work or entrepreneurship, "
                                                   "so the person is in employment."))
    if outcome in EDUCATION_OUTCOMES and results.in_education is False:
        problems.add("exit_in_education", N_("errors", "The outcome is education, so the "
                                                       "person is in education or training."))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def followup_due(end_date: date) -> date:
    """When the 6-month follow-up of a period that ended on `end_date` is due."""
    return add_months(end_date, FOLLOWUP_MONTHS)


def _ended_period(ctx: ServiceContext, session: object, period_id: str) -> object:
    from toimi_desktop.models import Period

    period = session.get(Period, period_id)
    if period is None or period.deleted:
        raise NotFound(N_("errors", "The period no longer exists."))
    ctx.require_municipality(period.municipality_code)
    return period


def record_exit_results(ctx: ServiceContext, period_id: str, results: ExitResults
                        ) -> SaveResult:
    """Record or correct the ESF+ results of a closed period."""
    ctx.require_role(*WRITERS)
    with ctx.transaction() as tx:
        period = _ended_period(ctx, tx.session, period_id)
        problems = Problems()
        if period.status is not PeriodStatus.ENDED or period.exit_outcome is None:
            problems.add("exit_outcome", N_("errors", "Close the period first."))
        else:
            check_results(period.exit_outcome, results, problems)
        problems.raise_if_any()
        values = results.as_fields()
        changed = [k for k, v in values.items() if getattr(period, k) != v]
        if changed:
            for name in changed:
                setattr(period, name, values[name])
            tx.stamp(period, changed)
            tx.audit("period.exit_results", "period", period.id, period.municipality_code,
                     {"fields": changed})
        return SaveResult(period.id)


@dataclass
class FollowupInput:
    followup_on: date
    employed: bool | None
    improved: bool | None


def record_followup(ctx: ServiceContext, period_id: str, data: FollowupInput,
                    today: date | None = None) -> SaveResult:
    """Record the 6-month follow-up of a closed period (from four weeks before it is due)."""
    ctx.require_role(*WRITERS)
    today = today or date.today()
    with ctx.transaction() as tx:
        period = _ended_period(ctx, tx.session, period_id)
        problems = Problems()
        if period.status is not PeriodStatus.ENDED or period.end_date is None:
            problems.add("followup_on", N_("errors", "Close the period first."))
            problems.raise_if_any()
        earliest = followup_due(period.end_date) - timedelta(days=FOLLOWUP_EARLY_DAYS)
        if data.followup_on is None or data.followup_on > today:
            problems.add("followup_on", N_("errors", "The date cannot be in the future."))
        elif data.followup_on < earliest:
            problems.add("followup_on", N_("errors", "The follow-up is six months after "
                                                     "leaving: from {day} on."),
                         day=f"{earliest.day}.{earliest.month}.{earliest.year}")
        if data.employed is None and data.improved is None:
            problems.add("followup_employed", N_("errors", "Answer at least one question."))
        problems.raise_if_any()
        values = {"followup_on": data.followup_on, "followup_employed": data.employed,
                  "followup_improved": data.improved}
        changed = [k for k, v in values.items() if getattr(period, k) != v]
        if changed:
            for name in changed:
                setattr(period, name, values[name])
            tx.stamp(period, changed)
            tx.audit("period.followup", "period", period.id, period.municipality_code,
                     {"employed": data.employed, "improved": data.improved})
        return SaveResult(period.id)


@dataclass(frozen=True)
class PeriodResults:
    """A closed period's outcome, ESF+ results and follow-up, for the trainee page."""

    period_id: str
    environment: str
    end_date: date
    outcome: ExitOutcome | None
    results: ExitResults
    followup_due: date
    followup_on: date | None
    followup_employed: bool | None
    followup_improved: bool | None


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def period_results(ctx: ReadContext, trainee_id: str) -> list[PeriodResults]:
    """The trainee's closed periods, latest first (plain read, no ORM; a logged view)."""
    from toimi_desktop.models.access_enums import AccessTarget
    from toimi_desktop.services.access import Right, require_trainee
    from toimi_desktop.services.access_log import log_view

    require_trainee(ctx, trainee_id, Right.PLANS, AccessTarget.RESULTS)
    log_view(ctx, trainee_id, AccessTarget.RESULTS)
    rows = ctx.db.reader().execute(
        "SELECT p.id, e.name, p.end_date, p.exit_outcome, p.exit_job_search,"
        " p.exit_in_education, p.exit_qualification, p.exit_employed, p.followup_on,"
        " p.followup_employed, p.followup_improved FROM period p"
        " JOIN environment e ON e.id = p.environment_id WHERE p.trainee_id = ?"
        " AND p.deleted = 0 AND p.status = 'ended' AND p.end_date IS NOT NULL"
        " ORDER BY p.end_date DESC", (trainee_id,)).fetchall()
    return [PeriodResults(
        period_id=r[0], environment=r[1], end_date=date.fromisoformat(r[2]),
        outcome=ExitOutcome(r[3]) if r[3] else None,
        results=ExitResults(*(_flag(v) for v in r[4:8])),
        followup_due=followup_due(date.fromisoformat(r[2])),
        followup_on=date.fromisoformat(r[8]) if r[8] else None,
        followup_employed=_flag(r[9]), followup_improved=_flag(r[10])) for r in rows]
