# A line indented for no reason at module level.
a = 1
b = 2
    c = a + b
print(c)
