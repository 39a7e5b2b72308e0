import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[1:3], tuple(t))
print(isinstance(t, tuple), type(t).__name__, type(t).__module__, time.struct_time)
print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
s = time.struct_time((2000, 2, 29, 12, 30, 45, 1, 60, 0))
print(s, s.tm_zone)
s2 = time.struct_time((2000, 2, 29, 12, 30, 45, 1, 60, 0, "XYZ", 3600))
print(s2.tm_zone, s2.tm_gmtoff, s2 == s)
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
match t:
    case time.struct_time(tm_year=y, tm_mon=m):
        print("matched", y, m)
print(time.gmtime(1_000_000_000))
print(time.gmtime(2**31))
print(time.gmtime(-86400 * 365))
print(time.gmtime(1.99), time.gmtime(-0.5)[:6])
print(time.asctime(time.gmtime(1_700_000_000)))
print(time.strftime("%Y-%m-%dT%H:%M:%S %A %B %j %U %w %%", time.gmtime(1_700_000_000)))
print(time.strftime("%d/%m/%y %I:%M %p", (2021, 7, 4, 15, 5, 0, 6, 185, 0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
