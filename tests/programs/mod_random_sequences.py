# random: choice, choices (unweighted, weights, cum_weights), shuffle (lists and other mutable
# sequences) and sample (both of CPython's algorithms around the set-size switch, counts=)
# give CPython's exact picks for the same seed.
import random

random.seed(31337)
print([random.choice("abcdefghij") for _ in range(15)])
print([random.choice(range(10**6)) for _ in range(5)], random.choice((1, 2, 3)), random.choice([None]))
print(random.choices(range(50), k=12), random.choices("xyz"), random.choices([1, 2], k=0), random.choices([1, 2], k=-3))
print(random.choices("abc", [1, 2, 3], k=10))
print(random.choices("abc", [0, 0, 1], k=5), random.choices("abc", [0.5, 0, 2.5], k=8))
print(random.choices("abcd", cum_weights=[1, 2, 10, 10.5], k=10))
print(random.choices(range(5), weights=(x * x for x in range(5)), k=10))
print(random.choices([10, 20, 30], weights=[True, False, True], k=6))

for n in [0, 1, 2, 5, 10, 100]:
    l = list(range(n))
    random.shuffle(l)
    print("shuffle", n, l)
l = list(range(1000))
random.shuffle(l)
print(l[:15], sum(i * v for i, v in enumerate(l)))

class Seq:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
s = Seq("abcdefgh")
random.shuffle(s)
print("".join(s.items), random.choice(Seq([7, 8, 9])))

for n in range(1, 100, 7):
    for k in [0, 1, 5, 6, 7, n // 2, n]:
        if k <= n:
            print("sample", n, k, random.sample(range(n), k))
# around the switch between the pool and the set algorithms
for n in [21, 22, 84, 85, 86, 340, 341, 342, 1365, 1366, 5461, 5462]:
    for k in [5, 6, 7, 8, 21, 22, 28, 29, 113, 114]:
        if k <= n:
            print("switch", n, k, random.sample(range(n), k)[:8])
print(random.sample("abcdefgh", 8), random.sample(("a", "b", "c"), 2), random.sample(range(10**9), 4))
print(random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample(range(3), counts=[1, 0, 5], k=6))
print(random.sample(population=[1, 2, 3], k=2), random.sample(range(10), counts=None, k=3))
