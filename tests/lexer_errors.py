"""Generates tests/lexer_errors.txt: for each source below, what CPython 3.11 reports when
compiling it (exception type, lineno, offset, end_lineno, end_offset, msg). Run with
`python3 tests/lexer_errors.py > tests/lexer_errors.txt`. Every case is an error the coil
lexer is responsible for; tests/lexer.rs checks coil reports the same."""
import sys, warnings

warnings.simplefilter("ignore")

CASES = [
    # numbers
    "1abc", "0x", "0xg", "0x_", "0x1g", "0o8", "0o", "0o1_", "0o18", "0b2", "0b", "0b12",
    "012", "00012", "0_1", "09", "1_", "1__0", "1_a", "1e", "1e+", "1ex", "1e5_", "0e",
    "1.5x", "1jx", "1.5jx", "0x1_", "x = 1.e", "x = 1_000_", "0b1_2", "12.5e-3x", "0_",
    "x = 0o7_8", "x = 1\ny = 2x",
    # characters
    "$", "?", "`", "!", "a = 1 $ 2", "x = \xa0", "x = \u20ac", "x = a\u20acb", "\x01",
    "a\x01", "x = 1 <> 2", "\u00e9\u00a9 = 1", "x = \u200b", "x = \u2028", "x = \ue000",
    "x = \U000e0001", "x = \u0378", "x = \u00ad", "x = \u3000", "x = \x7f", "x = \U0001F600",
    # continuation
    "\\x", "x = 1 \\", "x = (1 \\ 2)", "a\\\n", "x = 1\n  \\\n", "a\\\xa0b",
    # strings
    'a = "abc', 'a = "abc\n', 'a = """abc\n\n', 'x = 1\ny = "abc\\\nd', 'b"\u00e9"',
    "x = 'abc", "x = '''abc", "x = f'abc", "x = rb'\\'", 'x = "\\"', "s = '''a\nb\nc",
    'x = "\\x4"', 'x = "ab\\xg"', 'x = "\\u12"', 'x = "\\U00110000"', 'x = "\\N{foo}"',
    'x = "\\N"', 'x = "\\N{"', 'x = "\\N{}"', 'x = b"\\x4"', 'x = b"ab\\xZZ"',
    'x = """a\n\\x4"""', 'x = "\u00e9\\x4"', 'x = "\\U0000004"', 'x = "\\\u00e9\\x"',
    # brackets
    "x = (1,\n2", "x = (1,\n2]", "x = (1,\n2\n]", "x = 1)", "x = ]", "x = }", "x = (\n\n",
    "x = [(\n\n", "(" * 201, "(" * 200, "x = (1, 2]", "(]", "{)", "[\n\n)", "x = (1,",
    "foo(a, [b,\n  c)\n",
    # indentation
    "if 1:\n  x\n y\n", "if 1:\n    x\n  y = 1\n", "if 1:\n    x\n  y = 1",
    "if 1:\n    x\n  # c\n  y = 1", "if 1:\n  if 2:\n      x\n    y = 1\n",
    "if 1:\n\tx\n        y\n", "if 1:\n        x\n\ty\n", "if 1:\n  \tx\n\ty\n",
    "if x:\n    pass\n\tpass\n", "if x:\n\tif y:\n\t\tpass\n\t    pass\n",
    "".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "x\n",
    "".join(" " * i + "if 1:\n" for i in range(101)) + " " * 101 + "x\n",
    # f-strings
    'x = f"{"', 'f"{}"', 'f"{ }"', 'f"}"', 'f"{a!x}"', 'f"{a!}"', 'f"{a"', 'f"{a:{b}"',
    'f"{\\n}"', 'f"{#}"', 'f"{a:{b:{c}}}"', 'f"{a:{b:{c:{d}}}}"', 'f"{)}"', 'f"{a)}"',
    'f"{a(}"', 'f"x{a!r=}"', 'f"{a!r }"', "f'{a!r:{b}'", "f'{a['", "f'{a[)}'",
    "f'{\"a}'", 'f"{a:}}"', 'f"a}b"', "x = (f'{}'\n)", 'f"""{\n}"""', "f'{a=!x}'",
    "f'{a!'", "f'{a:'", "f'{a='", "f'\\N{EM DASH}{'", "rf'{a\\}'",
    # string errors are reported at the parser's lookahead after the string group
    'x = f"{}" + 1', 'x = f"{}"  # c', 'x = f"{}"   ', 'x = f"{}""a" 1', 'x = "\\x4"  + 1',
    'x = ("\\x4"  ,)', 'x = f"{}";', 'f(f"{}")', 'x = f"{a!x}" + 1', 'x = f"{}"\n\n',
    'x = f"{}"\ny = 2', 'x = f"}" + 1', 'x = (b"a"\n  b"\u00e9"\n)', 'x = "a" b"\u00e9" + 1',
    'x = "\\x4" \\\n  "b"\n', 'x = ("a"  # c\n  "\\x4"  # d\n)',
    # tokenizer errors inside f-string expressions: positions within "(expr)"
    'f"{(123_a)}"', 'x = f"{123_a}"', 'x = f"ab{a + 1_a}"', 'x = f"{a}{1_a}"', 'x = f"{\xa0}"',
    'x = f"{a:{1_a}}"', 'x = f"{a + 0b2}"', 'x = f"""\n{1_a}"""', 'x = f"""\n  {a +\n  1_a}"""',
    'x = f"{1_a!r}"', 'x = f"{1_a=}"', "f'''\n            {\n            (123_a)\n            }'''",
    # a later tokenizer error replaces a parser-level error
    'x = $\ny = 1abc\n', 'x = "\\x4"\ny = 1abc\n', 'x = ($\n\ny = 2\n', '"\\xhh" \\',
    '"\\\n"(1 for c in I,\\\n\\', 'x = 1 <> 2\n"abc',
    # a line starting with a backslash continuation
    'if x:\n    y = 1\n  \\\n  foo = 1\n', 'if x:\n    y = 1\n  \\\n  \\\n  foo = 1\n',
    'if x:\n    y = 1\n  \\\n', 'if x:\n\ty = 1\n        \\\n  foo = 1\n',
    'if x:\n    y = 1\n  foo = 1 \\\n  + 2\n',
    # empty f-string expressions (3.11.7 wording)
    "f'{!r}'", "f'{ =}'", "f'{:}'", "f'{ :!}'",
    # decimal literals longer than sys.int_info.default_max_str_digits (4300)
    "x = 1" + "0" * 4300, "x = (\n1" + "_0" * 4300 + ")", "x = 0x1" + "0" * 5000 + " $",
]


