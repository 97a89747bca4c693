"""Every figure of a steering summary, for the chosen range and the previous range of equal
length, read in steps that report progress and can be cancelled. Raw figures: nothing here
is fit to show before `tables` has protected it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.reports.summary import activity
from toimi_desktop.reports.summary.assessment_change import progress_pair
from toimi_desktop.reports.summary.people import PeopleFigures, people_figures, period_rows
from toimi_desktop.reports.summary.scope import (
    ALL_IS_COORDINATORS,
    NO_AREA_RIGHTS,
    NO_RIGHTS,
    Scope,
    ScopeKind,
    previous_range,
)
from toimi_desktop.services.actor import ReadContext
from toimi_desktop.services.errors import PermissionDenied
from toimi_desktop.services.progress import Progress
from toimi_desktop.services.work_summary import WorkDoneSummary, work_done_summary

STEP_PEOPLE = N_("reports", "Counting trainees, starts and exits…")
STEP_ATTENDANCE = N_("reports", "Counting attendance…")
STEP_PROGRESS = N_("reports", "Comparing assessments…")
STEP_WORK = N_("reports", "Adding up work done for departments…")
STEP_PLANS = N_("reports", "Checking continuation plans…")
STEPS_PER_RANGE = 5


@dataclass
class RangeFigures:
    start: date
    end: date
    people: PeopleFigures
    attendance: activity.Attendance
    progress: activity.Progress
    plans: activity.Plans
    work: WorkDoneSummary


@dataclass
class SummaryFigures:
    scope: Scope
    current: RangeFigures
    previous: RangeFigures
    threshold: int
    weekly_cap: int
    produced_by: str
    produced_at: datetime


def check_scope(ctx: ReadContext, scope: Scope) -> None:
    """The actor may summarise `scope` only if they may see every municipality of it; the
    whole project is the coordinators'."""
    actor = ctx.actor
    if scope.kind is ScopeKind.ALL and not actor.sees_all_municipalities:
        raise PermissionDenied(ALL_IS_COORDINATORS)
    if not all(actor.may_access(code) for code in scope.codes):
        if scope.kind is ScopeKind.AREA:
            raise PermissionDenied(NO_AREA_RIGHTS, area=scope.name)
        raise PermissionDenied(NO_RIGHTS)


def summary_figures(ctx: ReadContext, scope: Scope, start: date, end: date, *,
                    today: date | None = None, progress: Progress | None = None,
                    language: str | None = None, produced_at: datetime | None = None
                    ) -> SummaryFigures:
    """The figures of `scope` for [start, end] and the range before it."""
    from toimi_desktop.i18n import translate

    check_scope(ctx, scope)
    previous_start, previous_end = previous_range(start, end)
    today = today or date.today()
    progress = progress or Progress()
    conn = ctx.db.reader()
    total = 2 * STEPS_PER_RANGE
    done = 0
    cap = activity.weekly_cap(conn)

    def step(text: str) -> None:
        nonlocal done
        progress.step(done, total, translate("reports", text, language))
        done += 1

    changes: list[activity.Progress] = []
    periods: list[tuple] = []

    def one_range(first: date, last: date) -> RangeFigures:
        step(STEP_PEOPLE)
        if not periods:  # both ranges' periods at once
            periods.extend(period_rows(conn, scope.codes, previous_start, end))
        people = people_figures(conn, scope.codes, first, last, periods)
        step(STEP_ATTENDANCE)
        attendance = activity.attendance(conn, scope.codes, first, last, cap)
        step(STEP_PROGRESS)
        if not changes:  # both ranges at once: they share each trainee's first assessment
            changes.extend(progress_pair(conn, scope.codes, (start, end),
                                         (previous_start, previous_end)))
        step(STEP_WORK)
        work = work_done_summary(ctx, first, last, codes=scope.codes)
        step(STEP_PLANS)
        plans = activity.plans(conn, scope.codes, min(last, today))
        return RangeFigures(first, last, people, attendance,
                            changes[0 if first == start else 1], plans, work)

    current = one_range(start, end)
    previous = one_range(previous_start, previous_end)
    progress.step(total, total)
    return SummaryFigures(scope, current, previous, activity.threshold(conn), cap,
                          ctx.actor.display_name, produced_at or datetime.now())
