# input() reads lines from stdin (fed from builtins_input.stdin); EOFError at the end.
name = input()
print("Hello,", name)
n = int(input("How many? "))
total = 0
for i in range(n):
    line = input()
    a, b = line.split()
    total += int(a) * int(b)
    print(f"row {i}: {a} x {b} = {int(a) * int(b)}")
print("total", total)
words = input().split(",")
print(sorted(w.strip() for w in words))
blank = input()
print("blank line:", repr(blank))
spaced = input()
print("kept spaces:", repr(spaced))
count = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF after", count, "more lines")
        break
    count += 1
    print("line:", line.upper())
try:
    input()
except EOFError as e:
    print("EOFError again:", repr(str(e)))
