# itertools: infinite iterators, terminating iterators, combinatorics, laziness and errors
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement, pairwise)
import operator

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -2)), list(zip(range(3), repeat(7))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(chain('ab', [1, 2], (), range(2))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1, 7])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g), end='; ')
print()
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
groups = groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
print([k for k, _ in groupby([])])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 5, 50, 10)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 6, 2)), next(it))
print(attempt(lambda: islice('abc', -1)), attempt(lambda: islice('abc', 0, 2, 0)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, zip('ab', 'cd'))))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t3 = tee(range(3), 3)
print([list(t) for t in t3], len(tee('x', 0)))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [])), list(zip_longest()))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])))
print(len(list(product(range(3), repeat=4))), list(product('ab', 'cd', repeat=2))[:5])
print(list(permutations('ABC')), list(permutations(range(4), 2))[:7])
print(list(permutations([1, 2], 3)), list(permutations([], 0)), len(list(permutations(range(6)))))
print(list(combinations('ABCD', 2)), list(combinations(range(5), 3))[-3:], list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement('AB', 0)), list(combinations([1, 2], 0)))
print(attempt(lambda: list(combinations('abc', -1))), attempt(lambda: list(permutations('abc', -1))))
print(attempt(lambda: cycle(5)), attempt(lambda: chain(1, 2).__next__()), attempt(lambda: accumulate(3)))
print(attempt(lambda: product('a', repeat=-1)))
# laziness
gen = (print('produce', i) or i for i in range(100))
print(list(islice(takewhile(lambda x: x < 3, gen), 10)))
print(sum(1 for _ in combinations(range(12), 5)), sum(map(sum, permutations(range(5), 3))))
squares = map(lambda x: x * x, count(1))
print(list(islice(filterfalse(lambda x: x % 3, squares), 5)))
print(next(dropwhile(lambda s: len(s) < 4, iter(['a', 'bb', 'cccc', 'd']))))
