# Spectral norm of A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1) by power iteration,
# written with a matrix class, generator expressions, zip and functools.
# quick: 10
import sys
import math
from functools import lru_cache, reduce
import operator

DEFAULT = 40


@lru_cache(maxsize=None)
def denominator(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


class ImplicitMatrix:
    """The infinite matrix A restricted to n x n; rows are computed on demand."""

    def __init__(self, n):
        self.n = n
        self.rows = [[1.0 / denominator(i, j) for j in range(n)] for i in range(n)]

    def row(self, i):
        return self.rows[i]

    def column(self, j):
        return (row[j] for row in self.rows)

    def times(self, v):
        return [sum(a * x for a, x in zip(self.row(i), v)) for i in range(self.n)]

    def transposed_times(self, v):
        return [sum(a * x for a, x in zip(self.column(j), v)) for j in range(self.n)]

    def normal_times(self, v):
        """(A^T A) v"""
        return self.transposed_times(self.times(v))


def dot(u, v):
    return reduce(operator.add, map(operator.mul, u, v), 0.0)


def spectral_norm(n, iterations=10):
    m = ImplicitMatrix(n)
    u = [1.0] * n
    for _ in range(iterations):
        v = m.normal_times(u)
        u = m.normal_times(v)
    vbv = dot(u, v)
    vv = dot(v, v)
    return math.sqrt(vbv / vv), u, v


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    for size in sorted({max(2, n // 4), max(2, n // 2), n}):
        norm, u, v = spectral_norm(size)
        print(f"n={size:4d} norm={norm:.9f} u[0]={u[0]:.6f} v[-1]={v[-1]:.9f}")
    print("cache:", denominator.cache_info().currsize, "entries")


main()
