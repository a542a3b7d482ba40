# List/dict/set comprehensions, nested, with conditions; generator expressions.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(4) for y in range(x)])
print([[i * j for j in range(1, 5)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([x if x % 2 else -x for x in range(8)])
print({x: x ** 3 for x in range(6)})
print({k: v for k, v in zip("abcde", range(5)) if v != 2})
print({x % 7 for x in range(50)}, {abs(x) for x in range(-5, 6)})
words = ["apple", "bob", "kayak", "level", "python", "noon", "xyz"]
print([w for w in words if w == w[::-1]], {w: len(w) for w in words if len(w) > 3})
print({len(w) for w in words})
print(sum(x * x for x in range(100)), max(len(w) for w in words), any(w.startswith("p") for w in words))
print(list(x for x in "hello" if x != "l"), tuple(i for i in range(4)))
gen = (n * 2 for n in range(5))
print(next(gen), next(gen), list(gen), list(gen))
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
print([[c for c in w] for w in ["ab", "cd"]])
print([i for i in range(5) for _ in range(i)])
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
flat = [item for sub in [[1], [2, 3], [], [4, 5, 6]] for item in sub]
print(flat)
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts)
nested_dict = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested_dict)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
big = [i for i in range(10000) if i % 1000 == 0]
print(big)
n = 3
print([[0] * n for _ in range(n)], [[1 if r == c else 0 for c in range(n)] for r in range(n)])
