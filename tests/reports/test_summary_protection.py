"""Protection when "<5" and ".." are told apart: nothing hidden can be recomputed from the
totals, and no "<5" cell is fixed by what the marks tell (brute force over small tables)."""

from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_suppression import recomputable  # the independent exact linear algebra

from toimi_desktop.reports.suppression import (
    HIDDEN,
    SHOWN,
    SMALL,
    mark,
    protect_list,
    protect_table,
)


def extended(matrix):
    full = [[*row, sum(row)] for row in matrix]
    full.append([sum(row[j] for row in full) for j in range(len(full[0]))])
    return full


def domain(state, threshold, box, withheld):
    """What a reader knows of a hidden value from its mark."""
    if withheld:
        return range(box + 1)
    if state == SMALL:
        return range(1, threshold)
    return [0, *range(threshold, box + 1)]


def allowed(value, state, threshold, withheld):
    if withheld or state != SMALL:
        return value >= 0 and (withheld or value == 0 or value >= threshold)
    return 0 < value < threshold


def small_cell_values(result, matrix, threshold, box):
    """For each truly small cell of the extended table, the values (up to two) it can take
    over the tables (values 0..box) that agree with what is shown and what the marks tell.

    Per candidate value, a depth-first search for one table that fits, pruned by the least
    and most each remaining row can add to a column: a loosely constrained table (all
    withheld) answers at once, a tight one prunes early."""
    m, n = len(matrix), len(matrix[0])
    full = extended(matrix)
    states = [[result.state(r, c) for c in range(n + 1)] for r in range(m + 1)]
    shown = [[full[r][c] if states[r][c] == SHOWN else None for c in range(n + 1)]
             for r in range(m + 1)]

    def fits(value, r, c):
        if shown[r][c] is not None:
            return value == shown[r][c]
        return allowed(value, states[r][c], threshold, result.withheld)

    options = []
    for r in range(m):
        choices = [[shown[r][c]] if shown[r][c] is not None else
                   list(domain(states[r][c], threshold, box, result.withheld))
                   for c in range(n)]
        options.append([(row, sum(row)) for row in product(*choices) if fits(sum(row), r, n)])

    def exists(cell, value):
        """Is there a table that fits everything with `cell` equal to `value`?"""
        i, j = cell
        rows = [[o for o in options[r] if r != i or (o[1] if j == n else o[0][j]) == value]
                for r in range(m)]
        if not all(rows):
            return False
        wanted = [value if (i, j) == (m, c) else shown[m][c] for c in range(n)]
        grand = value if (i, j) == (m, n) else shown[m][n]
        low = [[0] * n for _ in range(m + 1)]  # least / most rows r.. add to each column
        high = [[0] * n for _ in range(m + 1)]
        for r in range(m - 1, -1, -1):
            for c in range(n):
                low[r][c] = low[r + 1][c] + min(o[0][c] for o in rows[r])
                high[r][c] = high[r + 1][c] + max(o[0][c] for o in rows[r])

        def walk(r, sums):
            for c in range(n):
                if wanted[c] is not None and not (
                        sums[c] + low[r][c] <= wanted[c] <= sums[c] + high[r][c]):
                    return False
            if r == m:
                total = sum(sums)
                return (all(fits(sums[c], m, c) for c in range(n))
                        and (grand is None or total == grand) and fits(total, m, n))
            return any(walk(r + 1, tuple(a + b for a, b in zip(sums, o[0], strict=True)))
                       for o in rows[r])

        return walk(0, (0,) * n)

    seen = {}
    for r in range(m + 1):
        for c in range(n + 1):
            if not 0 < full[r][c] < threshold:
                continue
            true = full[r][c]
            others = sorted((v for v in range(box * m * n + 1) if v != true),
                            key=lambda v: abs(v - true))
            candidates = [v for v in others if allowed(v, states[r][c], threshold,
                                                       result.withheld)]
            values = {true} if exists((r, c), true) else set()
            for value in candidates:
                if len(values) >= 2:
                    break
                if exists((r, c), value):
                    values.add(value)
            seen[(r, c)] = values
    return seen


small_tables = st.integers(1, 3).flatmap(lambda m: st.integers(1, 3).flatmap(
    lambda n: st.lists(st.lists(st.integers(0, 9), min_size=n, max_size=n),
                       min_size=m, max_size=m)))
tables = st.integers(1, 5).flatmap(lambda m: st.integers(1, 5).flatmap(
    lambda n: st.lists(st.lists(st.integers(0, 30), min_size=n, max_size=n),
                       min_size=m, max_size=m)))


@settings(max_examples=300, deadline=None)
@given(matrix=tables, threshold=st.integers(3, 8), published=st.booleans())
def test_no_hidden_value_can_be_recomputed_from_the_totals(matrix, threshold, published):
    result = protect_table(matrix, threshold, total_published=published)
    assert recomputable(result, matrix) == []


