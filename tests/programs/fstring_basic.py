# f-strings: expressions, conversions (!r !s), '=' debugging, nesting, escapes.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }", f"{name!r}", f"{name!s}", f"{items}")
print(f"{name=}", f"{pi=}", f"{n=:5d}", f"{ n = }", f"{items[1]=}", f"{len(items)=}")
print(f"{'quoted'}", f'{"double"}', f"{{literal braces}}", f"{{{n}}}", f"a{'b'}c{'d'}e")
print(f"{n:{5}}|", f"{pi:.{3}f}", f"{name:>{n // 4}}|", f"{n:{'*'}^{9}}")
w = 10
p = 2
print(f"[{pi:{w}.{p}f}]", f"[{name:{'<'}{w}}]", f"[{n:0{w}d}]")
d = {"key": "value", "n": 5}
print(f"{d['key']}", f"{d['n'] * 2}", f"{d}")
print(f"{'yes' if n > 40 else 'no'}", f"{[x * 2 for x in items]}", f"{(lambda v: v + 1)(1)}")
print(f"{None}", f"{True}", f"{None!r}", f"{'tab':>6}", f"{3.0}", f"{1e20}", f"{-0.0}")
print(f"multi" f"ple {n}" "plain")
s = "it's"
print(f"{s!r}", f"{'a' + 'b'!r}", f"{[s]}", f"{s!a}", f"{'é'!a}")
for i in range(3):
    print(f"row {i}: {'#' * i:<4}|{i ** 2:>3}")
nested = f"{f'{n}' * 2}"
print(nested, len(nested))
print(f"{n:x} {n:o} {n:b} {n:#x} {n:e}")
val = 12.5
unit = "kg"
print(f"Weight: {val}{unit}", f"{val:.0f}{unit}", f"{val!s:>8}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(F"capital F {n}", rf"raw \n {n}", fr"raw2 \t {name}")
