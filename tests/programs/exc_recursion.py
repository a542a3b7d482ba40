# RecursionError from deep recursion is catchable; recursion limit queries; deep-but-legal recursion.
import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError caught:", str(e).startswith("maximum recursion depth exceeded"))
def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)
print(count_down(500))
print(sys.getrecursionlimit())
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
# recovery: the stack is usable again afterwards
print(count_down(900))
deepest = [0]
def probe(n):
    deepest[0] = n
    probe(n + 1)
try:
    probe(1)
except RecursionError:
    print("probe reached at least 900:", deepest[0] >= 900, "below limit:", deepest[0] <= sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), count_down(3000))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def flood(n, acc):
    if n == 0:
        return acc
    return flood(n - 1, acc + [n % 3])
print(sum(flood(2000, [])))
try:
    depth(0)
except RecursionError:
    print("still caught with higher limit")
def recurse_in_handler(n):
    try:
        return recurse_in_handler(n + 1)
    except RecursionError:
        return n
print("handler depth positive:", recurse_in_handler(0) > 100)
