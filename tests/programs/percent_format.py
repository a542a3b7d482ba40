# printf-style % formatting: conversions, width/precision, flags, tuple and dict args.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%f|%.2f|%5.2f|%-8.3f|%08.3f|%+.1f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.00012, 1e-5, 1e20))
print("%s|%10s|%-10s|%.2s|%r|%c|%c" % ("hello", "right", "left", "truncate", 'q"uote', "A", 66))
print("%% literal %d%%" % 50)
print("%s" % "single", "%s" % (1,), "%s and %s" % ("a", "b"), "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%(x)5.1f|%(y)-4d|" % {"x": 2.25, "y": 7})
print("%*d|%-*s|%.*f" % (6, 42, 6, "ab", 3, 3.14159))
print("%d" % 3.99, "%d" % -3.99, "%s" % 3.0, "%r" % 1.5, "%i" % True, "%x" % -255)
print("%d %d" % (2 ** 70, -(2 ** 70)), "%x" % 2 ** 70, "%.3f" % 2 ** 70, "%e" % 2 ** 70)
print("%5s|%-5s|%5r" % (None, True, None))
print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.25))
print("%s" % {"k": "v"}, "%s %s" % ({"a": 1}, [2]))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%5.1f|" % float("inf"))
for name, score in [("amy", 93.456), ("bob", 7.0), ("christopher", 100)]:
    print("%-8s|%6.2f|%3d%%" % (name, score, score))
errors = [
    lambda: "%d" % "x",
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%(k)s" % {"j": 1},
    lambda: "%z" % 1,
    lambda: "%c" % "ab",
]
for thunk in errors:
    try:
        print(thunk())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
row = "%3d" * 5 % tuple(range(5))
print(row)
print("[%s]" % ", ".join("%02d" % i for i in range(5)))
