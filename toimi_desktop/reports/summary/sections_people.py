"""The summary's people sections: trainees in coaching, starts and exits by period kind and
gender, target groups, exits by outcome and the ESF+ results on leaving and six months on.

Gender is printed as women, men, and "other or not known" together: non-binary and
unrecorded gender are each so rare that their own columns would be "<5" nearly everywhere
and drag other cells into secondary suppression (the ESF+ export keeps them apart).
"""

from __future__ import annotations

from collections.abc import Sequence

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.models.enums import ExitOutcome, TargetGroup
from toimi_desktop.reports.pdf import Translator
from toimi_desktop.reports.summary.figures import RangeFigures, SummaryFigures
from toimi_desktop.reports.summary.people import (
    EXIT_RESULTS,
    FOLLOWUP_RESULTS,
    GROUPS,
    KINDS,
    OUTCOMES,
    months_of,
)
from toimi_desktop.reports.summary.tables import (
    Block,
    Chart,
    Numbers,
    Row,
    Section,
    Shown,
    Table,
    compared_cells,
    list_rows,
    protected_counts,
    series,
    share,
)

PEOPLE = N_("reports", "Trainees")
PEOPLE_INTRO = N_("reports", "Trainees in coaching at any time in the range (each once, in "
                             "their latest period), those who started and those who left.")
IN_COACHING = N_("reports", "Trainees in coaching")
STARTS = N_("reports", "Starts")
EXITS = N_("reports", "Exits")
IN_COACHING_BY_KIND = N_("reports", "In coaching by period kind")
EXITS_BY_KIND = N_("reports", "Exits by period kind")
BY_KIND = N_("reports", "By period kind")
BY_GENDER = N_("reports", "By gender")
TRAINEES = N_("reports", "Trainees")
BY_GROUP = N_("reports", "Trainees in coaching by target group")
GROUP_NOTE = N_("reports", "A trainee can belong to several target groups, so the rows "
                           "do not add up to the number of trainees.")
STARTS_BY_MONTH = N_("reports", "Starts by month")
GROUP = N_("reports", "Target group")
WOMEN = N_("reports", "Women")
MEN = N_("reports", "Men")
OTHER_GENDER = N_("reports", "Other or not known")
TOTAL = N_("reports", "Total")
THIS_RANGE = N_("reports", "This range")
PREVIOUS = N_("reports", "Previous")
CHANGE = N_("reports", "Change")
SHARE = N_("reports", "Share")

EXITS_TITLE = N_("reports", "Exits and results")
EXITS_INTRO = N_("reports", "Where trainees went when their period ended, the ESF+ results "
                            "on leaving (within 28 days, the last event counts) and six "
                            "months after leaving.")
BY_OUTCOME = N_("reports", "Exits by outcome")
OUTCOME = N_("reports", "Outcome")
ENTREPRENEURSHIP = N_("reports", "Entrepreneurship (sole trader, cooperative, light)")
NOT_RECORDED = N_("reports", "Not recorded")
ESF_ON_LEAVING = N_("reports", "ESF+ results on leaving")
ESF_NOTE = N_("reports", "Of the trainees who left in the range; the share is of all who "
                         "left, unknown answers included.")
ESF_LATER = N_("reports", "Six months after leaving")
LATER_NOTE = N_("reports", "Trainees whose six-month point fell in the range.")
RESULT = N_("reports", "Result")
YES = N_("reports", "Yes")
NO = N_("reports", "No")
NOT_KNOWN = N_("reports", "Not known")
SHARE_YES = N_("reports", "Share yes")
PREVIOUS_SHARE = N_("reports", "Previous share")
RESULT_LABELS = {
    "exit_job_search": N_("reports", "Engaged in job searching (EECR01)"),
    "exit_in_education": N_("reports", "In education or training (EECR02)"),
    "exit_qualification": N_("reports", "Gained a qualification (EECR03)"),
    "exit_employed": N_("reports", "In employment, incl. self-employment (EECR04)"),
    "followup_employed": N_("reports", "In employment, incl. self-employment (EECR05)"),
    "followup_improved": N_("reports", "Improved labour market situation (EECR06)"),
}
ENTREPRENEURIAL = (ExitOutcome.SOLE_TRADER, ExitOutcome.COOPERATIVE,
                   ExitOutcome.LIGHT_ENTREPRENEURSHIP)
