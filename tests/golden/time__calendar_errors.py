import time
for f in [lambda: time.mktime((1,2)), lambda: time.asctime((2024,13,1,0,0,0,0,1,0)), lambda: time.strftime("%Y", (2024,1,1,0,0,0,0,400,0)), lambda: time.asctime(5), lambda: time.strftime(5), lambda: time.gmtime("x"), lambda: time.gmtime(1e30), lambda: time.gmtime(float("nan")), lambda: time.strptime("1","%Q"), lambda: time.strptime("1","%"), lambda: time.strptime("2023-02-30","%Y-%m-%d"), lambda: time.mktime(time.gmtime(0)), lambda: time.strftime("%Y-%m-%d", (2024,0,0,0,0,0,0,0,0)), lambda: time.asctime((2024,0,0,0,0,0,0,0,0)), lambda: time.strptime(5, "%Y"), lambda: time.clock_gettime(99)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(time.strptime("Mar 5 2024 3:04 pm", "%b %d %Y %I:%M %p"))
print(time.strptime("Tuesday, 05 March 24", "%A, %d %B %y"))
print(time.strptime("2024 100", "%Y %j"))
print(time.strptime("1999", "%Y").tm_zone, time.strptime("12:00 UTC", "%H:%M %Z"))
print(time.strptime("20240305", "%Y%m%d"))
print(time.ctime(0), time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
print(time.gmtime(1.9), time.gmtime(-1.5)[:6], time.localtime(0).tm_zone)
print(time.strptime("2024-03-05 +0130", "%Y-%m-%d %z"), time.strptime("2024-03-05 +0130", "%Y-%m-%d %z").tm_gmtoff)
for n in ["time","monotonic","perf_counter","process_time","thread_time"]: print(n, time.get_clock_info(n))
