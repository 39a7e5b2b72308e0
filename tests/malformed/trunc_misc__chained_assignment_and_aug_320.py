# chained assignment, augmented assignment on subscripts and attributes
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
d = {"n": 1}
d["n"] += 5
l = [1, 2]
l[0] *= 10
class O: pass
o = O(); o.v = 3
o.v **= 2
print(d, l, o.v)
x = 1
x, y = y, x = 2, 3
print(x, y)
s = "ab"
s += "c"; s *= 2
t = (1,)
t += (2,)
print(s, t