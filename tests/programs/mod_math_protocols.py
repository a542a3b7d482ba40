# math: argument conversion (__float__, __index__, __floor__/__ceil__/__trunc__ on user
# classes), argument-count and keyword errors with CPython's wording, and bad types.
import math

def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, "->", r)

class F:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class R:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
class BadFloat:
    def __float__(self): return 1
class BadIndex:
    def __index__(self): return 1.5

print(math.sqrt(F(2.0)), math.sqrt(I(16)), math.floor(F(2.5)), math.ceil(I(3)), math.hypot(F(3.0), I(4)))
print(math.floor(R()), math.ceil(R()), math.trunc(R()), math.factorial(I(6)), math.gcd(I(12), 18))
print(math.isqrt(I(99)), math.comb(I(6), I(2)), math.perm(I(5), 2), math.dist([F(1.0), 2], (I(4), 6.0)))
print(math.fsum([F(0.1), I(1), 0.2]), math.log(F(100.0), I(10)), math.ldexp(F(1.5), 3), math.pow(I(2), F(0.5)))
print(math.isclose(F(1.0), I(1)), math.copysign(I(3), F(-0.0)), math.frexp(I(48)), math.modf(F(-2.75)))
show("sqrt", math.sqrt, BadFloat())
show("sqrt", math.sqrt, BadIndex())
show("factorial", math.factorial, BadIndex())
show("sqrt", math.sqrt, "4")
show("sqrt", math.sqrt, None)
show("sqrt", math.sqrt, [4])
show("floor", math.floor, "x")
show("trunc", math.trunc, "x")
show("trunc", math.trunc, F(2.5))
show("ldexp", math.ldexp, 1.0, 2.0)
show("ldexp", math.ldexp, 1.0, I(2))
show("ldexp", math.ldexp, "1", 2)
show("hypot", math.hypot, 1, "2")
show("dist", math.dist, [1, 2], [1])
show("dist", math.dist, 1, [1])
show("dist", math.dist, [1], 1)
show("dist", math.dist, ["a"], [1])
show("fsum", math.fsum, 5)
show("fsum", math.fsum, [1, "a"])
show("prod", math.prod, 5)

# argument counts and keywords
show("sqrt()", math.sqrt)
show("sqrt(1, 2)", math.sqrt, 1, 2)
show("sqrt(x=1)", math.sqrt, x=1)
show("floor()", math.floor)
show("atan2(1)", math.atan2, 1)
show("atan2(1, 2, 3)", math.atan2, 1, 2, 3)
show("pow(1, y=2)", math.pow, 1, y=2)
show("fmod(1)", math.fmod, 1)
show("log()", math.log)
show("log(1, 2, 3)", math.log, 1, 2, 3)
show("log(x=1)", math.log, x=1)
show("isclose(1)", math.isclose, 1)
show("isclose()", math.isclose)
show("isclose(1, 2, 3)", math.isclose, 1, 2, 3)
show("isclose(1, 2, foo=1)", math.isclose, 1, 2, foo=1)
show("isclose(1, a=1)", math.isclose, 1, a=1)
show("isclose(1, 2, rel_tol=-1)", math.isclose, 1, 2, rel_tol=-1)
show("isclose(1, 2, abs_tol=-1)", math.isclose, 1, 2, abs_tol=-1)
show("isclose(b=2, a=2)", math.isclose, b=2, a=2)
show("prod()", math.prod)
show("prod([1], 2)", math.prod, [1], 2)
show("prod([1], begin=2)", math.prod, [1], begin=2)
show("perm()", math.perm)
show("perm(1, 2, 3)", math.perm, 1, 2, 3)
show("perm(5, k=2)", math.perm, 5, k=2)
show("comb(5)", math.comb, 5)
show("gcd(a=1)", math.gcd, a=1)
show("hypot(x=1)", math.hypot, x=1)
show("factorial()", math.factorial)
show("nextafter(1)", math.nextafter, 1)
show("ldexp(1)", math.ldexp, 1)
show("remainder()", math.remainder)
print(math.sqrt.__name__, math.floor.__name__, type(math.pi).__name__, type(math.factorial(3)).__name__)

class MyFloat(float):
    pass
class MyInt(int):
    pass
print(math.sqrt(MyFloat(6.25)), math.floor(MyFloat(2.5)), math.isfinite(MyFloat(1.0)), math.fsum([MyFloat(0.5), MyInt(2)]))
print(math.sqrt(MyInt(9)), math.gcd(MyInt(12), 8), math.factorial(MyInt(5)), math.hypot(MyInt(3), MyFloat(4.0)))
print(math.ldexp(1.0, MyInt(3)), math.log(MyInt(10**400)), math.log10(MyInt(1000)))
