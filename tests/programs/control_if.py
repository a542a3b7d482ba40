# if / elif / else, nested conditions, conditional expressions, pass.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    return kind
for n in [-5, 0, 3, 42, 1000, 10 ** 30, -0.5, 9.99]:
    print(n, classify(n))
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
for x in range(4):
    for y in range(4):
        if x == y:
            pass
        elif x < y:
            if (x + y) % 2:
                print("lt-odd", x, y)
            else:
                print("lt-even", x, y)
        else:
            pass
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
# truthiness in conditions
for v in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
# if with side effects in conditions
calls = []
def check(n):
    calls.append(n)
    return n > 2
if check(1) or check(3) or check(5):
    print("some passed", calls)
if check(1) and check(3):
    print("unreachable")
else:
    print("and stopped", calls)
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
print([y for y in range(1896, 1912) if leap(y)], leap(2000), leap(2100))
x = 7
if x > 5: print("one-line if")
if x: pass
else: print("never")
print("max3:", max(3, 9, 4) if x else None)
