# Uncaught NameError for a misspelled variable.
counter = 0
for i in range(3):
    counter += i
print("counter", counter)
print("double", qqq_total * 2)
