"""Property tests of what the summary prints around protected figures: the change column,
the share column and the charts must not give away a hidden figure."""

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from toimi_desktop.reports.summary.tables import (
    HIDDEN_MARK,
    Numbers,
    list_rows,
    protected_counts,
    series,
)

lists = st.integers(1, 5).flatmap(lambda n: st.tuples(
    st.lists(st.integers(0, 12), min_size=n, max_size=n),
    st.lists(st.integers(0, 12), min_size=n, max_size=n)))


def parse(text: str) -> int | None:
    """A printed count, or None for a mark."""
    return None if text.startswith("<") or text in (HIDDEN_MARK, "–") else int(
        text.replace("\u2212", "-").replace("+", "").replace("\u00b1", ""))


def candidates(shown: list[int | None], marks: list[str], threshold: int, box: int,
               withheld: bool) -> list[tuple[int, ...]]:
    """Every list (with its total last) that agrees with what is printed. A withheld
    breakdown marks nothing "<t": its ".." may then be any count."""
    options = []
    for value, mark in zip(shown, marks, strict=True):
        if value is not None:
            options.append([value])
        elif mark.startswith("<"):
            options.append(list(range(1, threshold)))
        else:
            options.append(list(range(box + 1)) if withheld
                           else [0, *range(threshold, box + 1)])
    return [combo for combo in product(*options) if sum(combo[:-1]) == combo[-1]]


@settings(max_examples=250, deadline=None)
@given(data=lists, threshold=st.integers(3, 6))
def test_changes_shares_and_charts_tell_nothing_more(data, threshold):
    now, before = data
    numbers = Numbers("fi", threshold)
    current, previous = protected_counts(now, threshold), protected_counts(before, threshold)
    labels = [f"r{i}" for i in range(len(now))]
    rows = list_rows(numbers, labels, current, previous, "total")
    chart = series("now", current[:-1], numbers)
    for i, row in enumerate(rows):
        value, part, earlier, change = row.cells
        truth = now[i] if i < len(now) else sum(now)
        if 0 < truth < threshold:
            assert value in (f"<{threshold}", HIDDEN_MARK)  # ".." when withheld
        if parse(value) is None:
            # a hidden figure: no share, no change, no bar
            assert part in (HIDDEN_MARK, "–") and change in (HIDDEN_MARK, "–")
            if i < len(now):
                assert chart.values[i] is None and chart.marks[i] == value
        else:
            assert parse(value) == truth
            if i < len(now):
                assert chart.values[i] == truth and chart.marks[i] == value
            if parse(earlier) is not None:
                assert parse(change) == truth - (before[i] if i < len(now) else sum(before))
            else:
                assert change == HIDDEN_MARK
    # What a reader can work out of this range's column: every small count stays open.
    marks = [row.cells[0] for row in rows]
    box = max(now) + threshold + 1
    withheld = any(0 < t < threshold and m == HIDDEN_MARK
                   for t, m in zip([*now, sum(now)], marks, strict=True))
    seen = candidates([parse(m) for m in marks], marks, threshold, box, withheld)
    for i, truth in enumerate([*now, sum(now)]):
        if 0 < truth < threshold:
            assert len({combo[i] for combo in seen}) >= 2, (now, threshold, marks)
