# Three exceptions chained implicitly (each raised while handling the previous one), the last
# uncaught; the middle one comes from a recursive helper whose frames collapse.
def countdown(n):
    if n == 0:
        raise KeyError("bottom")
    return countdown(n - 1)


def parse(text):
    try:
        return int(text)
    except ValueError:
        countdown(30)


def handler():
    try:
        parse("not a number")
    except KeyError as e:
        {}["missing"]


handler()
