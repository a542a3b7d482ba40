class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented
    def __mul__(self, k):
        if k == 99:
            return NotImplemented
        return V(self.x * k)
    def __sub__(self, o):
        return NotImplemented
    def __repr__(self):
        return "V(%r)" % (self.x,)
class W(V):
    def __radd__(self, o):
        return "W.radd"
a = V(1)
for i in range(200):
    a = a + V(1)
    a = a + 0.5
    a += 1
print(a)
res = []
for i in range(120):
    try:
        res.append(V(i) * (99 if i == 100 else 2))
    except TypeError as e:
        res.append(str(e))
print(res[99], res[100], res[101])
for i in range(100):
    try:
        V(1) - V(2)
    except TypeError as e:
        last = str(e)
print(last)
x = V(5)
for i in range(150):
    if i == 100:
        V.__add__ = lambda self, o: "patched"
    r = x + x
print(r, V(1) + W(2))
for i in range(100):
    try:
        y = V(3)
        y -= 1
    except TypeError as e:
        last = str(e)
print(last)
