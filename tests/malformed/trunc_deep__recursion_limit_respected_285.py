# RecursionError is raised at the configured limit, not earlier or much later
import sys
sys.setrecursionlimit(100)
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
n = probe(0)
print(90 <= n <= 100)
sys.setrecursionlimit(1000)
def again(n