# The printed outcome rows: the three kinds of entrepreneurship together (each is rare).
OUTCOME_ROWS: tuple[tuple[ExitOutcome, ...], ...] = (
    (ExitOutcome.OPEN_LABOUR_MARKET,), (ExitOutcome.SUBSIDISED_WORK,), ENTREPRENEURIAL,
    (ExitOutcome.EDUCATION,), (ExitOutcome.REHABILITATION,), (ExitOutcome.PENSION,),
    (ExitOutcome.OTHER_SERVICE,), (ExitOutcome.DROPOUT,), (ExitOutcome.MOVED_AWAY,), ())


def by_three_genders(matrix: Sequence[Sequence[int]]) -> list[list[int]]:
    """(female, male, non-binary, unknown) columns → (women, men, other or not known)."""
    return [[row[0], row[1], row[2] + row[3]] for row in matrix]


def outcome_counts(figures: RangeFigures) -> list[int]:
    index = {o: i for i, o in enumerate(OUTCOMES)}
    counts = figures.people.outcomes
    return [sum(counts[index[o]] for o in group) if group else counts[len(OUTCOMES)]
            for group in OUTCOME_ROWS]


def outcome_label(group: tuple[ExitOutcome, ...], t: Translator, language: str | None
                  ) -> str:
    if not group:
        return t(NOT_RECORDED)
    if group == ENTREPRENEURIAL:
        return t(ENTREPRENEURSHIP)
    return group[0].translated(language)


