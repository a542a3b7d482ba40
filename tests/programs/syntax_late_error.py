# A syntax error at the end of an otherwise valid program: nothing may run.
import sys
print("this must not be printed")
for i in range(10):
    print(i)
def helper(a, b):
    return a + b
print(helper(1, 2))
while True:
    break
else:
    pass
x = [i for i in range(5)]
y = {k: v for k, v in zip("ab", "cd")}
print(x, y)
def broken(:
    pass
