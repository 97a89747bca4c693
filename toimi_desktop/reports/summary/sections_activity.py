"""The summary's activity sections: attendance, progress in assessments, work done for the
municipal departments, and continuation plans.

Rows whose set is not fixed (departments, criterion groups) are in alphabetical order, never
by size: sorting by a figure would tell where a hidden one lies.
"""

from __future__ import annotations

from datetime import date

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import WorkField
from toimi_desktop.reports.pdf import Translator, fi_date
from toimi_desktop.reports.summary.activity import REASONS, Attendance
from toimi_desktop.reports.summary.figures import RangeFigures, SummaryFigures
from toimi_desktop.reports.summary.people import months_of
from toimi_desktop.reports.summary.sections_people import (
    CHANGE,
    NOT_RECORDED,
    PREVIOUS,
    SHARE,
    THIS_RANGE,
    TOTAL,
)
from toimi_desktop.reports.summary.tables import (
    EMPTY,
    SHOWN,
    SMALL,
    Block,
    Chart,
    Numbers,
    Row,
    Section,
    Shown,
    Table,
    compared_cells,
    count,
    figure,
    list_rows,
    protected_amounts,
    protected_counts,
    series,
    share,
)

ATTENDANCE = N_("reports", "Attendance")
ATTENDANCE_INTRO = N_("reports", "Days attended (fully or partly) of the days trainees were "
                                 "expected; a day the service was not held counts neither "
                                 "way. Allowance days: rehabilitative work activity, at most "
                                 "{cap} days a calendar week.")
ATTENDANCE_TABLE = N_("reports", "Attendance in the range")
FIGURE = N_("reports", "Figure")
RATE = N_("reports", "Attendance rate")
ATTENDED = N_("reports", "Days attended")
ABSENT = N_("reports", "Absence days")
ALLOWANCE = N_("reports", "Allowance days")
WITH_ATTENDANCE = N_("reports", "Trainees with attendance records")
RATE_BY_MONTH = N_("reports", "Attendance rate by month")
ABSENCES = N_("reports", "Absence days by reason")
REASON = N_("reports", "Reason")

PROGRESS = N_("reports", "Progress in assessments")
PROGRESS_INTRO = N_("reports", "Trainees assessed in the range: their latest assessment "
                               "against their first one (coach's scores). A trainee improved "
                               "when their scores rose on average, each scale weighted "
                               "alike.")
PROGRESS_TABLE = N_("reports", "Change since the first assessment")
IMPROVED = N_("reports", "Improved")
UNCHANGED = N_("reports", "Unchanged")
DECLINED = N_("reports", "Declined")
ASSESSED = N_("reports", "Assessed at least twice")
TRAINEES = N_("reports", "Trainees")
GROUPS_TABLE = N_("reports", "Average change per criterion group")
GROUP = N_("reports", "Criterion group")
SCALE = N_("reports", "Scale")
AVERAGE = N_("reports", "Average change")
PREVIOUS_AVERAGE = N_("reports", "Previous")
GROUPS_NOTE = N_("reports", "In the scale's points; a group from fewer trainees than the "
                            "threshold is not shown.")

WORK = N_("reports", "Work done for municipal departments")
WORK_INTRO = N_("reports", "Hours attended on work tasks, counted for the department whose "
                           "order covered the task that day (else the task's usual "
                           "orderer). Hours are not stored: they come from attendance.")
BY_FIELD = N_("reports", "Hours by field of work")
FIELD = N_("reports", "Field of work")
BY_DEPARTMENT = N_("reports", "Hours by orderer department")
DEPARTMENT = N_("reports", "Orderer department")
NO_DEPARTMENT = N_("reports", "No orderer named")
HOURS = N_("reports", "Hours")
ORDERS_DONE = N_("reports", "Orders done")
FEEDBACK = N_("reports", "Feedback 1–5")

PLANS = N_("reports", "Continuation plans")
PLANS_INTRO = N_("reports", "Trainees in an open coaching period on {day}, and whether "
                            "they had a continuation plan for that period and its review "
                            "was on time.")
PLANS_TABLE = N_("reports", "Continuation plans on {day}")
PLAN = N_("reports", "Plan")
ON_TIME = N_("reports", "Current plan, review on time")
OVERDUE = N_("reports", "Current plan, review overdue")
WITHOUT = N_("reports", "No current plan")
IN_COACHING = N_("reports", "Trainees in an open period")


def attendance_figures(data: Attendance, threshold: int) -> dict[str, Shown]:
    """The attendance figures as printed. The rate and the absence days go together: with
    the days attended shown, the rate would give away absences of a few people."""
    few_absent = 0 < data.absent_people < threshold
    expected = data.attended + data.absent
    rate = figure(data.attended / expected if expected else None, data.people, threshold)
    if few_absent and rate.state != EMPTY:
        rate = Shown(None, SMALL)
    return {
        "rate": rate,
        "attended": figure(data.attended, data.people, threshold),
        "absent": figure(data.absent, data.absent_people, threshold)
        if data.absent else Shown(0, SHOWN),
        "allowance": figure(data.allowance_days, data.allowance_people, threshold)
        if data.allowance_days else Shown(0, SHOWN),
        "people": count(data.people, threshold),
    }