class PeopleSections:
    """Each of "in coaching", "starts" and "exits" is printed as two breakdowns of the same
    total, by period kind and by gender, each protected as a list whose total is published.
    The kind-by-gender cells themselves are never printed: both margins of a table tell
    nothing about its inner cells, and far fewer figures need hiding than in the full
    cross-table."""

    def __init__(self, figures: SummaryFigures, numbers: Numbers, t: Translator,
                 language: str | None) -> None:
        self.figures, self.numbers, self.t, self.language = figures, numbers, t, language
        threshold = figures.threshold
        self.lists: dict[str, tuple[tuple[list[Shown], list[Shown]], ...]] = {}
        for name in ("participants", "starts", "exits"):
            parts = []
            for part in (figures.current.people, figures.previous.people):
                matrix = by_three_genders(getattr(part, name))
                by_kind = [sum(row) for row in matrix]
                by_gender = [sum(row[c] for row in matrix) for c in range(3)]
                parts.append((protected_counts(by_kind, threshold),
                              protected_counts(by_gender, threshold)))
            self.lists[name] = tuple(parts)
        self.outcomes = (protected_counts(outcome_counts(figures.current), threshold),
                         protected_counts(outcome_counts(figures.previous), threshold))

    # --- what the cover's key figures use ----------------------------------------------
    def grand_total(self, name: str) -> tuple[Shown, Shown]:
        (now, _), (before, _) = self.lists[name]
        return now[-1], before[-1]

    def result_share(self, name: str) -> tuple[Shown, Shown]:
        return tuple(self._result(f.people.exit_results[name])[1]
                     for f in (self.figures.current, self.figures.previous))

    def _result(self, answers: list[int]) -> tuple[list[Shown], Shown]:
        shown = protected_counts(answers, self.figures.threshold)
        return shown, share(shown[0], shown[-1])

    # --- sections ----------------------------------------------------------------------
    def people(self) -> Section:
        t = self.t
        blocks = [Block(self._measure_table(t(IN_COACHING), "participants"),
                        self._kind_chart(t(IN_COACHING_BY_KIND), "participants")),
                  Block(self._measure_table(t(STARTS), "starts"), self.starts_chart()),
                  Block(self._measure_table(t(EXITS), "exits"),
                        self._kind_chart(t(EXITS_BY_KIND), "exits")),
                  Block(self._group_table())]
        return Section(t(PEOPLE), t(PEOPLE_INTRO), tuple(blocks))

    def exits(self) -> Section:
        t, numbers = self.t, self.numbers
        labels = [outcome_label(group, t, self.language) for group in OUTCOME_ROWS]
        now, before = self.outcomes
        rows = list_rows(numbers, labels, now, before, t(TOTAL),
                         keep=lambda i: bool(now[i].value or before[i].value
                                             or not now[i].shown or not before[i].shown))
        table = Table(t(BY_OUTCOME), (t(OUTCOME), t(THIS_RANGE), t(SHARE), t(PREVIOUS),
                                      t(CHANGE)), rows, label_share=0.46)
        kept = [i for i, label in enumerate(labels) if any(r.label == label for r in rows)]
        chart = Chart("bars", t(BY_OUTCOME), tuple(labels[i] for i in kept), (
            series(t(THIS_RANGE), [now[i] for i in kept], numbers),
            series(t(PREVIOUS), [before[i] for i in kept], numbers)))
        blocks = [Block(table, chart),
                  Block(self._results_table(t(ESF_ON_LEAVING), EXIT_RESULTS, "exit_results",
                                            t(ESF_NOTE))),
                  Block(self._results_table(t(ESF_LATER), FOLLOWUP_RESULTS,
                                            "followup_results", t(LATER_NOTE)))]
        return Section(t(EXITS_TITLE), t(EXITS_INTRO), tuple(blocks))

    # --- parts ---------------------------------------------------------------------------
    def _header(self, first: str) -> tuple[str, ...]:
        t = self.t
        return (first, t(WOMEN), t(MEN), t(OTHER_GENDER), t(TOTAL), t(PREVIOUS), t(CHANGE))

    def _measure_table(self, title: str, name: str) -> Table:
        t, numbers = self.t, self.numbers
        (kinds_now, genders_now), (kinds_before, genders_before) = self.lists[name]
        rows = [Row(t(BY_KIND), (), heading=True)]
        for i, kind in enumerate(KINDS):
            rows.append(Row(kind.translated(self.language),
                            compared_cells(numbers, kinds_now[i], kinds_before[i])))
        rows.append(Row(t(BY_GENDER), (), heading=True))
        for i, label in enumerate((WOMEN, MEN, OTHER_GENDER)):
            rows.append(Row(t(label), compared_cells(numbers, genders_now[i],
                                                     genders_before[i])))
        rows.append(Row(t(TOTAL), compared_cells(numbers, kinds_now[-1], kinds_before[-1]),
                        total=True))
        return Table(title, (t(TRAINEES), t(THIS_RANGE), t(PREVIOUS), t(CHANGE)),
                     tuple(rows), label_share=0.40)

    def _kind_chart(self, title: str, name: str) -> Chart:
        (now, _), (before, _) = self.lists[name]
        labels = tuple(k.translated(self.language) for k in KINDS)
        return Chart("bars", title, labels, (
            series(self.t(THIS_RANGE), now[:-1], self.numbers),
            series(self.t(PREVIOUS), before[:-1], self.numbers)))

    def _group_table(self) -> Table:
        """Each target group on its own: groups overlap, so there is no column total and
        a group's total is not published elsewhere (it may be hidden to protect a cell)."""
        t, numbers, threshold = self.t, self.numbers, self.figures.threshold
        now = self.figures.current.people.participants_by_group
        before = self.figures.previous.people.participants_by_group
        rows = []
        for i, group in enumerate(GROUPS):
            current = protected_counts(by_three_genders([now[i]])[0], threshold, False)
            previous = protected_counts(by_three_genders([before[i]])[0], threshold, False)
            cells = [numbers.mark(f.value, f.state) for f in current[:-1]]
            cells += compared_cells(numbers, current[-1], previous[-1])
            rows.append(Row(TargetGroup(group).translated(self.language), tuple(cells)))
        return Table(t(BY_GROUP), self._header(t(GROUP)), tuple(rows), t(GROUP_NOTE),
                     label_share=0.28)

    def _results_table(self, title: str, names: tuple[str, ...], attribute: str,
                       note: str) -> Table:
        t, numbers = self.t, self.numbers
        rows = []
        for name in names:
            answers = [getattr(f.people, attribute)[name]
                       for f in (self.figures.current, self.figures.previous)]
            (now, share_now), (_before, share_before) = (self._result(a) for a in answers)
            cells = [numbers.mark(f.value, f.state) for f in now[:3]]
            cells += compared_cells(numbers, share_now, share_before, numbers.percent,
                                    numbers.points)
            rows.append(Row(t(RESULT_LABELS[name]), tuple(cells)))
        header = (t(RESULT), t(YES), t(NO), t(NOT_KNOWN), t(SHARE_YES), t(PREVIOUS_SHARE),
                  t(CHANGE))
        return Table(title, header, tuple(rows), note, label_share=0.36)

    def starts_chart(self) -> Chart:
        """Starts by month over the previous range and this one; each range's months are
        protected as a list whose total is the published number of starts."""
        threshold, numbers = self.figures.threshold, self.numbers
        months, figures = [], []
        for part in (self.figures.previous, self.figures.current):
            by_month = part.people.starts_by_month
            keys = months_of(part.start, part.end)
            shown = protected_counts([by_month.get(m, 0) for m in keys], threshold)
            months += keys
            figures += shown[:-1]
        labels = tuple(f"{m.month}/{m.year % 100:02d}" for m in months)
        return Chart("line", self.t(STARTS_BY_MONTH), labels,
                     (series(self.t(STARTS), figures, numbers),),
                     highlight_from=len(months_of(self.figures.previous.start,
                                                  self.figures.previous.end)))
