# An exception raised inside an except block: CPython prints both ("During handling ...").
def load(d, key):
    try:
        return d[key]
    except KeyError:
        print("missing key", key, "- falling back")
        return int(d["fallback"])
print(load({"a": "1", "fallback": "2"}, "a"))
print(load({"fallback": "2"}, "b"))
print(load({"fallback": "two"}, "c"))
