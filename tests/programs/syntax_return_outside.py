# return at module level.
x = 10
print("never printed", x)
if x:
    return x
