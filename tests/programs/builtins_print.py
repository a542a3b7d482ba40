# print(): sep, end, multiple args, empty print, file=sys.stderr (not compared), flush; sys.stdout.write.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("x", end="")
print("y", end="|\n")
print(1, 2.5, None, True, [1], (2,), {3: 4}, "s", sep=" / ")
print("no newline", end=" ")
print("then newline")
print(*range(5))
print(*range(5), sep="-", end=".\n")
print("multi\nline\ttab")
print("", "", sep="X")
print("to stderr", file=sys.stderr)
print("after stderr")
print("sep None", "end None", sep=None, end=None)
print("flushed", flush=True)
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("partial ")
sys.stdout.write("line\n")
for i in range(3):
    print(i, end=", " if i < 2 else "\n")
print("%d items" % 3, "{} more".format(4), f"{5} last")
print("unicode: é ü 中文 😀")
print(repr("quote's"), str("quote's"))
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
print("\\ backslash", 'single \' quote', "tab\tend")
long = "-" * 200
print(long)
print("end of program", end="")
