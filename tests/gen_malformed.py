#!/usr/bin/env python3
"""Generate tests/malformed/: sources CPython 3.11 refuses to compile.

    python3 tests/gen_malformed.py

Deterministic (seeded RNG, sorted inputs). Candidates come from:
  - trunc_*   truncated prefixes of the valid golden cases in tests/golden/
  - soup_*    random token soup from a seeded RNG
  - the hand-written list below: 1000-deep brackets, 1000-deep nested blocks, NUL bytes,
    invalid UTF-8, unclosed triple quotes, lone backslashes, mixed tabs/spaces, ...
Every candidate is run with `python3 FILE` from tests/malformed/ and kept only when python3 exits
with status 1 and the last stderr line is a SyntaxError / IndentationError / TabError, which is
exactly what tests/malformed.rs then demands of coil. The directory is wiped and rewritten.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "malformed")
GOLDEN = os.path.join(ROOT, "tests", "golden")
ERRORS = ("SyntaxError", "IndentationError", "TabError")


def handwritten():
    c = {}
    c["deep_parens_1000"] = b"x = " + b"(" * 1000 + b"1" + b")" * 1000 + b"\n"
    c["deep_brackets_unclosed_1000"] = b"x = " + b"[" * 1000 + b"\n"
    c["deep_braces_1000"] = b"x = " + b"{" * 1000 + b"}" * 1000 + b"\n"
    c["deep_mixed_brackets_1000"] = b"x = " + b"([{" * 334 + b"\n"
    c["deep_calls_1000"] = b"x = " + b"f(" * 1000 + b")" * 1000 + b"\n"
    blocks = []
    for i in range(1000):
        blocks.append(b" " * i + b"if x:\n")
    blocks.append(b" " * 1000 + b"pass\n")
    c["deep_blocks_1000"] = b"x = 1\n" + b"".join(blocks)
    tabs = []
    for i in range(120):
        tabs.append(b"\t" * i + b"while x:\n")
    tabs.append(b"\t" * 120 + b"pass\n")
    c["deep_blocks_tabs_120"] = b"x = 0\n" + b"".join(tabs)
    c["nul_byte_in_code"] = b"x = 1\x00\nprint(x)\n"
    c["nul_byte_in_string"] = b"s = 'a\x00b'\n"
    c["nul_byte_only"] = b"\x00"
    c["nul_byte_in_comment"] = b"# comment \x00 here\nx = 1\n"
    c["invalid_utf8_in_string"] = b"s = '\xff\xfe'\n"
    c["invalid_utf8_in_code"] = b"x = 1 \x80\n"
    c["invalid_utf8_in_comment"] = b"# caf\xe9\nx = 1\n"
    c["invalid_utf8_truncated_sequence"] = b"s = '\xe2\x82'\n"
    c["invalid_utf8_overlong"] = b"s = '\xc0\xaf'\n"
    c["invalid_utf8_surrogate"] = b"s = '\xed\xa0\x80'\n"
    c["bom_then_error"] = b"\xef\xbb\xbfx = = 1\n"
    c["unclosed_triple_double"] = b'x = """abc\ndef\n'
    c["unclosed_triple_single"] = b"x = '''\n"
    c["unclosed_triple_bytes"] = b'b = b"""\xce\xbb\n'
    c["unclosed_triple_fstring"] = b'f"""{1}\n'
    c["unclosed_single_quote"] = b"x = 'abc\n"
    c["unclosed_string_backslash_eof"] = b"x = 'abc\\"
    c["lone_backslash"] = b"\\\n"
    c["lone_backslash_eof"] = b"x = 1 \\"
    c["backslash_then_code"] = b"x = 1 \\ + 2\n"
    c["backslash_in_expression"] = b"y = \\ 2\n"
    c["backslash_blank_line_eof"] = b"x = 1 +\\\n"
    c["mixed_tabs_spaces"] = b"if x:\n        a = 1\n\tb = 2\n"
    c["mixed_tab_then_spaces"] = b"if x:\n\ta = 1\n        b = 2\n"
    c["unexpected_indent_first_line"] = b"  x = 1\n"
    c["unindent_mismatch"] = b"if x:\n    if y:\n        a\n  b\n"
    c["empty_block_eof"] = b"def f():\n"
    c["only_open_paren"] = b"("
    c["only_close_paren"] = b")"
    c["only_colon"] = b":"
    c["only_operator"] = b"+\n"
    c["only_at"] = b"@\n"
    c["decorator_without_def"] = b"@dec\nx = 1\n"
    c["def_without_name"] = b"def (x):\n    pass\n"
    c["class_without_name"] = b"class :\n    pass\n"
    c["lambda_without_colon"] = b"f = lambda x x\n"
    c["fstring_unclosed_brace"] = b"f'{'\n"
    c["fstring_single_close_brace"] = b"f'}'\n"
    c["fstring_backslash_in_expr"] = b"f'{\"\\n\".join(x)}'\n"
    c["fstring_nested_too_deep"] = b"f'{f\"{f'{1}'}\"}'\n"
    c["bad_unicode_name_escape"] = b"s = '\\N{NO SUCH CHARACTER NAME}'\n"
    c["truncated_unicode_escape"] = b"s = '\\u12'\n"
    c["truncated_hex_escape"] = b"s = '\\x4'\n"
    c["bytes_with_non_ascii"] = b"b = b'\xc3\xa9'\n"
    c["unterminated_after_many_lines"] = b"x = 1\n" * 50 + b"y = (\n"
    c["long_line_unclosed"] = b"x = [" + b"1, " * 3000 + b"\n"
    c["many_dedents_bad"] = b"".join(b" " * (4 * i) + b"if x:\n" for i in range(40)) + b"   y\n"
    c["walrus_at_statement"] = b"x := 1\n"
    c["star_expr_alone"] = b"*x\n"
    c["double_star_alone"] = b"**x\n"
    c["return_at_module"] = b"return\n"
    c["yield_from_module"] = b"yield from x\n"
    c["await_in_def"] = b"def f():\n    await x\n"
    c["async_for_in_def"] = b"def f():\n    async for x in y:\n        pass\n"
    c["break_in_def"] = b"def f():\n    break\n"
    c["nonlocal_module"] = b"nonlocal x\n"
    c["global_param"] = b"def f(x):\n    global x\n"
    c["dup_kwarg"] = b"f(a=1, a=2)\n"
    c["assign_keyword_none"] = b"None = 1\n"
    c["assign_debug"] = b"__debug__ = 1\n"
    c["del_literal"] = b"del 1\n"
    c["import_star_in_def"] = b"def f():\n    from math import *\n"
    c["invalid_number_1e"] = b"x = 1e\n"
    c["invalid_octal_8"] = b"x = 0o8\n"
    c["invalid_binary_empty"] = b"x = 0b\n"
    c["number_double_underscore"] = b"x = 1__0\n"
    c["number_then_name"] = b"x = 3in\n"
    c["dollar_sign"] = b"x = $y\n"
    c["question_mark"] = b"x = y ? 1 : 2\n"
    c["backtick"] = b"x = `y`\n"
    c["curly_quotes"] = "x = \u201chello\u201d\n".encode()
    c["zero_width_space"] = "x\u200b = 1\n".encode()
    c["cr_only_unclosed"] = b"x = (\ry = 1\r"
    c["form_feed_then_indent_error"] = b"if x:\n\x0c\n  a\n    b\n"
    c["match_no_cases"] = b"match x:\n    pass\n"
    c["case_outside_match"] = b"case 1:\n    pass\n"
    c["except_star_and_plain"] = b"try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n"
    c["else_after_finally"] = b"try:\n    pass\nfinally:\n    pass\nelse:\n    pass\n"
    c["elif_after_else"] = b"if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n"
    c["semicolon_start"] = b"; x = 1\n"
    c["double_semicolon"] = b"x = 1;;\n"
    c["trailing_comma_import"] = b"from x import a,\n"
    c["keyword_soup_if_else"] = b"if else: pass\n"
    c["assign_in_call_positional"] = b"f(x=1, 2)\n"
    c["genexp_bare_arg"] = b"f(x for x in y, z)\n"
    c["comprehension_no_for"] = b"[x in y]\n[x if y]\n"
    c["unparenthesized_tuple_in_subscript_slice_assign"] = b"x[1:2:3:4]\n"
    c["dict_star_star_in_list"] = b"[**x]\n"
    c["empty_file_with_indent_then_dedent_error"] = b"\n\n  \n   x\n"
    return c


