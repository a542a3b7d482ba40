# A closing bracket that does not match the opening parenthesis.
x = 1
result = (x + 2]
print(result)