# (source, line of the parser's error): after a parser error CPython tokenizes the rest of
# the source; `lexer::check_rest_for_errors` must give the error CPython finally reports, or
# nothing when CPython keeps the parser's error. Written by
# `python3 tests/lexer_errors.py rest > tests/lexer_rest_errors.txt`.
REST_CASES = [
    ("x = = 1\nif 1:\n\tx\n        y\n", 1), ("x = = 1\ny = \"\\x4\"\n", 1),
    ("x = = 1\ny = 1 \\ 2\n", 1), ("x = = 1\ny = 1abc\n", 1), ("x = (1,\ny = = 2\n", 2),
    ("x = (1,\ny = = 2)\n", 2), ("x = = (1,\n2\n", 1), ("x = = 1\ny = 'abc\n", 1),
    ("x = = 1\ny = (]\n", 1), ("x = = 1\ny = \u20ac\n", 1), ("x = = 1\ny = $\nz = 1_\n", 1),
    ("x = = 1\n  y = 2\nz = 0b2\n", 1), ("f(a b)\nx = '''\n", 1), ("[x for x in y z]\n)\n", 1),
]


def rest():
    for src, line in REST_CASES:
        try:
            compile(src, "f", "exec")
        except SyntaxError as e:
            fields = [src.encode().hex(), line, type(e).__name__, e.lineno, e.offset,
                      e.end_lineno, e.end_offset, e.msg]
            print("\t".join(str(f) for f in fields))
        else:
            sys.stderr.write("no error for %r\n" % src)


def main():
    if sys.argv[1:] == ["rest"]:
        return rest()
    for src in CASES:
        try:
            compile(src, "f", "exec")
        except SyntaxError as e:
            fields = [src.encode().hex(), type(e).__name__, e.lineno, e.offset,
                      e.end_lineno, e.end_offset, e.msg]
            print("\t".join(str(f) for f in fields))
        else:
            sys.stderr.write("no error for %r\n" % src)


main()
