# dotted names are value patterns; bare names capture
class Color:
    RED = "red"
    GREEN = "green"
def check(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"
print(check("red"), check("green"), check("blue"))
match (1, 2):
    case (1, x) as whole:
        print("matched", x, whole)
