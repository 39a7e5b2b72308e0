# Class calls: deep constructor recursion, a non-None __init__ return, runaway recursion
# through constructors.
import sys
sys.setrecursionlimit(20000)
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
def depth(x):
    d = 0
    while x is not None:
        x = x.child; d += 1
    return d
print(depth(Node(8000)))
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
def inf():
    return Inf()
class Inf:
    def __init__(self):
        inf()
try:
    Inf()
except RecursionError as e:
    print("RecursionError", e)
