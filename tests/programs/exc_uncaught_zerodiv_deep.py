# Uncaught ZeroDivisionError raised deep in a call chain after some output.
def level3(values):
    total = 0
    for v in values:
        total += 100 // v
        print("step", v, total)
    return total
def level2(values):
    return level3(values) * 2
def level1(values):
    print("computing", values)
    return level2(values) + 1
print(level1([5, 4, 2]))
print(level1([3, 1, 0, 7]))
print("never printed")