@settings(max_examples=300, deadline=None)
@given(matrix=tables, threshold=st.integers(3, 8), published=st.booleans())
def test_small_counts_are_marked_and_shown_values_are_true(matrix, threshold, published):
    result = protect_table(matrix, threshold, total_published=published)
    full = extended(matrix)
    for r, row in enumerate(full):
        for c, value in enumerate(row):
            state = result.state(r, c)
            if 0 < value < threshold:
                assert state == (HIDDEN if result.withheld else SMALL)
            elif state == SMALL:
                pytest.fail("only small counts are marked small")
            if state == SHOWN:
                shown = (result.total if (r, c) == (len(matrix), len(row) - 1) else
                         result.column_totals[c] if r == len(matrix) else
                         result.row_totals[r] if c == len(row) - 1 else result.cells[r][c])
                assert shown == value
    if published and not 0 < full[-1][-1] < threshold:
        assert result.total == full[-1][-1]


@settings(max_examples=200, deadline=None)
@given(matrix=small_tables, threshold=st.integers(3, 7), published=st.booleans())
def test_no_small_cell_is_fixed_by_what_the_marks_tell(matrix, threshold, published):
    result = protect_table(matrix, threshold, total_published=published)
    box = max(max(row) for row in matrix) + 1
    for cell, values in small_cell_values(result, matrix, threshold, box).items():
        assert len(values) >= 2, (matrix, threshold, cell, values, result)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.integers(0, 12), min_size=1, max_size=6),
       threshold=st.integers(3, 7), published=st.booleans())
def test_lists_hide_nothing_that_the_marks_fix(values, threshold, published):
    result = protect_list(values, threshold, total_published=published)
    k, total = len(values), sum(values)
    everything = [*values, total]
    hidden = [i for i in range(k + 1) if result.state(i) != SHOWN]
    for i in range(k + 1):
        if 0 < everything[i] < threshold:
            assert result.state(i) != SHOWN
    if published and not 0 < total < threshold:
        assert result.total == total
    # Brute force: every assignment of the hidden values that fits the marks and the sum.
    box = max(everything) + 1
    options = [list(domain(result.state(i), threshold, box, result.withheld))
               if i in hidden else [everything[i]] for i in range(k + 1)]
    seen = {i: set() for i in hidden}
    for combo in product(*options):
        if sum(combo[:k]) == combo[k]:
            for i in hidden:
                seen[i].add(combo[i])
    for i in hidden:
        if 0 < everything[i] < threshold or not result.withheld:
            assert len(seen[i]) >= 2, (values, threshold, i, result)


@settings(max_examples=200, deadline=None)
@given(data=st.lists(st.tuples(st.integers(0, 6), st.floats(0.5, 40)), min_size=1,
                     max_size=6), threshold=st.integers(3, 7))
def test_weighted_lists_hide_figures_of_few_people(data, threshold):
    people = [p for p, _ in data]
    values = [round(h * p, 1) for p, h in data]
    result = protect_list(values, threshold, people=people, total_people=sum(people))
    for i, p in enumerate(people):
        if 0 < p < threshold:
            assert result.state(i) != SHOWN
    hidden = [i for i in range(len(values) + 1) if result.state(i) != SHOWN]
    assert len(hidden) != 1  # one hidden figure would be the total minus the others


def test_a_zero_cannot_hide_a_small_count():
    result = protect_list([12, 3, 9, 0], 5)
    assert result.values == (12, None, None, 0) and result.total == 24
    assert result.state(1) == SMALL and result.state(2) == HIDDEN


def test_one_and_five_with_the_total_shown_is_withheld():
    result = protect_list([1, 5], 5)
    assert result.withheld and result.values == (None, None) and result.total == 6
    assert mark(None, result.state(0), 5) == ".."
    assert protect_list([3, 20], 5).values == (None, None)  # 3 + 20: 4 possibilities


def test_a_table_keeps_its_published_total():
    result = protect_table([[3, 10, 12], [20, 15, 11]], 5)
    assert result.total == 71 and result.state(0, 0) == SMALL
    assert sum(v is None for v in result.cells[0]) >= 2
    assert mark(7, SHOWN, 5) == "7" and mark(None, SMALL, 5) == "<5"


def test_a_small_grand_total_is_hidden_everywhere():
    result = protect_table([[1, 2], [0, 1]], 5)
    assert result.total is None and result.state(2, 2) == SMALL
    assert result.cells[1][0] == 0  # a zero stays a zero


def test_threshold_below_two_is_refused():
    with pytest.raises(ValueError):
        protect_list([1], 1)
