# Uncaught IndexError after a loop walks off the end of a list.
values = [10, 20, 30]
i = 0
total = 0
while True:
    total += values[i]
    print("i =", i, "total =", total)
    i += 1
