# Uncaught ValueError from int('x') while parsing a list of tokens.
tokens = ["12", " 7 ", "-3", "x", "9"]
total = 0
for t in tokens:
    total += int(t)
    print("parsed", repr(t), "total", total)
