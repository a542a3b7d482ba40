# A dedent to a column that matches no enclosing block.
def f():
    if True:
        x = 1
      y = 2
    return x
print(f())
