# while/for with else, break, continue, nested loops.
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
else:
    print("while-else ran, i =", i)
n = 0
while True:
    n += 1
    if n > 4:
        break
print("broke at", n)
while n < 10:
    if n == 7:
        print("break at 7")
        break
    n += 1
else:
    print("not printed")
for x in [1, 2, 3]:
    print("for", x)
else:
    print("for-else ran")
for x in []:
    print("never")
else:
    print("empty for-else ran")
# search with for/else
def find_first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")
for n in [2, 9, 13, 25, 97]:
    find_first_divisor(n)
# nested break only exits inner loop
for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == b:
            continue
        print("pair", a, b)
    else:
        print("inner else", a)
# continue in while with else
k = 0
total = 0
while k < 20:
    k += 1
    if k % 2:
        continue
    total += k
else:
    print("total even", total)
# loop variable persists after loop
for idx in range(5):
    pass
print("idx after loop", idx)
# countdown and nested loop counts
count = 0
for i in range(30):
    for j in range(i):
        if (i + j) % 7 == 0:
            continue
        count += 1
print("count", count)
m = 100
steps = 0
while m != 1:
    m = m // 2 if m % 2 == 0 else 3 * m + 1
    steps += 1
print("collatz 100 steps", steps)
# break out of while with flag, loop over dict
stock = {"apples": 3, "pears": 0, "plums": 5}
for fruit, qty in stock.items():
    if qty == 0:
        print("out of", fruit)
        continue
    print(fruit, qty)
# hot loop with break/continue mix (trace exits)
acc = 0
for i in range(10000):
    if i % 3 == 0:
        continue
    if i > 9000:
        break
    acc += i
print("acc", acc)
