"""Generates tests/lexer_columns.txt: for errors on a line with a non-ASCII character before
the error, whether `python3 FILE` (no coding cookie) places the caret by UTF-8 bytes or by
characters. Run `python3 tests/lexer_columns.py > tests/lexer_columns.txt`. Columns: hex of
the source, bytes|chars, msg."""
import os, subprocess, sys, tempfile

CASES = [
    'x = ("\u00e9", (1,\n', 'if 1:\n    x = 1\n  y = "\u00e9"\n', 'x = "\u00e9" \\ 1\n',
    'x = "\u00e9" + "\\x4"\n', 'x = "\u00e9" + f"{}"\n', 'x = "\u00e9" + 1abc\n', 'x = "\u00e9" + "abc\n',
    'x = ("\u00e9" + 1]\n', 'x = "\u00e9" + $\n', 'x = "\u00e9" + \u20ac\n', 'x = "\u00e9" + 0b2\n',
    'x = "\u00e9" + 1)\n', 'x = "\u00e9" + b"\u00e9"\n', 'if 1:\n\tx = 1\n        y = "\u00e9"\n',
    'x = "\u00e9" + f"{a!x}"\n', 'x = "\u00e9" + 1 <> 2\n',
]

for src in CASES:
    compile_err = None
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        compile_err = e
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "s.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
        err = subprocess.run([sys.executable, path], capture_output=True, text=True).stderr
    lines = err.splitlines()
    caret = next((l for l in lines if l.strip().startswith("^")), None)
    text = next((lines[i - 1] for i, l in enumerate(lines) if l.strip().startswith("^")), None)
    if caret is None or compile_err.offset is None:
        continue
    col = caret.index("^") - (len(text) - len(text.lstrip()))
    line = src.splitlines()[compile_err.lineno - 1]
    stripped = len(line) - len(line.lstrip())
    char_col = compile_err.offset - 1 - stripped
    byte_col = len(line[:compile_err.offset - 1].encode()) - stripped
    if char_col == byte_col:
        continue  # the error starts before the non-ASCII character: undecidable
    kind = "chars" if col == char_col else "bytes" if col == byte_col else "other"
    print("\t".join([src.encode().hex(), kind, compile_err.msg]))
