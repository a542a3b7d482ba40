# math: bit-exactness against CPython on pseudo-random doubles of many magnitudes, for every
# float function (the libm ones, the fdlibm ports, gamma/lgamma, hypot/dist/fsum, ldexp).
import math

state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 16

def rfloat(scale):
    m = (rnd() >> 5) / 2**43
    e = rnd() % (2 * scale + 1) - scale
    return math.ldexp(m, e) * (-1 if rnd() % 2 else 1)

def run(name, f, args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

N = 60
one = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp",
       "exp2", "expm1", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin", "sinh", "sqrt", "tan",
       "tanh", "degrees", "radians", "ulp"]
for name in one:
    f = getattr(math, name)
    out = []
    for scale in (2, 6, 40, 1000):
        for i in range(N):
            out.append(run(name, f, (rfloat(scale),)))
    print(name, " ".join(out))
for name in ["atan2", "fmod", "pow", "remainder", "hypot", "nextafter"]:
    f = getattr(math, name)
    out = []
    for scale in (2, 6, 40, 1000):
        for i in range(N):
            out.append(run(name, f, (rfloat(scale), rfloat(scale))))
    print(name, " ".join(out))
out = []
for i in range(N * 4):
    xs = [rfloat(40) for _ in range(rnd() % 7)]
    ys = [rfloat(40) for _ in xs]
    out.append(run("hypot", math.hypot, xs) + "/" + run("fsum", math.fsum, (xs,)) + "/" + run("dist", math.dist, (xs, ys)))
print("vectors", " ".join(out))
out = []
for i in range(N * 4):
    out.append(run("ldexp", math.ldexp, (rfloat(20), rnd() % 4400 - 2200)))
print("ldexp", " ".join(out))
