"""Small-cell suppression for aggregate tables that must not identify anyone.

Primary: every count from 1 to threshold − 1 (cells and totals) is hidden.
Secondary: further cells are hidden until no hidden value can be recomputed from what is
shown. With row totals, column totals and the grand total published, the table extended by
its totals has every row and column summing to zero (totals with a minus sign). Treat each
hidden cell as an edge between its row and its column: the hidden values are then fixed up
to adding an alternating amount around a cycle of hidden cells, so a hidden value can be
recomputed exactly when its edge lies on no cycle — when it is a bridge. We hide more cells
until the hidden cells have no bridge.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

Cell = tuple[int, int]


@dataclass(frozen=True)
class SuppressedTable:
    """A table with its totals; None marks a hidden value."""

    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    total: int | None

    @property
    def hidden_count(self) -> int:
        return sum(v is None for row in self.cells for v in row) + sum(
            v is None for v in (*self.row_totals, *self.column_totals, self.total))


def _extended(matrix: Sequence[Sequence[int]]) -> list[list[int]]:
    rows = [[*list(row), sum(row)] for row in matrix]
    columns = len(rows[0]) if rows else 1
    rows.append([sum(row[j] for row in rows) for j in range(columns)])
    return rows


def _bridges(hidden: set[Cell], height: int, width: int) -> set[Cell]:
    """Bridges of the bipartite graph rows–columns whose edges are the hidden cells."""
    return _graph_bridges({(r, c): (r, height + c) for r, c in hidden})


def _graph_bridges(edges: dict[Hashable, tuple[int, int]]) -> set[Hashable]:
    """Bridges of a multigraph given as {edge key: (node, node)} (parallel edges allowed)."""
    adjacency: dict[int, list[tuple[int, Hashable]]] = {}
    for key, (u, v) in edges.items():
        adjacency.setdefault(u, []).append((v, key))
        adjacency.setdefault(v, []).append((u, key))
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    bridges: set[Hashable] = set()
    counter = 0
    for start in adjacency:
        if start in order:
            continue
        # Iterative DFS (tables can be large enough to trouble recursion).
        order[start] = low[start] = counter
        counter += 1
        stack = [(start, None, iter(adjacency[start]))]
        while stack:
            node, via, links = stack[-1]
            advanced = False
            for neighbour, edge in links:
                if edge == via:
                    continue
                if neighbour in order:
                    low[node] = min(low[node], order[neighbour])
                else:
                    order[neighbour] = low[neighbour] = counter
                    counter += 1
                    stack.append((neighbour, edge, iter(adjacency[neighbour])))
                    advanced = True
                    break
            if not advanced:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        bridges.add(via)
    return bridges


def _next_to_hide(table: list[list[int]], hidden: set[Cell], bridges: set[Cell]) -> Cell:
    """The cheapest visible cell in a bridge's row or column: the smallest count, inner cells
    before totals. It opens a new path; the caller loops until no hidden cell is a bridge.
    When a bridge's row and column are wholly hidden already, any visible cell touching a
    row or column of the hidden cells will do."""
    height, width = len(table), len(table[0])

    def cost(cell: Cell) -> tuple:
        r, c = cell
        return (r == height - 1 or c == width - 1, table[r][c], cell)

    for r, c in sorted(bridges):
        candidates = [(r, j) for j in range(width) if (r, j) not in hidden] + [
            (i, c) for i in range(height) if (i, c) not in hidden]
        if candidates:
            return min(candidates, key=cost)
    rows = {r for r, _ in hidden}
    columns = {c for _, c in hidden}
    return min(((r, c) for r in range(height) for c in range(width)
                if (r, c) not in hidden and (r in rows or c in columns)), key=cost)


def suppress(matrix: Sequence[Sequence[int]], threshold: int) -> SuppressedTable:
    """Hide small counts and enough others that no hidden count can be recomputed."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    table = _extended(matrix)
    height, width = len(table), len(table[0])
    hidden = {(r, c) for r in range(height) for c in range(width)
              if 0 < table[r][c] < threshold}
    while True:
        bridges = _bridges(hidden, height, width)
        if not bridges:
            break
        hidden.add(_next_to_hide(table, hidden, bridges))

    def shown(r: int, c: int) -> int | None:
        return None if (r, c) in hidden else table[r][c]

    return SuppressedTable(
        cells=tuple(tuple(shown(r, c) for c in range(width - 1)) for r in range(height - 1)),
        row_totals=tuple(shown(r, width - 1) for r in range(height - 1)),
        column_totals=tuple(shown(height - 1, c) for c in range(width - 1)),
        total=shown(height - 1, width - 1),
    )


