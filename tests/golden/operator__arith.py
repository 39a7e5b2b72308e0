# The arithmetic and bitwise functions equal the operators (ints, floats, strs, lists).
import operator as op

for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]:
    f = getattr(op, name)
    print(name, f(29, 5), f(-7, 3))
print(op.add(1.5, 2), op.add("ab", "cd"), op.add([1], [2]), op.mul("ab", 3), op.mul(3, [0]))
print(op.truediv(1, 3), op.floordiv(-7.5, 2), op.mod("%s-%d", ("a", 3)), op.pow(2, -1), op.pow(2, 100))
print(op.neg(5), op.pos(-2.5), op.abs(-3), op.invert(5), op.inv(0), op.neg(True), op.abs(-0.0))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor(True, False), op.sub({1, 2, 3}, {2}))
l = [1]
m = op.iadd(l, [2, 3])
print(l, m is l)
t = (1,)
u = op.iadd(t, (2,))
print(t, u, u is t)
x = 10
print(op.isub(x, 3), op.imul(x, 2), op.itruediv(x, 4), op.ifloordiv(x, 4), op.imod(x, 4), op.ipow(x, 2))
print(op.ilshift(x, 2), op.irshift(x, 1), op.iand(x, 6), op.ior(x, 5), op.ixor(x, 3))
s = {1, 2}
print(op.ior(s, {3}) is s, s, op.iand(s, {1, 3}), op.ixor(s, {5}), op.isub(s, {5}))
d = {"a": 1}
print(op.ior(d, {"b": 2}) is d, d)
