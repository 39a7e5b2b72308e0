# Superinstructions (assemble::fuse) on operands their fast paths do not take: every
# fused sequence must behave exactly like its unfused instructions (values, errors, carets).
def f(a, b):
    x = a + b
    y = a * 3
    z = a - 1.5
    return x, y, z
print(f(1, 2), f(2**62, 2**62), f(1.5, 2), f("a", "b") if False else 0)
print(f(9223372036854775807, 1))
def g(l, i):
    s = l[0] + l[i]
    l[1] += 5
    l[-1] *= 2
    return s, l
print(g([1, 2, 3], 2), g((1, 2, 3) and [4, 5, 6], -1))
print(g([1.5, 2.5], 1))
def h(n):
    out = []
    for i in range(n):
        if i < 3:
            out.append(i)
        if i >= n - 2:
            out.append(-i)
    return out
print(h(6))
def s(a):
    t = ""
    for c in a:
        t = t + c
        t += c
    return t
print(s("abc"))
def d():
    m = {"a": 1}
    m["a"] += 2
    k = "a"
    m[k] -= 1
    return m
print(d())
def cmp(a, b):
    if a < b:
        return "lt"
    if a == "x":
        return "x"
    return "ge"
print(cmp(1, 2), cmp(2.5, 1), cmp("a", "b"), cmp("x", "a"))
def big(a):
    b = a * a
    c = b * b
    d = c * c
    return d
print(big(1000), big(2**40))
def div(a, b):
    r = a // b
    q = a % b
    t = a / b
    return r, q, t
print(div(7, 2), div(-7, 2), div(7, -2), div(7.5, 2))
try:
    div(1, 0)
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    div(1.0, 0)
except ZeroDivisionError as e:
    print("ZDE", e)
def pw(x):
    a = x ** 0.5
    b = x ** 2
    c = 2 ** x
    return a, b, c
print(pw(4), pw(2.0))
class L(list):
    def __getitem__(self, i):
        return "custom"
def sub(l):
    return l[0], l[-1]
print(sub(L([1, 2])), sub("xy"), sub((5, 6)))
def tup(p):
    x = 0
    for a, b in p:
        x += a * b
    for a, b in [(1, 2), [3, 4]]:
        x += a
    return x
print(tup([(1, 2), (3, 4)]))
def unb():
    if False:
        q = 1
    return q + 1
try:
    unb()
except UnboundLocalError as e:
    print(e)
def unb2(c):
    if c:
        q = 1
    return q[0]
try:
    unb2(0)
except UnboundLocalError as e:
    print(e)
def cmpj(a):
    n = 0
    while a < 10:
        a += 1
        n += 1
    return n
print(cmpj(0), cmpj(2.5), cmpj(100))
x = [0.5, 1.5]
def aug(x):
    x[0] += 1
    x[1] -= 0.25
    x[0] *= 2
    return x
print(aug(x), aug([1, 2]))
print(aug([2**62, 2**62]))
def oob(l):
    l[5] += 1
try:
    oob([1])
except IndexError as e:
    print("IE", e)
def neg(i):
    a = [1, 2, 3]
    return a[i]
print(neg(-3), neg(2))
def bools(a, b):
    c = a + b
    d = a < b
    return c, d
print(bools(True, True), bools(True, 2.5))
def f1(a, b):
    return a, b
def lfl(c):
    if c:
        y = 2
    x = 1
    return f1(x, y)
try:
    lfl(0)
except UnboundLocalError as e:
    print("ULE", e)
print(lfl(1))
def bc(x):
    a = x + "s"
    return a
print(bc("ab"))
try:
    bc(1)
except TypeError as e:
    print("TE", e)
def bf(x, y):
    z = (x * 1) + y
    return z
print(bf(1, 2), bf("a", "b"), bf(1.5, 2))
try:
    bf(1, "x")
except TypeError as e:
    print("TE", e)
def sff(d, k):
    return d[k]
print(sff({1: 2}, 1), sff([5, 6], -1), sff("abc", 1), sff((1, 2), True))
try:
    sff([1], 5)
except IndexError as e:
    print("IE", e)
try:
    sff([1], -2)
except IndexError as e:
    print("IE", e)
def aug_t(t):
    t[0] += 1
try:
    aug_t((1, 2))
except TypeError as e:
    print("TE", e)
def aug_d(d):
    d[0] += 1.5
    d[1] -= 1
    return d
print(aug_d({0: 1, 1: 2}))
class LL(list):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
print(aug_d(LL([1, 2])))
def cmpff(a, b):
    if a < b:
        return 1
    return 0
print(cmpff(1, 2), cmpff("b", "a"), cmpff(1.0, 1), cmpff([1], [2]))
try:
    cmpff(1, "a")
except TypeError as e:
    print("TE", e)
def cop(x):
    while x != 3:
        x = x + 1
    return x
print(cop(0), cop(1.0))
def overflow(x):
    y = x * x
    y = y * y
    return y + 1
print(overflow(10**9), overflow(2**31))
def neg_mod(a):
    return a % 4, a // 4, -a % 8, a // -4
print(neg_mod(7), neg_mod(-7))
def flt(x):
    return x // 2, x % 2
print(flt(7.5), flt(-7.5))
def boolop(a):
    return a + True, a * False
print(boolop(3))
def ret_binop(a, b):
    return a - b
print(ret_binop(10**20, 1), ret_binop("a" * 2, "") if False else ret_binop(5, 2.5))
try:
    ret_binop(None, 1)
except TypeError as e:
    print("TE", e)
def loops():
    out = 0
    for i in range(-3, 10, 3):
        out += i
    for v in [1.5, 2.5]:
        out += v
    for a, b in [(1, 2), (3, 4)]:
        out += a * b
    for a, b in ((1, 2), (3, 4)):
        out += a - b
    for a, b in [[1, 2], "xy"] if False else [(5, 6)]:
        out += a
    return out
print(loops())
def empty_iter():
    for i in range(0):
        return i
    for i in []:
        return i
    return "none"
print(empty_iter())
def mut_during(l):
    n = 0
    for x in l:
        if n < 3:
            l.append(x)
        n += 1
    return n, l
print(mut_during([1, 2]))
def a3(x):
    try:
        return x
    finally:
        print("fin")
print(a3(1))
def b():
    if False:
        y = 1
    return y
try:
    b()
except UnboundLocalError as e:
    print("ULE", e)
def c(x, y):
    return x + y
print(c(1, 2), c("a", "b"), c([1], [2]), c(2**62, 2**62))
class K:
    def m(self):
        return self
    def __init__(self):
        pass
k = K()
print(k.m() is k)
def rec(n):
    if n == 0:
        return 0
    return rec(n - 1) + 1
print(rec(500))
import sys
sys.setrecursionlimit(100)
try:
    rec(200)
except RecursionError as e:
    print("RE", e)
def z(x):
    return x // 0
z(1)
