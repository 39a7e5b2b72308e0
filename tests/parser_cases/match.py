match x:
    case 1:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1.5 - 2j:
        pass
    case "a" "b":
        pass
    case b"x":
        pass
    case None:
        pass
    case True | False:
        pass
    case a.b.c:
        pass
    case _:
        pass
    case y:
        pass
    case (a, b):
        pass
    case [a, *rest]:
        pass
    case [*_, b]:
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case (a):
        pass
    case a, b:
        pass
    case a, *b,:
        pass
    case {}:
        pass
    case {"k": v, 1: w, a.b: c, **rest}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case a.B():
        pass
    case [a, b] as c:
        pass
    case (1 | 2) as z if z > 1:
        pass
    case {**rest}:
        pass
match x, y:
    case _:
        pass
match (x):
    case _:
        pass
match = 1
match.x = 2
case = 3
match(x)