VOCAB = (
    "if elif else while for in def class return lambda try except finally with as "
    "import from global nonlocal pass break continue raise del assert yield await async "
    "not and or is None True False match case x y z foo _ self "
    "( ) [ ] { } : , . ; + - * / // % ** = == != < > <= >= += -= @ -> := ~ ^ | & << >> ... "
    "0 1 42 3.5 1e9 0x1f 'a' \"s\" b'b' f'{x}' '''t''' "
).split()


def soup(rng):
    n = rng.randint(3, 25)
    parts = []
    for _ in range(n):
        r = rng.random()
        if r < 0.12:
            parts.append("\n" + " " * rng.choice([0, 0, 2, 4, 8]))
        else:
            parts.append(rng.choice(VOCAB))
    return (" ".join(parts) + "\n").encode()


def truncations(rng):
    out = {}
    names = sorted(n for n in os.listdir(GOLDEN)
                   if n.endswith(".py") and not n.startswith(("syntax__", "indent__")))
    for name in names:
        with open(os.path.join(GOLDEN, name), encoding="utf-8") as f:
            text = f.read()
        if len(text) < 20:
            continue
        # one cut point per case: just before a closing bracket/colon/quote when there is one
        # (the interesting places to stop), else anywhere
        marks = [i for i, ch in enumerate(text) if ch in ")]}:\"'" and i > 10]
        cuts = {rng.choice(marks) if marks else rng.randint(10, len(text) - 1)}
        for k in sorted(cuts):
            out[f"trunc_{name[:-3]}_{k}"] = text[:k].encode()
    return out


def python_rejects(path):
    d, name = os.path.split(path)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0",
           "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1", "LC_ALL": "C.UTF-8"}
    try:
        p = subprocess.run([sys.executable, name], cwd=d, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=10)
    except subprocess.TimeoutExpired:
        return False
    lines = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    return p.returncode == 1 and any(last == e or last.startswith(e + ":") for e in ERRORS)


def main():
    rng = random.Random(20261124)
    cands = {}
    cands.update(handwritten())
    cands.update(truncations(rng))
    for i in range(160):
        cands[f"soup_{i:03d}"] = soup(rng)
    work = tempfile.mkdtemp(prefix="coil-malformed-")
    kept = {}
    try:
        for name in sorted(cands):
            p = os.path.join(work, name + ".py")
            with open(p, "wb") as f:
                f.write(cands[name])
            if python_rejects(p):
                kept[name] = cands[name]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for name, data in kept.items():
        with open(os.path.join(OUT, name + ".py"), "wb") as f:
            f.write(data)
    by_kind = {}
    for name in kept:
        k = name.split("_")[0]
        by_kind[k] = by_kind.get(k, 0) + 1
    print(f"kept {len(kept)} of {len(cands)} candidates:", by_kind)
    rejected = sorted(set(handwritten()) - set(kept))
    if rejected:
        print("hand-written candidates python3 accepts (dropped):", " ".join(rejected))


if __name__ == "__main__":
    main()
