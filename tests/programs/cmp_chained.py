# Comparison operators, chained comparisons (each operand evaluated once), mixed types.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0, 5 >= 5 <= 5)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5, 0 <= 0 < 1 <= 1)
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 > 4, 10 > x >= 5)
calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)
calls.clear()
print(val(1) < val(5) > val(2) == val(2), calls)
# mixed int/float/bool comparisons
print(1 == 1.0, True == 1, False == 0, True == 1.0, 2 > True, 0.5 < True)
print(-0.0 == 0, 10 ** 20 == 1e20, 10 ** 20 + 1 == 1e20, 10 ** 20 + 1 > 1e20)
# sequence comparisons are lexicographic
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 'a') < (1, 'b'), (3,) > (2, 9, 9))
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'apple' <= 'apple', 'b' > 'abc')
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
print((1, 2) == [1, 2], [1, 2] != (1, 2))
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2})
print(None == None, None != 0, None == False, 'a' == 'a', 'a' != 'A')
# ordering of mixed incompatible types raises TypeError
for a, b in [(1, 'a'), ('a', 1), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(1 < 2 < 'x')
except TypeError as e:
    print("TypeError:", e)
# equality between different types is just False
print(1 == 'a', [1] == (1,), 'a' == ['a'], None == [])
# comparison results in a hot loop
count = 0
for i in range(200):
    if 50 <= i < 150 and i % 3 != 0:
        count += 1
print(count)
# min/max via comparisons over mixed numeric types
nums = [3, 2.5, -1, 7, 7.0, -1.0, 10 ** 20]
best = nums[0]
for n in nums:
    if n > best:
        best = n
print(best, min(nums), max(nums))
print(sorted(nums))
