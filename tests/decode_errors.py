"""Generates tests/decode_errors.txt: what CPython 3.11 reports for undecodable source bytes
and NUL bytes, both for a main script file (`python3 FILE`) and for a bytes string given to
`compile()`. Run `python3 tests/decode_errors.py > tests/decode_errors.txt`. Columns: hex of
the bytes, origin (file|string), type, lineno, offset, end_lineno, end_offset, msg; a missing
location is printed as 0 0 0 0. In file messages the path is replaced by PATH."""
import os, subprocess, sys, tempfile, warnings

warnings.simplefilter("ignore")

CASES = [
    b"x = 1\n\xff = 2\n", b"\xff\n", b"\xe9", b"abc\xe9", b"x=1\nab\xff", b"x=1\nab\xffcd\n",
    b"x=1\n\xc3", b"x=1\n\xed\xa0\x80", b"\xf0\x9f", b"\xf0\x9f\x98", b"ab\xf0\x9fcd",
    b"\xc0\x80", b"\xf8", b"x = 1\ny = 2\x00\n", b"\x00", b"x=1\x00",
    b"x = ab\xff", b"x = ab\xffcd + 1", b"x = 1 + \xff", b"x = (\xff)", b"\xc3\xa9 = \xff",
    b"x = \xe9 + 1",
    b"# coding: foobar\nx = 1\n", b"#!/usr/bin/python\n# vim: set fileencoding=klingon :\nx = 1\n",
    b"# coding: ascii\nx = '\xc3\xa9'\n",
]


def row(src, origin, typ, loc, msg):
    loc = [0 if v is None else v for v in loc]
    print("\t".join([src.hex(), origin, typ] + [str(v) for v in loc] + [msg]))


def main():
    probe = ("import sys; e = sys.last_value; "
             "print(repr((type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)))")
    for src in CASES:
        try:
            compile(src, "f", "exec")
        except SyntaxError as e:
            row(src, "string", type(e).__name__, (e.lineno, e.offset, e.end_lineno, e.end_offset), e.msg)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "s.py")
            with open(path, "wb") as f:
                f.write(src)
            out = subprocess.run([sys.executable, "-i", path], input=probe, capture_output=True,
                                 text=True).stdout
            t, l, o, el, eo, msg = eval(out.strip().splitlines()[-1].lstrip("> "))
            row(src, "file", t, (l, o, el, eo), msg.replace(path, "PATH"))


main()
