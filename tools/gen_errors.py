#!/usr/bin/env python3
"""Generates tests/parser_errors.txt from tests/parser_errors.in (one Python string literal per
line: a source snippet). Each output line is `HEX<TAB>EXPECTED` where HEX is the UTF-8 source
in hex and EXPECTED is CPython's `Kind|msg|lineno|offset|end_lineno|end_offset` (or `OK`).
Run with python3 3.11:  tools/gen_errors.py"""
import ast, os, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
out = []
for line in open(os.path.join(root, "tests/parser_errors.in"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    mode = "exec"
    for m in ("eval", "single"):
        if line.startswith(m + " "):
            mode = m
            line = line[len(m) + 1:]
    src = eval(line, {"__builtins__": {}})  # string literals and * / + on them
    try:
        compile(src, "f", mode)
        exp = "OK"
    except SyntaxError as e:
        exp = f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}"
    except (RecursionError, MemoryError) as e:
        exp = f"{type(e).__name__}|{e}"
    out.append(src.encode("utf-8").hex() + "\t" + exp + "\t" + (mode + " " if mode != "exec" else "") + line)
open(os.path.join(root, "tests/parser_errors.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
