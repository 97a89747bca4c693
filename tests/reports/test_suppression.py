"""No suppressed cell may be recomputable from what a summary shows."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toimi_desktop.reports.suppression import shown_text, suppress, suppress_counts


def recomputable(table, matrix) -> list[tuple[int, int]]:
    """Hidden cells of the extended table whose value the shown values fix exactly.

    Independent of the implementation: exact Gaussian elimination over the row and column
    equations of the table and its totals, unknowns = hidden values.
    """
    m, n = len(matrix), len(matrix[0])
    full = [[*list(row), sum(row)] for row in matrix]
    full.append([sum(full[i][j] for i in range(m)) for j in range(n + 1)])
    shown = [[*list(row), table.row_totals[i]] for i, row in enumerate(table.cells)]
    shown.append([*table.column_totals, table.total])
    unknowns = [(i, j) for i in range(m + 1) for j in range(n + 1) if shown[i][j] is None]
    index = {cell: k for k, cell in enumerate(unknowns)}
    equations = []  # coefficient rows over the unknowns
    for i in range(m + 1):  # row i: inner cells − row total = 0 (the totals row likewise)
        equations.append([(i, j, Fraction(-1 if j == n else 1)) for j in range(n + 1)])
    for j in range(n + 1):
        equations.append([(i, j, Fraction(-1 if i == m else 1)) for i in range(m + 1)])
    rows = []
    for eq in equations:
        coeffs = [Fraction(0)] * len(unknowns)
        for i, j, a in eq:
            if (i, j) in index:
                coeffs[index[(i, j)]] += a
        rows.append(coeffs)
    # Row-reduce; an unknown is fixed iff its unit vector lies in the row space.
    pivots, reduced = [], []
    for row in rows:
        row = row[:]
        for p, prow in zip(pivots, reduced, strict=True):
            if row[p]:
                factor = row[p] / prow[p]
                row = [a - factor * b for a, b in zip(row, prow, strict=True)]
        lead = next((k for k, a in enumerate(row) if a), None)
        if lead is not None:
            pivots.append(lead)
            reduced.append(row)
    fixed = []
    for k, cell in enumerate(unknowns):
        target = [Fraction(int(q == k)) for q in range(len(unknowns))]
        for p, prow in zip(pivots, reduced, strict=True):
            if target[p]:
                factor = target[p] / prow[p]
                target = [a - factor * b for a, b in zip(target, prow, strict=True)]
        if not any(target):
            fixed.append(cell)
    return fixed


tables = st.integers(1, 5).flatmap(lambda m: st.integers(1, 5).flatmap(
    lambda n: st.lists(st.lists(st.integers(0, 30), min_size=n, max_size=n),
                       min_size=m, max_size=m)))


@settings(max_examples=300, deadline=None)
@given(matrix=tables, threshold=st.integers(2, 8))
def test_no_hidden_value_can_be_recomputed(matrix, threshold):
    table = suppress(matrix, threshold)
    assert recomputable(table, matrix) == []


@settings(max_examples=200, deadline=None)
@given(matrix=tables, threshold=st.integers(2, 8))
def test_every_small_count_is_hidden_and_shown_values_are_true(matrix, threshold):
    table = suppress(matrix, threshold)
    for row, shown_row, total in zip(matrix, table.cells, table.row_totals, strict=True):
        for value, shown in zip(row, shown_row, strict=True):
            assert shown is None or shown == value
            if 0 < value < threshold:
                assert shown is None
        assert total is None or total == sum(row)
        if 0 < sum(row) < threshold:
            assert total is None


def test_a_single_small_cell_takes_a_partner_in_its_row_and_column():
    table = suppress([[3, 10, 12], [20, 15, 11]], 5)
    assert table.cells[0][0] is None
    assert sum(v is None for v in table.cells[0]) >= 2
    assert sum(row[0] is None for row in table.cells) >= 2
    assert table.total == 71


def test_nothing_hidden_when_all_counts_are_large_or_zero():
    table = suppress([[0, 10], [12, 9]], 5)
    assert table.hidden_count == 0


def test_single_column_with_total():
    counts, total = suppress_counts([12, 3, 9, 0], 5)
    assert counts == (12, None, 9, None) and total == 24  # the 0 hides the 3
    assert shown_text(None, 5) == "<5"


def test_threshold_must_be_positive():
    with pytest.raises(ValueError):
        suppress([[1]], 0)


@settings(max_examples=300, deadline=None)
@given(counts=st.lists(st.integers(0, 30), min_size=1, max_size=8), threshold=st.integers(2, 8))
def test_single_list_hides_no_recomputable_count(counts, threshold):
    shown, total = suppress_counts(counts, threshold)
    hidden = [i for i, v in enumerate(shown) if v is None]
    assert all(shown[i] is None for i, n in enumerate(counts) if 0 < n < threshold)
    if total is not None:
        assert len(hidden) != 1  # one hidden count would be the total minus the others
