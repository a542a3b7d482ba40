# Matrix multiply, transpose, identity, power (Fibonacci), determinant, float matrices.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        for k in range(m):
            aik = a[i][k]
            for j in range(p):
                out[i][j] += aik * b[k][j]
    return out
def transpose(a):
    return [list(row) for row in zip(*a)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
def det(m):
    m = [row[:] for row in m]
    n = len(m)
    sign = 1
    d = 1.0
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        if abs(m[pivot][c]) < 1e-12:
            return 0.0
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            sign = -sign
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return sign * d
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(transpose(a), transpose(transpose(a)) == a)
print(matmul(identity(3), b) == b)
fib = matpow([[1, 1], [1, 0]], 100)
print(fib[0][1])
print(matpow([[1, 1], [1, 0]], 300)[0][1])
n = 12
m = [[(i * j + 1) % 7 for j in range(n)] for i in range(n)]
sq = matmul(m, m)
print(sq[0], sq[-1], sum(sum(r) for r in sq))
print(round(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), 9), round(det([[1, 2], [2, 4]]), 9), round(det([[4.5, 1.5], [2.0, 3.0]]), 9))
hilbert = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
print(hilbert[3])
print(det(hilbert))
rot = [[0, -1], [1, 0]]
print(matpow(rot, 4), matpow(rot, 2), matpow(rot, 3))
v = [[1.5], [-2.0]]
print(matmul([[0.5, 0.25], [0.125, 2.0]], v))
print(matmul([[2 ** 40, 1], [1, 2 ** 40]], [[2 ** 40, 0], [0, 2 ** 40]]))
