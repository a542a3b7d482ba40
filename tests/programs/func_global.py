# global declarations, module-level state, UnboundLocalError.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(5):
    bump()
print(counter)
def read_global():
    return counter * 2
print(read_global())
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
x = "module"
def local_shadow():
    x = "local"
    return x
print(local_shadow(), x)
def broken():
    print(x)
    x = 5
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def broken2():
    counter += 1
try:
    broken2()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def del_then_use():
    y = 1
    del y
    return y
try:
    del_then_use()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def use_undefined():
    return undefined_name_xyz
try:
    use_undefined()
except NameError as e:
    print("NameError:", e)
registry = {}
def register(name, value):
    registry[name] = value
register("a", 1)
register("b", [2])
print(registry)
config = {"debug": False}
def toggle():
    config["debug"] = not config["debug"]
toggle()
print(config)
def swap_globals():
    global p, q
    p, q = q, p
p, q = 1, 2
swap_globals()
print(p, q)
total = 0
for i in range(100):
    total += i
print(total)
def global_loop():
    global total
    for i in range(100):
        total -= i
global_loop()
print(total)
del registry
try:
    print(registry)
except NameError as e:
    print("NameError:", e)
