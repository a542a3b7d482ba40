# N-queens with recursive generators (yield from), sets of attacked
# columns/diagonals, and symmetry reduction: all solutions for several board
# sizes, the number of distinct solutions under the 8 symmetries of the
# square, and the first solutions drawn as boards.
# quick: 6
import sys

DEFAULT = 8


def queens(n):
    """Yield each solution as a tuple: the column of the queen in each row."""
    cols, diag1, diag2 = set(), set(), set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    yield from place(0)


def transforms(sol):
    n = len(sol)
    cells = [(r, c) for r, c in enumerate(sol)]
    maps = (
        lambda r, c: (r, c),
        lambda r, c: (c, n - 1 - r),
        lambda r, c: (n - 1 - r, n - 1 - c),
        lambda r, c: (n - 1 - c, r),
        lambda r, c: (r, n - 1 - c),
        lambda r, c: (n - 1 - r, c),
        lambda r, c: (c, r),
        lambda r, c: (n - 1 - c, n - 1 - r),
    )
    for f in maps:
        board = [0] * n
        for r, c in cells:
            r2, c2 = f(r, c)
            board[r2] = c2
        yield tuple(board)


def canonical(sol):
    return min(transforms(sol))


def draw(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if c == col else "." for c in range(n)) for col in sol)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    for size in range(4, n + 1):
        total = 0
        classes = {}
        checksum = 0
        for sol in queens(size):
            total += 1
            key = canonical(sol)
            classes[key] = classes.get(key, 0) + 1
            checksum = (checksum * 7 + sum((i + 1) * c for i, c in enumerate(sol))) % 999983
        sizes = sorted(set(classes.values()))
        print(f"n={size:2d} solutions={total:5d} distinct={len(classes):4d} "
              f"orbit sizes={sizes} checksum={checksum}")
    first = next(queens(n))
    print(f"first solution for n={n}: {first}")
    print(draw(first))
    gen = queens(n)
    nth = [s for _, s in zip(range(5), gen)]
    print("first five:", nth)


main()
