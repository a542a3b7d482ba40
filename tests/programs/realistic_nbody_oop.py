# N-body simulation of the Jovian planets with a Vector class (dunders,
# __slots__), Body objects and itertools.combinations for the pairs;
# prints the energy before and after, and the final positions.
# quick: 100
import sys
from itertools import combinations
import math

DEFAULT = 1000

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        self.z += other.z
        return self

    def __isub__(self, other):
        self.x -= other.x
        self.y -= other.y
        self.z -= other.z
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def __abs__(self):
        return math.sqrt(self.dot(self))

    def __repr__(self):
        return f"Vec({self.x:.6f}, {self.y:.6f}, {self.z:.6f})"


class Body:
    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.pos = Vec(*pos)
        self.vel = Vec(*(v * DAYS_PER_YEAR for v in vel))
        self.mass = mass * SOLAR_MASS

    @property
    def momentum(self):
        return self.vel * self.mass

    def kinetic_energy(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)


class System:
    def __init__(self, bodies):
        self.bodies = bodies
        self.pairs = list(combinations(bodies, 2))
        self.steps = 0

    def offset_momentum(self):
        total = Vec(0.0, 0.0, 0.0)
        for b in self.bodies:
            total += b.momentum
        sun = self.bodies[0]
        sun.vel = total * (-1.0 / sun.mass)

    def energy(self):
        e = sum(b.kinetic_energy() for b in self.bodies)
        for a, b in self.pairs:
            e -= a.mass * b.mass / abs(a.pos - b.pos)
        return e

    def advance(self, dt):
        for a, b in self.pairs:
            d = a.pos - b.pos
            d2 = d.dot(d)
            mag = dt / (d2 * math.sqrt(d2))
            a.vel -= d * (b.mass * mag)
            b.vel += d * (a.mass * mag)
        for body in self.bodies:
            body.pos += dt * body.vel
        self.steps += 1


def make_system():
    return System([
        Body("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body("jupiter",
             (4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01),
             (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
             9.54791938424326609e-04),
        Body("saturn",
             (8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01),
             (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
             2.85885980666130812e-04),
        Body("uranus",
             (1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01),
             (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
             4.36624404335156298e-05),
        Body("neptune",
             (1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01),
             (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
             5.15138902046611451e-05),
    ])


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    system = make_system()
    system.offset_momentum()
    print("energy before: %.9f" % system.energy())
    report_every = max(1, steps // 4)
    for i in range(steps):
        system.advance(0.01)
        if (i + 1) % report_every == 0:
            print(f"step {i + 1}: energy {system.energy():.9f}")
    print("energy after: %.9f" % system.energy())
    for body in system.bodies:
        print(f"{body.name:8s} pos={body.pos!r} |v|={abs(body.vel):.9f}")


main()
