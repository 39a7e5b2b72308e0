import time
cases = [
    ("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"),
    ("Mar 5 2024 3:04 pm", "%b %d %Y %I:%M %p"),
    ("12:30 AM", "%I:%M %p"),
    ("12:30 PM", "%I:%M %p"),
    ("Tuesday, 05 March 24", "%A, %d %B %y"),
    ("99", "%y"),
    ("68", "%y"),
    ("2024 100", "%Y %j"),
    ("20240305", "%Y%m%d"),
    ("1/2/2003", "%m/%d/%Y"),
    ("  2024   7", "  %Y %m"),
    ("2020-02-29", "%Y-%m-%d"),
    ("5%", "%d%%"),
    ("12:00 UTC", "%H:%M %Z"),
    ("2024-03-05 +0130", "%Y-%m-%d %z"),
    ("2024-03-05 -05:00", "%Y-%m-%d %z"),
    ("Thu Jan  1 00:00:00 1970", "%a %b %d %H:%M:%S %Y"),
    ("fri JUL 4", "%a %b %d"),
    ("2024-03-05x", "%Y-%m-%d"),
    ("2024/03/05", "%Y-%m-%d"),
    ("2023-02-29", "%Y-%m-%d"),
    ("1", "%Q"),
    ("1", "%"),
    ("13", "%m"),
]
for text, fmt in cases:
    try:
        r = time.strptime(text, fmt)
        print(repr(text), "->", r, r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(time.strptime("Thu Jan  1 00:00:00 1970"))
try:
    time.strptime(5, "%Y")
except TypeError as e:
    print(e)
