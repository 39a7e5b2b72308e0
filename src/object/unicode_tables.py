# Generates unicode_tables.rs from CPython's own unicodedata (run with python3.11:
# `python3 src/object/unicode_tables.py > src/object/unicode_tables.rs`).
import sys, unicodedata

def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        ok = pred(cp)
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append((start, cp - 1)); start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out

def emit(name, doc, rs):
    print(f"/// {doc}")
    print(f"pub static {name}: &[(u32, u32)] = &[")
    line = "   "
    for a, b in rs:
        item = f" (0x{a:X}, 0x{b:X}),"
        if len(line) + len(item) > 99:
            print(line); line = "   "
        line += item
    print(line)
    print("];")
    print()

print("//! Unicode property tables generated from CPython %s's `unicodedata` (Unicode %s) by" % (sys.version.split()[0], unicodedata.unidata_version))
print("//! `unicode_tables.py`: sorted, disjoint, inclusive code-point ranges for the `str.is*`")
print("//! predicates whose definitions Rust's `char` methods do not match. Do not edit by hand.")
print()
print("#![allow(clippy::unreadable_literal)]")
print()
c = chr
emit("NOT_PRINTABLE", "Code points for which `str.isprintable()` is False.", ranges(lambda i: not c(i).isprintable()))
emit("ALPHA", "`str.isalpha()` (categories Lm, Lt, Lu, Ll, Lo).", ranges(lambda i: c(i).isalpha()))
emit("DECIMAL", "`str.isdecimal()` (category Nd).", ranges(lambda i: c(i).isdecimal()))
emit("DIGIT", "`str.isdigit()` (Numeric_Type Digit or Decimal).", ranges(lambda i: c(i).isdigit()))
emit("NUMERIC", "`str.isnumeric()` (any Numeric_Type).", ranges(lambda i: c(i).isnumeric()))
emit("SPACE", "`str.isspace()`.", ranges(lambda i: c(i).isspace()))
emit("TITLE", "Titlecase letters (category Lt).", ranges(lambda i: unicodedata.category(c(i)) == 'Lt'))
emit("UPPER", "`str.isupper()` for one character (cased and uppercase).", ranges(lambda i: c(i).isupper()))
emit("LOWER", "`str.islower()` for one character.", ranges(lambda i: c(i).islower()))
emit("CASED", "Cased characters (Uppercase, Lowercase or Lt).", ranges(lambda i: c(i).isupper() or c(i).islower() or unicodedata.category(c(i)) == 'Lt'))
# Case_Ignorable: Mn | Me | Cf | Lm | Sk | Word_Break in {MidLetter, MidNumLet, Single_Quote}.
MID = "'.:\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a"
emit("CASE_IGNORABLE", "Case-ignorable characters (final-sigma context).", ranges(lambda i: unicodedata.category(c(i)) in ('Mn','Me','Cf','Lm','Sk') or c(i) in MID))
print("/// Characters whose titlecase mapping differs from their uppercase mapping.")
print("pub static TITLE_MAP: &[(u32, &str)] = &[")
for i in range(0x110000):
    ch = c(i)
    if ch.title() != ch.upper():
        t = "".join("\\u{%x}" % ord(x) for x in ch.title())
        print('    (0x%X, "%s"),' % (i, t))
print("];")
