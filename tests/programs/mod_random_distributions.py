# random: every real-valued distribution (uniform, triangular, normalvariate, gauss with its
# cached second value, lognormvariate, expovariate, vonmisesvariate, gammavariate in all three
# regimes, betavariate, paretovariate, weibullvariate) with int and float parameters, and
# getstate/setstate round trips.
import random

random.seed(8675309)
for _ in range(3):
    print(random.uniform(1, 10), random.uniform(-1.5, 2), random.uniform(5, 5), random.uniform(10**20, 10**20 + 5))
    print(random.triangular(), random.triangular(0, 10, 7), random.triangular(5, 5), random.triangular(1, 3), random.triangular(10, 0, 2))
    print(random.normalvariate(), random.normalvariate(5, 0.1), random.normalvariate(-3, 2), random.lognormvariate(0, 1))
    print(random.gauss(), random.gauss(10, 2), random.gauss(0, 1), random.gauss(mu=1, sigma=0))
    print(random.expovariate(1.5), random.expovariate(2), random.expovariate(-1))
    print(random.vonmisesvariate(1, 0.5), random.vonmisesvariate(0, 0), random.vonmisesvariate(3, 4), random.vonmisesvariate(-2, 100))
    print(random.gammavariate(0.5, 2), random.gammavariate(1, 3), random.gammavariate(5, 1), random.gammavariate(0.01, 1), random.gammavariate(200, 0.5))
    print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1, 1.5), random.weibullvariate(2, 0.5))
print(sum(random.gauss() for _ in range(5000)), sum(random.gammavariate(2.5, 1) for _ in range(2000)))

# gauss keeps its second value; seeding forgets it.
random.seed(99)
print(random.gauss())
random.seed(99)
print(random.gauss(), random.gauss(), random.gauss())

state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
a = [random.random() for _ in range(5)] + [random.gauss()]
random.setstate(state)
print(a == [random.random() for _ in range(5)] + [random.gauss()])
state = random.getstate()
print(state[2] is not None)
b = random.gauss()
random.setstate(state)
print(b == random.gauss())
random.seed(1)
s2 = random.getstate()
random.setstate((2, s2[1], None))
print(random.random())
random.setstate((3, tuple([1] * 624) + (624,), None))
print(random.random(), random.getrandbits(32))
