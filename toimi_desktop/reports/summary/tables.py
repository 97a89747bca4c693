"""What a steering summary prints, as plain data: tables of ready text and chart series,
made only from protected figures (`reports.suppression`). The PDF layer lays them out and
never sees a raw count.

How comparisons stay safe: the chosen range and the previous one are protected each on its
own, and a change is printed only when both of its figures are shown (a change is then
worked out from what the reader already has). A share is printed only when its count is
shown. A chart draws only shown values; a hidden one gets its mark ("<5" or "..") and no
bar or point, and the axes are scaled from shown values alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from toimi_desktop.i18n import QT_TRANSLATE_NOOP as N_
from toimi_desktop.reports.suppression import (
    HIDDEN,
    SHOWN,
    SMALL,
    ProtectedList,
    ProtectedTable,
    protect_list,
    protect_table,
)

HIDDEN_MARK = ".."
NOTHING = "–"
EMPTY = "empty"  # no one behind the figure: nothing to show, nothing to hide
PERCENT_POINTS = N_("reports", "{value} pp")


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[str, ...]
    total: bool = False
    heading: bool = False  # a sub-heading inside the table: a label, no figures


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]  # the first is the label column's
    rows: tuple[Row, ...]
    note: str = ""
    label_share: float = 0.34  # of the table's width, for the label column


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # None: hidden, nothing is drawn
    marks: tuple[str, ...]  # the text at each point: "12", "<5", ".."


@dataclass(frozen=True)
class Chart:
    kind: str  # "bars" (horizontal) or "line"
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    percent: bool = False  # values are shares 0–1
    highlight_from: int | None = None  # line: the categories of the chosen range


@dataclass(frozen=True)
class Block:
    table: Table
    chart: Chart | None = None


@dataclass(frozen=True)
class Section:
    title: str
    intro: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class SummaryDocument:
    title: str
    scope: str
    range_text: str
    compared_text: str
    produced_text: str
    privacy_text: str
    key_figures: Table
    sections: tuple[Section, ...]
    notes_title: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    cover_charts: tuple[Chart, ...] = field(default_factory=tuple)

    def texts(self) -> list[str]:
        """Every text the document prints (tests look for what must not be there)."""
        found = [self.title, self.scope, self.range_text, self.compared_text,
                 self.produced_text, self.privacy_text, self.notes_title, *self.notes]
        for table in (self.key_figures, *(b.table for s in self.sections for b in s.blocks)):
            found += [table.title, table.note, *table.header]
            found += [text for row in table.rows for text in (row.label, *row.cells)]
        for section in self.sections:
            found += [section.title, section.intro]
            for block in section.blocks:
                if block.chart is not None:
                    found += [block.chart.title, *block.chart.categories]
                    found += [m for s in block.chart.series for m in (s.name, *s.marks)]
        return found


class Numbers:
    """Numbers, shares and changes as the language writes them, and the marks."""

    def __init__(self, language: str | None, threshold: int) -> None:
        from toimi_desktop.i18n import translate

        self.finnish = (language or "fi") == "fi"
        self.threshold = threshold
        self.small = f"<{threshold}"
        self._points = translate("reports", PERCENT_POINTS, language)

    def number(self, value: float, decimals: int = 0) -> str:
        text = f"{value:,.{decimals}f}"
        if self.finnish:
            text = text.replace(",", "\u202f").replace(".", ",")
        return text.replace("-", "\u2212")

    def count(self, value: float) -> str:
        return self.number(value, 0)

    def hours(self, value: float) -> str:
        return self.number(value, 1 if value % 1 else 0)

    def percent(self, share: float) -> str:
        return f"{self.number(100 * share, 0)}\u00a0%" if self.finnish \
            else f"{self.number(100 * share, 0)}%"

    def signed(self, value: float, decimals: int = 0) -> str:
        if round(value, decimals) == 0:
            return "\u00b10"
        return ("+" if value > 0 else "") + self.number(value, decimals)

    def points(self, change: float) -> str:
        return self._points.format(value=self.signed(100 * change, 0))

    def mark(self, value: float | None, state: str,
             number: Callable[[float], str] | None = None) -> str:
        if state == SMALL:
            return self.small
        if state == EMPTY:
            return NOTHING
        if state == HIDDEN or value is None:
            return HIDDEN_MARK
        return (number or self.count)(value)

    def change(self, current: float | None, previous: float | None,
               how: Callable[[float], str] | None = None) -> str:
        """current − previous, only when both are shown."""
        if current is None or previous is None:
            return HIDDEN_MARK
        return (how or self.signed)(current - previous)


# --- protected figures with their state, and their previous-range counterpart -------------

@dataclass(frozen=True)
class Shown:
    """One protected figure: its value when shown (else None) and its state."""

    value: float | None
    state: str

    @property
    def shown(self) -> bool:
        return self.state == SHOWN


def from_list(protected: ProtectedList) -> list[Shown]:
    """The list's figures and its total (last)."""
    count = len(protected.values)
    return [Shown(protected.total if i == count else protected.values[i], protected.state(i))
            for i in range(count + 1)]


