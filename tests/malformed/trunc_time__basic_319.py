# time module: monotonic clocks advance, sleep works; nothing timing-dependent is printed
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.005, time.monotonic() >= m0)
print(type(time.time()).__name__, type(time.time_ns(