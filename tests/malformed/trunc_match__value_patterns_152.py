# dotted names are value patterns; bare names capture
class Color:
    RED = "red"
    GREEN = "green"
def check(c):
    match c:
        case Color.RED