# sys.argv handling (arguments come from sys_argv.args), sys.maxsize, parsing numeric args.
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
nums = []
flags = []
for arg in sys.argv[1:]:
    if arg.startswith("--"):
        flags.append(arg[2:])
    else:
        try:
            nums.append(int(arg))
        except ValueError:
            print("not a number:", arg)
print("nums", nums, "sum", sum(nums))
print("flags", flags)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.argv).__name__)
if "verbose" in flags:
    for i, a in enumerate(sys.argv):
        print(i, repr(a))
