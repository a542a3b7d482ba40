# Uncaught TypeError from adding int and str inside a function.
def describe(count, noun):
    return count + " " + noun
print("start")
print(describe(str(3), "apples"))
print(describe(3, "apples"))
