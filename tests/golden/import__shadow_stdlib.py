# a user module shadows a pure-Python stdlib module when its directory comes first on
# sys.path, but never a built-in module (time, itertools, sys)
import sys
sys.path.insert(0, "_imp_shadow")
import heapq
h = []
heapq.heappush(h, 1)
print(h)
import time, itertools
print(type(time.time()).__name__, list(itertools.islice(itertools.count(), 3)))
