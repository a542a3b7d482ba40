# Nested hot loops, loops in functions called from loops, early exits (side exits).
def inner_sum(n):
    s = 0
    for j in range(n):
        s += j
    return s
total = 0
for i in range(300):
    total += inner_sum(i)
print(total)
grid = [[(r * 31 + c * 17) % 100 for c in range(50)] for r in range(50)]
best = -1
where = None
for r in range(50):
    for c in range(50):
        v = grid[r][c]
        if v > best:
            best = v
            where = (r, c)
print(best, where)
found = None
for a in range(1, 200):
    for b in range(a, 200):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 240:
            found = (a, b, c)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 100:
    j = 0
    while j < 100:
        if (i ^ j) & 7 == 0:
            count += 1
        j += 1
    i += 1
print(count)
def matrix_trace_power(n):
    m = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    res = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0
            for k in range(n):
                s += m[i][k] * m[k][j]
            res[i][j] = s
    return sum(res[i][i] for i in range(n))
print(matrix_trace_power(25))
triangle = []
for n in range(1, 15):
    row = [1] * n
    for k in range(1, n - 1):
        row[k] = triangle[-1][k - 1] + triangle[-1][k]
    triangle.append(row)
print(triangle[-1])
hits = 0
for x in range(-40, 41):
    for y in range(-40, 41):
        if x * x + y * y <= 1600:
            hits += 1
print(hits, hits / 1600)
res = []
for i in range(20):
    for j in range(20):
        if j > i:
            break
        if (i + j) % 3:
            continue
        res.append(i * 100 + j)
print(len(res), res[:10], res[-3:])
