# Ray tracer: a Vector class with arithmetic dunders, spheres and a checkered
# plane, point lights with shadows, Phong shading and mirror reflections.
# Renders a width x (width/2) image; prints per-band checksums of the 8-bit
# pixel values and, for small sizes, an ASCII rendering.
# quick: 16
import sys
import math

DEFAULT = 32

EPSILON = 1e-7
MAX_DEPTH = 3
RAMP = " .:-=+*#%@"


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self / self.magnitude()

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return f"Vector({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Color(Vector):
    __slots__ = ()

    @classmethod
    def gray(cls, v):
        return cls(v, v, v)

    def __add__(self, o):
        return Color(self.x + o.x, self.y + o.y, self.z + o.z)

    def __mul__(self, k):
        if isinstance(k, Color):
            return Color(self.x * k.x, self.y * k.y, self.z * k.z)
        return Color(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255 + 0.5))) for c in (self.x, self.y, self.z))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=16, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, size, **kw):
        super().__init__(a, **kw)
        self.other = b
        self.size = size

    def color_at(self, point):
        ix = math.floor(point.x / self.size)
        iz = math.floor(point.z / self.size)
        return self.color if (ix + iz) % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPSILON:
                return t
        return None

    def normal_at(self, point):
        return (point - self.center) / self.radius


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays = 0

    def nearest(self, ray):
        best_t, best = math.inf, None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < best_t:
                best_t, best = t, shape
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        dist = to_light.magnitude()
        ray = Ray(point, to_light)
        self.rays += 1
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth=0):
        self.rays += 1
        shape, t = self.nearest(ray)
        if shape is None:
            # sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.6, 0.7, 0.9) * k + Color.gray(0.05) * (1 - k)
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0:
            normal = -normal
        mat = shape.material
        base = mat.color_at(point)
        color = base * self.ambient
        over = point + normal * 1e-5
        for light in self.lights:
            if self.in_shadow(over, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base * light.color * (mat.diffuse * lambert)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0:
                    color = color + light.color * (mat.specular * spec ** mat.shininess)
        if mat.reflect > 0 and depth < MAX_DEPTH:
            bounce = Ray(over, ray.direction.reflect(normal))
            color = color * (1 - mat.reflect) + self.trace(bounce, depth + 1) * mat.reflect
        return color


class Camera:
    def __init__(self, eye, look_at, up, width, height, fov_scale=0.9):
        self.eye = eye
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.width = width
        self.height = height
        self.scale = fov_scale

    def ray(self, px, py):
        aspect = self.width / (2.0 * self.height)
        sx = (2 * (px + 0.5) / self.width - 1) * self.scale * aspect
        sy = (1 - 2 * (py + 0.5) / self.height) * self.scale * 0.5
        return Ray(self.eye, self.forward + self.right * sx + self.up * sy)


def build_scene():
    shapes = [
        Plane(Vector(0, 0, 0), Vector(0, 1, 0),
              Checker(Color(0.9, 0.9, 0.9), Color(0.2, 0.2, 0.25), 1.0, diffuse=0.9, specular=0.1, reflect=0.2)),
        Sphere(Vector(0, 1, 3), 1.0, Material(Color(0.9, 0.2, 0.2), reflect=0.3, shininess=32)),
        Sphere(Vector(-2.2, 0.7, 4), 0.7, Material(Color(0.2, 0.8, 0.3), specular=0.6, shininess=8)),
        Sphere(Vector(2.0, 0.5, 2.2), 0.5, Material(Color(0.2, 0.3, 0.9), reflect=0.5)),
        Sphere(Vector(0.8, 2.6, 5.0), 0.6, Material(Color(0.95, 0.85, 0.3), diffuse=0.6, specular=0.9, shininess=64)),
    ]
    lights = [
        Light(Vector(-4, 6, -2), Color(0.8, 0.8, 0.8)),
        Light(Vector(5, 4, 0), Color(0.3, 0.3, 0.4)),
    ]
    return Scene(shapes, lights, 0.12)


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    height = max(1, width // 2)
    scene = build_scene()
    camera = Camera(Vector(0, 2.0, -2.0), Vector(0, 0.9, 3), Vector(0, 1, 0), width, height, 0.6)
    pixels = [[scene.trace(camera.ray(x, y)).to_bytes() for x in range(width)] for y in range(height)]

    bands = 4
    for b in range(bands):
        rows = pixels[b * height // bands:(b + 1) * height // bands]
        total = [0, 0, 0]
        for row in rows:
            for px in row:
                for i in range(3):
                    total[i] += px[i]
        print(f"band {b}: r={total[0]} g={total[1]} b={total[2]}")
    checksum = 0
    for row in pixels:
        for r, g, b in row:
            checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 2147483647
    print("checksum:", checksum, "rays:", scene.rays)
    distinct = len({px for row in pixels for px in row})
    print("distinct colors:", distinct)
    if width <= 80:
        for row in pixels:
            line = []
            for r, g, b in row:
                lum = (2126 * r + 7152 * g + 722 * b) // 10000
                line.append(RAMP[lum * len(RAMP) // 256])
            print("".join(line))


main()
