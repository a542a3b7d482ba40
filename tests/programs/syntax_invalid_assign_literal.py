# Assigning to a literal in a tuple target.
a = 1
a, 2 = 3, 4
print(a)
