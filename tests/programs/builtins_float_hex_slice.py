# float.hex / float.fromhex (exact, correctly rounded) and slice.indices.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for x in [1.5, 0.0, -0.0, 1.0, 0.1, 5e-324, 1e308, float("inf"), float("-inf"), float("nan"), -2.5, 2.2250738585072014e-308, 1 / 3, 123456.789, 2.0 ** -1060]:
    h = x.hex()
    print(repr(x), h, repr(float.fromhex(h)))
for s in ["0x1.8p+0", "0x1.999999999999ap-4", "  -0X1P-1074 ", "inf", "-Infinity", "nan", "1", "0x.8", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "0x1p-1075", "0x1.8p-1075", "0x3p-1076", "0xap0", "1.5e3", "0x1.p1", "0x1.fffffffffffff7p1023", "0x0.0000000000001p-1022", "0x1.fffffffffffffp-1023",
          "0x1.ffffffffffffffp-1023", "0x000000000000000000000000000000001p0", "0x123456789abcdef0123p-80", "-0x0p0", "0x1P+10"]:
    check(s, lambda: float.fromhex(s))
for s in ["0x1p", "x", "0x1p99999", "0x1.fffffffffffff8p1023", "0x1_0p0", "0x.p1", "", "0x", "1p99999999999999999999999", "1p-99999999999999999999"]:
    check(s, lambda: float.fromhex(s))
check("fromhex int", lambda: float.fromhex(1))
check("hex arg", lambda: (1.5).hex(1))
print((2.5).fromhex("0x1p1"))
print(slice(1, 10, 2).indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(10))
print(slice(2 ** 70, -2 ** 70, -1).indices(5), slice(1, 2).indices(2 ** 70), slice(None, None, 2 ** 70).indices(5), slice(1).indices(True))
check("indices zero step", lambda: slice(0, 10, 0).indices(5))
check("indices negative", lambda: slice(1, 2).indices(-1))
check("indices str", lambda: slice(1, 2).indices("a"))
check("indices bad start", lambda: slice("a", 2).indices(5))
check("indices bad step", lambda: slice(1, 2, 1.5).indices(5))
check("indices none", lambda: slice(1, 2).indices())
check("indices kw", lambda: slice(1).indices(x=1))
