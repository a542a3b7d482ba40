# A list literal whose bracket is never closed.
print("this never runs")
values = [1, 2,
          3, 4
total = sum(values)
print(total)
