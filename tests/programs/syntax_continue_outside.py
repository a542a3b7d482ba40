# continue in a function body, outside any loop.
def g():
    for i in range(3):
        pass
    continue
print(g())
