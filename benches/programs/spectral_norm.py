# Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
# by power iteration (benchmarks game), functions only.
# quick: 20
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_a_times_u(u):
    n = len(u)
    return [sum([eval_a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def eval_at_times_u(u):
    n = len(u)
    return [sum([eval_a(j, i) * u[j] for j in range(n)]) for i in range(n)]


def eval_ata_times_u(u):
    return eval_at_times_u(eval_a_times_u(u))


def main():
    n = 200
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = eval_ata_times_u(u)
        u = eval_ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%.9f" % ((vbv / vv) ** 0.5))


main()
