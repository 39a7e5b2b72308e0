#!/usr/bin/env python3
"""Compact AST dump of CPython's parser output, in the format `tests/parser.rs` prints coil's
AST (no expression contexts; positions as @line:bytecol-endline:endbytecol). Used to generate
the expected `.ast` files for `tests/parser_cases/*.py`:  tools/astdump.py FILE > FILE.ast"""
import ast, struct, sys

SKIP = {"ctx", "type_comment", "type_ignores", "kind"}

def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 32 <= o < 127 and ch not in "'\\":
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return "'" + "".join(out) + "'"

def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]

def const(v):
    if v is None or v is True or v is False:
        return repr(v)
    if v is Ellipsis:
        return "Ellipsis"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "f:" + fbits(v)
    if isinstance(v, complex):
        return "j:" + fbits(v.imag)
    if isinstance(v, str):
        return esc(v)
    if isinstance(v, bytes):
        return "b'" + v.hex() + "'"
    raise TypeError(type(v))

def d(n):
    if isinstance(n, list):
        return "[" + ", ".join(d(x) for x in n) + "]"
    if n is None:
        return "None"
    if isinstance(n, ast.Constant):
        return "Constant(" + const(n.value) + ")" + pos(n)
    if isinstance(n, ast.AST):
        name = type(n).__name__
        parts = []
        for f in n._fields:
            if f in SKIP:
                continue
            v = getattr(n, f, None)
            if f == "conversion":
                parts.append(str(v))
            elif isinstance(v, str):
                parts.append(esc(v))
            elif isinstance(v, int) and not isinstance(v, bool):
                parts.append(str(v))
            else:
                parts.append(d(v))
        if not parts and not hasattr(n, "lineno"):
            return name
        return name + "(" + ", ".join(parts) + ")" + pos(n)
    if isinstance(n, str):
        return esc(n)
    return repr(n)

def pos(n):
    if getattr(n, "lineno", None) is None:
        return ""
    return "@%d:%d-%d:%d" % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)

src = open(sys.argv[1], encoding="utf-8").read()
mode = sys.argv[2] if len(sys.argv) > 2 else "exec"
tree = ast.parse(src, mode=mode)
body = tree.body if isinstance(tree.body, list) else [tree.body]
for s in body:
    print(d(s))