def from_table(protected: ProtectedTable) -> list[list[Shown]]:
    """The table extended by its totals (row totals last in each row, column totals last)."""
    m, n = len(protected.cells), len(protected.column_totals)
    rows = []
    for r in range(m + 1):
        row = []
        for c in range(n + 1):
            if r == m:
                value = protected.total if c == n else protected.column_totals[c]
            else:
                value = protected.row_totals[r] if c == n else protected.cells[r][c]
            row.append(Shown(value, protected.state(r, c)))
        rows.append(row)
    return rows


def figure(value: float | None, people: int, threshold: int) -> Shown:
    """A figure standing alone (a rate, a mean): hidden when from fewer people."""
    if 0 < people < threshold:
        return Shown(None, SMALL)
    return Shown(value, SHOWN) if people and value is not None else Shown(None, EMPTY)


def count(value: int, threshold: int) -> Shown:
    """A count of people standing alone (nothing adds up to it or from it)."""
    return Shown(None, SMALL) if 0 < value < threshold else Shown(value, SHOWN)


def share(part: Shown, whole: Shown) -> Shown:
    """part / whole, shown only when both are (so it tells nothing the counts do not)."""
    if part.shown and whole.shown and whole.value:
        return Shown(part.value / whole.value, SHOWN)
    if whole.shown and not whole.value:
        return Shown(None, EMPTY)
    return Shown(None, HIDDEN)


def protected_counts(values: Sequence[int], threshold: int, published: bool = True
                     ) -> list[Shown]:
    return from_list(protect_list(list(values), threshold, total_published=published))


def protected_amounts(values: Sequence[float], people: Sequence[int], total_people: int,
                      threshold: int) -> list[Shown]:
    """Figures such as hours or days, each from `people` distinct persons."""
    return from_list(protect_list(list(values), threshold, people=list(people),
                                  total_people=total_people))


def protected_matrix(matrix: Sequence[Sequence[int]], threshold: int) -> list[list[Shown]]:
    return from_table(protect_table([list(row) for row in matrix], threshold))


# --- rows with the previous range beside them ---------------------------------------------

def compared_cells(numbers: Numbers, current: Shown, previous: Shown,
                   number: Callable[[float], str] | None = None,
                   how: Callable[[float], str] | None = None) -> tuple[str, str, str]:
    """(this range, the previous range, the change)."""
    if EMPTY in (current.state, previous.state):
        change = NOTHING
    else:
        change = numbers.change(current.value if current.shown else None,
                                previous.value if previous.shown else None, how)
    return (numbers.mark(current.value, current.state, number),
            numbers.mark(previous.value, previous.state, number), change)


def list_rows(numbers: Numbers, labels: Sequence[str], current: list[Shown],
              previous: list[Shown], total_label: str, *, with_share: bool = True,
              number: Callable[[float], str] | None = None,
              how: Callable[[float], str] | None = None,
              keep: Callable[[int], bool] | None = None) -> tuple[Row, ...]:
    """One row per item and a total row: value, share of the total, previous, change.
    `keep(i)` drops items that are zero in both ranges (dropping a zero tells nothing)."""
    rows = []
    total_now, total_before = current[-1], previous[-1]
    for i, label in enumerate(labels):
        if keep is not None and not keep(i):
            continue
        now, before, change = compared_cells(numbers, current[i], previous[i], number, how)
        part = share(current[i], total_now)
        cells = (now, numbers.mark(part.value, part.state, numbers.percent), before, change) \
            if with_share else (now, before, change)
        rows.append(Row(label, cells))
    now, before, change = compared_cells(numbers, total_now, total_before, number, how)
    whole = share(total_now, total_now)
    cells = (now, numbers.mark(whole.value, whole.state, numbers.percent), before, change) \
        if with_share else (now, before, change)
    rows.append(Row(total_label, cells, total=True))
    return tuple(rows)


def series(name: str, figures: Sequence[Shown], numbers: Numbers,
           number: Callable[[float], str] | None = None) -> Series:
    """A chart series of protected figures: hidden ones are not drawn, only marked."""
    return Series(name, tuple(f.value if f.shown else None for f in figures),
                  tuple(numbers.mark(f.value, f.state, number) for f in figures))
