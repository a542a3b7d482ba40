# Hot loops whose int values cross machine-word boundaries (small int -> big int and back).
x = 1
for i in range(130):
    x = x * 2
    if i % 16 == 15 or 59 <= i <= 65:
        print(i, x)
y = 2 ** 62 - 10
for i in range(20):
    y += 1
print(y, y - 2 ** 62, type(y).__name__)
z = -(2 ** 63) + 5
for i in range(10):
    z -= 1
print(z)
acc = 0
for i in range(3000):
    acc += i * i * i * i * i
print(acc)
m = 1
for i in range(1, 60):
    m = m * 3 + i
print(m)
# back down into the small range
big = 2 ** 80
while big > 1000:
    big //= 7
print(big)
n = 2 ** 64
for i in range(70):
    n -= 2 ** 58
print(n)
# multiplication near 2**63 in both signs
for a in [3037000499, 3037000500, -3037000500, 4294967296, -4294967296]:
    print(a, a * a, a * -a, a * a - 1)
# shifts that overflow
s = 1
for i in range(100):
    s = (s << 1) | (i & 1)
print(s, s.bit_length())
v = 123456789
for i in range(40):
    v = (v * 6364136223846793005 + 1442695040888963407) % 2 ** 64
print(v)
h = 0
for ch in "the quick brown fox" * 20:
    h = (h * 31 + ord(ch)) & 0xFFFFFFFFFFFFFFFF
print(h)
neg = 0
for i in range(100):
    neg -= 2 ** 60
print(neg, neg // 3, neg % 1000, -neg)
f = 1
for i in range(1, 30):
    f *= i
    if f > 2 ** 63:
        print("passed 2**63 at", i, f)
        break
k = 0
for i in range(10000):
    k += 2 ** 40
print(k, k == 10000 * 2 ** 40)
print(sum(range(10 ** 6, 10 ** 6 + 2000)) * 10 ** 12)
