# raise ... from ...: the traceback shows the cause; the last line is the new exception.
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad port {text!r}") from e
print(parse_port("8080"))
print(parse_port("80a"))
