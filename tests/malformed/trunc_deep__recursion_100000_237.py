# with the recursion limit raised to 200000, a 100000-deep recursive call must not crash
import sys
sys.setrecursionlimit(200000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(100000))
def build(n)