# Assigning to a function call result.
def f():
    return 1
x = 0
f() = x
print(x)
