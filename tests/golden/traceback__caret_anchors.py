# Caret rows: binary operators (~~^~~), subscripts (~~^^^), parentheses, multi-line
# expressions and whole-line spans (no carets).
import traceback

def multi():
    x = (1 +
         None)
def sub():
    d = {"a": [1, 2]}
    return d["a"][5]
def paren():
    a = 1
    return (a) + ( "s" )
def nonascii():
    s = "é"; return s + 1
def whole():
    raise ValueError("whole line")
def call():
    return int("x")
def attr():
    return None.attr
def spaced():
    d = {"a": [1]}
    return d["a"][ 5 ]
def nested_paren():
    return ((1)) /0
def floordiv():
    return 1 // 0
for f in (multi, sub, paren, nonascii, whole, call, attr, spaced, nested_paren, floordiv):
    try:
        f()
    except Exception:
        traceback.print_exc()
