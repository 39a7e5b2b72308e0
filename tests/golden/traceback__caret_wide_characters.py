# Carets under lines with wide (CJK, emoji) characters are placed by display width.
import traceback
def f():
    名前 = "値"; return 名前 + 1
def g():
    d = {"キー": [1]}; return d["キー"][ 5 ]
def h():
    s = "🐍"; return "🐍🐍" + s + 1
for fn in (f, g, h):
    try:
        fn()
    except Exception:
        traceback.print_exc()
