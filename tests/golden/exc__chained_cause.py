# raise ... from ... prints both tracebacks joined by the direct-cause message
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed") from e
parse("x")
