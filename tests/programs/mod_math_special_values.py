# math: every float function on special values (signed zeros, infinities, NaN, subnormals,
# the largest double, domain edges) and the errors CPython raises for them.
import math

inf = math.inf
nan = math.nan
tiny = 5e-324
big = 1.7976931348623157e308
values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, tiny, -tiny, 2.2250738585072014e-308,
          big, -big, 1e16, -1e16, 710.0, -745.5, 0.84375, 1.25, 2.857142857142857, 6.0, 28.0, -6.0,
          inf, -inf, nan, 3.0, -3.0, 171.5, -171.5, 1e-20, 200.5, -200.5, 140.0, 0.1, 3.5, -3.5]

def show(name, f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(name, args, "->", r)

one_arg = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
           "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin",
           "sinh", "sqrt", "tan", "tanh", "degrees", "radians", "ulp", "frexp", "modf", "floor", "ceil",
           "trunc", "isfinite", "isinf", "isnan"]
for name in one_arg:
    f = getattr(math, name)
    for x in values:
        show(name, f, x)

pairs = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 0.0), (1.0, -0.0), (-1.0, 0.0),
         (inf, 1.0), (-inf, 1.0), (1.0, inf), (1.0, -inf), (inf, inf), (-inf, -inf), (inf, -inf),
         (nan, 1.0), (1.0, nan), (nan, 0.0), (2.0, 0.5), (-2.0, 0.5), (-2.0, 3.0), (-2.0, -3.0),
         (0.0, -1.0), (-0.0, -3.0), (10.0, 400.0), (5.0, 3.0), (-5.0, 3.0), (5.5, 2.0), (7.5, 5.0),
         (6.0, 4.0), (tiny, tiny), (big, big), (big, 0.5), (-1.0, inf), (-1.0, -inf), (0.5, inf),
         (0.5, -inf), (-0.5, inf), (1e308, 1e-308), (3.0, -0.0)]
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "hypot", "dist2", "isclose"]:
    for x, y in pairs:
        if name == "dist2":
            show(name, math.dist, (x, 0.0), (0.0, y))
        else:
            show(name, getattr(math, name), x, y)

for x in [1.0, -1.0, 0.0, tiny, big, inf, nan, 0.75, -3.5]:
    for i in [0, 1, -1, 1023, 1024, -1074, -1075, -1080, 2000, -2000, 10**30, -10**30, True]:
        show("ldexp", math.ldexp, x, i)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(tiny, tiny, tiny))
print(math.hypot(inf, nan), math.hypot(nan, 1.0), math.hypot(-inf, 1.0))
print(math.fsum([]), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([inf, 1.0]), math.fsum([-inf, -inf]), math.fsum([nan, inf]), math.fsum([1e-16, 1, 1e16]))
show("fsum", math.fsum, [1e308, 1e308])
show("fsum", math.fsum, [inf, -inf])
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
print(math.isclose(a=1, b=1.0000000001), math.isclose(-inf, inf), math.isclose(1e308, inf))