def plan_counts(part: RangeFigures) -> list[int]:
    return [part.plans.on_time, part.plans.overdue, part.plans.without]


class ActivitySections:
    def __init__(self, figures: SummaryFigures, numbers: Numbers, t: Translator,
                 language: str | None) -> None:
        self.figures, self.numbers, self.t, self.language = figures, numbers, t, language
        self.threshold = figures.threshold
        parts = (figures.current, figures.previous)
        self.attendance = tuple(attendance_figures(p.attendance, self.threshold) for p in parts)
        self.plans = tuple(protected_counts(plan_counts(p), self.threshold) for p in parts)
        self.assessed = tuple(protected_counts(
            [p.progress.improved, p.progress.unchanged, p.progress.declined], self.threshold)
            for p in parts)
        self.fields = tuple(self._hours(p, "by_field", list(WorkField)) for p in parts)

    # --- key figures ---------------------------------------------------------------------
    def key(self, name: str) -> tuple[Shown, Shown]:
        if name in ("rate", "allowance"):
            return self.attendance[0][name], self.attendance[1][name]
        if name == "improved":
            return tuple(share(a[0], a[-1]) for a in self.assessed)
        if name == "hours":
            return self.fields[0][-1], self.fields[1][-1]
        if name == "with_plan":  # total − without: shown only when "without" is shown
            return tuple(share(Shown(p[-1].value - p[2].value, SHOWN), p[-1])
                         if p[2].shown and p[-1].shown else share(p[2], p[-1])
                         for p in self.plans)
        raise KeyError(name)

    # --- attendance ----------------------------------------------------------------------
    def attendance_section(self, weekly_cap: int) -> Section:
        t, numbers = self.t, self.numbers
        now, before = self.attendance
        lines = ((RATE, "rate", numbers.percent, numbers.points),
                 (ATTENDED, "attended", None, None), (ABSENT, "absent", None, None),
                 (ALLOWANCE, "allowance", None, None), (WITH_ATTENDANCE, "people", None, None))
        rows = tuple(Row(t(label), compared_cells(numbers, now[key], before[key], number, how))
                     for label, key, number, how in lines)
        table = Table(t(ATTENDANCE_TABLE), (t(FIGURE), t(THIS_RANGE), t(PREVIOUS),
                                            t(CHANGE)), rows, label_share=0.40)
        blocks = [Block(table, self.rate_chart()), Block(self._absence_table())]
        return Section(t(ATTENDANCE), t(ATTENDANCE_INTRO).format(cap=weekly_cap),
                       tuple(blocks))

    def rate_chart(self) -> Chart:
        months, figures = [], []
        for part in (self.figures.previous, self.figures.current):
            for month in months_of(part.start, part.end):
                attended, expected, people = part.attendance.by_month.get(month, (0, 0, 0))
                figures.append(figure(attended / expected if expected else None, people,
                                      self.threshold))
                months.append(month)
        labels = tuple(f"{m.month}/{m.year % 100:02d}" for m in months)
        before = len(months_of(self.figures.previous.start, self.figures.previous.end))
        return Chart("line", self.t(RATE_BY_MONTH), labels,
                     (series(self.t(RATE), figures, self.numbers, self.numbers.percent),),
                     percent=True, highlight_from=before)

    def _absence_table(self) -> Table:
        t = self.t
        parts = []
        for part in (self.figures.current, self.figures.previous):
            data = part.attendance
            parts.append(protected_amounts([d for d, _ in data.absences],
                                           [p for _, p in data.absences],
                                           data.absent_people, self.threshold))
        now, before = parts
        labels = [*(r.translated(self.language) for r in REASONS), t(NOT_RECORDED)]
        rows = list_rows(self.numbers, labels, now, before, t(TOTAL), keep=_not_both_zero(
            now, before))
        return Table(t(ABSENCES), (t(REASON), t(THIS_RANGE), t(SHARE), t(PREVIOUS),
                                   t(CHANGE)), rows, label_share=0.42)

    # --- progress ------------------------------------------------------------------------
    def progress_section(self) -> Section:
        t, numbers = self.t, self.numbers
        now, before = self.assessed
        rows = list_rows(numbers, [t(IMPROVED), t(UNCHANGED), t(DECLINED)], now, before,
                         t(ASSESSED))
        table = Table(t(PROGRESS_TABLE), (t(TRAINEES), t(THIS_RANGE), t(SHARE), t(PREVIOUS),
                                          t(CHANGE)), rows, label_share=0.42)
        return Section(t(PROGRESS), t(PROGRESS_INTRO), (Block(table), Block(self._groups())))

    def _groups(self) -> Table:
        t, numbers, threshold = self.t, self.numbers, self.threshold
        now = self.figures.current.progress.groups
        before = self.figures.previous.progress.groups
        rows = []
        for key in sorted(set(now) | set(before), key=lambda k: (k[0], k[1])):
            here, there = now.get(key), before.get(key)
            scale = here or there
            mean_now = figure(here.total_change / here.people if here else None,
                              here.people if here else 0, threshold)
            mean_before = figure(there.total_change / there.people if there else None,
                                 there.people if there else 0, threshold)
            people = count(here.people if here else 0, threshold)
            cells = (numbers.mark(people.value, people.state),
                     f"{numbers.number(scale.low)}–{numbers.number(scale.high)}",
                     *compared_cells(numbers, mean_now, mean_before,
                                     lambda v: numbers.signed(v, 2),
                                     lambda v: numbers.signed(v, 2)))
            rows.append(Row(f"{scale.family}: {scale.group}", cells))
        return Table(t(GROUPS_TABLE), (t(GROUP), t(TRAINEES), t(SCALE), t(AVERAGE),
                                       t(PREVIOUS_AVERAGE), t(CHANGE)), tuple(rows),
                     t(GROUPS_NOTE), label_share=0.40)

    # --- work ------------------------------------------------------------------------------
    def _hours(self, part: RangeFigures, attribute: str, keys: list) -> list[Shown]:
        data = getattr(part.work, attribute)
        hours = [data[k].hours if k in data else 0.0 for k in keys]
        people = [data[k].trainees if k in data else 0 for k in keys]
        return protected_amounts(hours, people, part.work.total.trainees, self.threshold)

    def work_section(self) -> Section:
        t, numbers = self.t, self.numbers
        now, before = self.fields
        fields = list(WorkField)
        labels = [f.translated(self.language) for f in fields]
        keep = _not_both_zero(now, before)
        rows = list_rows(numbers, labels, now, before, t(TOTAL), number=numbers.hours,
                         how=lambda v: numbers.signed(v, 1 if v % 1 else 0), keep=keep)
        table = Table(t(BY_FIELD), (t(FIELD), t(HOURS), t(SHARE), t(PREVIOUS), t(CHANGE)),
                      rows, label_share=0.40)
        kept = [i for i in range(len(fields)) if keep(i)]
        chart = Chart("bars", t(BY_FIELD), tuple(labels[i] for i in kept), (
            series(t(THIS_RANGE), [now[i] for i in kept], numbers, numbers.hours),
            series(t(PREVIOUS), [before[i] for i in kept], numbers, numbers.hours)))
        return Section(t(WORK), t(WORK_INTRO), (Block(table, chart),
                                                Block(self._departments())))

    def _departments(self) -> Table:
        t, numbers, threshold = self.t, self.numbers, self.threshold
        current, previous = self.figures.current.work, self.figures.previous.work
        names = sorted((set(current.by_department) | set(previous.by_department)) - {""},
                       key=str.casefold)
        if "" in current.by_department or "" in previous.by_department:
            names.append("")
        now = self._hours(self.figures.current, "by_department", names)
        before = self._hours(self.figures.previous, "by_department", names)
        rows = list(list_rows(numbers, [n or t(NO_DEPARTMENT) for n in names], now, before,
                              t(TOTAL), number=numbers.hours,
                              how=lambda v: numbers.signed(v, 1 if v % 1 else 0)))
        for i, name in enumerate(names):
            orders = current.orders.get(name)
            people = current.by_department[name].trainees if name in current.by_department \
                else 0
            feedback = figure(orders.mean_score if orders else None, people, threshold)
            rows[i] = Row(rows[i].label, (*rows[i].cells, str(orders.done if orders else 0),
                                          numbers.mark(feedback.value, feedback.state,
                                                       lambda v: numbers.number(v, 1))))
        done = sum(o.done for o in current.orders.values())
        rows[-1] = Row(rows[-1].label, (*rows[-1].cells, str(done), ""), total=True)
        return Table(t(BY_DEPARTMENT), (t(DEPARTMENT), t(HOURS), t(SHARE), t(PREVIOUS),
                                        t(CHANGE), t(ORDERS_DONE), t(FEEDBACK)), tuple(rows),
                     label_share=0.30)

    # --- plans -----------------------------------------------------------------------------
    def plans_section(self) -> Section:
        t = self.t
        day = self.figures.current.plans.day or self.figures.current.end
        now, before = self.plans
        rows = list_rows(self.numbers, [t(ON_TIME), t(OVERDUE), t(WITHOUT)], now, before,
                         t(IN_COACHING))
        table = Table(t(PLANS_TABLE).format(day=_day(day)),
                      (t(PLAN), t(THIS_RANGE), t(SHARE), t(PREVIOUS), t(CHANGE)), rows,
                      label_share=0.42)
        return Section(t(PLANS), t(PLANS_INTRO).format(day=_day(day)), (Block(table),))


def _day(day: date) -> str:
    return fi_date(day)


def _not_both_zero(now: list[Shown], before: list[Shown]):
    return lambda i: bool(now[i].value or before[i].value or not now[i].shown
                          or not before[i].shown)
