print("user heapq: shadowing the stdlib")
def heappush(h, x):
    h.append(("user", x))
