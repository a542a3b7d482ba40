# time: clocks are numbers of the right type that move forward, sleep waits, and bad arguments
# raise CPython's errors (no actual times are printed: they differ run to run).
import time

t0 = time.time()
n0 = time.time_ns()
p0 = time.perf_counter()
pn0 = time.perf_counter_ns()
m0 = time.monotonic()
mn0 = time.monotonic_ns()
c0 = time.process_time()
cn0 = time.process_time_ns()
print(type(t0).__name__, type(n0).__name__, type(p0).__name__, type(pn0).__name__)
print(type(m0).__name__, type(mn0).__name__, type(c0).__name__, type(cn0).__name__)
print(t0 > 1.6e9, n0 > 1.6e18, abs(n0 / 1e9 - t0) < 5)
total = 0
for i in range(200000):
    total += i * i
time.sleep(0.01)
time.sleep(0)
time.sleep(False)
p1 = time.perf_counter()
print(total, p1 - p0 >= 0.009, time.perf_counter_ns() - pn0 >= 9_000_000)
print(time.monotonic() >= m0, time.monotonic_ns() >= mn0, time.time() >= t0)
print(time.process_time() >= c0, time.process_time_ns() >= cn0)

def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, "->", r)

show("sleep(-1)", time.sleep, -1)
show("sleep(-0.5)", time.sleep, -0.5)
show("sleep('a')", time.sleep, "a")
show("sleep(None)", time.sleep, None)
show("sleep()", time.sleep)
show("sleep(nan)", time.sleep, float("nan"))
show("sleep(inf)", time.sleep, float("inf"))
show("sleep(10**20)", time.sleep, 10**20)
show("time(1)", time.time, 1)
show("perf_counter(1)", time.perf_counter, 1)
show("sleep(1e20)", time.sleep, 1e20)
show("sleep(-1e20)", time.sleep, -1e20)
show("sleep(-10**20)", time.sleep, -10**20)
show("sleep(9.3e9)", time.sleep, 9.3e9)
show("sleep(10**10)", time.sleep, 10**10)
time.sleep(-0.0); print("slept -0.0")
