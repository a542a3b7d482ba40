# sys.exit() with no argument and SystemExit caught then re-raised: status 0, output kept.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
for i in range(3):
    print("line", i, end="; ")
print()
sys.stdout.write("written without newline")
sys.exit()
