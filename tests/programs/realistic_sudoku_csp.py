# Constraint solver: sudoku as a constraint-satisfaction problem with
# candidate sets, constraint propagation (naked singles and hidden singles)
# and depth-first search on the most constrained cell. Puzzles are made by
# filling an empty grid in pseudo-random order and then removing givens in
# symmetric pairs while the solution stays unique (each removal is checked
# by counting solutions).
# quick: 1
import sys

DEFAULT = 1

DIGITS = tuple(range(1, 10))
CELLS = tuple(range(81))


def build_units():
    rows = [[r * 9 + c for c in range(9)] for r in range(9)]
    cols = [[r * 9 + c for r in range(9)] for c in range(9)]
    boxes = [[(br + r) * 9 + bc + c for r in range(3) for c in range(3)]
             for br in (0, 3, 6) for bc in (0, 3, 6)]
    all_units = rows + cols + boxes
    units = [[u for u in all_units if cell in u] for cell in CELLS]
    peers = [sorted(set(x for u in units[cell] for x in u) - {cell}) for cell in CELLS]
    return units, peers


UNITS, PEERS = build_units()


class Contradiction(Exception):
    pass


class Rng:
    """A small linear congruential generator (deterministic everywhere)."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n

    def shuffled(self, items):
        items = list(items)
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


class Grid:
    def __init__(self, candidates=None):
        if candidates is None:
            candidates = [set(DIGITS) for _ in CELLS]
        self.cand = candidates

    def copy(self):
        return Grid([s.copy() for s in self.cand])

    def assign(self, cell, digit):
        for other in list(self.cand[cell]):
            if other != digit:
                self.eliminate(cell, other)

    def eliminate(self, cell, digit):
        cand = self.cand[cell]
        if digit not in cand:
            return
        cand.discard(digit)
        if not cand:
            raise Contradiction(cell)
        if len(cand) == 1:
            (last,) = cand
            for peer in PEERS[cell]:
                self.eliminate(peer, last)
        for unit in UNITS[cell]:
            places = [c for c in unit if digit in self.cand[c]]
            if not places:
                raise Contradiction(cell)
            if len(places) == 1 and len(self.cand[places[0]]) > 1:
                self.assign(places[0], digit)

    def solved(self):
        return all(len(s) == 1 for s in self.cand)

    def choose_cell(self):
        best, best_len = None, 10
        for cell in CELLS:
            n = len(self.cand[cell])
            if 1 < n < best_len:
                best, best_len = cell, n
                if n == 2:
                    break
        return best

    def as_string(self):
        return "".join(str(next(iter(s))) if len(s) == 1 else "." for s in self.cand)


class Solver:
    def __init__(self):
        self.nodes = 0

    def solutions(self, grid, order=None):
        """Yield every solution reachable from grid (depth first)."""
        self.nodes += 1
        if grid.solved():
            yield grid
            return
        cell = grid.choose_cell()
        digits = sorted(grid.cand[cell])
        if order is not None:
            digits = order.shuffled(digits)
        for d in digits:
            child = grid.copy()
            try:
                child.assign(cell, d)
            except Contradiction:
                continue
            yield from self.solutions(child, order)

    def count(self, grid, limit=2):
        found = 0
        for _ in self.solutions(grid):
            found += 1
            if found >= limit:
                break
        return found


def from_givens(givens):
    grid = Grid()
    for cell, d in givens.items():
        grid.assign(cell, d)
    return grid


def make_puzzle(rng, solver):
    full = next(solver.solutions(Grid(), rng))
    givens = {cell: next(iter(full.cand[cell])) for cell in CELLS}
    # remove givens in symmetric pairs (cell and its 180-degree rotation)
    for cell in rng.shuffled(range(41)):
        pair = {cell, 80 - cell}
        removed = {c: givens.pop(c) for c in pair}
        try:
            ok = solver.count(from_givens(givens)) == 1
        except Contradiction:
            ok = False
        if not ok:
            givens.update(removed)
    return full.as_string(), givens


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rng = Rng(20240601)
    total_nodes = 0
    for k in range(count):
        solver = Solver()
        solution, givens = make_puzzle(rng, solver)
        puzzle = "".join(str(givens[c]) if c in givens else "." for c in CELLS)
        check = Solver()
        solved = next(check.solutions(from_givens(givens)))
        assert solved.as_string() == solution
        print(f"puzzle {k}: {len(givens)} givens, generator nodes {solver.nodes}, "
              f"solve nodes {check.nodes}")
        for r in range(0, 81, 27):
            print("  ", puzzle[r:r + 27], solution[r:r + 27])
        total_nodes += solver.nodes + check.nodes
    print("total nodes", total_nodes)


main()
