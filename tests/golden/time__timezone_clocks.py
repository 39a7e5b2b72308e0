import os, time
os.environ["TZ"] = "America/New_York"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
lt = time.localtime(0)
print(lt, lt.tm_zone, lt.tm_gmtoff)
print(time.localtime(1_720_000_000), time.localtime(1_720_000_000).tm_zone)
print(time.mktime(lt), time.mktime((2024, 7, 3, 5, 46, 40, 0, 0, -1)))
print(time.ctime(0), time.ctime(1_720_000_000))
print(time.strftime("%Z %z", time.localtime(1_720_000_000)))
os.environ["TZ"] = "UTC"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname, time.localtime(0))
print(time.mktime(time.gmtime(123456)))
for n in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    print(n, time.get_clock_info(n))
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(e)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(type(time.process_time_ns()), type(time.thread_time()), type(time.thread_time_ns()))
a = time.clock_gettime(time.CLOCK_MONOTONIC); b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(b >= a, type(time.clock_gettime_ns(time.CLOCK_REALTIME)), time.clock_getres(time.CLOCK_MONOTONIC))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
try:
    time.clock_gettime(99)
except OSError as e:
    print(type(e).__name__, e)
