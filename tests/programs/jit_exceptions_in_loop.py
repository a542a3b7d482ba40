# Exceptions raised and caught inside hot loops and traced functions.
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None
res = [safe_div(100, i % 5) for i in range(1000)]
print(res[:10], res.count(None))
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
tokens = ["1", "x", "22", "", "333", "4.5"] * 200
print(sum(parse(t) for t in tokens))
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return 0
d = {i: i * i for i in range(0, 100, 3)}
print(sum(lookup(d, k) for k in range(100)))
errors = 0
finallies = 0
for i in range(2000):
    try:
        if i % 7 == 0:
            raise ValueError(i)
        if i % 11 == 0:
            [][i]
    except ValueError:
        errors += 1
    except IndexError:
        errors += 100
    finally:
        finallies += 1
print(errors, finallies)
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)
caught = 0
for i in range(300):
    try:
        deep(i % 20)
    except RuntimeError as e:
        caught += len(str(e))
print(caught)
def gen_errors(n):
    out = []
    for i in range(n):
        try:
            if i % 4 == 0:
                out.append(1 / (i % 4))
            elif i % 4 == 1:
                out.append("s" + i)
            elif i % 4 == 2:
                out.append(undefined_name_q)
            else:
                out.append(None.attr)
        except Exception as e:
            out.append(type(e).__name__)
    return out
r = gen_errors(400)
print(r[:4], {name: r.count(name) for name in sorted(set(r))})
i = 0
while True:
    try:
        i += 1
        if i == 777:
            break
    finally:
        pass
print("broke at", i)
total = 0
for i in range(500):
    try:
        total += i
        continue
    finally:
        total += 1
print(total)
