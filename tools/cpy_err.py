#!/usr/bin/env python3
"""Print CPython's SyntaxError (type, msg, lineno, offset, end_lineno, end_offset) for each
snippet given as a Python-literal string per line on stdin (or files as arguments)."""
import sys, ast
def report(src):
    try:
        compile(src, "f", "exec")
        return "OK"
    except SyntaxError as e:
        return f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}"
    except Exception as e:
        return f"{type(e).__name__}|{e}"
for line in sys.stdin:
    line=line.rstrip("\n")
    if not line: continue
    src=ast.literal_eval(line)
    print(repr(src), "=>", report(src))