def suppress_counts(counts: Sequence[int], threshold: int
                    ) -> tuple[tuple[int | None, ...], int | None]:
    """A single list of counts with its total (e.g. exits by outcome): hide the small
    counts; if the total is shown and just one count is hidden, hide the next smallest too."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    total = sum(counts)
    hidden = {i for i, n in enumerate(counts) if 0 < n < threshold}
    total_hidden = 0 < total < threshold
    if len(hidden) == 1 and not total_hidden:
        others = [i for i in range(len(counts)) if i not in hidden]
        if others:
            hidden.add(min(others, key=lambda i: (counts[i], i)))
        else:
            total_hidden = True
    return (tuple(None if i in hidden else n for i, n in enumerate(counts)),
            None if total_hidden else total)


def shown_text(value: int | None, threshold: int) -> str:
    return f"<{threshold}" if value is None else str(value)


# --- protection when "<5" cells and the cells hidden to protect them are told apart ----------
#
# The steering summary shows a figure from 1 to threshold − 1 people as "<5" and a cell hidden
# only to protect one as "..". Then a reader knows more than the totals: for counts a "<5"
# cell lies in [1, threshold − 1] and a ".." cell is 0 or at least the threshold. Hiding until
# no hidden cell is a bridge is not enough: the row [1, 5] with total 6 shows "<5" and ".."
# summing to 6, and only 1 + 5 fits; [3, 0] hides the 3 behind a zero that can only be 0.
# So each "<5" cell also needs another table that agrees with everything shown and with what
# the marks tell: a cycle of hidden cells along which it moves by one while every cell on the
# cycle stays in its mark's range. Finding one is a certificate that the cell's value is not
# determined (the tests check it by brute force). A published total (the same number appears
# in other tables) is never hidden to protect; if no amount of hiding protects a breakdown
# with its total shown, the breakdown is withheld: all but the total hidden, none marked "<5".

SHOWN, SMALL, HIDDEN = "shown", "small", "hidden"


@dataclass(frozen=True)
class _Edge:
    key: Hashable
    ends: tuple[int, int]  # (row-side node, column-side node)
    value: float
    flip: bool  # a margin total moves against the cells of its row or column
    primary: bool
    fixed: bool  # published elsewhere: never hidden to protect another cell
    total: bool


class _Protector:
    def __init__(self, edges: list[_Edge], threshold: int, integer: bool) -> None:
        self.edges = {e.key: e for e in edges}
        self.threshold = threshold
        self.integer = integer

    def mobility(self, edge: _Edge) -> tuple[bool, bool]:
        """Whether the hidden cell can go up / down by one (an instant, for weighted values)
        and still fit its mark: "<t" is 1..t−1, ".." is 0 or ≥ t (weighted: anything ≥ 0)."""
        v, t = edge.value, self.threshold
        if not self.integer:
            return True, v > 0
        if edge.primary:
            return v <= t - 2, v >= 2
        return v >= t, v >= t + 1

    def rank(self, edge: _Edge) -> tuple:
        up, down = self.mobility(_Edge(edge.key, edge.ends, edge.value, edge.flip, False,
                                       False, edge.total))
        return (not (up and down), not (up or down), edge.total, edge.value, str(edge.key))

    def movable(self, key: Hashable, hidden: set[Hashable]) -> bool:
        arcs: dict[int, list[tuple[int, Hashable]]] = {}
        for k in hidden:
            edge = self.edges[k]
            up, down = self.mobility(edge)
            if edge.flip:
                up, down = down, up
            u, v = edge.ends
            if up:
                arcs.setdefault(u, []).append((v, k))
            if down:
                arcs.setdefault(v, []).append((u, k))
        u, v = self.edges[key].ends
        return any((source, key) in arcs.get(start, [])
                   and self._reaches(arcs, source, start, key)
                   for start, source in ((u, v), (v, u)))

    @staticmethod
    def _reaches(arcs: dict[int, list[tuple[int, Hashable]]], start: int, goal: int,
                 avoid: Hashable) -> bool:
        seen, queue = {start}, [start]
        while queue:
            node = queue.pop()
            if node == goal:
                return True
            for target, key in arcs.get(node, []):
                if key != avoid and target not in seen:
                    seen.add(target)
                    queue.append(target)
        return False

    def run(self) -> tuple[frozenset, bool]:
        hidden = {k for k, e in self.edges.items() if e.primary}
        withheld = False
        while hidden:
            bridges = _graph_bridges({k: self.edges[k].ends for k in hidden})
            trouble = bridges or {k for k in hidden if self.edges[k].primary
                                  and not self.movable(k, hidden)}
            if not trouble:
                break
            pool = self._candidates(hidden, {n for k in trouble for n in self.edges[k].ends})
            if not pool:
                hidden = {k for k, e in self.edges.items() if not e.fixed}
                withheld = True
                break
            hidden.add(min(pool, key=self.rank).key)
        if withheld:  # a hidden copy of the published total (a one-row table's row total)
            hidden -= {k for k in _graph_bridges({k: self.edges[k].ends for k in hidden})
                       if not self.edges[k].primary}
        return frozenset(hidden), withheld

    def _candidates(self, hidden: set[Hashable], nodes: set[int]) -> list[_Edge]:
        visible = [e for k, e in self.edges.items() if k not in hidden and not e.fixed]
        touching = {n for k in hidden for n in self.edges[k].ends}
        return ([e for e in visible if set(e.ends) & nodes]
                or [e for e in visible if set(e.ends) & touching] or visible)


@dataclass(frozen=True)
class ProtectedTable:
    """A table with its totals after protection; None marks a hidden value. `small` holds
    the cells shown as "<threshold", as (row, column) of the table extended by its totals
    (row m is the column totals, column n the row totals)."""

    cells: tuple[tuple[float | None, ...], ...]
    row_totals: tuple[float | None, ...]
    column_totals: tuple[float | None, ...]
    total: float | None
    small: frozenset[Cell]
    withheld: bool

    def state(self, row: int, column: int) -> str:
        m, n = len(self.cells), len(self.column_totals)
        if row == m:
            value = self.total if column == n else self.column_totals[column]
        else:
            value = self.row_totals[row] if column == n else self.cells[row][column]
        if value is not None:
            return SHOWN
        return SMALL if (row, column) in self.small else HIDDEN


@dataclass(frozen=True)
class ProtectedList:
    """A list of figures with its total after protection; None marks a hidden value."""

    values: tuple[float | None, ...]
    total: float | None
    small: frozenset[int]  # indexes shown "<threshold"; len(values) is the total
    withheld: bool

    def state(self, index: int) -> str:
        value = self.total if index == len(self.values) else self.values[index]
        if value is not None:
            return SHOWN
        return SMALL if index in self.small else HIDDEN

    @property
    def total_state(self) -> str:
        return self.state(len(self.values))


def _is_small(people: float, threshold: int) -> bool:
    return 0 < people < threshold


def protect_table(matrix: Sequence[Sequence[float]], threshold: int, *,
                  people: Sequence[Sequence[int]] | None = None,
                  total_published: bool = True) -> ProtectedTable:
    """Protect a table of counts of people (or, with `people`, of figures such as hours
    whose people per cell are given for the table extended by its totals)."""
    if threshold < 2:
        raise ValueError("threshold must be at least 2")
    table = _extended(matrix)
    m, n = len(table) - 1, len(table[0]) - 1
    heads = people if people is not None else table
    edges = []
    for r in range(m + 1):
        for c in range(n + 1):
            primary = _is_small(heads[r][c], threshold)
            corner = (r, c) == (m, n)
            edges.append(_Edge((r, c), (r, m + 1 + c), table[r][c], (r == m) != (c == n),
                               primary, corner and total_published and not primary,
                               r == m or c == n))
    hidden, withheld = _Protector(edges, threshold, people is None).run()
    small = frozenset() if withheld else frozenset(
        k for k in hidden if _is_small(heads[k[0]][k[1]], threshold))

    def shown(r: int, c: int) -> float | None:
        return None if (r, c) in hidden else table[r][c]

    return ProtectedTable(
        cells=tuple(tuple(shown(r, c) for c in range(n)) for r in range(m)),
        row_totals=tuple(shown(r, n) for r in range(m)),
        column_totals=tuple(shown(m, c) for c in range(n)),
        total=shown(m, n), small=small, withheld=withheld)


def protect_list(values: Sequence[float], threshold: int, *,
                 people: Sequence[int] | None = None, total_people: int | None = None,
                 total_published: bool = True) -> ProtectedList:
    """Protect a list of figures and its total (counts of people, or with `people` and
    `total_people` figures such as days whose distinct people are given)."""
    if threshold < 2:
        raise ValueError("threshold must be at least 2")
    total = sum(values)
    heads = [*(people if people is not None else values),
             total_people if people is not None else total]
    everything = [*values, total]
    k = len(values)
    edges = [_Edge(i, (0, 1), everything[i], i == k, _is_small(heads[i], threshold),
                   i == k and total_published and not _is_small(heads[i], threshold), i == k)
             for i in range(k + 1)]
    hidden, withheld = _Protector(edges, threshold, people is None).run()
    small = frozenset() if withheld else frozenset(
        i for i in hidden if _is_small(heads[i], threshold))
    return ProtectedList(
        values=tuple(None if i in hidden else everything[i] for i in range(k)),
        total=None if k in hidden else total, small=small, withheld=withheld)


def mark(value: float | None, state: str, threshold: int,
         number: Callable[[float], str] = str) -> str:
    """How a protected figure is printed: the number, "<threshold" or ".."."""
    if state == SMALL:
        return f"<{threshold}"
    if state == HIDDEN or value is None:
        return ".."
    return number(value)
